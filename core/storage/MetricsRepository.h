#pragma once

#include "common/Result.h"
#include "domain/Enums.h"

#include <QString>

#include <array>
#include <optional>
#include <span>
#include <unordered_map>
#include <vector>

namespace fd {

class Database;

// The aggregate queries behind the dashboards and `report` (core/metrics assembles them).
// Times are UTC unix seconds; a period is [from, to). "Customers in a stage" are active
// ones, in that stage now. Throws SqlError inside guard(): every public function returns
// a Result.
class MetricsRepository {
public:
    using StageCounts = std::array<qint64, enumCount<Stage>()>;

    struct Flow {
        std::optional<Stage> from; // none: entered the funnel
        Stage to = Stage::Onboarding;
        qint64 count = 0;
        std::vector<qint64> customers; // who moved, sorted, each once
    };
    struct Move {
        qint64 at = 0;
        Stage to = Stage::Onboarding;
        qint64 customerId = 0;
        std::optional<Stage> from; // none: entered the funnel
    };
    struct Member { // a customer in a stage
        qint64 id = 0;
        qint64 enteredAt = 0;
        qint64 lastTouchAt = 0;             // 0: never
        std::optional<qint64> lastReviewAt; // the latest success review; none: never
    };
    struct RecentTicket { // for the at-risk checks
        qint64 customerId = 0;
        qint64 createdAt = 0;
        int csat = 0; // 0: not rated
    };
    struct TicketFacts {
        qint64 id = 0;
        qint64 customerId = 0;
        qint64 createdAt = 0;
        qint64 firstResponseAt = 0; // 0: none
        qint64 solvedAt = 0;        // 0: none
        qint64 breachedAt = 0;      // the first breach recorded, 0: none
        TicketStatus status = TicketStatus::New;
        Priority priority = Priority::Normal;
        Category category = Category::Other;
        int csat = 0; // 0: not rated
    };
    struct KindCount {
        TouchpointKind kind = TouchpointKind::Email;
        qint64 count = 0;
    };

    explicit MetricsRepository(Database& db) : m_db(db) {}

    // Every customer's stage now, in one walk of the customers (customer_stage in a file, the
    // table on a server): the funnel's per-stage totals and the active customers' stages, which
    // csatByStage() needs. Three GROUP BYs and that walk read every customer four times: on a
    // server, 96 of the funnel dashboard's 120 ms on data set L (docs/PERFORMANCE.md, "Step
    // 10: the dashboards on a server").
    struct StageRoll {
        StageCounts active{};      // active customers
        StageCounts all{};         // churned ones too
        StageCounts openTickets{}; // the active customers' open tickets (customer.open_tickets)
        std::unordered_map<qint64, Stage> activeStage; // each active customer's stage
    };
    Result<StageRoll> stageRoll();
    // How many active customers `stage` has: its range of customer_stage alone.
    Result<qint64> activeIn(Stage stage);
    // Where the customers stood at `at` (each one's latest transition before it), churned
    // ones included, from `now` (StageRoll::all) with the moves since `at` undone.
    Result<StageCounts> stageAt(qint64 at, const StageCounts& now);
    Result<std::vector<Flow>> flows(qint64 from, qint64 to);
    // The same, from moves already read (entries included).
    static std::vector<Flow> flowsOf(const std::vector<Move>& moves);
    // The moves in the period, oldest first; entering the funnel counts if `entries`.
    Result<std::vector<Move>> moves(qint64 from, qint64 to, bool entries = false);
    // The active customers in `stage`, from an index alone, in no set order (SQLite reads
    // them longest there first, a server as its plan goes): callers sort what they list.
    // Their count is activeIn()'s for the stage, and each carries its latest review: a
    // dashboard that has the members reads neither again.
    Result<std::vector<Member>> members(Stage stage);
    Result<std::unordered_map<qint64, QString>> names(std::span<const qint64> ids);
    // The same, each as the window's lists name it (Names::customerApart): "Acme (customer 12)"
    // when another customer has the name, so that two Acmes in a dashboard's table are told
    // apart (issue 15, Step 9). One more seek (customer_name) per id: for a short list (a
    // dashboard's 200 stuck customers).
    Result<std::unordered_map<qint64, QString>> namesApart(std::span<const qint64> ids);
    // The same values for a long list (every customer at risk, thousands on data set L): on a
    // server, the ids' names joined in one statement to the names more than one customer has
    // (customer_name_count, 026_dashboard_reads.sql); in a file one walk of every id and name
    // (customer_id_name), folded and counted here. A seek per id was 8,400 index probes for the
    // retention dashboard (docs/PERFORMANCE.md, "Step 10, eighth round"); a server's GROUP BY
    // over every name 30-38 ms ("Step 10: the dashboards on a server").
    Result<std::unordered_map<qint64, QString>> namesApartOfMany(std::span<const qint64> ids);
    // Seconds spent in `stage` by the customers who left it in the period.
    Result<std::vector<qint64>> timesInStage(Stage stage, qint64 from, qint64 to);
    // Tickets created in the period by customers now in `stage` (all stages if none).
    Result<std::vector<TicketFacts>> tickets(std::optional<Stage> stage, qint64 from, qint64 to);
    // Every ticket created since `allSince`, and before it, back to `since`, the ones rated
    // below `csatBelow` (the at-risk checks: a ticket surge, low CSAT; metrics/AtRiskRules.h):
    // who, when, CSAT. UTC seconds. From indexes alone (ticket_created, and ticket_low_csat of
    // schema v5 for `csatBelow` up to 3).
    Result<std::vector<RecentTicket>> recentTickets(qint64 since, qint64 allSince, int csatBelow);
    // Touchpoints by kind of the customers in `stage` now (all customers if none), by local
    // day: the days from the one `from` falls on to the one before `to`.
    Result<std::vector<KindCount>> touchpointKinds(std::optional<Stage> stage, qint64 from,
                                                   qint64 to);
    // The active customers now in one of `stages` with a touchpoint of one of `kinds` in
    // [from, to), sorted. Reads their touchpoints: for a click, not for a refresh.
    Result<std::vector<qint64>> touchedBy(std::span<const Stage> stages,
                                          std::span<const TouchpointKind> kinds, qint64 from,
                                          qint64 to);
    // Per contact added in the period to a customer in `stage`, that customer.
    Result<std::vector<qint64>> contactsAdded(Stage stage, qint64 from, qint64 to);
    // Mean CSAT of the rated tickets created in the period, by the customer's stage now
    // (`activeStage`: StageRoll's; a churned customer's ratings count nowhere).
    Result<std::array<std::optional<double>, enumCount<Stage>()>>
    csatByStage(qint64 from, qint64 to, const std::unordered_map<qint64, Stage>& activeStage);
    // Customers in `stage` with a survey score of at least `minScore` and no advocacy
    // touchpoint ever (candidates for advocacy).
    Result<std::vector<qint64>> advocacyCandidates(Stage stage, int minScore);

private:
    enum class Apart { No, BySeek, ByPass };
    Result<std::unordered_map<qint64, QString>> namesApartByWalk(std::span<const qint64> ids);
    Result<std::unordered_map<qint64, QString>> readNames(std::span<const qint64> ids, Apart apart);

    Database& m_db;
};

} // namespace fd
