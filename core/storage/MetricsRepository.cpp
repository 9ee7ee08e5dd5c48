#include "storage/MetricsRepository.h"

#include "domain/Names.h"
#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/SharedNames.h"

#include <QDateTime>

#include <algorithm>
#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace fd {

namespace {

std::size_t at(Stage stage)
{
    return static_cast<std::size_t>(stage);
}

// The customers of a stage, or everyone: "?1 IS NULL OR c.stage = ?1" with the stage bound.
void bindStage(Statement& q, int index, std::optional<Stage> stage)
{
    if (stage)
        q.bindStatic(index, enumName(*stage));
    else
        q.bindNull(index);
}

} // namespace

Result<MetricsRepository::StageRoll> MetricsRepository::stageRoll()
{
    return m_db.guard([&] {
        StageRoll roll;
        auto q = m_db.query("SELECT id, stage, CASE WHEN status = 'active' THEN 1 ELSE 0 END, "
                            "open_tickets FROM customer" +
                            m_db.dialect().indexed("customer_stage"));
        while (q->step()) {
            const auto stage = enumFromUtf8<Stage>(q->utf8(1));
            if (!stage)
                continue;
            ++roll.all[at(*stage)];
            if (q->int64(2) == 0)
                continue;
            ++roll.active[at(*stage)];
            roll.openTickets[at(*stage)] += q->int64(3);
            roll.activeStage.emplace(q->int64(0), *stage);
        }
        return roll;
    });
}

Result<qint64> MetricsRepository::activeIn(Stage stage)
{
    return m_db.guard([&] {
        auto q =
            m_db.query("SELECT count(*) FROM customer" + m_db.dialect().indexed("customer_stage") +
                       " WHERE stage = ?1 AND status = 'active'");
        q->bindStatic(1, enumName(stage));
        return q->step() ? q->int64(0) : qint64(0);
    });
}

Result<MetricsRepository::StageCounts> MetricsRepository::stageAt(qint64 when,
                                                                  const StageCounts& now)
{
    // Where everyone stands now, with the moves since `when` undone: a walk over the
    // recent transitions instead of every customer's whole history.
    return m_db.guard([&] {
        StageCounts counts = now;
        auto q = m_db.query("SELECT from_stage, to_stage FROM stage_transition WHERE at >= ?1");
        q->bind(1, when);
        while (q->step()) {
            if (auto to = enumFromUtf8<Stage>(q->utf8(1)))
                --counts[at(*to)];
            if (!q->isNull(0)) {
                if (auto from = enumFromUtf8<Stage>(q->utf8(0)))
                    ++counts[at(*from)];
            }
        }
        return counts;
    });
}

Result<std::vector<MetricsRepository::Flow>> MetricsRepository::flows(qint64 from, qint64 to)
{
    auto all = moves(from, to, true);
    if (!all)
        return failure(all.error());
    return flowsOf(*all);
}

std::vector<MetricsRepository::Flow> MetricsRepository::flowsOf(const std::vector<Move>& moves)
{
    // (from, to) → flow; "entered" (no from) first, then the stages in order.
    std::map<std::pair<int, int>, Flow> byPair;
    for (const Move& move : moves) {
        const int fromKey = move.from ? static_cast<int>(*move.from) : -1;
        const std::pair<int, int> key(fromKey, static_cast<int>(move.to));
        Flow& f = byPair[key];
        f.from = move.from;
        f.to = move.to;
        ++f.count;
        f.customers.push_back(move.customerId);
    }
    std::vector<Flow> result;
    for (auto& [pair, f] : byPair) {
        std::sort(f.customers.begin(), f.customers.end());
        f.customers.erase(std::unique(f.customers.begin(), f.customers.end()), f.customers.end());
        result.push_back(std::move(f));
    }
    return result;
}

