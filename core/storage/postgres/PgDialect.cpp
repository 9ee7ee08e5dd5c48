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

std::string PgDialect::indexed(std::string_view) const
{
    return {};
}

std::string PgDialect::nocase(std::string_view expr) const
{
    return joined({"fd_nocase(", expr, ")"});
}

std::string PgDialect::idList(int n) const
{
    return "(SELECT unnest(" + parameter(n) + "::bigint[]))";
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

std::string PgDialect::searchCondition(std::string_view ticketId, int n) const
{
    return joined({ticketId, " IN (SELECT id FROM ticket WHERE search @@ fd_search_query(", parameter(n), "))"});
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

} // namespace fd
