#include "storage/sqlite/SqliteDialect.h"

namespace fd {

namespace {

std::string joined(std::initializer_list<std::string_view> parts)
{
    std::string text;
    for (std::string_view part : parts)
        text += part;
    return text;
}

} // namespace

const SqliteDialect& SqliteDialect::instance()
{
    static const SqliteDialect dialect;
    return dialect;
}

std::string SqliteDialect::parameter(int n) const
{
    return '?' + std::to_string(n);
}

std::string SqliteDialect::typed(std::string_view expr, std::string_view /*type*/) const
{
    return std::string(expr);
}

std::string SqliteDialect::nullsLowest(bool /*descending*/) const
{
    return {};
}

std::string SqliteDialect::indexed(std::string_view index) const
{
    return joined({" INDEXED BY ", index});
}

std::string SqliteDialect::openTicket(std::string_view status) const
{
    return joined({"(", status, " = 'new' OR ", status, " = 'open' OR ", status, " = 'pending' OR ",
                   status, " = 'on_hold')"});
}

std::string SqliteDialect::nocase(std::string_view expr) const
{
    return joined({expr, " COLLATE NOCASE"});
}

std::string SqliteDialect::likeNocase(std::string_view expr, std::string_view pattern) const
{
    return joined({expr, " LIKE ", pattern, " ESCAPE '\\'"});
}

std::string SqliteDialect::idList(int n) const
{
    return "(SELECT value FROM json_each(" + parameter(n) + "))";
}

std::string SqliteDialect::idTable(int n, std::string_view alias) const
{
    return joined({"json_each(", parameter(n), ") ", alias});
}

std::string SqliteDialect::idListValue(std::span<const qint64> ids) const
{
    std::string text = "[";
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i > 0)
            text += ',';
        text += std::to_string(ids[i]);
    }
    return text + ']';
}

std::string SqliteDialect::textList(int n) const
{
    return idList(n);
}

std::string SqliteDialect::textListValue(std::span<const std::string_view> texts) const
{
    std::string text = "[";
    for (std::size_t i = 0; i < texts.size(); ++i) {
        if (i > 0)
            text += ',';
        text += '"';
        for (const char c : texts[i]) {
            if (c == '"' || c == '\\')
                text += '\\';
            text += c;
        }
        text += '"';
    }
    return text + ']';
}

std::string SqliteDialect::localDay(std::string_view expr) const
{
    return joined({"date(", expr, ", 'unixepoch', 'localtime')"});
}

std::string SqliteDialect::localDate(std::string_view expr) const
{
    return localDay(expr);
}

std::string SqliteDialect::greatest(std::string_view a, std::string_view b) const
{
    return joined({"max(", a, ", ", b, ")"});
}

std::string SqliteDialect::least(std::string_view a, std::string_view b) const
{
    return joined({"min(", a, ", ", b, ")"});
}

std::string SqliteDialect::nullSafeEqual(std::string_view a, std::string_view b) const
{
    return joined({"(", a, " IS ", b, ")"});
}

std::string SqliteDialect::nullSafeDiffer(std::string_view a, std::string_view b) const
{
    return joined({"(", a, " IS NOT ", b, ")"});
}

std::string SqliteDialect::searchCondition(std::string_view ticket, int n) const
{
    return joined({ticket, ".id IN (SELECT rowid FROM ticket_fts WHERE ticket_fts MATCH ",
                   parameter(n), ")"});
}

std::string SqliteDialect::searchIds(int n, int limitParam) const
{
    std::string sql = "SELECT rowid FROM ticket_fts WHERE ticket_fts MATCH " + parameter(n);
    if (limitParam > 0)
        sql += " ORDER BY rowid DESC LIMIT " + parameter(limitParam);
    return sql;
}

QString SqliteDialect::searchExpression(const QStringList& words) const
{
    QStringList terms;
    terms.reserve(words.size());
    for (const QString& word : words)
        terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    return terms.join(QLatin1Char(' '));
}

std::string SqliteDialect::insertReturningId(std::string_view insert) const
{
    return std::string(insert);
}

std::string SqliteDialect::insertRows(std::string_view insert) const
{
    constexpr std::string_view kPlain = "INSERT INTO ";
    Q_ASSERT_X(insert.starts_with(kPlain), "SqliteDialect::insertRows",
               "not an \"INSERT INTO \" head: the statement would keep its journal");
    if (!insert.starts_with(kPlain))
        return std::string(insert);
    return "INSERT OR FAIL INTO " + std::string(insert.substr(kPlain.size()));
}

std::string SqliteDialect::serialiseCheck(std::string_view /*what*/) const
{
    return {};
}

std::string SqliteDialect::lockedForWrite() const
{
    return {};
}

std::string SqliteDialect::nextId(std::string_view table) const
{
    return "(SELECT coalesce(max(id), 0) + 1 FROM " + std::string(table) + ")";
}

} // namespace fd
