// funneldesk-cli settings list|set (issue 18): every value of the Settings dialog's pages as
// KEY=VALUE, on either backend; a set lands whole after every check, or not at all.
#include "storage/Database.h"
#include "support/CliRun.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace fd;

namespace {

using Run = test::CliRun;

Run cli(const QString& db, const QStringList& args)
{
    return test::runCliOn(db, args);
}

void require(const Run& run)
{
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
}

QString freshDesk(test::Scratch& scratch)
{
    const QString db = scratch.file(QStringLiteral("settings.sqlite"));
    require(cli(db, {QStringLiteral("add"), QStringLiteral("agent"), QStringLiteral("--name"),
                     QStringLiteral("Rita"), QStringLiteral("--role"), QStringLiteral("manager")}));
    return db;
}

} // namespace

TEST_CASE(
    "settings list shows every group's values, settings set saves them and list --saved shows them",
    "[cli][settings]")
{
    test::Scratch scratch;
    const QString db = freshDesk(scratch);
    const Run list = cli(db, {QStringLiteral("settings"), QStringLiteral("list")});
    require(list);
    for (const char* line :
         {"stage_rule.postsales.settled.min_days=90\n", "health.recency.weight=20\n",
          "health.band.at_risk_below=40\n", "sla.urgent.first_response_hours=1\n",
          "sla.low.resolution_hours=120\n", "stage_target.onboarding.behind_days=30\n",
          "stage_target.post_sales.stuck_days=120\n", "stage_target.advocacy.behind_days=60\n",
          "at_risk.surge.min_tickets=3\n", "at_risk.surge.window_days=30\n",
          "at_risk.csat.below=3\n", "at_risk.csat.window_days=90\n",
          "at_risk.silent.after_days=60\n",
          "plan.retention=every 90:success_review:Success review\n",
          "playbook.detractor_call=survey<=6 -> 2:phone:Call back the detractor for owner\n"})
        CHECK(list.out.contains(QString::fromUtf8(line)));
    CHECK(list.out.indexOf(QLatin1String("stage_rule.")) <
          list.out.indexOf(QLatin1String("health.")));
    CHECK(list.out.indexOf(QLatin1String("health.")) < list.out.indexOf(QLatin1String("sla.")));

    const Run set = cli(
        db,
        {QStringLiteral("settings"), QStringLiteral("set"),
         QStringLiteral("health.recency.weight=30"),
         QStringLiteral(
             "plan.retention=every 60:success_review:Quarterly review; 30:email:Share the roadmap"),
         QStringLiteral("playbook.promoter_ask="),
         QStringLiteral("sla.urgent.first_response_hours=2"),
         QStringLiteral("stage_rule.retention.regress.min_tickets=+07"), // kept as 7
         QStringLiteral("at_risk.silent.after_days=45")});
    require(set);
    CHECK(set.out == QStringLiteral("Saved 6 settings.\n"));
    const Run saved =
        cli(db, {QStringLiteral("settings"), QStringLiteral("list"), QStringLiteral("--saved")});
    require(saved);
    CHECK(
        saved.out ==
        QStringLiteral(
            "stage_rule.retention.regress.min_tickets=7\n"
            "at_risk.silent.after_days=45\n"
            "health.recency.weight=30\n"
            "sla.urgent.first_response_hours=2\n"
            "plan.retention=every 60:success_review:Quarterly review; 30:email:Share the roadmap\n"
            "playbook.promoter_ask=\n"));
}