Result<std::vector<MetricsRepository::Move>> MetricsRepository::moves(qint64 from, qint64 to,
                                                                      bool entries)
{
    return m_db.guard([&] {
        std::vector<Move> result;
        auto q = m_db.query(
            "SELECT at, to_stage, customer_id, from_stage FROM stage_transition "
            "WHERE at >= ?1 AND at < ?2 AND (?3 = 1 OR from_stage IS NOT NULL) ORDER BY at");
        q->bind(1, from);
        q->bind(2, to);
        q->bind(3, entries);
        while (q->step()) {
            Move move{q->int64(0),
                      enumFromUtf8<Stage>(q->utf8(1)).value_or(Stage::Onboarding),
                      q->utcSecs(2),
                      {}};
            if (!q->isNull(3))
                move.from = enumFromUtf8<Stage>(q->utf8(3));
            result.push_back(move);
        }
        return result;
    });
}

Result<std::vector<MetricsRepository::Member>> MetricsRepository::members(Stage stage)
{
    return m_db.guard([&] {
        std::vector<Member> result;
        auto q = m_db.query("SELECT id, stage_entered_at, coalesce(last_touch_at, 0), "
                            "last_review_at FROM customer" +
                            m_db.dialect().indexed("customer_stage") +
                            " WHERE stage = ?1 AND status = 'active'");
        q->bindStatic(1, enumName(stage));
        while (q->step()) {
            Member m{q->int64(0), q->utcSecs(1), q->utcSecs(2), {}};
            if (!q->isNull(3))
                m.lastReviewAt = q->utcSecs(3);
            result.push_back(m);
        }
        return result;
    });
}

Result<std::unordered_map<qint64, QString>> MetricsRepository::names(std::span<const qint64> ids)
{
    return readNames(ids, Apart::No);
}

Result<std::unordered_map<qint64, QString>>
MetricsRepository::namesApart(std::span<const qint64> ids)
{
    return readNames(ids, Apart::BySeek);
}

Result<std::unordered_map<qint64, QString>>
MetricsRepository::namesApartOfMany(std::span<const qint64> ids)
{
    if (m_db.backend() == DatabaseBackend::Sqlite)
        return namesApartByWalk(ids);
    return readNames(ids, Apart::ByPass);
}

Result<std::unordered_map<qint64, QString>>
MetricsRepository::namesApartByWalk(std::span<const qint64> ids)
{
    return m_db.guard([&] {
        std::unordered_map<qint64, QString> result;
        if (ids.empty())
            return result;
        // In a file, the pass is one walk of customer_id_name, every customer's id and name,
        // which the ids' names read most of anyway (a seek per id found 584 of its 584 pages
        // on data set L for 8,400 ids); the names are folded and counted here. Grouping them
        // in SQL walked customer_name instead, four times the pages, which at the first run of
        // the day are read from disk (docs/PERFORMANCE.md, "Step 10, eighth round").
        const std::unordered_set<qint64> wanted(ids.begin(), ids.end());
        std::unordered_map<std::string, qint64> counts;
        std::vector<std::pair<qint64, std::string>> found; // wanted id, folded name
        auto q = m_db.query("SELECT id, name FROM customer" +
                            m_db.dialect().indexed("customer_id_name"));
        while (q->step()) {
            // SQLite's NOCASE: ASCII letters folded, every other byte as it is (SharedNames.h).
            std::string folded(q->utf8(1));
            for (char& c : folded) {
                if (c >= 'A' && c <= 'Z')
                    c = static_cast<char>(c - 'A' + 'a');
            }
            const qint64 id = q->int64(0);
            if (wanted.contains(id)) {
                result.emplace(id, q->text(1));
                found.emplace_back(id, folded);
            }
            ++counts[std::move(folded)];
        }
        for (const auto& [id, folded] : found) {
            QString& name = result[id];
            name = Names::customerApart(id, name, counts[folded] > 1);
        }
        return result;
    });
}

