// Playbooks (issue 18): "when EVENT, create TASK for ROLE, due in N days", each firing once per
// event, on both backends — a detractor's and a promoter's survey, a drop to At risk, a silence,
// an entry into advocacy — and their lines parsed, checked and switched off in settings.
#include "common/Clock.h"
#include "common/TimeUnits.h"
#include "domain/Agent.h"
#include "domain/Customer.h"
#include "domain/Ticket.h"
#include "service/Customers.h"
#include "service/Tasks.h"
#include "service/Tickets.h"
#include "storage/AgentRepository.h"
#include "storage/Database.h"
#include "storage/HealthRepository.h"
#include "storage/SettingsRepository.h"
#include "success/HealthEngine.h"
#include "success/PlaybookPreview.h"
#include "success/Playbooks.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace fd;

namespace {

qint64 addAgent(Database& db, const QString& name, AgentRole role = AgentRole::Rep)
{
    Agent a;
    a.name = name;
    a.role = role;
    auto id = AgentRepository(db).add(a);
    REQUIRE(id);
    return *id;
}

// A customer in retention since testNow() (first sale 400 days ago, a call an hour ago).
qint64 retained(Database& db, const Clock& clock, const QString& name, qint64 owner)
{
    Customer c = test::customerNamed(name);
    c.since = test::testNow().date().addDays(-400);
    c.ownerId = owner;
    auto added = Customers(db, clock).add(c);
    REQUIRE(added);
    Touchpoint call;
    call.customerId = added->value;
    call.kind = TouchpointKind::Phone;
    call.occurredAt = clock.now().addSecs(-3600);
    REQUIRE(Customers(db, clock).logTouchpoint(call));
    return added->value;
}

std::vector<Task> playbookTasks(Database& db, const Clock& clock, qint64 customer)
{
    TaskFilter all;
    all.openOnly = false;
    auto found = Tasks(db, clock).list(all, 1000);
    REQUIRE(found);
    std::vector<Task> tasks;
    for (const Task& t : *found)
        if (t.customerId == customer && t.origin.startsWith(QLatin1String("playbook:")))
            tasks.push_back(t);
    return tasks;
}

void survey(Database& db, const Clock& clock, qint64 customer, int score)
{
    Touchpoint s;
    s.customerId = customer;
    s.kind = TouchpointKind::Survey;
    s.score = score;
    s.occurredAt = clock.now().addSecs(-60);
    REQUIRE(Customers(db, clock).logTouchpoint(s));
}

} // namespace

TEST_CASE("a detractor's survey and a promoter's each make their playbook's task, once per survey",
          "[playbooks]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("playbooks.sqlite")));
    const FixedClock clock(test::testNow());
    const qint64 rita = addAgent(*db, QStringLiteral("Rita"));
    const qint64 acme = retained(*db, clock, QStringLiteral("Acme"), rita);
    survey(*db, clock, acme, 7); // a passive: nothing
    CHECK(playbookTasks(*db, clock, acme).empty());
    survey(*db, clock, acme, 6);
    auto tasks = playbookTasks(*db, clock, acme);
    REQUIRE(tasks.size() == 1);
    CHECK(tasks[0].origin == QStringLiteral("playbook:detractor_call"));
    CHECK(tasks[0].title == QStringLiteral("Call back the detractor"));
    CHECK(tasks[0].dueDay == test::testNow().date().addDays(2));
    CHECK(tasks[0].ownerId == rita);
    CHECK(tasks[0].occasion.startsWith(QStringLiteral("survey:")));
    survey(*db, clock, acme, 9);
    tasks = playbookTasks(*db, clock, acme);
    REQUIRE(tasks.size() == 2);
    CHECK(tasks[1].origin == QStringLiteral("playbook:promoter_ask"));
    CHECK(tasks[1].dueDay == test::testNow().date().addDays(7));
    survey(*db, clock, acme, 0); // another survey is another event
    CHECK(playbookTasks(*db, clock, acme).size() == 3);
}

