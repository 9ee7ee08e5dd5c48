// libFuzzer entry point: the import's first pass on any bytes (FuzzInput.h: a CSV after
// optional option lines) — where the header is, which column feeds which field (synonyms,
// --map, the remaps and look-alike checks), how each value field's cells read, and the date
// forms of the date columns, learnt and then parsed. For every entity, whatever the options
// name. Must end without a crash or a sanitizer report, every failure one sentence, and the
// mapping's own promises kept (a column index within the header; a remap the mapping accepts).
#include "FuzzInput.h"
#include "QtWarnings.h"

#include "csv/CsvReader.h"
#include "csv/DateFormats.h"
#include "csv/ImportMapping.h"
#include "csv/ImportSample.h"

#include <QBuffer>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace fd;
using namespace Qt::StringLiterals;

namespace {

using Entity = ImportMapping::Entity;

void require(bool holds, const char* what)
{
    if (!holds) {
        std::fprintf(stderr, "Broken: %s\n", what);
        std::abort();
    }
}

// A failure is a sentence, never empty.
template <typename R> void checkResult(const R& result)
{
    require(result.has_value() || !QString(result.error()).isEmpty(),
            "a failure without a sentence");
}

bool isDateField(Entity entity, QStringView field)
{
    if (entity == Entity::Customers)
        return field == u"since" || field == u"stage_entered_at";
    if (entity == Entity::Touchpoints)
        return field == u"occurred_at";
    return field == u"customer_since" || field == u"created_at" || field == u"first_response_at" ||
           field == u"solved_at" || field == u"updated_at";
}

// Each cell through the parsers of the value fields and of the enums behind them.
void readValues(const ImportSample& sample, const ImportMapping& mapping)
{
    const Entity entity = mapping.entity();
    const QStringList fields = ImportMapping::fields(entity);
    for (const QString& field : ImportMapping::valueFields(entity)) {
        const qsizetype index = fields.indexOf(field);
        require(index >= 0, "a value field that is not a field");
        for (const QString& value : ImportMapping::valuesOf(entity, field))
            require(ImportMapping::checkValue(entity, field, value).has_value(),
                    "a field's own value refused");
        const qsizetype column = mapping.column(field);
        if (column < 0)
            continue;
        for (const QString& cell : sample.values(column))
            checkResult(ImportMapping::checkValue(entity, field, mapping.mappedValue(index, cell)));
    }
    for (const QStringList& row : sample.rows) {
        for (const QString& cell : row) {
            checkResult(ImportMapping::priority(cell));
            checkResult(ImportMapping::category(cell));
            checkResult(ImportMapping::touchpointKind(cell));
            checkResult(ImportMapping::direction(cell));
            checkResult(ImportMapping::customerStatus(cell));
            checkResult(ImportMapping::stage(cell));
            checkResult(ImportMapping::score(cell));
            (void)ImportMapping::namesNoChannel(cell);
        }
    }
}

// The date columns' forms, learnt from the sample as the importer learns them from the
// file, then every value parsed with its column's.
void readDates(const ImportSample& sample, const ImportMapping& mapping, const QString& userFormat)
{
    const QStringList fields = ImportMapping::fields(mapping.entity());
    DateDetector detector(2026);
    std::vector<qsizetype> columns;
    for (const QString& field : fields) {
        const qsizetype column = mapping.column(field);
        if (column >= 0 && isDateField(mapping.entity(), field)) {
            require(detector.addColumn(sample.header.at(column)) ==
                        static_cast<int>(columns.size()),
                    "a date column's index out of order");
            columns.push_back(column);
        }
    }
    for (const qsizetype column : sample.unreadDateColumns(mapping)) {
        require(column >= 0 && column < sample.header.size(),
                "an unread date column outside the header");
        (void)detector.addEvidenceColumn(sample.header.at(column).trimmed());
        columns.push_back(column);
    }
    qint64 line = 1;
    for (const QStringList& row : sample.rows) {
        ++line;
        for (std::size_t c = 0; c < columns.size(); ++c) {
            if (columns[c] < row.size())
                detector.add(static_cast<int>(c), row.at(columns[c]), line);
        }
    }
    (void)detector.settled();
    (void)detector.notes();
    const auto formats = detector.result();
    checkResult(formats);
    if (formats) {
        require(formats->size() == columns.size(), "a format per date column");
        for (std::size_t c = 0; c < columns.size(); ++c) {
            require(!(*formats)[c].pattern().isEmpty(), "a format without a pattern");
            for (const QString& cell : sample.values(columns[c]))
                checkResult((*formats)[c].parse(cell));
        }
    }
    if (userFormat.isEmpty())
        return;
    const auto user = dateFormatFromString(userFormat, 2026);
    checkResult(user);
    if (!user)
        return;
    for (const QStringList& row : sample.rows) {
        for (const QString& cell : row)
            checkResult(user->parse(cell));
    }
}

void mapEntity(const ImportSample& sample, Entity entity, const fuzz::FuzzInput& input)
{
    auto mapping = ImportMapping::fromHeader(entity, sample.header, input.overrides);
    checkResult(mapping);
    if (!mapping)
        return;
    QStringList notes;
    if (const QStringList more = sample.remaps(*mapping, notes); !more.isEmpty()) {
        // The importer maps again with these; a remap of its own making must be accepted.
        mapping = ImportMapping::fromHeader(entity, sample.header, input.overrides + more);
        require(mapping.has_value(), "a remap the mapping refuses");
    }
    const qsizetype width = sample.header.size();
    for (const QString& field : ImportMapping::fields(entity)) {
        const qsizetype column = mapping->column(field);
        require(column >= -1 && column < width, "a field's column outside the header");
        const QList<qsizetype> columns = mapping->columns(field);
        require(column < 0 ? columns.isEmpty() : columns.value(0) == column,
                "columns() disagrees with column()");
        for (const qsizetype c : columns)
            require(c >= 0 && c < width, "a list column outside the header");
    }
    require(mapping->unmappedColumns().size() <= width, "more unmapped columns than columns");
    checkResult(mapping->checkRequired());
    const auto valued = mapping->addValueMaps(input.valueMaps);
    checkResult(valued);
    checkResult(sample.lookalikes(u"fuzz.csv"_s, *mapping));
    readValues(sample, *mapping);
    readDates(sample, *mapping, input.dateFormat);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::abortOnQtWarnings();
    const fuzz::FuzzInput input = fuzz::FuzzInput::parse(data, size);
    CsvReader::Options shape;
    if (!input.delimiter.isEmpty()) {
        const auto delimiter = CsvReader::parseDelimiter(input.delimiter);
        checkResult(delimiter);
        if (!delimiter)
            return 0;
        shape.delimiter = *delimiter;
    }
    QBuffer buffer;
    buffer.setData(input.csv);
    buffer.open(QIODevice::ReadOnly);
    const auto sample = ImportSample::read(buffer, u"fuzz.csv"_s, shape);
    checkResult(sample);
    if (!sample)
        return 0;
    require(sample->preamble >= 0 && sample->headerLine > sample->preamble,
            "the header before its preamble");
    require(sample->rows.size() <= 200, "more sampled rows than the sample holds");
    for (const QStringList& row : sample->rows)
        (void)ImportSample::isFiller(row);
    // The entity the options name first, then the others.
    mapEntity(*sample, input.entity, input);
    for (const Entity entity : {Entity::Customers, Entity::Tickets, Entity::Touchpoints}) {
        if (entity != input.entity)
            mapEntity(*sample, entity, input);
    }
    return 0;
}