Result<std::unordered_map<qint64, QString>>
MetricsRepository::readNames(std::span<const qint64> ids, Apart apart)
{
    return m_db.guard([&] {
        // One statement for the whole list (ids as one value, Dialect::idTable): a statement
        // per id took a read lock per id, thousands of them for the at-risk list on data set L
        // (issue 15).
        std::unordered_map<qint64, QString> result;
        if (ids.empty())
            return result;
        result.reserve(ids.size());
        // Names from an index by id (schema v5), not from the customers' rows: a tenth of the
        // pages, which at the first run of the day are read from disk (issue 15).
        const Dialect& dialect = m_db.dialect();
        std::string shared = "0";
        std::string with;
        std::string join;
        if (apart == Apart::BySeek) {
            shared = nameSharedColumn(dialect, "c");
        } else if (apart == Apart::ByPass) {
            // SharedNames.h's rule for every name at once: a folded name that more than one
            // customer has, from the server's counts (026_dashboard_reads.sql), which hold each
            // customer's own row once, so "another customer" holds as in nameSharedColumn's
            // `namesake.id <> c.id`. Counting them here, over every customer's name on each
            // refresh, took 30-38 ms on data set L.
            with = "WITH shared AS (SELECT folded FROM customer_name_count WHERE customers > 1) ";
            join = " LEFT JOIN shared s ON s.folded = " + dialect.nocase("c.name");
            shared = "(CASE WHEN s.folded IS NULL THEN 0 ELSE 1 END)";
        }
        auto q = m_db.query(with + "SELECT c.id, c.name, " + shared + " FROM " +
                            dialect.idTable(1, "j") + " JOIN customer c" +
                            dialect.indexed("customer_id_name") + " ON c.id = j.value" + join);
        q->bind(1, std::string_view(dialect.idListValue(ids)));
        while (q->step()) {
            const qint64 id = q->int64(0);
            result.emplace(id, apart != Apart::No
                                   ? Names::customerApart(id, q->text(1), q->int64(2) != 0)
                                   : q->text(1));
        }
        return result;
    });
}

Result<std::vector<qint64>> MetricsRepository::timesInStage(Stage stage, qint64 from, qint64 to)
{
    return m_db.guard([&] {
        std::vector<qint64> result;
        // Each leaver's entry from stage_transition_entry (schema v5), which holds the answer,
        // not from the transitions' rows; the leavers in customer order, so that those seeks
        // go forwards through the index (issue 15).
        const Dialect& dialect = m_db.dialect();
        auto q = m_db.query(
            "WITH t AS MATERIALIZED (SELECT customer_id, from_stage, at FROM stage_transition" +
            dialect.indexed("stage_transition_at") +
            " WHERE at >= ?2 AND at < ?3 AND from_stage = ?1 ORDER BY customer_id) "
            "SELECT t.at - (SELECT max(e.at) FROM stage_transition e" +
            dialect.indexed("stage_transition_entry") +
            " WHERE e.customer_id = t.customer_id AND e.to_stage = t.from_stage AND e.at <= t.at) "
            "FROM t");
        q->bindStatic(1, enumName(stage));
        q->bind(2, from);
        q->bind(3, to);
        while (q->step()) {
            if (!q->isNull(0))
                result.push_back(q->int64(0));
        }
        return result;
    });
}

