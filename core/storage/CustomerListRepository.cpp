#include "storage/CustomerListRepository.h"

#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/FunnelOrder.h"
#include "storage/RowsById.h"
#include "storage/SharedNames.h"

#include <algorithm>
#include <optional>
#include <string>

namespace fd {

namespace {

// The WHERE clause shared by count and page; parameters ?1…?4, NULL for no filter (typed
// where first used: Dialect::typed). The search ignores the case of ASCII letters on every
// backend (Dialect::likeNocase).
std::string whereClause(const Dialect& d)
{
    return " WHERE (" + d.typed("?1", "text") + " IS NULL OR " + d.likeNocase("c.name", "?1") +
           " OR " + d.likeNocase("c.email", "?1") + " OR " + d.likeNocase("c.company", "?1") +
           ") AND (" + d.typed("?2", "text") + " IS NULL OR c.stage = ?2) AND (" +
           d.typed("?3", "bigint") + " IS NULL OR " +
           d.nullSafeEqual("c.owner_id", "nullif(?3, 0)") + ") AND (" + d.typed("?4", "text") +
           " IS NULL OR c.status = ?4)";
}

std::string orderBy(const Dialect& d, const CustomerListQuery& q)
{
    const char* direction = q.descending ? " DESC" : " ASC";
    bool nullable = false; // a company or a last touch may be missing: those sort lowest
    std::string key;
    switch (q.sortColumn) {
    case CustomerListQuery::Column::Name:
        key = d.nocase("c.name");
        break;
    case CustomerListQuery::Column::Company:
        key = d.nocase("c.company");
        nullable = true;
        break;
    case CustomerListQuery::Column::Stage:
        // Funnel order, not alphabetical.
        key = std::string(kFunnelOrder);
        break;
    case CustomerListQuery::Column::Owner: // read owner by owner (sortedIds)
        key = "c.owner_id";
        break;
    case CustomerListQuery::Column::OpenTickets:
        key = "c.open_tickets";
        break;
    case CustomerListQuery::Column::LastTouch:
        key = "c.last_touch_at";
        nullable = true;
        break;
    }
    // The id breaks ties, so pages never overlap or skip.
    return " ORDER BY " + key + direction +
           (nullable ? d.nullsLowest(q.descending) : std::string()) + ", c.id" + direction;
}

void bindFilter(Statement& s, const CustomerListQuery& q)
{
    const QString search = q.search.trimmed();
    if (search.isEmpty()) {
        s.bindNull(1);
    } else {
        QString pattern = search;
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        s.bind(1, QLatin1Char('%') + pattern + QLatin1Char('%'));
    }
    if (q.stage)
        s.bindStatic(2, enumName(*q.stage));
    else
        s.bindNull(2);
    s.bind(3, q.ownerId);
    if (q.status)
        s.bindStatic(4, enumName(*q.status));
    else
        s.bindNull(4);
}

} // namespace

Result<qint64> CustomerListRepository::count(const CustomerListQuery& query)
{
    if (query.only) {
        auto all = ids(query);
        if (!all)
            return failure(all.error());
        return static_cast<qint64>(all->size());
    }
    return m_db.guard([&] {
        auto q = m_db.query("SELECT count(*) FROM customer c" + whereClause(m_db.dialect()));
        bindFilter(*q, query);
        return q->step() ? q->int64(0) : 0;
    });
}

std::vector<qint64> CustomerListRepository::sortedIds(const CustomerListQuery& query)
{
    const Dialect& dialect = m_db.dialect();
    std::vector<qint64> result;
    if (query.sortColumn != CustomerListQuery::Column::Owner) {
        auto q = m_db.query("SELECT c.id FROM customer c" + whereClause(dialect) +
                            orderBy(dialect, query));
        bindFilter(*q, query);
        while (q->step())
            result.push_back(q->int64(0));
        return result;
    }
    // By owner: a sort of every customer by a joined name costs 70 ms; the owners are few,
    // so their customers are read owner by owner, in the order of the owners' names, each
    // from the owner index (customers without an owner sort first, as NULL does).
    std::vector<std::optional<qint64>> owners{std::nullopt};
    {
        auto agents =
            m_db.query("SELECT id FROM agent ORDER BY " + dialect.nocase("name") + ", id");
        while (agents->step())
            owners.emplace_back(agents->int64(0));
    }
    if (query.descending)
        std::reverse(owners.begin(), owners.end());
    // `=` for an owner and IS NULL for none, each from the owner index: PostgreSQL cannot use
    // an index for IS NOT DISTINCT FROM (Dialect::nullSafeEqual; a scan of every customer per
    // owner, 1.8 s on L).
    const std::string order = query.descending ? " ORDER BY c.id DESC" : " ORDER BY c.id";
    auto owned = m_db.query("SELECT c.id FROM customer c" + whereClause(dialect) +
                            " AND c.owner_id = ?5" + order);
    auto unowned = m_db.query("SELECT c.id FROM customer c" + whereClause(dialect) +
                              " AND c.owner_id IS NULL" + order);
    for (const auto& owner : owners) {
        Statement& q = owner ? *owned : *unowned;
        bindFilter(q, query);
        if (owner)
            q.bind(5, *owner);
        while (q.step())
            result.push_back(q.int64(0));
        q.reset();
    }
    return result;
}

Result<std::vector<qint64>> CustomerListRepository::ids(const CustomerListQuery& query)
{
    return m_db.guard([&] {
        std::vector<qint64> result = matchingIds(query);
        if (query.only) {
            std::erase_if(result, [&](qint64 id) {
                return !std::binary_search(query.only->begin(), query.only->end(), id);
            });
        }
        return result;
    });
}

std::vector<qint64> CustomerListRepository::matchingIds(const CustomerListQuery& query)
{
    const bool searching = !query.search.trimmed().isEmpty();
    if (!searching || query.sortColumn == CustomerListQuery::Column::Name)
        return sortedIds(query);
    // A search sorted by another column: the matches come from one walk of the name
    // index (it holds name, email and company), the order from that column's index.
    std::vector<qint64> matches;
    {
        const Dialect& dialect = m_db.dialect();
        auto q = m_db.query("SELECT c.id FROM customer c" + dialect.indexed("customer_name") +
                            whereClause(dialect));
        bindFilter(*q, query);
        while (q->step())
            matches.push_back(q->int64(0));
    }
    std::sort(matches.begin(), matches.end());
    CustomerListQuery unsearched = query;
    unsearched.search.clear();
    std::vector<qint64> result;
    for (const qint64 id : sortedIds(unsearched)) {
        if (std::binary_search(matches.begin(), matches.end(), id))
            result.push_back(id);
    }
    return result;
}

Result<std::vector<CustomerRow>> CustomerListRepository::rows(std::span<const qint64> ids)
{
    return m_db.guard([&] {
        return rowsById<CustomerRow>(
            m_db,
            "SELECT c.id, c.name, c.email, c.company, c.stage, c.status, a.name, c.open_tickets, "
            "c.last_touch_at, " +
                nameSharedColumn(m_db.dialect(), "c") +
                " FROM customer c LEFT JOIN agent a ON a.id = c.owner_id",
            "c.id", ids,
            [](Statement& q) {
                CustomerRow r;
                r.id = q.int64(0);
                r.name = q.text(1);
                r.email = q.text(2);
                r.company = q.text(3);
                r.stage = enumFromUtf8<Stage>(q.utf8(4)).value_or(Stage::Onboarding);
                r.status = enumFromUtf8<CustomerStatus>(q.utf8(5)).value_or(CustomerStatus::Active);
                r.owner = q.text(6);
                r.openTickets = q.int64(7);
                r.lastTouchAt = q.dateTime(8);
                r.nameShared = q.int64(9) != 0;
                return r;
            },
            [](const CustomerRow& r) { return r.id; });
    });
}

} // namespace fd
