// The reads and writes of the health score (issue 18; success/HealthEngine.h drives them).
// Facts for every active customer come from one pass over each source, not a query per
// customer: the customers, the tickets created in the widest ticket window (ticket_created),
// the open high and urgent tickets (ticket_open_created alone), the surveys of the survey
// window (touchpoint_survey alone) and the overdue open tasks (task_open_customer alone, schema
// v15). The same SQL on both backends.
#pragma once

#include "common/Result.h"
#include "success/HealthScore.h"
#include "success/SuccessPlans.h"

#include <QDate>

#include <array>
#include <optional>
#include <span>
#include <vector>

namespace fd {

class Database;

class HealthRepository {
public:
    explicit HealthRepository(Database& db) : m_db(db) {}

    // Facts at `at` for every active customer (sorted by id), or for `only` (none when it is
    // churned or missing).
    Result<std::vector<HealthFacts>> facts(const HealthWindows& at,
                                           std::optional<qint64> only = std::nullopt);
    // Every stored score, active customers only, sorted by id; or `only`'s (none or one).
    Result<std::vector<StoredHealth>> stored(std::optional<qint64> only = std::nullopt);
    // Stores `scores` as the customers' current ones and as their snapshot of `day` (a second
    // run on one day replaces that day's snapshot), the band changes of customers scored
    // before (`moves` with a `from`; one row per customer and day, keeping the day's first
    // band), and adds the playbooks' `tasks` (TaskRepository::addPlanned), in one transaction.
    // `before`: the scores stored() read before (sorted by customer id; empty: none), by which
    // a server inserts the rows new to each table without an upsert's cost (upsertRows,
    // storage/MultiRowInsert.h); if they changed meanwhile that costs time, never a row.
    // Value: the tasks added. Errors: the database's sentence; nothing is written then.
    Result<qint64> write(const std::vector<HealthScore>& scores, const QDate& day,
                         std::span<const BandMove> moves = {},
                         std::span<const PlannedTask> tasks = {},
                         std::span<const StoredHealth> before = {});
    // Band changes of active customers of `stage` on local days [from, to), the latest of
    // each customer's, by day then customer.
    Result<std::vector<BandChange>> bandChanges(Stage stage, const QDate& from, const QDate& to);
    // The active customers no recompute has scored yet (sorted ids).
    Result<std::vector<qint64>> unscoredActive();
    // The active customers of `stage` with a stored score, by band (ids sorted). SQLite walks
    // the stage's customers in id order (customer_funnel_order) and finds each one's score by id
    // (HealthRepository.cpp, scoredIn); a server joins customer_stage_id and customer_health's
    // key, which holds the band (026_dashboard_reads.sql).
    Result<std::array<std::vector<qint64>, 3>> bandsOf(Stage stage);
    // How many of those are in each band (indexed by ScoreBand), counted where the rows are:
    // a dashboard shows the counts and finds a band's customers only when it is opened
    // (inBand), not up to 60,000 ids on every refresh (docs/PERFORMANCE.md, "Step 10:
    // retention reads what it shows").
    Result<std::array<qint64, 3>> bandCounts(Stage stage);
    // The active customers of `stage` whose stored score is in `band` (sorted ids).
    Result<std::vector<qint64>> inBand(Stage stage, ScoreBand band);
    // The customer's snapshots from `from` on (local days), oldest first.
    Result<std::vector<HealthPoint>> history(qint64 customerId, const QDate& from);

private:
    Database& m_db;
};

} // namespace fd
