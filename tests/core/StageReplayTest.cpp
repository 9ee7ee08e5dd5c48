// The replay of a customer's history (RecomputeOptions::replay, StageReplay): each move
// dated when its rule first held, with that moment's numbers; it ends where a recompute
// moves nobody; an import of old tickets leaves the current month's dashboards empty.
#include "csv/CsvImporter.h"
#include "demo/Generator.h"
#include "domain/Customer.h"
#include "domain/Ticket.h"
#include "domain/Touchpoint.h"
#include "metrics/DashboardMetrics.h"
#include "stages/StageEngine.h"
#include "storage/CustomerRepository.h"
#include "storage/StageFactsRepository.h"
#include "storage/StageTransitionRepository.h"
#include "storage/TicketRepository.h"
#include "storage/TouchpointRepository.h"
#include "support/StageDesk.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFile>

#include <random>
#include <string>

using namespace fd;

namespace {

// Local date-times (the tests run in Europe/Berlin), as UTC.
QDateTime local(int y, int m, int d, int hour = 0, int minute = 0)
{
    return QDateTime(QDate(y, m, d), QTime(hour, minute)).toUTC();
}

struct Desk : test::EngineDesk {
    // A ticket (and its arrival touchpoint, an email: a live one).
    void ticket(qint64 customerId, const QDateTime& at, Priority priority = Priority::Normal,
                std::optional<QDateTime> solved = std::nullopt,
                std::optional<int> csat = std::nullopt,
                TouchpointKind channel = TouchpointKind::Email)
    {
        Ticket t;
        t.customerId = customerId;
        t.subject = QStringLiteral("Help");
        t.priority = priority;
        t.channel = channel;
        t.createdAt = at;
        t.status = solved ? TicketStatus::Solved : TicketStatus::Open;
        if (solved)
            t.solvedAt = *solved;
        t.csat = csat;
        REQUIRE(TicketRepository(*db).add(t, clock.now()));
    }

    std::vector<StageTransition> moves(qint64 id)
    {
        auto h = StageTransitionRepository(*db).forCustomer(id);
        REQUIRE(h);
        std::vector<StageTransition> result(h->begin() + 1, h->end()); // without the entry
        return result;
    }

    RecomputeReport replay(std::vector<qint64> ids)
    {
        RecomputeOptions options;
        options.replay = true;
        options.only = std::move(ids);
        return recompute(options);
    }
};

QDateTime at(const StageTransition& move)
{
    return move.at.toUTC();
}

// The overview's flow numbers for a period: moves between stages, and new customers.
std::pair<double, double> flowOf(Database& db, const Clock& clock, const QDateTime& from,
                                 const QDateTime& to)
{
    auto report = DashboardMetrics(db, clock).flow(Period{from, to});
    REQUIRE(report);
    const Kpi* moves = report->kpi(QStringLiteral("moves"));
    const Kpi* entries = report->kpi(QStringLiteral("new_customers"));
    REQUIRE((moves && entries));
    return {moves->value.value_or(-1), entries->value.value_or(-1)};
}

qint64 movesAfterNow(Database& db)
{
    const std::string sql = "SELECT count(*) FROM stage_transition WHERE at > " +
                            std::to_string(test::testNow().toSecsSinceEpoch());
    return db.scalar(sql);
}

Result<ImportSummary> importTickets(Database& db, const QByteArray& csv, const Clock& clock)
{
    QByteArray data = csv;
    QBuffer in(&data);
    in.open(QIODevice::ReadOnly);
    ImportOptions options;
    options.entity = ImportMapping::Entity::Tickets;
    return CsvImporter(db, clock).run(in, QStringLiteral("old.csv"), options);
}

} // namespace