TEST_CASE("a drop to At risk and a silence of 60 days fire from the health recompute, once each",
          "[playbooks]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("playbooks.sqlite")));
    FixedClock clock(test::testNow());
    const qint64 rita = addAgent(*db, QStringLiteral("Rita"));
    const qint64 boss = addAgent(*db, QStringLiteral("Boss"), AgentRole::Manager);
    const qint64 acme = retained(*db, clock, QStringLiteral("Acme"), rita);
    REQUIRE(HealthEngine(*db, clock).recompute());
    CHECK(playbookTasks(*db, clock, acme).empty());

    // Three open urgent tickets, three breaches and a detractor: At risk.
    for (int i = 0; i < 3; ++i) {
        Ticket t;
        t.customerId = acme;
        t.subject = QStringLiteral("Down");
        t.priority = Priority::Urgent;
        t.createdAt =
            clock.now().addSecs(-3 * 3600); // breached as it is saved: no response in an hour
        REQUIRE(Tickets(*db, clock).add(t));
    }
    survey(*db, clock, acme, 2);
    // That scores 51 (HealthScoreTest's arithmetic); At risk is under 55 here. The at-risk
    // playbook is for a manager here.
    REQUIRE(SettingsRepository(*db).setValue(QStringLiteral("health.band.at_risk_below"),
                                             QStringLiteral("55")));
    REQUIRE(SettingsRepository(*db).setValue(
        QStringLiteral("playbook.at_risk_call"),
        QStringLiteral("at_risk -> 0:phone:Call the customer for manager")));
    auto drop = HealthEngine(*db, clock).recompute();
    REQUIRE(drop);
    REQUIRE(drop->moves.size() == 1);
    REQUIRE(drop->moves[0].to == ScoreBand::AtRisk);
    CHECK(drop->playbookTasks == 1);
    auto tasks = playbookTasks(*db, clock, acme);
    REQUIRE(tasks.size() == 2); // the at-risk call (due today: first) and the detractor's call
    CHECK(tasks[0].origin == QStringLiteral("playbook:at_risk_call"));
    CHECK(tasks[0].ownerId == boss);
    CHECK(tasks[0].dueDay == test::testNow().date());
    CHECK(tasks[1].origin == QStringLiteral("playbook:detractor_call"));
    REQUIRE(HealthEngine(*db, clock).recompute());
    CHECK(playbookTasks(*db, clock, acme).size() == 2);

    // 61 days without a touch: the silence fires once, and again only after a new touch and
    // another 60 days.
    clock.set(test::testNow().addDays(61));
    auto quiet = HealthEngine(*db, clock).recompute();
    REQUIRE(quiet);
    CHECK(quiet->playbookTasks == 1);
    tasks = playbookTasks(*db, clock, acme);
    REQUIRE(tasks.size() == 3);
    CHECK(tasks[2].origin == QStringLiteral("playbook:silent_reach_out"));
    CHECK(tasks[2].dueDay == test::testNow().date().addDays(64));
    REQUIRE(HealthEngine(*db, clock).recompute());
    CHECK(playbookTasks(*db, clock, acme).size() == 3);
    Touchpoint call;
    call.customerId = acme;
    call.kind = TouchpointKind::Phone;
    call.occurredAt = clock.now();
    REQUIRE(Customers(*db, clock).logTouchpoint(call));
    clock.set(test::testNow().addDays(61 + 60));
    REQUIRE(HealthEngine(*db, clock).recompute());
    CHECK(playbookTasks(*db, clock, acme).size() == 4);
}

