#pragma once

#include "storage/Dialect.h"

namespace fd {

// PostgreSQL 15's SQL for the Dialect hooks (plan docs/plans/step10-team-mode.md §2), against
// the schema of migrations/001_initial.sql (fd_nocase, ticket.search, fd_search_query).
class PgDialect final : public Dialect {
public:
    static const PgDialect& instance();

    std::string parameter(int n) const override; // "$n"
    std::string typed(std::string_view expr,
                      std::string_view type) const override;    // CAST(expr AS type)
    std::string nullsLowest(bool descending) const override;    // NULLS FIRST / LAST
    std::string indexed(std::string_view index) const override; // "" (no hints)
    std::string openTicket(std::string_view status) const override;
    std::string nocase(std::string_view expr) const override; // fd_nocase(expr)
    std::string likeNocase(std::string_view expr,
                           std::string_view pattern) const override;   // fd_nocase both
    std::string idList(int n) const override;                          // unnest($n::bigint[])
    std::string idTable(int n, std::string_view alias) const override; // unnest(…) AS alias(value)
    std::string idListValue(std::span<const qint64> ids) const override; // "{1,2,3}"
    std::string textList(int n) const override;                          // unnest($n::text[])
    std::string textListValue(std::span<const std::string_view> texts) const override; // {"a","b"}
    std::string localDay(std::string_view expr) const override;  // to_char(to_timestamp(…))
    std::string localDate(std::string_view expr) const override; // to_timestamp(…)::date
    std::string greatest(std::string_view a, std::string_view b) const override; // GREATEST(a, b)
    std::string least(std::string_view a, std::string_view b) const override;    // LEAST(a, b)
    std::string nullSafeEqual(std::string_view a,
                              std::string_view b) const override; // IS NOT DISTINCT FROM
    std::string nullSafeDiffer(std::string_view a,
                               std::string_view b) const override; // IS DISTINCT FROM
    std::string searchCondition(std::string_view ticketId,
                                int n) const override;                     // ticket.search @@ …
    std::string searchIds(int n, int limitParam) const override;           // SELECT id … @@ …
    QString searchExpression(const QStringList& words) const override;     // the words, spaced
    std::string insertReturningId(std::string_view insert) const override; // … RETURNING id
    std::string insertRows(std::string_view insert) const override;
    std::string serialiseCheck(std::string_view what) const override;
    std::string lockedForWrite() const override;
    std::string nextId(std::string_view table) const override;
};

} // namespace fd
