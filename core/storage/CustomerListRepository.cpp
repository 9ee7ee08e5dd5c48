#include "storage/CustomerListRepository.h"

#include "storage/Database.h"
#include "storage/RowsById.h"

#include <string>

namespace fd {

namespace {

// The WHERE clause shared by count and page; parameters ?1…?4.
constexpr std::string_view kWhere =
    " WHERE (?1 IS NULL OR c.name LIKE ?1 ESCAPE '\\' OR c.email LIKE ?1 ESCAPE '\\'"
    " OR c.company LIKE ?1 ESCAPE '\\')"
    " AND (?2 IS NULL OR c.stage = ?2) AND (?3 IS NULL OR c.owner_id = ?3)"
    " AND (?4 IS NULL OR c.status = ?4)";

std::string orderBy(const CustomerListQuery& q)
{
    const char* direction = q.descending ? " DESC" : " ASC";
    std::string key;
    switch (q.sortColumn) {
    case CustomerListQuery::Column::Name:
        key = "c.name COLLATE NOCASE";
        break;
    case CustomerListQuery::Column::Company:
        key = "c.company COLLATE NOCASE";
        break;
    case CustomerListQuery::Column::Stage:
        // Funnel order, not alphabetical.
        key = "CASE c.stage WHEN 'onboarding' THEN 0 WHEN 'post_sales' THEN 1 "
              "WHEN 'retention' THEN 2 ELSE 3 END";
        break;
    case CustomerListQuery::Column::Owner:
        key = "a.name COLLATE NOCASE";
        break;
    case CustomerListQuery::Column::OpenTickets:
        key = "c.open_tickets";
        break;
    case CustomerListQuery::Column::LastTouch:
        key = "c.last_touch_at";
        break;
    }
    // The id breaks ties, so pages never overlap or skip.
    return " ORDER BY " + key + direction + ", c.id" + direction;
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
    return m_db.guard([&] {
        auto q = m_db.query(std::string("SELECT count(*) FROM customer c") + std::string(kWhere));
        bindFilter(*q, query);
        return q->step() ? q->int64(0) : 0;
    });
}

Result<std::vector<qint64>> CustomerListRepository::ids(const CustomerListQuery& query)
{
    return m_db.guard([&] {
        std::vector<qint64> result;
        auto q = m_db.query(std::string("SELECT c.id FROM customer c LEFT JOIN agent a ON "
                                        "a.id = c.owner_id") +
                            std::string(kWhere) + orderBy(query));
        bindFilter(*q, query);
        while (q->step())
            result.push_back(q->int64(0));
        return result;
    });
}

Result<std::vector<CustomerRow>> CustomerListRepository::rows(std::span<const qint64> ids)
{
    return m_db.guard([&] {
        return rowsById<CustomerRow>(
            m_db,
            "SELECT c.id, c.name, c.email, c.company, c.stage, c.status, a.name, c.open_tickets, "
            "c.last_touch_at FROM customer c LEFT JOIN agent a ON a.id = c.owner_id",
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
                return r;
            },
            [](const CustomerRow& r) { return r.id; });
    });
}

} // namespace fd