TEST_CASE("A replay dates each move when its rule first held, with that moment's numbers",
          "[stages][replay]")
{
    Desk d;
    const qint64 id = d.customer(QDate(2024, 3, 1));
    d.ticket(id, local(2024, 3, 5, 10), Priority::Normal, local(2024, 3, 5, 11));
    // A surge: five tickets on one morning, each solved within the hour.
    for (int hour = 9; hour <= 13; ++hour)
        d.ticket(id, local(2025, 1, 10, hour), Priority::Normal, local(2025, 1, 10, hour, 30));
    d.touch(id, TouchpointKind::Testimonial, local(2025, 6, 1, 12));

    const RecomputeReport report = d.replay({id});
    CHECK(report.evaluated == 1);
    CHECK(report.unstable.empty());
    REQUIRE(report.changes.size() == 1);
    CHECK(report.changes[0].from == Stage::Onboarding);
    CHECK(report.changes[0].to == Stage::Advocacy);

    const auto moves = d.moves(id);
    REQUIRE(moves.size() == 5);
    // 30 days after the first sale, at the local midnight that starts that day; not today.
    CHECK(moves[0].actor == QStringLiteral("onboarding.complete"));
    CHECK(at(moves[0]) == local(2024, 3, 31));
    CHECK(moves[0].reason ==
          QStringLiteral(
              "Onboarding → Post-sales: 30 days since first sale (≥ 30) and 1 touchpoint (≥ 1)."));
    // 90 days after the first sale (in summer time: the UTC hour differs).
    CHECK(moves[1].actor == QStringLiteral("postsales.settled"));
    CHECK(at(moves[1]) == local(2024, 5, 30));
    CHECK(moves[1].reason ==
          QStringLiteral(
              "Post-sales → Retention: 90 days since first sale (≥ 90), 0 tickets in the "
              "last 30 days (≤ 2), no open high or urgent ticket and 0 live touchpoints in "
              "the last 30 days (≤ 3)."));
    // The fifth ticket of the surge sends it back at once.
    CHECK(moves[2].actor == QStringLiteral("retention.regress"));
    CHECK(at(moves[2]) == local(2025, 1, 10, 13));
    CHECK(moves[2].reason ==
          QStringLiteral("Retention → Post-sales: 5 tickets in the last 30 days (≥ 5)."));
    // It settles when the third-oldest of them leaves the 30-day window.
    CHECK(moves[3].actor == QStringLiteral("postsales.settled"));
    CHECK(at(moves[3]) == local(2025, 2, 9, 11));
    CHECK(moves[3].reason ==
          QStringLiteral(
              "Post-sales → Retention: 345 days since first sale (≥ 90), 2 tickets in the "
              "last 30 days (≤ 2), no open high or urgent ticket and 2 live touchpoints in "
              "the last 30 days (≤ 3)."));
    CHECK(moves[4].actor == QStringLiteral("retention.advocate"));
    CHECK(at(moves[4]) == local(2025, 6, 1, 12));
    CHECK(moves[4].reason.startsWith(
        QStringLiteral("Retention → Advocacy: a testimonial touchpoint on ")));

    // The customer's stage is its last move's, entered then.
    auto c = CustomerRepository(*d.db).find(id);
    REQUIRE((c && *c));
    CHECK((*c)->stage == Stage::Advocacy);
    CHECK((*c)->stageEnteredAt == local(2025, 6, 1, 12));

    SECTION("a recompute now moves nobody")
    {
        CHECK(d.recompute().changes.empty());
    }
    SECTION("a second replay finds nothing left to do")
    {
        CHECK(d.replay({id}).changes.empty());
        CHECK(d.moves(id).size() == 5);
    }
}