TEST_CASE(
    "entering advocacy makes the advocate's introduction, a playbook switched off makes nothing",
    "[playbooks]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("playbooks.sqlite")));
    const FixedClock clock(test::testNow());
    const qint64 rita = addAgent(*db, QStringLiteral("Rita"));
    const qint64 acme = retained(*db, clock, QStringLiteral("Acme"), rita);
    const qint64 bolt = retained(*db, clock, QStringLiteral("Bolt"), rita);
    REQUIRE(Customers(*db, clock)
                .move(acme, Stage::Advocacy, QStringLiteral("Spoke at our meetup"),
                      QStringLiteral("Rita"), std::nullopt));
    auto tasks = playbookTasks(*db, clock, acme);
    REQUIRE(tasks.size() == 1);
    CHECK(tasks[0].origin == QStringLiteral("playbook:advocate_intro"));
    CHECK(tasks[0].dueDay == test::testNow().date().addDays(14));

    REQUIRE(SettingsRepository(*db).setValue(QStringLiteral("playbook.advocate_intro"),
                                             QStringLiteral("")));
    REQUIRE(Customers(*db, clock)
                .move(bolt, Stage::Advocacy, QStringLiteral("Referred a friend"),
                      QStringLiteral("Rita"), std::nullopt));
    CHECK(playbookTasks(*db, clock, bolt).empty());
}

TEST_CASE("playbook lines are parsed, written back the same, and refused in one sentence",
          "[playbooks]")
{
    for (const Playbook& p : Playbooks::defaults()) {
        auto again = Playbooks::parse(p.key, Playbooks::text(p));
        REQUIRE(again);
        CHECK(*again == p);
    }
    auto p =
        Playbooks::parse(QStringLiteral("quiet"),
                         QStringLiteral("silent>=30 -> 1:none:Look at the account for manager"));
    REQUIRE(p);
    CHECK(p->event == PlaybookEvent::Silent);
    CHECK(p->threshold == 30);
    CHECK(p->role == PlaybookRole::Manager);
    CHECK_FALSE(p->task.kind);

    const auto refused = GENERATE(table<QString, QString, QString>({
        {QStringLiteral("Bad Key"), QStringLiteral("at_risk -> 1:phone:Call for owner"),
         QStringLiteral("“Bad Key” is not a playbook key")},
        {QStringLiteral("k"), QStringLiteral("at_risk 1:phone:Call"),
         QStringLiteral("is not of the form WHEN -> DAYS:KIND:TITLE")},
        {QStringLiteral("k"), QStringLiteral("entered churn -> 1:phone:Call for owner"),
         QStringLiteral("names “churn”, which is not a stage")},
        {QStringLiteral("k"), QStringLiteral("survey<=11 -> 1:phone:Call for owner"),
         QStringLiteral("scores run from 0 to 10")},
        {QStringLiteral("k"), QStringLiteral("silent>=0 -> 1:phone:Call for owner"),
         QStringLiteral("silent days from 1 to 3650")},
        {QStringLiteral("k"), QStringLiteral("renewal -> 1:phone:Call for owner"),
         QStringLiteral("starts with “renewal”")},
        {QStringLiteral("k"), QStringLiteral("at_risk -> 1:phone:Call for everyone"),
         QStringLiteral("is for “everyone”; choose owner or manager")},
        {QStringLiteral("k"), QStringLiteral("at_risk -> 1:fax:Call for owner"),
         QStringLiteral("The playbook k: The plan step “1:fax:Call”")},
        {QStringLiteral("k"), QStringLiteral("at_risk -> every 9:phone:Call for owner"),
         QStringLiteral("leave out “every”")},
    }));
    auto bad = Playbooks::parse(std::get<0>(refused), std::get<1>(refused));
    REQUIRE_FALSE(bad);
    CHECK(bad.error().contains(std::get<2>(refused)));

    auto saved =
        Playbooks::fromSettings({{QStringLiteral("playbook.promoter_ask"), QStringLiteral("")},
                                 {QStringLiteral("playbook.renewal_call"),
                                  QStringLiteral("survey>=8 -> 3:phone:Talk renewal for owner")}});
    REQUIRE(saved);
    QStringList keys;
    for (const Playbook& one : *saved)
        keys << one.key;
    CHECK(keys == QStringList{QStringLiteral("advocate_intro"), QStringLiteral("at_risk_call"),
                              QStringLiteral("detractor_call"), QStringLiteral("renewal_call"),
                              QStringLiteral("silent_reach_out")});
    auto broken =
        Playbooks::fromSettings({{QStringLiteral("playbook.x"), QStringLiteral("nonsense")}});
    REQUIRE_FALSE(broken);
    CHECK(broken.error().startsWith(
        QStringLiteral("The saved playbooks are invalid: The playbook x")));
}

