#include "storage/HealthRepository.h"

#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/FunnelOrder.h"
#include "storage/MultiRowInsert.h"
#include "storage/TaskRepository.h"
#include "storage/Transaction.h"

#include <algorithm>
#include <string>
#include <unordered_map>

namespace fd {

namespace {

ScoreBand bandOf(std::string_view text)
{
    return enumFromUtf8<ScoreBand>(text).value_or(ScoreBand::Watch);
}

// Finds a customer's facts by id among `facts`, sorted by id.
HealthFacts* find(std::vector<HealthFacts>& facts, qint64 id)
{
    auto it =
        std::lower_bound(facts.begin(), facts.end(), id,
                         [](const HealthFacts& f, qint64 wanted) { return f.customerId < wanted; });
    return it != facts.end() && it->customerId == id ? &*it : nullptr;
}

// The active customers of one stage with a stored score, over `customer c` and
// `customer_health h`; parameter ?1 bound by bindScoredIn(). SQLite walks the index
// customer_funnel_order (schema v5: the funnel order, then id), which holds the stage's customers
// in id order, and finds each one's score by id after the one before; the CROSS JOIN keeps the
// customers the outer loop (https://www.sqlite.org/optoverview.html#crossjoin). Led by the index
// customer_stage (stage, status, then dates), SQLite looked data set L's 60,276 retention
// customers up in customer_health in the order of their dates, not of their ids: 112 ms against
// 18-25 ms to count their bands, and 6 ms against 2 ms for onboarding's 3,982 (docs/PERFORMANCE.md,
// "Run nineteen …", "Health bands read in id order"). A server keeps the join it was given an
// index for, customer_stage_id against customer_health's key (026_dashboard_reads.sql).
std::string scoredIn(const Database& db)
{
    if (db.backend() == Database::Backend::Postgres)
        return " FROM customer c JOIN customer_health h ON h.customer_id = c.id WHERE c.stage = ?1 "
               "AND c.status = 'active'";
    return " FROM customer c" + db.dialect().indexed("customer_funnel_order") +
           " CROSS JOIN customer_health h WHERE " + std::string(kFunnelOrder) +
           " = ?1 AND c.status = 'active' AND h.customer_id = c.id";
}

// Binds ?1 of scoredIn(): the stage's name on a server, its funnelOrder() in SQLite.
void bindScoredIn(Statement& q, const Database& db, Stage stage)
{
    if (db.backend() == Database::Backend::Postgres)
        q.bindStatic(1, enumName(stage));
    else
        q.bind(1, static_cast<qint64>(funnelOrder(stage)));
}

std::string only(std::string_view column, bool one)
{
    return one ? " AND " + std::string(column) + " = ?" : std::string();
}

// The facts of `facts`' customers that their tickets give: counts in the windows, open
// high-priority ones. Throws SqlError.
void readTicketFacts(Database& db, const HealthWindows& at, std::optional<qint64> customer,
                     std::vector<HealthFacts>& facts)
{
    const bool one = customer.has_value();
    // Tickets of the widest window, each counted in the windows it falls in.
    {
        auto q =
            db.query("SELECT customer_id, "
                     "sum(CASE WHEN created_at > ? THEN 1 ELSE 0 END), "
                     "sum(CASE WHEN created_at > ? AND csat IS NOT NULL THEN 1 ELSE 0 END), "
                     "sum(CASE WHEN created_at > ? AND csat IS NOT NULL THEN csat ELSE 0 END), "
                     "sum(CASE WHEN created_at > ? AND (first_response_breached_at IS NOT NULL "
                     "OR resolution_breached_at IS NOT NULL) THEN 1 ELSE 0 END) "
                     "FROM ticket WHERE created_at > ?" +
                     only("customer_id", one) + " GROUP BY customer_id");
        q->bind(1, at.ticketsFrom);
        q->bind(2, at.csatFrom);
        q->bind(3, at.csatFrom);
        q->bind(4, at.slaFrom);
        q->bind(5, at.earliestTicketFrom());
        if (one)
            q->bind(6, *customer);
        while (q->step()) {
            if (HealthFacts* f = find(facts, q->int64(0))) {
                f->recentTickets = q->int64(1);
                f->csatCount = q->int64(2);
                f->csatSum = q->int64(3);
                f->breachedTickets = q->int64(4);
            }
        }
    }
    {
        auto q =
            db.query("SELECT customer_id, count(*) FROM ticket WHERE " +
                     db.dialect().openTicket("status") + " AND priority IN ('high', 'urgent')" +
                     only("customer_id", one) + " GROUP BY customer_id");
        if (one)
            q->bind(1, *customer);
        while (q->step()) {
            if (HealthFacts* f = find(facts, q->int64(0)))
                f->openHighOrUrgent = q->int64(1);
        }
    }
}

// The latest survey of each of `facts`' customers, and their overdue tasks. Throws SqlError.
void readSurveyAndTaskFacts(Database& db, const HealthWindows& at, std::optional<qint64> customer,
                            std::vector<HealthFacts>& facts)
{
    const bool one = customer.has_value();
    // The latest survey of each customer in the window (the later id of two at one time).
    {
        auto q = db.query("SELECT customer_id, occurred_at, id, score FROM touchpoint "
                          "WHERE kind = 'survey' AND occurred_at > ? AND score IS NOT NULL" +
                          only("customer_id", one));
        q->bind(1, at.surveyFrom);
        if (one)
            q->bind(2, *customer);
        std::unordered_map<qint64, std::pair<qint64, qint64>> latest; // customer → (at, id)
        while (q->step()) {
            HealthFacts* f = find(facts, q->int64(0));
            if (!f)
                continue;
            const std::pair<qint64, qint64> when{q->int64(1), q->int64(2)};
            auto [it, added] = latest.try_emplace(f->customerId, when);
            if (added || when > it->second) {
                it->second = when;
                f->latestSurvey = static_cast<int>(std::clamp<qint64>(q->int64(3), 0, 10));
            }
        }
    }
    {
        auto q = db.query(
            "SELECT customer_id, count(*) FROM task WHERE done_at IS NULL AND due_day < ?" +
            only("customer_id", one) + " GROUP BY customer_id");
        q->bind(1, at.today);
        if (one)
            q->bind(2, *customer);
        while (q->step()) {
            if (HealthFacts* f = find(facts, q->int64(0)))
                f->overdueTasks = q->int64(1);
        }
    }
}

} // namespace

Result<std::vector<HealthFacts>> HealthRepository::facts(const HealthWindows& at,
                                                         std::optional<qint64> customer)
{
    return m_db.guard([&] {
        const bool one = customer.has_value();
        std::vector<HealthFacts> facts;
        {
            auto q =
                m_db.query("SELECT id, stage, since, stage_entered_at, last_touch_at FROM customer "
                           "WHERE status = 'active'" +
                           only("id", one) + " ORDER BY id");
            if (one)
                q->bind(1, *customer);
            while (q->step()) {
                HealthFacts f;
                f.customerId = q->int64(0);
                f.stage = enumFromUtf8<Stage>(q->utf8(1)).value_or(Stage::Onboarding);
                f.since = q->date(2);
                f.stageEnteredAt = q->utcSecs(3);
                f.lastTouchAt = q->isNull(4) ? 0 : q->utcSecs(4);
                facts.push_back(f);
            }
        }
        if (facts.empty())
            return facts;
        readTicketFacts(m_db, at, customer, facts);
        readSurveyAndTaskFacts(m_db, at, customer, facts);
        return facts;
    });
}

Result<std::vector<StoredHealth>> HealthRepository::stored(std::optional<qint64> customer)
{
    return m_db.guard([&] {
        std::vector<StoredHealth> result;
        auto q =
            m_db.query("SELECT h.customer_id, h.score, h.band, h.day FROM customer_health h "
                       "JOIN customer c ON c.id = h.customer_id WHERE c.status = 'active'" +
                       only("h.customer_id", customer.has_value()) + " ORDER BY h.customer_id");
        if (customer)
            q->bind(1, *customer);
        while (q->step())
            result.push_back(
                {q->int64(0), static_cast<int>(q->int64(1)), bandOf(q->utf8(2)), q->date(3)});
        return result;
    });
}

Result<qint64> HealthRepository::write(const std::vector<HealthScore>& scores, const QDate& day,
                                       std::span<const BandMove> moves,
                                       std::span<const PlannedTask> tasks,
                                       std::span<const StoredHealth> before)
{
    return m_db.guard([&] {
        Transaction tx(m_db);
        const std::string dayText =
            day.toString(Qt::ISODate).toStdString(); // the same day in every row
        auto bind = [&](Statement& q, int first, const HealthScore& s) {
            q.bind(first, s.customerId);
            q.bind(first + 1, s.score);
            q.bindStatic(first + 2, enumName(s.band));
            q.bindStatic(first + 3, dayText);
        };
        // On a server the scores are COPYed once, then each table gets those stored before as one
        // upsert and the new ones as one insert (upsertRows): a first recompute of data set L
        // writes 94,479 scores into both.
        const RowSink::Upsert scoresInto[] = {
            {"INSERT INTO customer_health (customer_id, score, band, day) VALUES ", "customer_id",
             "score = excluded.score, band = excluded.band, day = excluded.day"},
            {"INSERT INTO health_snapshot (customer_id, score, band, day) VALUES ",
             "customer_id, day", "score = excluded.score, band = excluded.band"},
        };
        // A customer with a stored score has its row in customer_health, and rows of `day` in
        // health_snapshot and health_band_change only when that score was written on `day`.
        const auto storedOf = [&](qint64 customerId) -> const StoredHealth* {
            auto it = std::lower_bound(
                before.begin(), before.end(), customerId,
                [](const StoredHealth& h, qint64 id) { return h.customerId < id; });
            return it != before.end() && it->customerId == customerId ? &*it : nullptr;
        };
        upsertRows(m_db, std::span<const RowSink::Upsert>(scoresInto), 4,
                   std::span<const HealthScore>(scores), bind,
                   [&](std::size_t table, const HealthScore& s) {
                       const StoredHealth* was = storedOf(s.customerId);
                       return was && (table == 0 || was->day == day);
                   });
        std::vector<BandMove> changes;
        for (const BandMove& m : moves) {
            if (m.from)
                changes.push_back(m);
        }
        const RowSink::Upsert changesInto[] = {
            {"INSERT INTO health_band_change (customer_id, day, from_band, to_band, score) VALUES ",
             "customer_id, day", "to_band = excluded.to_band, score = excluded.score"},
        };
        upsertRows(
            m_db, std::span<const RowSink::Upsert>(changesInto), 5,
            std::span<const BandMove>(changes),
            [&](Statement& q, int first, const BandMove& m) {
                q.bind(first, m.customerId);
                q.bindStatic(first + 1, dayText);
                q.bindStatic(first + 2, enumName(*m.from));
                q.bindStatic(first + 3, enumName(m.to));
                q.bind(first + 4, m.toScore);
            },
            [&](std::size_t, const BandMove& m) {
                const StoredHealth* was = storedOf(m.customerId);
                return was && was->day == day;
            });
        const qint64 added = TaskRepository(m_db).addPlanned(tasks);
        tx.commit();
        return added;
    });
}

Result<std::vector<BandChange>> HealthRepository::bandChanges(Stage stage, const QDate& from,
                                                              const QDate& to)
{
    return m_db.guard([&] {
        std::vector<BandChange> changes;
        auto q = m_db.query("SELECT b.customer_id, b.day, b.from_band, b.to_band, b.score FROM "
                            "health_band_change b "
                            "JOIN customer c ON c.id = b.customer_id WHERE b.day >= ? AND b.day < "
                            "? AND c.stage = ? "
                            "AND c.status = 'active' ORDER BY b.customer_id, b.day");
        q->bind(1, from);
        q->bind(2, to);
        q->bindStatic(3, enumName(stage));
        while (q->step()) {
            BandChange c{q->int64(0), q->date(1), bandOf(q->utf8(2)), bandOf(q->utf8(3)),
                         static_cast<int>(q->int64(4))};
            if (!changes.empty() && changes.back().customerId == c.customerId)
                changes.back() = c; // the latest of the customer's
            else
                changes.push_back(c);
        }
        std::stable_sort(changes.begin(), changes.end(),
                         [](const BandChange& a, const BandChange& b) { return a.day < b.day; });
        return changes;
    });
}

Result<std::vector<qint64>> HealthRepository::unscoredActive()
{
    return m_db.guard([&] {
        std::vector<qint64> ids;
        auto q = m_db.query(
            "SELECT c.id FROM customer c WHERE c.status = 'active' AND NOT EXISTS "
            "(SELECT 1 FROM customer_health h WHERE h.customer_id = c.id) ORDER BY c.id");
        while (q->step())
            ids.push_back(q->int64(0));
        return ids;
    });
}

Result<std::array<std::vector<qint64>, 3>> HealthRepository::bandsOf(Stage stage)
{
    return m_db.guard([&] {
        std::array<std::vector<qint64>, 3> bands;
        // By c.id, the order SQLite reads them in (no sort), and a server's merge join's.
        auto q = m_db.query("SELECT h.customer_id, h.band" + scoredIn(m_db) + " ORDER BY c.id");
        bindScoredIn(*q, m_db, stage);
        while (q->step())
            bands[static_cast<std::size_t>(bandOf(q->utf8(1)))].push_back(q->int64(0));
        return bands;
    });
}

Result<std::array<qint64, 3>> HealthRepository::bandCounts(Stage stage)
{
    return m_db.guard([&] {
        std::array<qint64, 3> counts{};
        auto q = m_db.query("SELECT h.band, count(*)" + scoredIn(m_db) + " GROUP BY h.band");
        bindScoredIn(*q, m_db, stage);
        while (q->step())
            counts[static_cast<std::size_t>(bandOf(q->utf8(0)))] = q->int64(1);
        return counts;
    });
}

Result<std::vector<qint64>> HealthRepository::inBand(Stage stage, ScoreBand band)
{
    return m_db.guard([&] {
        std::vector<qint64> ids;
        auto q = m_db.query("SELECT h.customer_id FROM customer c JOIN customer_health h "
                            "ON h.customer_id = c.id WHERE c.stage = ?1 AND c.status = 'active' "
                            "AND h.band = ?2 ORDER BY h.customer_id");
        q->bindStatic(1, enumName(stage));
        q->bindStatic(2, enumName(band));
        while (q->step())
            ids.push_back(q->int64(0));
        return ids;
    });
}

Result<std::vector<HealthPoint>> HealthRepository::history(qint64 customerId, const QDate& from)
{
    return m_db.guard([&] {
        std::vector<HealthPoint> points;
        auto q = m_db.query("SELECT day, score, band FROM health_snapshot WHERE customer_id = ? "
                            "AND day >= ? ORDER BY day");
        q->bind(1, customerId);
        q->bind(2, from);
        while (q->step())
            points.push_back({q->date(0), static_cast<int>(q->int64(1)), bandOf(q->utf8(2))});
        return points;
    });
}

} // namespace fd