TEST_CASE("A replay waits for the rule's last condition and never dates a move after now",
          "[stages][replay]")
{
    Desk d;
    // No touchpoint until the 45th day: onboarding completes then, not on day 30.
    const qint64 late = d.customer(QDate(2025, 1, 1), QStringLiteral("Late"));
    d.touch(late, TouchpointKind::Phone, local(2025, 2, 15, 16, 20));
    // A first sale last week: too young for any rule.
    const qint64 young = d.customer(test::testNow().date().addDays(-7), QStringLiteral("Young"));
    d.touch(young, TouchpointKind::Email, local(2026, 3, 9, 9));
    // A ticket open and urgent since before 90 days: post-sales until it is solved.
    const qint64 urgent = d.customer(QDate(2025, 6, 1), QStringLiteral("Urgent"));
    d.ticket(urgent, local(2025, 6, 20, 8), Priority::Urgent, local(2025, 10, 2, 14, 5));
    // Future-dated rows count for nothing yet.
    const qint64 future = d.customer(QDate(2026, 1, 1), QStringLiteral("Future"));
    d.touch(future, TouchpointKind::Email, local(2026, 4, 1, 9));

    const RecomputeReport report = d.replay({late, young, urgent, future});
    CHECK(report.changes.size() == 2);

    const auto lateMoves = d.moves(late);
    REQUIRE(lateMoves.size() == 2);
    CHECK(at(lateMoves[0]) == local(2025, 2, 15, 16, 20));
    CHECK(lateMoves[0].reason ==
          QStringLiteral(
              "Onboarding → Post-sales: 45 days since first sale (≥ 30) and 1 touchpoint (≥ 1)."));
    // Day 90 from 2025-01-01: the phone call is more than 30 days back by then.
    CHECK(at(lateMoves[1]) == local(2025, 4, 1));

    CHECK(d.moves(young).empty());
    CHECK(d.moves(future).empty());

    const auto urgentMoves = d.moves(urgent);
    REQUIRE(urgentMoves.size() == 2);
    CHECK(at(urgentMoves[0]) == local(2025, 7, 1));         // day 30, the arrival touchpoint counts
    CHECK(at(urgentMoves[1]) == local(2025, 10, 2, 14, 5)); // solved: settled at that second
    CHECK(urgentMoves[1].reason.contains(QStringLiteral("123 days since first sale (≥ 90)")));

    for (const qint64 id : {late, young, urgent, future}) {
        for (const StageTransition& move : d.moves(id))
            CHECK(move.at <= test::testNow());
    }
    CHECK(d.recompute().changes.empty());
}

