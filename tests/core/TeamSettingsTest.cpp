// service/TeamSettings (issue 18): the Settings dialog's checks across values as they are typed
// (validated), and its Save: settings and new agents in one transaction, whole or not at all.
#include "service/TeamSettings.h"
#include "service/Team.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace fd;

TEST_CASE("validated checks the values across each other on a base, saved or the defaults",
          "[settings]")
{
    // Fine alone, contradicting the defaults: stuck before behind, At risk above Healthy.
    auto targets =
        TeamSettings::validated({QStringLiteral("stage_target.post_sales.stuck_days=60")}, {});
    REQUIRE_FALSE(targets);
    CHECK(targets.error() ==
          QStringLiteral(
              "post_sales.stuck_days (60) must not be less than post_sales.behind_days (90)."));
    auto both = TeamSettings::validated({QStringLiteral("stage_target.post_sales.stuck_days=60"),
                                         QStringLiteral("stage_target.post_sales.behind_days=30")},
                                        {});
    REQUIRE(both);
    CHECK(both->size() == 2);
    // The same value on a base where behind_days is already lower.
    const std::map<QString, QString> base{
        {QStringLiteral("stage_target.post_sales.behind_days"), QStringLiteral("20")}};
    CHECK(TeamSettings::validated({QStringLiteral("stage_target.post_sales.stuck_days=60")}, base));
    // Each priority's first response within its resolution (defaults: urgent 1 h and 4 h).
    auto sla = TeamSettings::validated({QStringLiteral("sla.urgent.first_response_hours=5")}, {});
    REQUIRE_FALSE(sla);
    CHECK(sla.error() ==
          QStringLiteral(
              "sla.urgent.first_response_hours (5) must not be more than "
              "sla.urgent.resolution_hours (4): a ticket is answered before it is solved."));
    CHECK(TeamSettings::validated({QStringLiteral("sla.urgent.first_response_hours=5"),
                                   QStringLiteral("sla.urgent.resolution_hours=5")},
                                  {}));
    // A plan's step given twice would make the same task twice.
    auto twice = TeamSettings::validated(
        {QStringLiteral("plan.onboarding=3:phone:Kickoff call; 3:phone:Kickoff call")}, {});
    REQUIRE_FALSE(twice);
    CHECK(twice.error() == QStringLiteral("The step “3:phone:Kickoff call” is given twice; a plan "
                                          "makes each of its steps once."));
    auto bands = TeamSettings::validated({QStringLiteral("health.band.at_risk_below=75")}, {});
    REQUIRE_FALSE(bands);
    CHECK(bands.error() ==
          QStringLiteral("band.at_risk_below (75) must not be more than band.healthy_min (70)."));
}

TEST_CASE("save lands the settings and the new agents together, or none of them", "[settings]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("settings.sqlite")));
    REQUIRE(Team(*db).add(Agent{0, QStringLiteral("Rita"), {}, AgentRole::Manager, true, {}}));
    TeamSettings settings(*db);

    // A new agent named as an existing one: neither the setting nor the other agent lands.
    auto refused = settings.save({QStringLiteral("sla.urgent.first_response_hours=2")},
                                 {Agent{0, QStringLiteral("Sam"), {}, AgentRole::Rep, true, {}},
                                  Agent{0, QStringLiteral("rita"), {}, AgentRole::Rep, true, {}}});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().contains(QStringLiteral("Rita")));
    auto saved = SettingsRepository(*db).all();
    REQUIRE(saved);
    CHECK(saved->count(QStringLiteral("sla.urgent.first_response_hours")) == 0);
    auto agents = Team(*db).all();
    REQUIRE(agents);
    CHECK(agents->size() == 1);

    REQUIRE(settings.save({QStringLiteral("sla.urgent.first_response_hours=2")},
                          {Agent{0,
                                 QStringLiteral("Sam"),
                                 QStringLiteral("sam@example.com"),
                                 AgentRole::Rep,
                                 true,
                                 {}}}));
    saved = SettingsRepository(*db).all();
    REQUIRE(saved);
    CHECK(saved->at(QStringLiteral("sla.urgent.first_response_hours")) == QStringLiteral("2"));
    agents = Team(*db).all();
    REQUIRE(agents);
    REQUIRE(agents->size() == 2);
    CHECK(agents->at(1).name == QStringLiteral("Sam"));

    // A value out of range: nothing, and the sentence names the key.
    auto range = settings.save({QStringLiteral("sla.urgent.first_response_hours=0")}, {});
    REQUIRE_FALSE(range);
    CHECK(range.error().startsWith(
        QStringLiteral("sla.urgent.first_response_hours must be a whole number")));
}

TEST_CASE("list gives each whole-number setting its range and text settings none", "[settings]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("settings.sqlite")));
    auto list = TeamSettings(*db).list();
    REQUIRE(list);
    std::map<QString, SettingEntry> byKey;
    for (const SettingEntry& e : *list)
        byKey.emplace(e.key, e);
    CHECK(byKey.at(QStringLiteral("sla.high.resolution_hours")).maximum == 8760);
    CHECK(byKey.at(QStringLiteral("health.survey.promoter_min")).maximum == 10);
    CHECK(byKey.at(QStringLiteral("stage_target.advocacy.stuck_days")).minimum == 1);
    CHECK_FALSE(byKey.at(QStringLiteral("plan.onboarding")).isNumber());
    CHECK(byKey.at(QStringLiteral("stage_rule.postsales.settled.min_days")).isNumber());
}

TEST_CASE("list keeps a switched-off playbook in its place and every entry's default", "[settings]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("settings.sqlite")));
    auto before = TeamSettings(*db).list();
    REQUIRE(before);
    REQUIRE(TeamSettings(*db).set({QStringLiteral("playbook.detractor_call=")}));
    auto after = TeamSettings(*db).list();
    REQUIRE(after);
    REQUIRE(after->size() == before->size());
    for (std::size_t i = 0; i < after->size(); ++i) {
        CAPTURE((*after)[i].key);
        CHECK((*after)[i].key == (*before)[i].key);            // the same order
        CHECK((*after)[i].defaultValue == (*before)[i].value); // nothing was saved before
        if ((*after)[i].key == QStringLiteral("playbook.detractor_call"))
            CHECK((*after)[i].value.isEmpty());
    }
    CHECK(TeamSettings::defaults().size() == after->size());
}

TEST_CASE("a plan given a step a line may hold a semicolon in a title; a step twice in any case is "
          "refused",
          "[settings]")
{
    auto lines = TeamSettings::checked(
        {QStringLiteral("plan.onboarding=3:phone:Call; then email\n7:email:Walkthrough")});
    REQUIRE(lines);
    REQUIRE(lines->size() == 1);
    CHECK(lines->front().second == QStringLiteral("3:phone:Call; then email\n7:email:Walkthrough"));
    auto twice = TeamSettings::checked(
        {QStringLiteral("plan.retention=every 90:success_review:Success review\n"
                        "every 90:success_review:success Review")});
    REQUIRE_FALSE(twice);
    CHECK(twice.error().contains(QStringLiteral("is given twice")));
}
