#include "storage/postgres/PgDialect.h"

namespace fd {

namespace {

std::string joined(std::initializer_list<std::string_view> parts)
{
    std::string text;
    for (std::string_view part : parts)
        text += part;
    return text;
}

// A parameter inside a hook's text, which is spliced into shared SQL: written "?n" as the
// shared SQL is, so that PgStatement numbers it with the rest ("$n" would be missed there).
std::string shared(int n)
{
    return '?' + std::to_string(n);
}

} // namespace

const PgDialect& PgDialect::instance()
{
    static const PgDialect dialect;
    return dialect;
}

std::string PgDialect::parameter(int n) const
{
    return '$' + std::to_string(n);
}

std::string PgDialect::typed(std::string_view expr, std::string_view type) const
{
    return joined({"CAST(", expr, " AS ", type, ")"});
}

std::string PgDialect::nullsLowest(bool descending) const
{
    return descending ? " NULLS LAST" : " NULLS FIRST";
}

std::string PgDialect::indexed(std::string_view) const
{
    return {};
}

// Word for word the predicate of the partial indexes ticket_open_created and ticket_open_sla
// (001_initial.sql), ticket_open_search (007_open_search.sql, which names TicketListRepository's
// kOpen, the constant this replaced) and ticket_open_customer (014_search_order.sql), so that the
// planner proves a queue's rows are inside them.
std::string PgDialect::openTicket(std::string_view status) const
{
    return std::string(status) + " IN ('new', 'open', 'pending', 'on_hold')";
}

std::string PgDialect::nocase(std::string_view expr) const
{
    return joined({"fd_nocase(", expr, ")"});
}

std::string PgDialect::likeNocase(std::string_view expr, std::string_view pattern) const
{
    return joined({"fd_nocase(", expr, ") LIKE fd_nocase(", pattern, ") ESCAPE '\\'"});
}

std::string PgDialect::idList(int n) const
{
    return "(SELECT unnest(" + shared(n) + "::bigint[]))";
}

std::string PgDialect::idTable(int n, std::string_view alias) const
{
    return joined({"unnest(", shared(n), "::bigint[]) AS ", alias, "(value)"});
}

std::string PgDialect::textList(int n) const
{
    return "(SELECT unnest(" + shared(n) + "::text[]))";
}

// An array literal of quoted elements: '"' and '\' escaped with a backslash inside the quotes.
std::string PgDialect::textListValue(std::span<const std::string_view> texts) const
{
    std::string text = "{";
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
    return text + '}';
}

std::string PgDialect::idListValue(std::span<const qint64> ids) const
{
    std::string text = "{";
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i > 0)
            text += ',';
        text += std::to_string(ids[i]);
    }
    return text + '}';
}

// to_timestamp() gives a timestamptz, which to_char() renders in the session's TimeZone: the
// team's zone (PgDatabase sets it from team.time_zone on every connection, PgSchema.h R2).
std::string PgDialect::localDay(std::string_view expr) const
{
    return joined({"to_char(to_timestamp(", expr, "), 'YYYY-MM-DD')"});
}

std::string PgDialect::localDate(std::string_view expr) const
{
    return joined({"to_timestamp(", expr, ")::date"});
}

std::string PgDialect::greatest(std::string_view a, std::string_view b) const
{
    return joined({"GREATEST(", a, ", ", b, ")"});
}

std::string PgDialect::least(std::string_view a, std::string_view b) const
{
    return joined({"LEAST(", a, ", ", b, ")"});
}

std::string PgDialect::nullSafeEqual(std::string_view a, std::string_view b) const
{
    return joined({"(", a, " IS NOT DISTINCT FROM ", b, ")"});
}

std::string PgDialect::nullSafeDiffer(std::string_view a, std::string_view b) const
{
    return joined({"(", a, " IS DISTINCT FROM ", b, ")"});
}

// Planned for its words (PgStatement): inside a queue's statement the planner reads the open
// tickets' own GIN index, ticket_open_search (007_open_search.sql), whose predicate the queue's
// condition implies. The whole table's index alone cost what every match in the table costs
// ('export':* on data set L: 156,966 tickets, against 2,662 open ones; docs/PERFORMANCE.md,
// Step 10, fifth round).
std::string PgDialect::searchCondition(std::string_view ticket, int n) const
{
    return joined({ticket, ".search @@ fd_search_query(", shared(n), ")"});
}

std::string PgDialect::searchIds(int n, int limitParam) const
{
    std::string sql =
        "SELECT id FROM ticket_words WHERE search @@ fd_search_query(" + shared(n) + ")";
    if (limitParam > 0)
        sql += " ORDER BY id DESC LIMIT " + shared(limitParam);
    return sql;
}

// fd_search_query() splits the words itself and makes each a required prefix.
QString PgDialect::searchExpression(const QStringList& words) const
{
    return words.join(QLatin1Char(' '));
}

std::string PgDialect::insertReturningId(std::string_view insert) const
{
    return joined({insert, " RETURNING id"});
}

std::string PgDialect::insertRows(std::string_view insert) const
{
    return std::string(insert);
}

std::string PgDialect::serialiseCheck(std::string_view what) const
{
    // A row lock on fd_check_lock's row of `what`, through the owner's function
    // (020_check_lock.sql): not an advisory lock, which any login may take and hold for as long as
    // its session lives. Per schema: another FunnelDesk database (schema) on the server does not
    // wait.
    return "SELECT fd_check_hold('" + std::string(what) + "')";
}

std::string PgDialect::lockedForWrite() const
{
    return " FOR NO KEY UPDATE";
}

std::string PgDialect::nextId(std::string_view table) const
{
    // The sequence's next value: last_value once called, else last_value itself (a start, or
    // setval(…, false) after a bulk load). The team's roles may read the sequences (003_team.sql).
    const std::string name(table);
    return "(SELECT greatest(coalesce(max(id), 0) + 1, (SELECT CASE WHEN is_called THEN last_value "
           "+ 1 ELSE "
           "last_value END FROM " +
           name + "_id_seq)) FROM " + name + ")";
}

} // namespace fd