TEST_CASE("A replay of varied histories: every move is what the rules said at its moment, and "
          "a recompute after it moves nobody",
          "[stages][replay]")
{
    Desk d;
    std::mt19937 random(7);
    const auto pick = [&](int low, int high) {
        return std::uniform_int_distribution<int>(low, high)(random);
    };
    const std::array kinds = {
        TouchpointKind::Email,       TouchpointKind::Phone,  TouchpointKind::SelfService,
        TouchpointKind::Testimonial, TouchpointKind::Survey, TouchpointKind::Referral,
        TouchpointKind::LiveChat,    TouchpointKind::Meetup, TouchpointKind::ProductUpdate};
    const std::array priorities = {Priority::Low, Priority::Normal, Priority::High,
                                   Priority::Urgent};
    const QDateTime now = test::testNow().toUTC();
    std::vector<qint64> ids;
    for (int i = 0; i < 40; ++i) {
        const int age = pick(10, 800);
        const qint64 id =
            d.customer(test::testNow().date().addDays(-age), QStringLiteral("C%1").arg(i));
        ids.push_back(id);
        const auto someTime = [&] {
            return now.addSecs(-qint64(pick(0, age)) * 86400 - pick(0, 86399));
        };
        for (int t = pick(0, 14); t > 0; --t) {
            const QDateTime created = someTime();
            std::optional<QDateTime> solved;
            if (pick(0, 4) > 0)
                solved = std::min(now, created.addSecs(pick(60, 40 * 86400)));
            std::optional<int> csat;
            if (pick(0, 2) == 0)
                csat = pick(1, 5);
            d.ticket(id, created, priorities[static_cast<std::size_t>(pick(0, 3))], solved, csat,
                     pick(0, 1) ? TouchpointKind::Email : TouchpointKind::SelfService);
        }
        for (int t = pick(0, 10); t > 0; --t) {
            const TouchpointKind kind =
                kinds[static_cast<std::size_t>(pick(0, int(kinds.size()) - 1))];
            d.touch(id, kind, someTime(),
                    kind == TouchpointKind::Survey ? std::optional(pick(0, 10)) : std::nullopt);
        }
    }
    // One pinned and one churned customer stay where they are.
    d.db->execute("UPDATE customer SET stage_pinned = 1 WHERE name = 'C0'");
    d.db->execute("UPDATE customer SET status = 'churned' WHERE name = 'C1'");

    const RecomputeReport report = d.replay(ids);
    CHECK(report.evaluated == 38);
    CHECK(report.unstable.empty());
    CHECK(report.moveCount() > 40); // a sanity floor: most customers move, some several times
    CHECK(d.moves(ids[0]).empty());
    CHECK(d.moves(ids[1]).empty());

    auto rules = d.engine.rules();
    REQUIRE(rules);
    // The facts a recompute at `when` counts, read by SQL, for the rules to judge.
    const auto factsAt = [&](qint64 id, const QDateTime& when) {
        auto facts =
            StageFactsRepository(*d.db).one(id, RuleEvaluator::windows(*rules, when, false));
        REQUIRE((facts && *facts));
        return **facts;
    };
    for (const qint64 id : ids) {
        auto customer = CustomerRepository(*d.db).find(id);
        REQUIRE((customer && *customer));
        QDateTime previous = (*customer)->since.startOfDay().toUTC();
        for (const StageTransition& move : d.moves(id)) {
            INFO("customer " << id << ": " << move.reason.toStdString() << " at "
                             << move.at.toString(Qt::ISODate).toStdString());
            CHECK(move.at >= previous);
            CHECK(move.at <= now);
            const CustomerFacts facts = factsAt(id, move.at);
            const auto held = RuleEvaluator::decide(*move.from, facts, *rules, Moment::at(move.at));
            REQUIRE(held);
            CHECK(held->ruleKey == move.actor);
            CHECK(held->reason() == move.reason);
            // A second earlier, in the same stage, it did not hold yet.
            const QDateTime before = move.at.addSecs(-1);
            if (before >= previous)
                CHECK_FALSE(RuleEvaluator::decide(*move.from, factsAt(id, before), *rules,
                                                  Moment::at(before)));
            previous = move.at;
        }
    }
    const RecomputeReport after = d.recompute();
    CHECK(after.changes.empty());
    CHECK(after.unstable.empty());
}

TEST_CASE("A replay under rules that fight leaves the customer where it was at those moments and "
          "reports it",
          "[stages][replay]")
{
    Desk d;
    const qint64 id = d.customer(QDate(2025, 1, 1));
    d.touch(id, TouchpointKind::SuccessReview, local(2025, 1, 5, 10));
    for (int i = 0; i < 6; ++i)
        d.ticket(id, local(2025, 5, 1, 9 + i), Priority::Normal, local(2025, 5, 1, 10 + i));
    StageRules loose;
    loose.settledMaxTickets = 100; // settles however many tickets ...
    loose.settledMaxLiveTouchpoints = 100;
    loose.regressMinTickets = 1; // ... and regresses on one
    RecomputeOptions options;
    options.replay = true;
    options.only = std::vector<qint64>{id};
    options.rules = loose;
    const RecomputeReport report = d.recompute(options);
    REQUIRE(report.unstable.size() == 1);
    CHECK(report.unstable[0].customerId == id);
    CHECK(report.unstable[0].stage == Stage::Retention);
    CHECK(report.unstable[0].rules ==
          QStringList{QStringLiteral("retention.regress"), QStringLiteral("postsales.settled")});
    // The rules fight from the first ticket until the last leaves the 30-day window.
    CHECK(report.unstable[0].at >= local(2025, 5, 1, 9));
    CHECK(report.unstable[0].at < local(2025, 6, 1));
    const auto moves = d.moves(id);
    // Onboarding and post-sales completed on days 30 and 90; then no back-and-forth moves.
    REQUIRE(moves.size() == 2);
    CHECK(at(moves[0]) == local(2025, 1, 31));
    CHECK(at(moves[1]) == local(2025, 4, 1));
    CHECK(moves[1].to == Stage::Retention);

    SECTION("the replay ends where a recompute under the same rules moves nobody")
    {
        RecomputeOptions now;
        now.rules = loose;
        const RecomputeReport after = d.recompute(now);
        CHECK(after.changes.empty());
        CHECK(after.unstable.empty());
    }
}

