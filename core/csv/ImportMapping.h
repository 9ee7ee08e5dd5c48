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
// synonyms, and each date column's format is learnt from its values. No database here:
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
    // the field unmapped.
    static Result<ImportMapping> fromHeader(Entity entity, const QStringList& header,
                                            const QStringList& overrides = {});

    Entity entity() const { return m_entity; }
    const QStringList& header() const { return m_header; }
    // The column feeding field (0-based), or -1 if none does or there is no such field.
    qsizetype column(QStringView field) const;
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
    static Result<Category> category(QStringView text);
    static Result<TouchpointKind> touchpointKind(QStringView text);
    static Result<Direction> direction(QStringView text);
    static Result<CustomerStatus> customerStatus(QStringView text);
    static Result<Stage> stage(QStringView text);
    static Result<int> csat(QStringView text);  // 1..5; "4.0" is 4
    static Result<int> score(QStringView text); // survey score 0..10

    // One column's date format. Values are local time unless they carry a zone (Z, ±hh:mm);
    // a date alone means the start of that local day, as in common/DateTimeText.
    struct DateFormat {
        enum class Order { YearMonthDay, DayMonthYear, MonthDayYear };
        Order order = Order::YearMonthDay;
        char separator = '-';
        QString qtFormat; // an explicit --date-format, parsed by Qt instead
        QString note;     // how an ambiguous column was read, for the user

        // "DD/MM/YYYY" (each value may add " HH:MM[:SS]"), or the explicit format.
        QString pattern() const;
        // UTC; the failure is a reason for a rejected row.
        Result<QDateTime> parse(QStringView text) const;
    };

    // A Qt date format (QDateTime::fromString) such as "dd/MM/yyyy HH:mm".
    static Result<DateFormat> dateFormatFromString(const QString& qtFormat);

    // Learns a date column's format from its values, one at a time, so the importer can
    // stream a file instead of holding a column. Empty values are ignored. The formats:
    // YYYY-MM-DD (then " HH:MM[:SS]" or "THH:MM[:SS][.fff][Z|±hh:mm]"), DD-MM-YYYY,
    // MM-DD-YYYY, DD/MM/YYYY, MM/DD/YYYY and DD.MM.YYYY (then " HH:MM[:SS][ AM|PM]").
    // Day and month are told apart by a part above 12; if none is, day first is chosen
    // and said in the note.
    class DateDetector {
    public:
        explicit DateDetector(QString column)
            : m_column(std::move(column))
        {
        }
        void add(QStringView value, qint64 line = 0); // line, if known, for the error
        Result<DateFormat> result() const;
        // True once no value to come can change the format, only refuse it: an ISO
        // column after its first date, a day-month column after a part above 12.
        bool settled() const;

    private:
        enum class Shape { None, YearFirst, YearLast };
        QString currentPattern() const;
        void fail(QStringView value, qint64 line);

        QString m_column;
        Shape m_shape = Shape::None;
        char m_separator = 0;
        bool m_dayFirst = true; // still possible
        bool m_monthFirst = true;
        qint64 m_values = 0; // that fitted
        QString m_error;
    };
    static Result<DateFormat> detectDateFormat(const QString& column, const QStringList& values);

private:
    ImportMapping() = default;

    Entity m_entity = Entity::Tickets;
    QStringList m_header;
    QList<qsizetype> m_columns; // per field, in fields() order
};

} // namespace fd
