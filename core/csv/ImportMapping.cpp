#include "csv/ImportMapping.h"

#include "common/FrontEndHints.h"

#include "csv/HelpdeskLayouts.h"
#include "domain/Validation.h"

#include <QHash>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <climits>
#include <span>
#include <string_view>

namespace fd {

using namespace Qt::StringLiterals;

namespace {

using Entity = ImportMapping::Entity;

using layouts::FieldSynonyms;
using layouts::ValueSynonym;

std::span<const FieldSynonyms> fieldTable(Entity entity)
{
    switch (entity) {
    case Entity::Customers:
        return layouts::customerFields();
    case Entity::Tickets:
        return layouts::ticketFields();
    case Entity::Touchpoints:
        return layouts::touchpointFields();
    }
    return {};
}

QString latin1(std::string_view text)
{
    return QString::fromLatin1(text.data(), static_cast<qsizetype>(text.size()));
}

// Letters and digits only, lower case: "E-mail", "e_mail" and "E Mail" are all "email".
// Small enough for the stack, so value lookups over millions of cells allocate nothing.
using Key = QVarLengthArray<char16_t, 64>;

Key normalised(QStringView text)
{
    Key key;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9'))
            key.append(u);
        else if (u >= u'A' && u <= u'Z')
            key.append(u + (u'a' - u'A'));
        else if (u >= 0x80 && c.isLetterOrNumber())
            key.append(c.toLower().unicode());
    }
    return key;
}

bool sameKey(const Key& key, std::string_view word)
{
    return QStringView(key.constData(), key.size()) ==
           QLatin1StringView(word.data(), static_cast<qsizetype>(word.size()));
}

// Position of key among a field's synonyms (0 = the field's own name), or -1.
int synonymRank(const Key& key, std::string_view synonyms)
{
    int rank = 0;
    while (!synonyms.empty()) {
        const auto space = synonyms.find(' ');
        const std::string_view word = synonyms.substr(0, space);
        if (!word.empty() && sameKey(key, word))
            return rank;
        ++rank;
        if (space == std::string_view::npos)
            break;
        synonyms.remove_prefix(space + 1);
    }
    return -1;
}

QString entityNoun(Entity entity)
{
    switch (entity) {
    case Entity::Customers:
        return ImportMapping::tr("customer");
    case Entity::Tickets:
        return ImportMapping::tr("ticket");
    case Entity::Touchpoints:
        return ImportMapping::tr("touchpoint");
    }
    return {};
}

// "a, b or c": the allowed values in a reason.
QString orList(const QStringList& names)
{
    if (names.size() < 2)
        return names.value(0);
    return ImportMapping::tr("%1 or %2")
        .arg(names.mid(0, names.size() - 1).join(QStringLiteral(", ")), names.back());
}

template <typename E> QStringList allNames()
{
    QStringList names;
    for (std::size_t i = 0; i < enumCount<E>(); ++i)
        names << toString(static_cast<E>(i));
    return names;
}

// The stable name first, as it is (our own files), then the synonyms; then, for a value
// that starts with a number ("2 normal", "3 - Moderate"), the words after it.
template <typename E>
std::optional<E> lookUp(QStringView text, std::span<const ValueSynonym<E>> table)
{
    if (const auto exact = enumFromString<E>(text))
        return exact;
    const Key key = normalised(text);
    for (const auto& synonym : table) {
        if (sameKey(key, synonym.key))
            return synonym.value;
    }
    qsizetype digits = 0;
    while (digits < key.size() && key[digits] >= u'0' && key[digits] <= u'9')
        ++digits;
    if (digits > 0 && digits < key.size()) {
        Key words;
        words.append(key.constData() + digits, key.size() - digits);
        for (const auto& synonym : table) {
            if (sameKey(words, synonym.key))
                return synonym.value;
        }
    }
    return std::nullopt;
}

template <typename E>
Result<E> mapValue(QStringView text, std::span<const ValueSynonym<E>> table, const char* reason)
{
    if (const auto value = lookUp(text, table))
        return *value;
    return failure(ImportMapping::tr(reason).arg(text.toString(), orList(allNames<E>())));
}

Result<int> wholeNumber(QStringView text, int low, int high, const char* reason)
{
    bool ok = false;
    const double number = text.trimmed().toDouble(&ok);
    if (ok && number >= low && number <= high && number == static_cast<int>(number))
        return static_cast<int>(number);
    return failure(ImportMapping::tr(reason).arg(text.toString()));
}

} // namespace

