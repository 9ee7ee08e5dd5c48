#pragma once

#include "common/Result.h"
#include "domain/Enums.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace fd {

// How a CSV file's columns and texts become FunnelDesk fields and values: columns are
// matched to fields by header synonyms (overridable), texts to the stable enum names by
// synonyms (the date columns' formats are csv/DateFormats.h's). No database here:
// the importer decides what a failure means (abort, or a rejected row).
class ImportMapping {
    Q_DECLARE_TR_FUNCTIONS(fd::ImportMapping)
public:
    enum class Entity { Customers, Tickets, Touchpoints };

    static std::optional<Entity> entityFromString(QStringView name);
    // The fields an import of entity fills, by their stable names.
    static QStringList fields(Entity entity);
    // The normalised header texts that map to field, best first (for the import wizard's
    // hints): "ticketid", "id", … for external_ref.
    static QStringList synonyms(Entity entity, QStringView field);

    // Maps each header column to the field whose synonyms contain it (case, spaces,
    // underscores, hyphens and punctuation ignored); when two columns map to one field the
    // closer synonym wins, then the first column. An override "FIELD=COLUMN" names the
    // column by its header text and replaces the field's automatic choice; "FIELD=" leaves
    // the field unmapped. A header repeated in the file is joined for a list field (tags)
    // and refused, naming it and its columns, for any other.
    static Result<ImportMapping> fromHeader(Entity entity, const QStringList& header,
                                            const QStringList& overrides = {});

    Entity entity() const { return m_entity; }
    const QStringList& header() const { return m_header; }
    // The column feeding field (0-based), or -1 if none does or there is no such field.
    qsizetype column(QStringView field) const;
    // Every column feeding field, in file order from the chosen one: more than one only
    // for a list field whose header the file repeats (layouts::isListField).
    QList<qsizetype> columns(QStringView field) const;
    // Whether --map named field (FIELD=COLUMN or FIELD=).
    bool overridden(QStringView field) const;

    // --map-value FIELD:TEXT=VALUE (repeatable): a cell of field that reads TEXT (compared
    // as headers are: case, spaces and punctuation ignored) stands for VALUE, one of the
    // values the field takes ("status:Offen=open", "priority:Hoch=high", "csat:Top=5").
    // For the fields with fixed values (valueFields()); fails with one sentence naming the
    // item when the field takes no fixed values or VALUE is not one of them.
    Status addValueMaps(const QStringList& items);
    // The fields of entity whose values are fixed names or ratings, which --map-value maps.
    static QStringList valueFields(Entity entity);
    // The values field (one of valueFields()) takes, by their stable names: "new", "open", …
    static QStringList valuesOf(Entity entity, QStringView field);
    // Checks text as a value of field (one of valueFields()); the failure is a reason.
    static Status checkValue(Entity entity, QStringView field, QStringView text);
    // What a cell of field (its index in fields()) stands for: its --map-value, or itself.
    QString mappedValue(qsizetype field, const QString& text) const;
    // Header texts of the columns no field reads, in file order.
    QStringList unmappedColumns() const;
    // Fails with one sentence if a field the import cannot do without has no column.
    Status checkRequired() const;

    // Cell texts to enum values. Synonyms are compared normalised like headers ("On hold",
    // "on-hold" and "on_hold" are one); the failure is a reason for a rejected row:
    // "'Foo' is not a priority; expected low, normal, high or urgent."
    static Result<TicketStatus> ticketStatus(QStringView text);
    static Result<Priority> priority(QStringView text);
    static Result<TouchpointKind> channel(QStringView text); // a ticket channel only
    // "Other", "note": a channel cell that names none (the ticket keeps the default).
    static bool namesNoChannel(QStringView text);
    static Result<Category> category(QStringView text);
    static Result<TouchpointKind> touchpointKind(QStringView text);
    static Result<Direction> direction(QStringView text);
    static Result<CustomerStatus> customerStatus(QStringView text);
    static Result<Stage> stage(QStringView text);
    // 1..5; "4.0" is 4; words as helpdesks write them ("Good" 5, "Bad" 1: see
    // layouts::satisfactionWords); 0 for a survey offered but not answered ("Offered").
    static Result<int> csat(QStringView text);
    static Result<int> score(QStringView text); // survey score 0..10

private:
    ImportMapping() = default;
    // fromHeader's steps after the header's names chose the columns.
    Status applyOverrides(const QStringList& overrides);
    Status joinListColumns();

    Entity m_entity = Entity::Tickets;
    QStringList m_header;
    QList<qsizetype> m_columns;            // per field, in fields() order
    QList<QList<qsizetype>> m_listColumns; // per field: the repeats of its header, joined
    QStringList m_overridden;
    QList<QList<std::pair<QString, QString>>> m_valueMaps; // per field: normalised text, value
};

} // namespace fd