namespace {

// "key/assignee/tasks/customers" per row of a preview, for one playbook.
QStringList reachOf(const PlaybookPreview& preview, const QString& key)
{
    QStringList rows;
    for (const PlaybookReach& r : preview.reach) {
        if (r.key != key)
            continue;
        QStringList ids;
        for (qint64 id : r.customerIds)
            ids << QString::number(id);
        rows << QStringLiteral("%1/%2/%3")
                    .arg(r.assignee)
                    .arg(r.tasks)
                    .arg(ids.join(QLatin1Char(',')));
    }
    return rows;
}

qint64 taskCount(Database& db)
{
    return db.scalar("SELECT count(*) FROM task");
}

} // namespace

TEST_CASE(
    "a playbook preview names who would get its task, per agent, as edited, and writes nothing",
    "[playbooks]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("playbooks.sqlite")));
    FixedClock clock(test::testNow());
    const qint64 rita = addAgent(*db, QStringLiteral("Rita"));
    const qint64 sam = addAgent(*db, QStringLiteral("Sam"));
    addAgent(*db, QStringLiteral("Boss"), AgentRole::Manager);
    const qint64 acme = retained(*db, clock, QStringLiteral("Acme"), rita);
    const qint64 bolt = retained(*db, clock, QStringLiteral("Bolt"), sam);
    Customer nobodys = test::customerNamed(QStringLiteral("Cola"));
    nobodys.since = test::testNow().date().addDays(-400);
    auto cola = Customers(*db, clock).add(nobodys);
    REQUIRE(cola);
    survey(*db, clock, acme, 3);
    survey(*db, clock, acme, 5); // a second event: a second task
    survey(*db, clock, bolt, 9);
    survey(*db, clock, cola->value, 2);
    survey(*db, clock, bolt, 7); // a passive: nobody's
    REQUIRE(Customers(*db, clock)
                .move(bolt, Stage::Advocacy, QStringLiteral("Spoke at our meetup"),
                      QStringLiteral("Sam"), std::nullopt));
    const qint64 tasksBefore = taskCount(*db);

    auto saved = PlaybookPreviewer(*db, clock).preview({});
    REQUIRE(saved);
    CHECK(saved->days == 30);
    CHECK(saved->today == test::testNow().date());
    CHECK(saved->from == test::testNow().date().addDays(-29));
    CHECK(saved->playbooks.size() == Playbooks::defaults().size());
    const QString a = QString::number(acme), b = QString::number(bolt),
                  c = QString::number(cola->value);
    CHECK(reachOf(*saved, QStringLiteral("detractor_call")) ==
          QStringList{QStringLiteral("Rita/2/") + a, QStringLiteral("/1/") + c});
    CHECK(saved->tasks(QStringLiteral("detractor_call")) == 3);
    CHECK(saved->customers(QStringLiteral("detractor_call")) ==
          std::vector<qint64>{acme, cola->value});
    CHECK(reachOf(*saved, QStringLiteral("promoter_ask")) ==
          QStringList{QStringLiteral("Sam/1/") + b});
    CHECK(reachOf(*saved, QStringLiteral("advocate_intro")) ==
          QStringList{QStringLiteral("Sam/1/") + b});
    CHECK(saved->tasks(QStringLiteral("at_risk_call")) == 0);
    CHECK(saved->tasks(QStringLiteral("silent_reach_out")) == 0); // touched today

    // Edited: a stricter detractor, for the manager; entries into retention (each customer's
    // first stage); one switched off. Keys with or without "playbook.".
    auto edited =
        PlaybookPreviewer(*db, clock)
            .preview({QStringLiteral(
                          "playbook.detractor_call=survey<=4 -> 2:phone:Call back for manager"),
                      QStringLiteral("welcome=entered retention -> 1:email:Welcome for owner"),
                      QStringLiteral("promoter_ask=")});
    REQUIRE(edited);
    CHECK(edited->playbooks.size() == 2);
    CHECK(edited->off == QStringList{QStringLiteral("promoter_ask")});
    CHECK(reachOf(*edited, QStringLiteral("detractor_call")) ==
          QStringList{QStringLiteral("Boss/2/") + a + QLatin1Char(',') + c});
    CHECK(reachOf(*edited, QStringLiteral("welcome")) == QStringList{QStringLiteral("/1/") + c,
                                                                     QStringLiteral("Rita/1/") + a,
                                                                     QStringLiteral("Sam/1/") + b});
    CHECK(taskCount(*db) == tasksBefore); // nothing written

    // A band drop to At risk is an event of the day it was recorded.
    HealthScore risky;
    risky.customerId = acme;
    risky.score = 20;
    risky.band = ScoreBand::AtRisk;
    const BandMove drop{acme, ScoreBand::Watch, ScoreBand::AtRisk, 50, 20};
    REQUIRE(HealthRepository(*db).write({risky}, test::testNow().date().addDays(-3),
                                        std::span<const BandMove>(&drop, 1)));
    auto risk = PlaybookPreviewer(*db, clock).preview({});
    REQUIRE(risk);
    CHECK(reachOf(*risk, QStringLiteral("at_risk_call")) ==
          QStringList{QStringLiteral("Rita/1/") + a});

    // 61 days on: the surveys and the drop are out of a 30-day look-back but in a 90-day one;
    // every customer is silent 60 days, until the recompute has given them the task.
    clock.set(test::testNow().addDays(61));
    auto later = PlaybookPreviewer(*db, clock).preview({});
    REQUIRE(later);
    CHECK(later->tasks(QStringLiteral("detractor_call")) == 0);
    CHECK(later->tasks(QStringLiteral("at_risk_call")) == 0);
    CHECK(later->customers(QStringLiteral("silent_reach_out")) ==
          std::vector<qint64>{acme, bolt, cola->value});
    auto longer = PlaybookPreviewer(*db, clock).preview({}, 90);
    REQUIRE(longer);
    CHECK(longer->tasks(QStringLiteral("detractor_call")) == 3);
    auto stricter =
        PlaybookPreviewer(*db, clock)
            .preview(
                {QStringLiteral("silent_reach_out=silent>=62 -> 3:email:Reach out for owner")});
    REQUIRE(stricter);
    CHECK(stricter->tasks(QStringLiteral("silent_reach_out")) == 0);
    REQUIRE(HealthEngine(*db, clock).recompute());
    auto given = PlaybookPreviewer(*db, clock).preview({});
    REQUIRE(given);
    CHECK(given->tasks(QStringLiteral("silent_reach_out")) == 0);

    // Refused, in one sentence each.
    auto bad = PlaybookPreviewer(*db, clock).preview({QStringLiteral("k=at_risk 1:phone:Call")});
    REQUIRE_FALSE(bad);
    CHECK(bad.error().contains(QStringLiteral("is not of the form")));
    auto twice = PlaybookPreviewer(*db, clock)
                     .preview({QStringLiteral("k=at_risk -> 1:phone:Call for owner"),
                               QStringLiteral("playbook.k=at_risk -> 2:phone:Call for owner")});
    REQUIRE_FALSE(twice);
    CHECK(twice.error().contains(QStringLiteral("given twice")));
    CHECK_FALSE(PlaybookPreviewer(*db, clock).preview({}, 0));
}