TEST_CASE("An import of old tickets dates their customers' moves in the past: this month's "
          "overview shows none",
          "[stages][replay][csv][import]")
{
    test::Scratch scratch;
    const FixedClock clock(test::testNow()); // 2026-03-15
    auto db = test::openDatabase(scratch.file(QStringLiteral("old.sqlite")));
    const QByteArray csv =
        "Customer Name,Customer Email,Subject,Status,Priority,Channel,Created,Solved\r\n"
        "Acme,ops@acme.example,Cannot log in,Solved,Normal,Email,2024-06-03 09:00,2024-06-03 "
        "12:00\r\n"
        "Acme,ops@acme.example,Invoice,Solved,Low,Email,2024-06-20 10:00,2024-06-21 10:00\r\n"
        "Globex,it@globex.example,Export fails,Solved,High,Phone,2024-06-10 11:00,2024-06-12 "
        "09:00\r\n"
        "Initech,tps@initech.example,Printer,Solved,Normal,Chat,2024-06-25 14:00,2024-06-25 "
        "15:00\r\n"
        "Initech,tps@initech.example,Printer again,Solved,Normal,Chat,2024-11-04 08:00,2024-11-04 "
        "09:00\r\n";
    auto summary = importTickets(*db, csv, clock);
    REQUIRE(summary);
    CHECK(summary->customersCreated == 3);
    // Each completes onboarding 30 days after its first ticket and settles on day 90.
    CHECK(summary->stageMoves == 6);

    const QDate today = test::testNow().date();
    const QDateTime thisMonth = QDate(today.year(), today.month(), 1).startOfDay().toUTC();
    const QDateTime nextMonth =
        QDate(today.year(), today.month(), 1).addMonths(1).startOfDay().toUTC();
    CHECK(flowOf(*db, clock, thisMonth, nextMonth) == std::pair<double, double>(0, 0));
    // June 2024: the three first sales; July: onboarding completed; September: settled.
    CHECK(flowOf(*db, clock, local(2024, 6, 1), local(2024, 7, 1)) ==
          std::pair<double, double>(0, 3));
    CHECK(flowOf(*db, clock, local(2024, 7, 1), local(2024, 8, 1)) ==
          std::pair<double, double>(3, 0));
    CHECK(flowOf(*db, clock, local(2024, 9, 1), local(2024, 10, 1)) ==
          std::pair<double, double>(3, 0));
    CHECK(movesAfterNow(*db) == 0);

    // Nothing is left for the rules to do.
    auto again = StageEngine(*db, clock).recompute();
    REQUIRE(again);
    CHECK(again->changes.empty());
}

