// Issue 14 §4 at the command line: rules that fight are named and write nothing; a dry
// run says what the real run does; --as-of is refused after today and read exactly
// before 1970; a rule parameter given twice is bad usage naming it.
#include "storage/Database.h"
#include "support/CliRun.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

using namespace fd;

namespace {

using Run = test::CliRun;

Run cli(const QString& db, const QStringList& args)
{
    return test::runCliOn(db, args);
}

QString day(int daysAgo)
{
    return QDate::currentDate().addDays(-daysAgo).toString(Qt::ISODate);
}

qint64 transitions(const QString& path)
{
    auto db = test::openDatabase(path, Database::Access::ReadOnly);
    return db->scalar("SELECT count(*) FROM stage_transition");
}

void require(const Run& run)
{
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
}

} // namespace

TEST_CASE(
    "stages: rules that fight leave the customer where it was, on recompute and on add, and say so",
    "[cli][stages]")
{
    test::Scratch scratch;
    const QString db = scratch.file(QStringLiteral("fight.sqlite"));
    require(cli(db, {QStringLiteral("add"), QStringLiteral("customer"), QStringLiteral("--name"),
                     QStringLiteral("Acme"), QStringLiteral("--since"), day(300)}));
    require(
        cli(db, {QStringLiteral("add"), QStringLiteral("touchpoint"), QStringLiteral("--customer"),
                 QStringLiteral("1"), QStringLiteral("--kind"), QStringLiteral("phone"),
                 QStringLiteral("--at"), day(299) + QStringLiteral(" 10:00")}));
    const Run rules =
        cli(db, {QStringLiteral("stages"), QStringLiteral("rules"), QStringLiteral("--set"),
                 QStringLiteral("retention.regress.min_tickets=1"), QStringLiteral("--set"),
                 QStringLiteral("postsales.settled.max_tickets=5")});
    require(rules);
    CHECK(rules.err.isEmpty()); // no tickets yet: nobody fights
    const qint64 before = transitions(db);

    // The ticket makes the rules fight: the add writes no back-and-forth moves.
    const Run ticket =
        cli(db, {QStringLiteral("add"), QStringLiteral("ticket"), QStringLiteral("--customer"),
                 QStringLiteral("1"), QStringLiteral("--subject"), QStringLiteral("Help")});
    require(ticket);
    CHECK(transitions(db) == before);
    const QString sentence =
        QStringLiteral("Acme (customer 1) was left in Retention: rules retention.regress and "
                       "postsales.settled send it back and forth; change one of them.");
    CHECK(ticket.err.contains(sentence)); // the add says so too
    for (int run = 0; run < 2; ++run) {
        const Run recompute = cli(db, {QStringLiteral("stages"), QStringLiteral("recompute")});
        require(recompute);
        CHECK(recompute.out.contains(sentence));
        CHECK(recompute.out.contains(
            QStringLiteral("1 customer was left where it was: rules postsales.settled and "
                           "retention.regress send it back and forth; change one of them.")));
        CHECK(recompute.out.contains(QStringLiteral("Nobody moves.")));
        CHECK(transitions(db) == before);
    }

    const Run explain =
        cli(db, {QStringLiteral("stages"), QStringLiteral("explain"), QStringLiteral("1")});
    require(explain);
    CHECK(explain.out.contains(QString(sentence).replace(QStringLiteral(" was left "),
                                                         QStringLiteral(" would be left "))));
    CHECK(explain.out.contains(
        QStringLiteral("holds, but the rules send it back and forth: it stays")));
    CHECK_FALSE(explain.out.contains(QStringLiteral("moves at the next recompute")));

    const Run preview =
        cli(db, {QStringLiteral("stages"), QStringLiteral("preview"), QStringLiteral("--rule"),
                 QStringLiteral("postsales.settled.max_tickets=4")});
    require(preview);
    CHECK(preview.out.contains(
        QStringLiteral("1 customer would be left where it is: rules postsales.settled and "
                       "retention.regress send it back and forth; change one of them.")));
    const Run fixed =
        cli(db, {QStringLiteral("stages"), QStringLiteral("preview"), QStringLiteral("--rule"),
                 QStringLiteral("retention.regress.min_tickets=5")});
    require(fixed);
    CHECK_FALSE(fixed.out.contains(QStringLiteral("left where")));

    const Run warned =
        cli(db, {QStringLiteral("stages"), QStringLiteral("rules"), QStringLiteral("--set"),
                 QStringLiteral("postsales.settled.max_tickets=4")});
    require(warned);
    CHECK(warned.err.startsWith(QStringLiteral("Warning: 1 customer would be left where it is")));

    SECTION("pinned, explain says the pin holds it")
    {
        require(cli(db, {QStringLiteral("stages"), QStringLiteral("set"), QStringLiteral("1"),
                         QStringLiteral("retention"), QStringLiteral("--reason"),
                         QStringLiteral("Hold"), QStringLiteral("--pin")}));
        const Run held =
            cli(db, {QStringLiteral("stages"), QStringLiteral("explain"), QStringLiteral("1")});
        require(held);
        CHECK(held.out.contains(
            QStringLiteral("The customer is pinned: no rule moves it until it is unpinned.")));
        CHECK(held.out.contains(QStringLiteral("holds, but the customer is pinned: it stays")));
        CHECK_FALSE(held.out.contains(QStringLiteral("moves at the next recompute")));
    }
}