TEST_CASE("settings set refuses a bad value in one sentence and saves none of the others",
          "[cli][settings]")
{
    test::Scratch scratch;
    const QString db = freshDesk(scratch);
    // A key or value wrong in itself is usage (2); one that contradicts the saved values, 1.
    const auto refused = GENERATE(table<QString, QString, int>({
        {QStringLiteral("colour=blue"), QStringLiteral("“colour” is not a setting"), 2},
        {QStringLiteral("health.recency.weight=200"),
         QStringLiteral("recency.weight must be a whole number from 0 to 100, not “200”."), 2},
        {QStringLiteral("health.band.at_risk_below=80"),
         QStringLiteral("band.at_risk_below (80) must not be more than band.healthy_min (70)."), 1},
        {QStringLiteral("stage_rule.retention.regress.min_tickets=0"),
         QStringLiteral("retention.regress.min_tickets must be a whole number from 1"), 2},
        {QStringLiteral("stage_target.retention.stuck_days=30"),
         QStringLiteral(
             "retention.stuck_days (30) must not be less than retention.behind_days (60)."),
         1},
        {QStringLiteral("stage_target.retention.behind_days=0"),
         QStringLiteral("retention.behind_days must be a whole number from 1 to 3650"), 2},
        {QStringLiteral("stage_target.churned.behind_days=5"),
         QStringLiteral("“churned.behind_days” is not a stage target"), 2},
        {QStringLiteral("at_risk.csat.below=7"),
         QStringLiteral("csat.below must be a whole number from 2 to 6, not “7”."), 2},
        {QStringLiteral("at_risk.surge.tickets=2"),
         QStringLiteral("“surge.tickets” is not an at-risk threshold"), 2},
        {QStringLiteral("sla.urgent.first_response_hours=0"),
         QStringLiteral("sla.urgent.first_response_hours must be a whole number from 1 to 8760"),
         2},
        {QStringLiteral("sla.asap.first_response_hours=1"),
         QStringLiteral("“sla.asap.first_response_hours” is not an SLA target"), 2},
        {QStringLiteral("plan.churned=1:email:Bye"),
         QStringLiteral("“plan.churned” names no stage"), 2},
        {QStringLiteral("plan.onboarding=1:fax:Hello"),
         QStringLiteral("names “fax”, which is not a touchpoint kind"), 2},
        {QStringLiteral("playbook.x=whenever -> 1:phone:Call for owner"),
         QStringLiteral("The playbook x starts with “whenever”"), 2},
    }));
    const Run run = cli(db, {QStringLiteral("settings"), QStringLiteral("set"),
                             QStringLiteral("health.csat.weight=25"), std::get<0>(refused)});
    CAPTURE(std::get<0>(refused));
    CHECK(run.exitCode == std::get<2>(refused));
    CHECK(run.err.contains(std::get<1>(refused)));
    const Run saved =
        cli(db, {QStringLiteral("settings"), QStringLiteral("list"), QStringLiteral("--saved")});
    require(saved);
    CHECK(saved.out.isEmpty());

    const Run twice =
        cli(db, {QStringLiteral("settings"), QStringLiteral("set"),
                 QStringLiteral("health.csat.weight=25"), QStringLiteral("health.csat.weight=26")});
    CHECK(twice.exitCode == 2);
    CHECK(twice.err.contains(QStringLiteral("health.csat.weight is given twice")));
    const Run none = cli(db, {QStringLiteral("settings"), QStringLiteral("set")});
    CHECK(none.exitCode == 2);
}

TEST_CASE(
    "playbooks list shows the playbooks in force, playbooks preview whom each would give a task",
    "[cli][settings][playbooks]")
{
    test::Scratch scratch;
    const QString db = freshDesk(scratch);
    require(cli(db, {QStringLiteral("add"), QStringLiteral("customer"), QStringLiteral("--name"),
                     QStringLiteral("Acme"), QStringLiteral("--owner"), QStringLiteral("Rita")}));
    for (const char* score : {"3", "9"})
        require(cli(db, {QStringLiteral("add"), QStringLiteral("touchpoint"),
                         QStringLiteral("--customer"), QStringLiteral("1"),
                         QStringLiteral("--kind"), QStringLiteral("survey"),
                         QStringLiteral("--score"), QString::fromLatin1(score)}));
    require(cli(db, {QStringLiteral("settings"), QStringLiteral("set"),
                     QStringLiteral("playbook.promoter_ask=")}));

    const Run list = cli(db, {QStringLiteral("playbooks"), QStringLiteral("list")});
    require(list);
    CHECK(list.out.contains(QStringLiteral(
        "detractor_call\tsurvey<=6 -> 2:phone:Call back the detractor for owner\n")));
    CHECK_FALSE(list.out.contains(QStringLiteral("promoter_ask"))); // switched off

    const Run saved = cli(db, {QStringLiteral("playbooks"), QStringLiteral("preview")});
    require(saved);
    CHECK(saved.out.contains(
        QStringLiteral("detractor_call\tsurvey<=6 -> 2:phone:Call back the detractor for owner\n"
                       "  tasks 1, customers 1 (Rita 1)\n")));
    CHECK(saved.out.contains(QStringLiteral("silent_reach_out\t")));

    const Run edited =
        cli(db, {QStringLiteral("playbooks"), QStringLiteral("preview"), QStringLiteral("--set"),
                 QStringLiteral("promoter_ask=survey>=9 -> 7:email:Ask for a referral for manager"),
                 QStringLiteral("--set"), QStringLiteral("playbook.detractor_call="),
                 QStringLiteral("--customers")});
    require(edited);
    CHECK(edited.out.contains(
        QStringLiteral("promoter_ask\tsurvey>=9 -> 7:email:Ask for a referral for manager\n"
                       "  tasks 1, customers 1 (Rita 1)\n")));
    CHECK(edited.out.contains(QStringLiteral("Switched off: detractor_call\n")));
    CHECK(edited.out.contains(QStringLiteral("promoter_ask\t1\tAcme\tRita\n")));
    CHECK_FALSE(edited.out.contains(QStringLiteral("silent_reach_out")));

    const Run bad =
        cli(db, {QStringLiteral("playbooks"), QStringLiteral("preview"), QStringLiteral("--set"),
                 QStringLiteral("x=whenever -> 1:phone:Call for owner")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("The playbook x starts with “whenever”")));
    const Run days = cli(db, {QStringLiteral("playbooks"), QStringLiteral("preview"),
                              QStringLiteral("--days"), QStringLiteral("0")});
    CHECK(days.exitCode == 2);
    CHECK(days.err.contains(QStringLiteral("--days takes a whole number from 1 to 365, not “0”.")));
    const Run unknown = cli(db, {QStringLiteral("playbooks"), QStringLiteral("run")});
    CHECK(unknown.exitCode == 2);
}