TEST_CASE(
    "The shared Kaggle fixture still imports 8,469 tickets and 580 customers, placed in the past",
    "[stages][replay][csv][import]")
{
    test::Scratch scratch;
    const FixedClock clock(test::testNow());
    auto db = test::openDatabase(scratch.file(QStringLiteral("k.sqlite")));
    QFile file(QStringLiteral(FUNNELDESK_TEST_FIXTURES "/kaggle-support-tickets.csv"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    auto summary = importTickets(*db, file.readAll(), clock);
    if (!summary)
        FAIL(summary.error().toStdString());
    CHECK(summary->imported == 8469);
    CHECK(summary->customersCreated == 580);
    CHECK(db->scalar("SELECT count(*) FROM ticket") == 8469);
    CHECK(db->scalar("SELECT count(*) FROM customer") == 580);
    CHECK(summary->stageMoves > 0);
    CHECK(db->scalar("SELECT count(*) FROM stage_transition WHERE from_stage IS NOT NULL") ==
          summary->stageMoves);
    CHECK(movesAfterNow(*db) == 0);
    auto again = StageEngine(*db, clock).recompute();
    REQUIRE(again);
    CHECK(again->changes.empty());
}

TEST_CASE("A replay of thousands of customers, half of them on a second thread, decides what it "
          "decides for each half alone",
          "[stages][replay]")
{
    test::Scratch scratch;
    const FixedClock clock(test::testNow());
    auto db = test::openDatabase(scratch.file(QStringLiteral("g.sqlite")));
    GeneratorOptions options;
    options.customers = 2400;
    REQUIRE(std::size_t(options.customers) >= StageEngine::kReplayOnTwoThreads);
    options.tickets = 7200;
    options.touchpoints = 14400;
    REQUIRE(Generator::run(*db, options, clock));
    // Every customer back at its entry into the funnel, so that the replay has moves to find.
    db->execute("DELETE FROM stage_transition WHERE from_stage IS NOT NULL");
    db->execute("UPDATE customer SET stage = (SELECT s.to_stage FROM stage_transition s WHERE "
                "s.customer_id = customer.id), stage_entered_at = (SELECT s.at FROM "
                "stage_transition s WHERE s.customer_id = customer.id)");
    std::vector<qint64> ids;
    {
        auto q = db->query("SELECT id FROM customer ORDER BY id");
        while (q->step())
            ids.push_back(q->int64(0));
    }
    REQUIRE(ids.size() == 2400);
    const auto dryReplay = [&](std::vector<qint64> only) {
        RecomputeOptions o;
        o.replay = true;
        o.dryRun = true;
        o.only = std::move(only);
        auto report = StageEngine(*db, clock).recompute(o);
        REQUIRE(report);
        return *report;
    };
    const RecomputeReport all = dryReplay(ids);
    const std::size_t half = ids.size() / 2;
    const RecomputeReport first = dryReplay({ids.begin(), ids.begin() + qsizetype(half)});
    const RecomputeReport second = dryReplay({ids.begin() + qsizetype(half), ids.end()});
    CHECK(all.moveCount() > 1000); // a sanity floor: most customers move again
    CHECK(all.evaluated == first.evaluated + second.evaluated);
    CHECK(all.moveCount() == first.moveCount() + second.moveCount());
    // Every move in the customers' order, with its moment, rule and reason; then every customer
    // the rules left where it was.
    const auto moves = [](std::initializer_list<const RecomputeReport*> reports) {
        std::vector<std::string> lines;
        for (const RecomputeReport* r : reports)
            for (const StageChange& c : r->changes)
                for (const StageTransition& m : c.moves)
                    lines.push_back(std::to_string(c.customerId) + ' ' +
                                    std::to_string(m.at.toSecsSinceEpoch()) + ' ' +
                                    m.actor.toStdString() + ' ' + m.reason.toStdString());
        return lines;
    };
    const auto unstable = [](std::initializer_list<const RecomputeReport*> reports) {
        std::vector<std::string> lines;
        for (const RecomputeReport* r : reports)
            for (const UnstableCustomer& u : r->unstable)
                lines.push_back(std::to_string(u.customerId) + ' ' +
                                u.rules.join(u',').toStdString());
        return lines;
    };
    CHECK(moves({&all}) == moves({&first, &second}));
    CHECK(unstable({&all}) == unstable({&first, &second}));
}