Result<std::vector<MetricsRepository::TicketFacts>>
MetricsRepository::tickets(std::optional<Stage> stage, qint64 from, qint64 to)
{
    return m_db.guard([&] {
        std::vector<TicketFacts> result;
        // The period along the creation-time index, which carries every column read here
        // (schema v5); a stage keeps the tickets of its customers, taken from the small
        // customer_stage range. One seek per customer along (customer_id, created_at) read
        // most of that index from disk at the first run of the day (issue 15).
        // The first breach recorded: the smaller of two columns of which either may be NULL
        // (each coalesced with the other, so both are NULL or neither; Dialect::least).
        const Dialect& dialect = m_db.dialect();
        const std::string columns =
            "SELECT t.id, t.customer_id, t.created_at, coalesce(t.first_response_at, 0), "
            "coalesce(t.solved_at, 0), coalesce(" +
            dialect.least("coalesce(t.first_response_breached_at, t.resolution_breached_at)",
                          "coalesce(t.resolution_breached_at, t.first_response_breached_at)") +
            ", 0), t.status, t.priority, t.category, coalesce(t.csat, 0) ";
        auto q = m_db.query(
            columns + "FROM ticket t" + dialect.indexed("ticket_created") +
            " WHERE t.created_at >= ?2 AND t.created_at < ?3 AND (" + dialect.typed("?1", "text") +
            " IS NULL OR t.customer_id IN "
            "(SELECT id FROM customer" +
            dialect.indexed("customer_stage") + " WHERE stage = ?1 AND status = 'active'))");
        bindStage(*q, 1, stage);
        q->bind(2, from);
        q->bind(3, to);
        while (q->step()) {
            TicketFacts t;
            t.id = q->int64(0);
            t.customerId = q->int64(1);
            t.createdAt = q->utcSecs(2);
            t.firstResponseAt = q->utcSecs(3);
            t.solvedAt = q->utcSecs(4);
            t.breachedAt = q->utcSecs(5);
            t.status = enumFromUtf8<TicketStatus>(q->utf8(6)).value_or(TicketStatus::New);
            t.priority = enumFromUtf8<Priority>(q->utf8(7)).value_or(Priority::Normal);
            t.category = enumFromUtf8<Category>(q->utf8(8)).value_or(Category::Other);
            t.csat = q->int32(9);
            result.push_back(t);
        }
        return result;
    });
}

Result<std::vector<MetricsRepository::RecentTicket>>
MetricsRepository::recentTickets(qint64 since, qint64 allSince, int csatBelow)
{
    return m_db.guard([&] {
        std::vector<RecentTicket> result;
        // The older part from the small partial index of low ratings (csat < 3): reading all
        // of it from ticket_created was most of what at-risk read at the first run of the
        // day. A threshold above 3 reads the ratings the index does not hold from
        // ticket_created.
        const Dialect& dialect = m_db.dialect();
        const std::string low =
            csatBelow <= 3 ? "ticket" + dialect.indexed("ticket_low_csat") + " WHERE csat < 3 AND"
                           : "ticket" + dialect.indexed("ticket_created") + " WHERE csat > 0 AND";
        auto q = m_db.query("SELECT customer_id, created_at, coalesce(csat, 0) FROM ticket" +
                            dialect.indexed("ticket_created") +
                            " WHERE created_at >= ?2 UNION ALL "
                            "SELECT customer_id, created_at, csat FROM " +
                            low + " created_at >= ?1 AND created_at < ?2 AND csat < ?3");
        q->bind(1, since);
        q->bind(2, allSince);
        q->bind(3, csatBelow);
        while (q->step())
            result.push_back({q->int64(0), q->utcSecs(1), q->int32(2)});
        return result;
    });
}

Result<std::vector<MetricsRepository::KindCount>>
MetricsRepository::touchpointKinds(std::optional<Stage> stage, qint64 from, qint64 to)
{
    return m_db.guard([&] {
        std::vector<KindCount> result;
        auto q = m_db.query(
            "SELECT kind, sum(touchpoints) FROM touchpoint_day WHERE day >= ?2 AND day <= ?3 AND "
            "(" +
            m_db.dialect().typed("?1", "text") +
            " IS NULL OR stage = ?1) GROUP BY kind HAVING sum(touchpoints) > 0 ORDER BY kind");
        bindStage(*q, 1, stage);
        q->bind(2, QDateTime::fromSecsSinceEpoch(from, Qt::UTC).toLocalTime().date());
        q->bind(3, QDateTime::fromSecsSinceEpoch(to - 1, Qt::UTC).toLocalTime().date());
        while (q->step()) {
            if (auto kind = enumFromUtf8<TouchpointKind>(q->utf8(0)))
                result.push_back({*kind, q->int64(1)});
        }
        return result;
    });
}