std::optional<ImportMapping::Entity> ImportMapping::entityFromString(QStringView name)
{
    if (name == u"customers")
        return Entity::Customers;
    if (name == u"tickets")
        return Entity::Tickets;
    if (name == u"touchpoints")
        return Entity::Touchpoints;
    return std::nullopt;
}

QStringList ImportMapping::fields(Entity entity)
{
    QStringList names;
    for (const auto& f : fieldTable(entity))
        names << latin1(f.field);
    return names;
}

QStringList ImportMapping::synonyms(Entity entity, QStringView field)
{
    for (const auto& f : fieldTable(entity)) {
        if (QLatin1StringView(f.field.data(), static_cast<qsizetype>(f.field.size())) == field)
            return latin1(f.synonyms).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    return {};
}

Result<ImportMapping> ImportMapping::fromHeader(Entity entity, const QStringList& header,
                                                const QStringList& overrides)
{
    const auto table = fieldTable(entity);
    ImportMapping mapping;
    mapping.m_entity = entity;
    mapping.m_header = header;
    mapping.m_columns = QList<qsizetype>(static_cast<qsizetype>(table.size()), -1);
    QList<int> ranks(static_cast<qsizetype>(table.size()), INT_MAX);
    for (qsizetype column = 0; column < header.size(); ++column) {
        // Zammad heads its ticket number "#", which normalises to nothing.
        const Key key = header.at(column).trimmed() == u"#" ? normalised(u"number")
                                                            : normalised(header.at(column));
        for (qsizetype f = 0; f < ranks.size(); ++f) {
            const int rank = synonymRank(key, table[static_cast<std::size_t>(f)].synonyms);
            if (rank >= 0 && rank < ranks[f]) {
                ranks[f] = rank;
                mapping.m_columns[f] = column;
            }
            if (rank >= 0)
                break;
        }
    }

    if (auto applied = mapping.applyOverrides(overrides); !applied)
        return failure(applied.error());
    if (auto joined = mapping.joinListColumns(); !joined)
        return failure(joined.error());
    return mapping;
}

// --map FIELD=COLUMN (and FIELD=, no column) over the columns the header's names chose.
Status ImportMapping::applyOverrides(const QStringList& overrides)
{
    const QStringList names = fields(m_entity);
    QHash<QString, QString> given; // field → the override that named it
    QHash<QString, QString> fed;   // column → the override that gave it a field
    for (const QString& item : overrides) {
        const qsizetype equals = item.indexOf(QLatin1Char('='));
        const QString field = item.left(equals).trimmed();
        const qsizetype f = names.indexOf(field);
        if (equals < 0 || f < 0)
            return failure(tr("'%1' does not name a %2 field; write FIELD=COLUMN with one of "
                              "these fields: %3.")
                               .arg(item, entityNoun(m_entity), names.join(QStringLiteral(", "))));
        // Two overrides that disagree: say so rather than let the last one win.
        if (given.contains(field) && given.value(field) != item)
            return failure(tr("The mappings %1 and %2 both name the field %3; keep one.")
                               .arg(given.value(field), item, field));
        given.insert(field, item);
        const QString target = item.mid(equals + 1).trimmed();
        if (!target.isEmpty()) {
            const QString key = target.toCaseFolded();
            if (fed.contains(key) &&
                fed.value(key).left(fed.value(key).indexOf(QLatin1Char('='))).trimmed() != field)
                return failure(
                    tr("Column “%1” is read into two fields, %2 and %3; a column feeds one field, "
                       "so "
                       "keep one%4.")
                        .arg(
                            target,
                            fed.value(key).left(fed.value(key).indexOf(QLatin1Char('='))).trimmed(),
                            field, hints::clause(hints::Hint::MapTwice, {fed.value(key), item})));
            fed.insert(key, item);
        }
        const QString columnName = item.mid(equals + 1).trimmed();
        if (columnName.isEmpty()) {
            m_columns[f] = -1;
            continue;
        }
        qsizetype column = -1;
        for (qsizetype c = 0; c < m_header.size() && column < 0; ++c) {
            if (m_header.at(c).trimmed() == columnName)
                column = c;
        }
        for (qsizetype c = 0; c < m_header.size() && column < 0; ++c) {
            if (m_header.at(c).trimmed().compare(columnName, Qt::CaseInsensitive) == 0)
                column = c;
        }
        if (column < 0)
            return failure(tr("The file has no column '%1' (in %2); its columns are: %3.")
                               .arg(columnName, item, m_header.join(QStringLiteral(", "))));
        // The column now feeds this field only.
        std::replace(m_columns.begin(), m_columns.end(), column, qsizetype(-1));
        m_columns[f] = column;
        m_overridden << names.at(f);
    }
    for (const QString& item : overrides) // "FIELD=" too
        m_overridden << item.left(item.indexOf(QLatin1Char('='))).trimmed();
    return {};
}

Status ImportMapping::joinListColumns()
{
    // A header written more than once: the columns of a list field are joined (Jira writes
    // one "Labels" column per label); any other field cannot hold two values.
    const QStringList names = fields(m_entity);
    m_listColumns = QList<QList<qsizetype>>(names.size());
    for (qsizetype f = 0; f < names.size(); ++f) {
        const qsizetype chosen = m_columns.at(f);
        if (chosen < 0)
            continue;
        const Key key = normalised(m_header.at(chosen));
        QList<qsizetype> same;
        for (qsizetype c = 0; c < m_header.size(); ++c) {
            if (c != chosen && !key.isEmpty() && normalised(m_header.at(c)) == key &&
                !m_columns.contains(c))
                same << c;
        }
        if (same.isEmpty())
            continue;
        const QByteArray field = names.at(f).toLatin1();
        if (!layouts::isListField(
                std::string_view(field.constData(), static_cast<std::size_t>(field.size())))) {
            QStringList numbers{QString::number(chosen + 1)};
            for (const qsizetype c : same)
                numbers << QString::number(c + 1);
            return failure(
                tr("The header “%1” appears %2 times (columns %3), and a %4 has one %5; "
                   "remove or rename all but one of those columns.")
                    .arg(m_header.at(chosen))
                    .arg(numbers.size())
                    .arg(tr("%1 and %2")
                             .arg(numbers.mid(0, numbers.size() - 1).join(QStringLiteral(", ")),
                                  numbers.back()),
                         entityNoun(m_entity), names.at(f)));
        }
        m_listColumns[f] = same;
    }
    return {};
}

QList<qsizetype> ImportMapping::columns(QStringView field) const
{
    const qsizetype first = column(field);
    if (first < 0)
        return {};
    QList<qsizetype> all{first};
    const QStringList names = fields(m_entity);
    const qsizetype f = names.indexOf(field);
    if (f >= 0 && f < m_listColumns.size())
        all += m_listColumns.at(f);
    return all;
}

bool ImportMapping::overridden(QStringView field) const
{
    return m_overridden.contains(field.toString());
}

QStringList ImportMapping::valueFields(Entity entity)
{
    switch (entity) {
    case Entity::Customers:
        return {u"status"_s, u"stage"_s};
    case Entity::Tickets:
        return {u"status"_s, u"priority"_s, u"channel"_s, u"category"_s, u"csat"_s};
    case Entity::Touchpoints:
        return {u"kind"_s, u"direction"_s, u"score"_s};
    }
    return {};
}

QStringList ImportMapping::valuesOf(Entity entity, QStringView field)
{
    if (field == u"csat")
        return {u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s};
    if (field == u"score") {
        QStringList scores;
        for (int i = 0; i <= 10; ++i)
            scores << QString::number(i);
        return scores;
    }
    if (entity == Entity::Customers)
        return field == u"stage" ? allNames<Stage>() : allNames<CustomerStatus>();
    if (entity == Entity::Touchpoints)
        return field == u"kind" ? allNames<TouchpointKind>() : allNames<Direction>();
    if (field == u"status")
        return allNames<TicketStatus>();
    if (field == u"priority")
        return allNames<Priority>();
    if (field == u"category")
        return allNames<Category>();
    QStringList channels;
    for (std::size_t i = 0; i < enumCount<TouchpointKind>(); ++i) {
        if (isTicketChannel(static_cast<TouchpointKind>(i)))
            channels << toString(static_cast<TouchpointKind>(i));
    }
    return channels;
}

Status ImportMapping::checkValue(Entity entity, QStringView field, QStringView text)
{
    const auto check = [](const auto& result) -> Status {
        if (!result)
            return failure(result.error());
        return {};
    };
    if (entity == Entity::Customers)
        return field == u"stage" ? check(stage(text)) : check(customerStatus(text));
    if (entity == Entity::Touchpoints)
        return field == u"kind"        ? check(touchpointKind(text))
               : field == u"direction" ? check(direction(text))
                                       : check(score(text));
    return field == u"status"     ? check(ticketStatus(text))
           : field == u"priority" ? check(priority(text))
           : field == u"channel"  ? check(channel(text))
           : field == u"category" ? check(category(text))
                                  : check(csat(text));
}

Status ImportMapping::addValueMaps(const QStringList& items)
{
    const QStringList names = fields(m_entity);
    const QStringList mappable = valueFields(m_entity);
    if (m_valueMaps.size() != names.size())
        m_valueMaps = QList<QList<std::pair<QString, QString>>>(names.size());
    for (const QString& item : items) {
        const qsizetype colon = item.indexOf(QLatin1Char(':'));
        const qsizetype equals = item.lastIndexOf(QLatin1Char('='));
        const QString field = item.left(colon).trimmed();
        if (colon > 0 && !mappable.contains(field))
            return failure(tr("In the value mapping %1, '%2' is not a field with fixed values; map "
                              "the values of one of "
                              "these fields: %3.")
                               .arg(item, field, mappable.join(QStringLiteral(", "))));
        if (colon <= 0 || equals < colon + 2)
            return failure(tr("'%1' is not a value mapping; write FIELD:TEXT=VALUE, e.g. "
                              "status:Offen=open, with one of these fields: %2.")
                               .arg(item, mappable.join(QStringLiteral(", "))));
        const QString text = item.mid(colon + 1, equals - colon - 1).trimmed();
        const QString value = item.mid(equals + 1).trimmed();
        if (auto valid = checkValue(m_entity, field, value); !valid)
            return failure(tr("In the value mapping %1: %2").arg(item, valid.error()));
        const Key key = normalised(text);
        const QString from = QStringView(key.constData(), key.size()).toString();
        auto& maps = m_valueMaps[names.indexOf(field)];
        for (const auto& [known, to] : std::as_const(maps)) {
            if (known == from && to != value)
                return failure(tr("The %1 “%2” is read both as %3 and as %4; keep one%5.")
                                   .arg(field, text, to, value,
                                        hints::clause(hints::Hint::MapValueTwice, {field, text})));
        }
        maps.append({from, value});
    }
    return {};
}

QString ImportMapping::mappedValue(qsizetype field, const QString& text) const
{
    if (field < 0 || field >= m_valueMaps.size() || m_valueMaps.at(field).isEmpty() ||
        text.isEmpty())
        return text;
    const Key key = normalised(text);
    const QStringView view(key.constData(), key.size());
    for (const auto& [from, to] : m_valueMaps.at(field)) {
        if (from == view)
            return to;
    }
    return text;
}

qsizetype ImportMapping::column(QStringView field) const
{
    const auto table = fieldTable(m_entity);
    for (std::size_t f = 0; f < table.size(); ++f) {
        if (QLatin1StringView(table[f].field.data(),
                              static_cast<qsizetype>(table[f].field.size())) == field)
            return m_columns.at(static_cast<qsizetype>(f));
    }
    return -1;
}

QStringList ImportMapping::unmappedColumns() const
{
    QStringList unmapped;
    for (qsizetype c = 0; c < m_header.size(); ++c) {
        const bool listed =
            std::any_of(m_listColumns.begin(), m_listColumns.end(),
                        [c](const QList<qsizetype>& more) { return more.contains(c); });
        if (!m_columns.contains(c) && !listed)
            unmapped << m_header.at(c);
    }
    return unmapped;
}

Status ImportMapping::checkRequired() const
{
    const bool customerKnown = m_entity == Entity::Customers || column(u"customer_email") >= 0 ||
                               column(u"customer_name") >= 0;
    if (!customerKnown)
        return failure(
            tr("No column maps to customer_email or customer_name, so the rows "
               "cannot be matched to customers; map a column to one of them%1, with "
               "one of the file's columns: %2.")
                .arg(hints::clause(hints::Hint::MapCustomer), m_header.join(QStringLiteral(", "))));
    QStringList required;
    switch (m_entity) {
    case Entity::Customers:
        if (column(u"email") < 0) // a customer is named by its address when there is no name
            required = {u"name"_s};
        break;
    case Entity::Tickets:
        if (column(u"external_ref") < 0) // without a subject, a ticket is named by its number
            required = {u"subject"_s};
        break;
    case Entity::Touchpoints:
        required = {u"kind"_s, u"occurred_at"_s};
        break;
    }
    for (const QString& field : required) {
        if (column(field) < 0)
            return failure(tr("No column maps to the %1 field %2, which every %1 needs; map a "
                              "column to it%4, with one of the file's columns: %3.")
                               .arg(entityNoun(m_entity), field,
                                    m_header.join(QStringLiteral(", ")),
                                    hints::clause(hints::Hint::MapField, {field})));
    }
    return {};
}

Result<TicketStatus> ImportMapping::ticketStatus(QStringView text)
{
    return mapValue(text, layouts::ticketStatuses(),
                    QT_TR_NOOP("'%1' is not a ticket status; expected %2."));
}

Result<Priority> ImportMapping::priority(QStringView text)
{
    return mapValue(text, layouts::priorities(),
                    QT_TR_NOOP("'%1' is not a priority; expected %2."));
}

bool ImportMapping::namesNoChannel(QStringView text)
{
    const Key key = normalised(text);
    return layouts::meansNoChannel(
        std::u16string_view(key.constData(), static_cast<std::size_t>(key.size())));
}

Result<TouchpointKind> ImportMapping::channel(QStringView text)
{
    const auto kind = lookUp(text, layouts::kinds());
    if (kind && isTicketChannel(*kind))
        return *kind;
    QStringList channels;
    for (std::size_t i = 0; i < enumCount<TouchpointKind>(); ++i) {
        if (isTicketChannel(static_cast<TouchpointKind>(i)))
            channels << toString(static_cast<TouchpointKind>(i));
    }
    return failure(
        tr("'%1' is not a ticket channel; expected %2.").arg(text.toString(), orList(channels)));
}

Result<Category> ImportMapping::category(QStringView text)
{
    return mapValue(text, layouts::categories(),
                    QT_TR_NOOP("'%1' is not a ticket category; expected %2."));
}

Result<TouchpointKind> ImportMapping::touchpointKind(QStringView text)
{
    return mapValue(text, layouts::kinds(),
                    QT_TR_NOOP("'%1' is not a touchpoint kind; expected %2."));
}

Result<Direction> ImportMapping::direction(QStringView text)
{
    return mapValue(text, layouts::directions(),
                    QT_TR_NOOP("'%1' is not a direction; expected %2."));
}

Result<CustomerStatus> ImportMapping::customerStatus(QStringView text)
{
    return mapValue(text, layouts::customerStatuses(),
                    QT_TR_NOOP("'%1' is not a customer status; expected %2."));
}

Result<Stage> ImportMapping::stage(QStringView text)
{
    return mapValue(text, layouts::stages(), QT_TR_NOOP("'%1' is not a stage; expected %2."));
}

Result<int> ImportMapping::csat(QStringView text)
{
    const Key key = normalised(text);
    for (const auto& word : layouts::satisfactionWords()) {
        if (sameKey(key, word.key))
            return word.value;
    }
    return wholeNumber(text, Validation::kCsatMin, Validation::kCsatMax,
                       QT_TR_NOOP("'%1' is not a satisfaction rating; expected a whole "
                                  "number from 1 to 5 or a word such as Good or Bad."));
}

Result<int> ImportMapping::score(QStringView text)
{
    return wholeNumber(text, Validation::kScoreMin, Validation::kScoreMax,
                       QT_TR_NOOP("'%1' is not a survey score; expected a whole number from 0 "
                                  "to 10."));
}

} // namespace fd
