#include "csv/ImportSample.h"

#include "common/FrontEndHints.h"
#include "csv/DateFormats.h"
#include "csv/Placeholders.h"

#include <algorithm>

namespace fd {

namespace {

qsizetype filledCells(const QStringList& row)
{
    return std::count_if(row.begin(), row.end(),
                         [](const QString& cell) { return !cell.trimmed().isEmpty(); });
}

// Whether a column's sampled values are all dates of one format (any header).
bool holdsDates(const QStringList& cells)
{
    if (cells.isEmpty())
        return false;
    DateDetector detector;
    const int column = detector.addColumn(QStringLiteral("sample"));
    for (const QString& cell : cells)
        detector.add(column, cell, 0);
    const auto formats = detector.result();
    // The detector passes over words among dates ("soon"); a column of dates has none.
    return formats.has_value() && std::all_of(cells.begin(), cells.end(), [&](const QString& cell) {
               return (*formats)[0].parse(cell).has_value();
           });
}

// Four values in five read as a field's values.
template <typename F> bool mostlyRead(const QStringList& values, F reads)
{
    const auto n = std::count_if(values.begin(), values.end(),
                                 [&](const QString& v) { return bool(reads(v)); });
    return !values.isEmpty() && n * 5 >= values.size() * 4;
}

// lookalikes()' sentence: `field`'s column (emptyColumn, or none) is missing, but column c,
// which holds `examples`, looks like it.
QString lookalikeSentence(const QString& source, const QStringList& names, const QString& field,
                          qsizetype emptyColumn, qsizetype c, const QStringList& examples)
{
    const QString column = ImportSample::tr("column %1 (“%2”)").arg(c + 1).arg(names.at(c));
    const QString what =
        field == u"status" ? ImportSample::tr("every ticket would be imported as new")
        : field == u"priority"
            ? ImportSample::tr("every ticket would be imported with normal priority")
            : ImportSample::tr(
                  "the tickets would be dated by their other times or the moment of the import");
    const QString seen =
        examples.isEmpty()
            ? QString()
            : ImportSample::tr(" (it holds %1)").arg(examples.join(QStringLiteral(", ")));
    const QString unread =
        emptyColumn >= 0 ? ImportSample::tr("column %1 (“%2”), read as the tickets' %3, is empty")
                               .arg(emptyColumn + 1)
                               .arg(names.at(emptyColumn).trimmed(), field)
                         : ImportSample::tr("no column is read as the tickets' %1").arg(field);
    return ImportSample::tr("%1: %2, but %3 looks like it%4, and without it %5%6.")
        .arg(source, unread, column, seen, what,
             hints::clause(hints::Hint::MapLookalike, {field, names.at(c).trimmed()}));
}

} // namespace

Result<ImportSample> ImportSample::read(QIODevice& input, const QString& source,
                                        const CsvReader::Options& shape)
{
    CsvReader reader(input, source, shape);
    ImportSample sample;
    // The header is the first of the first ten records with two cells or more (a file of
    // one column has its header first).
    std::vector<std::pair<QStringList, qint64>> first;
    QStringList row;
    while (first.size() < 10) {
        auto more = reader.next(row);
        if (!more)
            return failure(more.error());
        if (!*more)
            break;
        first.emplace_back(row, reader.recordLine());
    }
    if (first.empty())
        return failure(ImportSample::tr("%1 is empty: there is no header row.").arg(source));
    std::size_t at = 0;
    while (at < first.size() && filledCells(first[at].first) < 2)
        ++at;
    if (at == first.size())
        at = 0;
    sample.header = first[at].first;
    sample.shape = reader.delimiterDescription();
    if (reader.encoding() != CsvReader::Encoding::Utf8)
        sample.shape +=
            ImportSample::tr(", read as %1").arg(CsvReader::encodingName(reader.encoding()));
    sample.plainCommas =
        reader.delimiter() == ',' && reader.encoding() == CsvReader::Encoding::Utf8;
    sample.preamble = static_cast<qint64>(at);
    sample.headerLine = first[at].second;
    for (std::size_t i = at + 1; i < first.size(); ++i)
        sample.rows.push_back(first[i].first);
    while (sample.rows.size() < 200 && reader.next(row).value_or(false))
        sample.rows.push_back(row);
    return sample;
}

// The sampled non-empty values of a column.
QStringList ImportSample::values(qsizetype column) const
{
    QStringList found;
    for (const QStringList& row : rows) {
        if (column < row.size() && !row.at(column).trimmed().isEmpty() &&
            !isPlaceholder(row.at(column)))
            found << row.at(column).trimmed();
    }
    return found;
}

// Columns a header synonym sent to the wrong field: a "Type" column whose values are
// channels (Help Scout, FreeScout) is the channel, not the category. Returns the --map
// overrides that move them, and says so in notes.
bool ImportSample::isFiller(const QStringList& row)
{
    const auto filled = std::find_if(row.begin(), row.end(),
                                     [](const QString& cell) { return !cell.trimmed().isEmpty(); });
    if (filled == row.end())
        return true;
    return row.size() > 2 && filled == row.begin() &&
           row.front().trimmed().startsWith(QLatin1String("Timezone: ")) &&
           std::all_of(row.begin() + 1, row.end(),
                       [](const QString& cell) { return cell.trimmed().isEmpty(); });
}

QList<qsizetype> ImportSample::unreadDateColumns(const ImportMapping& mapping) const
{
    QList<qsizetype> columns;
    const QStringList unmapped = mapping.unmappedColumns();
    for (qsizetype c = 0; c < header.size(); ++c) {
        if (unmapped.contains(header.at(c)) && holdsDates(values(c)))
            columns << c;
    }
    return columns;
}

QStringList ImportSample::remaps(const ImportMapping& mapping, QStringList& notes) const
{
    if (mapping.entity() != ImportMapping::Entity::Tickets || mapping.column(u"channel") >= 0 ||
        mapping.overridden(u"channel") || mapping.overridden(u"category"))
        return {};
    const qsizetype category = mapping.column(u"category");
    if (category < 0 ||
        !mostlyRead(values(category), [](const QString& v) { return ImportMapping::channel(v); }))
        return {};
    notes << ImportSample::tr("Column “%1” holds channels (such as %2), so it was read as the "
                              "channel, not the category.")
                 .arg(mapping.header().at(category).trimmed(), values(category).constFirst());
    return {QStringLiteral("channel=") + mapping.header().at(category).trimmed(),
            QStringLiteral("category=")};
}

// A field an import cannot do without a column for, whose column is there under a name
// FunnelDesk does not know: the tickets' status or priority (its values are statuses or
// priorities, or its header says so), or their creation time (by its header). Without this
// check every ticket would quietly take the default (new, normal, the import's moment).
// Looks at the sampled rows; --map naming the field (even as FIELD=) silences it.
Status ImportSample::lookalikes(const QString& source, const ImportMapping& mapping) const
{
    if (mapping.entity() != ImportMapping::Entity::Tickets)
        return {};
    struct Suspect {
        const char* field;
        const char* words; // header words that name it, space-separated
        Result<int> (*reads)(QStringView);
    };
    const Suspect suspects[] = {
        {"status", "status state",
         [](QStringView t) -> Result<int> {
             auto v = ImportMapping::ticketStatus(t);
             return v ? Result<int>(1) : failure(v.error());
         }},
        {"priority", "priority urgency severity",
         [](QStringView t) -> Result<int> {
             auto v = ImportMapping::priority(t);
             return v ? Result<int>(1) : failure(v.error());
         }},
        {"created_at", "created creation opened submitted received logged", nullptr},
    };
    const QStringList& names = mapping.header();
    const QStringList unmapped = mapping.unmappedColumns();
    // A field whose column is there but empty in every sampled row is as good as missing
    // when another column holds what it should.
    const auto missing = [&](const QString& field) {
        if (mapping.overridden(field))
            return false;
        const qsizetype column = mapping.column(field);
        return column < 0 || values(column).isEmpty();
    };
    QList<qsizetype> candidates;
    for (qsizetype c = 0; c < names.size(); ++c) {
        if (unmapped.contains(names.at(c)) && !names.at(c).trimmed().isEmpty())
            candidates << c;
    }
    if (candidates.isEmpty())
        return {};
    std::vector<QStringList> columnValues(static_cast<std::size_t>(names.size()));
    for (const qsizetype c : candidates)
        columnValues[static_cast<std::size_t>(c)] = values(c);
    for (const Suspect& suspect : suspects) {
        const QString field = QLatin1String(suspect.field);
        if (!missing(field))
            continue;
        const qsizetype emptyColumn = mapping.column(field);
        for (const qsizetype c : candidates) {
            const QString name = names.at(c).toLower();
            const QStringList words = QString::fromLatin1(suspect.words).split(QLatin1Char(' '));
            const bool named = std::any_of(words.begin(), words.end(),
                                           [&](const QString& w) { return name.contains(w); });
            const QStringList& cells = columnValues[static_cast<std::size_t>(c)];
            qsizetype reading = 0;
            QStringList examples;
            if (suspect.reads) {
                for (const QString& cell : cells) {
                    if (suspect.reads(cell)) {
                        ++reading;
                        if (examples.size() < 3 && !examples.contains(cell))
                            examples << cell;
                    }
                }
            }
            const bool looks =
                suspect.reads ? !cells.isEmpty() && reading * 5 >= cells.size() * 4 // four in five
                              : holdsDates(cells);
            if (suspect.reads ? !named && !looks : !looks)
                continue;
            if (!suspect.reads && examples.isEmpty())
                examples << cells.constFirst();
            return failure(lookalikeSentence(source, names, field, emptyColumn, c, examples));
        }
    }
    return {};
}

} // namespace fd