Result<std::vector<qint64>> MetricsRepository::touchedBy(std::span<const Stage> stages,
                                                         std::span<const TouchpointKind> kinds,
                                                         qint64 from, qint64 to)
{
    // The lists go in as one value each (Dialect::textList): one statement whatever their lengths.
    const Dialect& dialect = m_db.dialect();
    auto names = [&dialect](auto values) {
        std::vector<std::string_view> texts;
        texts.reserve(values.size());
        for (const auto value : values)
            texts.push_back(enumName(value));
        return dialect.textListValue(texts);
    };
    return m_db.guard([&] {
        std::vector<qint64> result;
        auto q = m_db.query(
            "SELECT DISTINCT c.id FROM customer c JOIN touchpoint p ON p.customer_id = c.id "
            "WHERE c.stage IN " +
            dialect.textList(1) +
            " AND c.status = 'active' "
            "AND p.occurred_at >= ?3 AND p.occurred_at < ?4 "
            "AND p.kind IN " +
            dialect.textList(2) + " ORDER BY c.id");
        q->bind(1, std::string_view(names(stages)));
        q->bind(2, std::string_view(names(kinds)));
        q->bind(3, from);
        q->bind(4, to);
        while (q->step())
            result.push_back(q->int64(0));
        return result;
    });
}

Result<std::vector<qint64>> MetricsRepository::contactsAdded(Stage stage, qint64 from, qint64 to)
{
    return m_db.guard([&] {
        std::vector<qint64> result;
        // The period's contacts in order of adding (schema v5), kept when their customer is in
        // the stage: not one seek per customer of the stage (issue 15).
        const Dialect& dialect = m_db.dialect();
        auto q = m_db.query(
            "SELECT k.customer_id FROM contact k" + dialect.indexed("contact_added") +
            " WHERE k.added_at >= ?2 AND k.added_at < ?3 AND k.customer_id IN (SELECT id FROM "
            "customer" +
            dialect.indexed("customer_stage") + " WHERE stage = ?1 AND status = 'active')");
        q->bindStatic(1, enumName(stage));
        q->bind(2, from);
        q->bind(3, to);
        while (q->step())
            result.push_back(q->int64(0));
        return result;
    });
}

Result<std::array<std::optional<double>, enumCount<Stage>()>>
MetricsRepository::csatByStage(qint64 from, qint64 to,
                               const std::unordered_map<qint64, Stage>& activeStage)
{
    return m_db.guard([&] {
        // The period's ratings from ticket_created, each counted for its customer's stage in
        // `activeStage` (StageRoll, read from customer_stage): two index ranges read in order.
        // Joining each rated ticket to its customer's row read nearly every page of the customer
        // table, from disk at the first run of the day (issue 15). The mean is SQLite's avg():
        // the integer sum over the count.
        std::array<qint64, enumCount<Stage>()> sums{};
        std::array<qint64, enumCount<Stage>()> counts{};
        auto q = m_db.query("SELECT customer_id, csat FROM ticket" +
                            m_db.dialect().indexed("ticket_created") +
                            " WHERE created_at >= ?1 AND created_at < ?2 AND csat IS NOT NULL");
        q->bind(1, from);
        q->bind(2, to);
        while (q->step()) {
            const auto stage = activeStage.find(q->int64(0));
            if (stage == activeStage.end())
                continue;
            sums[at(stage->second)] += q->int64(1);
            ++counts[at(stage->second)];
        }
        std::array<std::optional<double>, enumCount<Stage>()> result{};
        for (std::size_t i = 0; i < result.size(); ++i) {
            if (counts[i] > 0)
                result[i] = static_cast<double>(sums[i]) / static_cast<double>(counts[i]);
        }
        return result;
    });
}

Result<std::vector<qint64>> MetricsRepository::advocacyCandidates(Stage stage, int minScore)
{
    return m_db.guard([&] {
        std::vector<qint64> result;
        // From a partial index of the customers with a survey and no advocacy (schema v5),
        // not from every row of the stage (issue 15).
        auto q = m_db.query("SELECT id FROM customer" +
                            m_db.dialect().indexed("customer_advocacy_candidate") +
                            " WHERE stage = ?1 AND status = 'active' AND best_survey >= ?2 AND "
                            "last_advocacy_at IS NULL "
                            "ORDER BY id");
        q->bindStatic(1, enumName(stage));
        q->bind(2, qint64(minScore));
        while (q->step())
            result.push_back(q->int64(0));
        return result;
    });
}

} // namespace fd