TEST_CASE("stages recompute: a dry run at a past as-of says what the real run does",
          "[cli][stages]")
{
    test::Scratch scratch;
    const QString db = scratch.file(QStringLiteral("dry.sqlite"));
    require(cli(db, {QStringLiteral("generate"), QStringLiteral("--customers"),
                     QStringLiteral("200"), QStringLiteral("--tickets"), QStringLiteral("1500"),
                     QStringLiteral("--touchpoints"), QStringLiteral("6000")}));
    require(cli(db, {QStringLiteral("stages"), QStringLiteral("rules"), QStringLiteral("--set"),
                     QStringLiteral("postsales.settled.min_days=40")}));
    const QStringList args = {QStringLiteral("stages"), QStringLiteral("recompute"),
                              QStringLiteral("--as-of"), day(120)};
    const Run dry = cli(db, args + QStringList{QStringLiteral("--dry-run")});
    require(dry);
    const Run real = cli(db, args);
    require(real);
    // The same lines but for the tense.
    QString predicted = dry.out;
    predicted.replace(QStringLiteral("Would move"), QStringLiteral("Moved"))
        .replace(QStringLiteral("Would not be written"), QStringLiteral("Not written"))
        .replace(QStringLiteral(" would be left where they are"),
                 QStringLiteral(" were left where they were"))
        .replace(QStringLiteral(" would be left in "), QStringLiteral(" was left in "));
    CHECK(predicted == real.out);
    CHECK(real.out.contains(QStringLiteral("Not written for ")));
}

TEST_CASE("stages recompute --as-of: after today is refused, before 1970 is that very day",
          "[cli][stages]")
{
    test::Scratch scratch;
    const QString db = scratch.file(QStringLiteral("dates.sqlite"));
    require(cli(db, {QStringLiteral("add"), QStringLiteral("customer"), QStringLiteral("--name"),
                     QStringLiteral("Acme")}));
    const Run future = cli(db, {QStringLiteral("stages"), QStringLiteral("recompute"),
                                QStringLiteral("--as-of"), day(-1)});
    CHECK(future.exitCode == 2);
    CHECK(future.err.contains(QStringLiteral("is after today")));
    CHECK(future.out.isEmpty());

    const Run old =
        cli(db, {QStringLiteral("stages"), QStringLiteral("recompute"), QStringLiteral("--as-of"),
                 QStringLiteral("1969-06-01"), QStringLiteral("--dry-run")});
    require(old);
    CHECK(old.out.contains(QStringLiteral("as of 1969-06-01 23:59:59.")));
    const Run eve =
        cli(db, {QStringLiteral("stages"), QStringLiteral("recompute"), QStringLiteral("--as-of"),
                 QStringLiteral("1969-12-31"), QStringLiteral("--dry-run")});
    require(eve);
    CHECK(eve.out.contains(QStringLiteral("as of 1969-12-31 23:59:59.")));

    const Run today = cli(db, {QStringLiteral("stages"), QStringLiteral("recompute"),
                               QStringLiteral("--as-of"), day(0), QStringLiteral("--dry-run")});
    require(today);
    CHECK(today.out.contains(QStringLiteral("as of ") + day(0)));
}

TEST_CASE("stages preview and rules --set: a parameter given twice is bad usage naming it",
          "[cli][stages]")
{
    test::Scratch scratch;
    const QString db = scratch.file(QStringLiteral("twice.sqlite"));
    require(cli(db, {QStringLiteral("add"), QStringLiteral("customer"), QStringLiteral("--name"),
                     QStringLiteral("Acme")}));
    for (const QString& option : {QStringLiteral("--rule"), QStringLiteral("--set")}) {
        const QString command =
            option == QLatin1String("--rule") ? QStringLiteral("preview") : QStringLiteral("rules");
        const Run twice = cli(db, {QStringLiteral("stages"), command, option,
                                   QStringLiteral("postsales.settled.min_days=40"), option,
                                   QStringLiteral("postsales.settled.min_days=60")});
        INFO(command.toStdString());
        CHECK(twice.exitCode == 2);
        CHECK(twice.err.contains(
            QStringLiteral("postsales.settled.min_days is given twice (“40” and “60”)")));
        CHECK(twice.out.isEmpty());
    }
    const Run rules = cli(db, {QStringLiteral("stages"), QStringLiteral("rules")});
    require(rules);
    CHECK(rules.out.contains(QStringLiteral("postsales.settled.min_days 90\n"))); // nothing saved
}
