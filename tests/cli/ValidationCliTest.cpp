// Issue 14 §3 and §6 at the command line: each refused value gives its exit code (one rule,
// in --help), one sentence, and writes nothing; manual moves name who made them.
#include "domain/Validation.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "support/CliRun.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <pwd.h>
#include <unistd.h>

using namespace fd;

namespace {

using Run = test::CliRun;

Run cli(const QString& db, const QStringList& args)
{
    return test::runCliOn(db, args);
}

// Every table's row count: "nothing written" compares two of these.
QString counts(const QString& path)
{
    auto db = test::openDatabase(path, Database::Access::ReadOnly);
    QStringList parts;
    for (const char* table :
         {"agent", "customer", "contact", "ticket", "touchpoint", "stage_transition"})
        parts << QString::number(db->scalar(std::string("SELECT count(*) FROM ") + table));
    return parts.join(QLatin1Char(' '));
}

// A usage error: exit 2, the sentence on the first line of stderr (the hint follows).
void requireUsage(const Run& run, const QString& fragment)
{
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 2);
    CHECK(run.err.section(QLatin1Char('\n'), 0, 0).contains(fragment));
    CHECK(run.out.isEmpty());
}

QStringList args(std::initializer_list<const char*> words)
{
    QStringList list;
    for (const char* w : words)
        list << QString::fromUtf8(w);
    return list;
}

struct Db {
    test::Scratch scratch;
    QString path = scratch.file(QStringLiteral("v.sqlite"));

    Db()
    {
        REQUIRE(cli(path, args({"add", "agent", "--name", "Rita", "--email", "rita@example.com"}))
                    .exitCode == 0);
        REQUIRE(cli(path, args({"add", "customer", "--name", "Acme", "--email", "ops@acme.example",
                                "--since", "2026-01-05"}))
                    .exitCode == 0);
    }
};

} // namespace

TEST_CASE("The exit-code rule is in funneldesk-cli --help and each add … --help",
          "[cli][validation]")
{
    const QString usage = QStringLiteral(
        "  2  usage: the command line cannot be parsed, or names a value outside a fixed\n");
    const QString data =
        QStringLiteral("  1  the data refuses a well-formed value: an invalid or duplicate email");
    const Run help = test::runCli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(usage));
    CHECK(help.out.contains(data));
    for (const char* what : {"customer", "contact", "ticket", "touchpoint", "agent"}) {
        INFO(what);
        const Run run = test::runCli(
            {QStringLiteral("add"), QString::fromUtf8(what), QStringLiteral("--help")});
        CHECK(run.exitCode == 0);
        CHECK(run.out.contains(usage));
        CHECK(run.out.contains(data));
    }
}

TEST_CASE("Emails: without @ refused, stored trimmed, a duplicate names its customer",
          "[cli][validation]")
{
    Db db;
    const QString before = counts(db.path);
    test::requireOneSentence(
        cli(db.path,
            args({"add", "customer", "--name", "Globex", "--email", "ops.globex.example"})),
        QStringLiteral("The email “ops.globex.example” is not an email address"));
    const Run duplicate = cli(
        db.path, args({"add", "customer", "--name", "Acme Two", "--email", " OPS@acme.example "}));
    test::requireOneSentence(
        duplicate,
        QStringLiteral("The email “OPS@acme.example” already belongs to Acme (customer 1);"));
    test::requireOneSentence(cli(db.path, args({"add", "contact", "--customer", "1", "--name",
                                                "Anna", "--email", "anna"})),
                             QStringLiteral("The contact email “anna” is not an email address"));
    test::requireOneSentence(
        cli(db.path, args({"add", "agent", "--name", "Bob", "--email", "bob at example"})),
        QStringLiteral("The agent email “bob at example” is not an email address"));
    CHECK(counts(db.path) == before);

    const Run padded = cli(
        db.path, args({"add", "customer", "--name", "Globex", "--email", "  it@globex.example  "}));
    REQUIRE(padded.exitCode == 0);
    const Run shown = cli(
        db.path,
        args({"show", "customer", padded.out.trimmed().toUtf8().constData(), "--format", "json"}));
    CHECK(shown.out.contains(QStringLiteral("\"email\": \"it@globex.example\"")));
}

TEST_CASE("Events more than a day ahead are refused with exit 1, unreadable dates with 2",
          "[cli][validation]")
{
    Db db;
    const QString before = counts(db.path);
    test::requireOneSentence(
        cli(db.path, args({"add", "customer", "--name", "Future", "--since", "2099-01-01"})),
        QStringLiteral("The first sale (since) 2099-01-01 is in the future"));
    test::requireOneSentence(cli(db.path, args({"add", "contact", "--customer", "1", "--name",
                                                "Anna", "--at", "2099-01-01"})),
                             QStringLiteral("is in the future"));
    test::requireOneSentence(
        cli(db.path, args({"add", "ticket", "--customer", "1", "--subject", "Later", "--at",
                           "2099-01-01 09:00"})),
        QStringLiteral("The ticket's creation time 2099-01-01 09:00:00 is in the future"));
    test::requireOneSentence(
        cli(db.path, args({"add", "touchpoint", "--customer", "1", "--kind", "phone", "--at",
                           "2099-01-01 09:00"})),
        QStringLiteral("The touchpoint's time 2099-01-01 09:00:00 is in the future"));
    requireUsage(
        cli(db.path, args({"add", "customer", "--name", "Future", "--since", "next year"})),
        QStringLiteral("--since needs a date as YYYY-MM-DD"));
    CHECK(counts(db.path) == before);
}

TEST_CASE("An open ticket with --solved-at is refused, and so is a solve time before creation",
          "[cli][validation]")
{
    Db db;
    const QString before = counts(db.path);
    test::requireOneSentence(
        cli(db.path, args({"add", "ticket", "--customer", "1", "--subject", "S", "--status", "open",
                           "--at", "2026-02-01 09:00", "--solved-at", "2026-02-02 09:00"})),
        QStringLiteral(
            "A ticket that is open has no solve time; only a solved or closed ticket has one."));
    test::requireOneSentence(
        cli(db.path, args({"add", "ticket", "--customer", "1", "--subject", "S", "--at",
                           "2026-02-02 09:00", "--solved-at", "2026-02-01 09:00"})),
        QStringLiteral("cannot be solved"));
    CHECK(counts(db.path) == before);
}

TEST_CASE("Values outside a fixed list or range are usage errors, each listing what is accepted",
          "[cli][validation]")
{
    Db db;
    const QString before = counts(db.path);
    const Run channel =
        cli(db.path,
            args({"add", "ticket", "--customer", "1", "--subject", "S", "--channel", "partner"}));
    requireUsage(channel, QStringLiteral("--channel must be one of %1, not “partner”.")
                              .arg(Validation::ticketChannelNameList()));
    CHECK_FALSE(channel.err.contains(QStringLiteral("referral")));
    requireUsage(
        cli(db.path, args({"add", "ticket", "--customer", "1", "--subject", "S", "--csat", "7"})),
        QStringLiteral("--csat needs a whole number from 1 to 5, not “7”."));
    requireUsage(
        cli(db.path,
            args({"add", "ticket", "--customer", "1", "--subject", "S", "--priority", "extreme"})),
        QStringLiteral("--priority must be one of low, normal, high, urgent, not “extreme”."));
    requireUsage(
        cli(db.path,
            args({"add", "ticket", "--customer", "1", "--subject", "S", "--status", "done"})),
        QStringLiteral(
            "--status must be one of new, open, pending, on_hold, solved, closed, not “done”."));
    requireUsage(cli(db.path, args({"add", "touchpoint", "--customer", "1", "--kind", "survey",
                                    "--score", "11"})),
                 QStringLiteral("--score needs a whole number from 0 to 10, not “11”."));
    requireUsage(cli(db.path, args({"add", "touchpoint", "--customer", "1", "--kind", "pigeon"})),
                 QStringLiteral("--kind must be one of"));
    CHECK(counts(db.path) == before);
    // Every channel listed is accepted.
    for (const QString& name : Validation::ticketChannelNameList().split(QStringLiteral(", "))) {
        INFO(name.toStdString());
        CHECK(cli(db.path,
                  {QStringLiteral("add"), QStringLiteral("ticket"), QStringLiteral("--customer"),
                   QStringLiteral("1"), QStringLiteral("--subject"), QStringLiteral("S"),
                   QStringLiteral("--channel"), name})
                  .exitCode == 0);
    }
}

TEST_CASE("Every --agent, --owner and --assignee must name an existing agent", "[cli][validation]")
{
    Db db;
    const QString before = counts(db.path);
    test::requireOneSentence(
        cli(db.path, args({"add", "customer", "--name", "Globex", "--owner", "nobody"})),
        QStringLiteral("There is no agent “nobody”"));
    test::requireOneSentence(cli(db.path, args({"add", "ticket", "--customer", "1", "--subject",
                                                "S", "--assignee", "nobody"})),
                             QStringLiteral("There is no agent “nobody”"));
    test::requireOneSentence(cli(db.path, args({"add", "touchpoint", "--customer", "1", "--kind",
                                                "phone", "--agent", "nobody"})),
                             QStringLiteral("There is no agent “nobody”"));
    test::requireOneSentence(cli(db.path, args({"stages", "set", "1", "retention", "--reason",
                                                "Asked", "--agent", "nobody"})),
                             QStringLiteral("There is no agent “nobody”"));
    CHECK(counts(db.path) == before);
}

TEST_CASE("stages set records the process login, or the agent named, as the actor",
          "[cli][validation]")
{
    Db db;
    const passwd* me = getpwuid(geteuid());
    REQUIRE(me);
    const QString login = QString::fromLocal8Bit(me->pw_name);

    // $USER is only a hint: a stale one does not name the actor.
    QProcessEnvironment env;
    env.insert(QStringLiteral("USER"), QStringLiteral("somebody-else"));
    const Run set =
        test::runCli({QStringLiteral("--db"), db.path, QStringLiteral("stages"),
                      QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("retention"),
                      QStringLiteral("--reason"), QStringLiteral("Asked")},
                     env);
    INFO(set.err.toStdString());
    REQUIRE(set.exitCode == 0);
    {
        auto opened = test::openDatabase(db.path, Database::Access::ReadOnly);
        auto q = opened->query("SELECT actor FROM stage_transition ORDER BY id DESC LIMIT 1");
        REQUIRE(q->step());
        CHECK(q->text(0) == login);
    }

    REQUIRE(cli(db.path, args({"stages", "set", "1", "advocacy", "--reason", "Spoke", "--agent",
                               "rita@example.com"}))
                .exitCode == 0);
    auto opened = test::openDatabase(db.path, Database::Access::ReadOnly);
    auto q = opened->query("SELECT actor FROM stage_transition ORDER BY id DESC LIMIT 1");
    REQUIRE(q->step());
    CHECK(q->text(0) == QStringLiteral("Rita"));
}

TEST_CASE(
    "A customer email that only looks new (Unicode capitals, NFD, a zero-width space) is refused",
    "[cli][validation]")
{
    Db db;
    REQUIRE(
        cli(db.path, {QStringLiteral("add"), QStringLiteral("customer"), QStringLiteral("--name"),
                      QStringLiteral("Aisha"), QStringLiteral("--email"),
                      QStringLiteral("aisha.m\u00fcller12@orbitlogistics.example")})
            .exitCode == 0);
    const QString before = counts(db.path);
    for (const QString& email : {QStringLiteral("AISHA.M\u00dcLLER12@ORBITLOGISTICS.EXAMPLE"),
                                 QStringLiteral("aisha.mu\u0308ller12@orbitlogistics.example")}) {
        INFO(email.toStdString());
        test::requireOneSentence(cli(db.path, {QStringLiteral("add"), QStringLiteral("customer"),
                                               QStringLiteral("--name"), QStringLiteral("X"),
                                               QStringLiteral("--email"), email}),
                                 QStringLiteral("already belongs to Aisha"));
    }
    test::requireOneSentence(
        cli(db.path, {QStringLiteral("add"), QStringLiteral("customer"), QStringLiteral("--name"),
                      QStringLiteral("X"), QStringLiteral("--email"),
                      QStringLiteral("\u200baisha.m\u00fcller12@orbitlogistics.example")}),
        QStringLiteral("holds an invisible character (U+200B)"));
    CHECK(counts(db.path) == before);
}

TEST_CASE("add agent refuses another agent's email or name and a name of digits",
          "[cli][validation]")
{
    Db db;
    const QString before = counts(db.path);
    test::requireOneSentence(
        cli(db.path, args({"add", "agent", "--name", "X", "--email", "RITA@example.com"})),
        QStringLiteral("The email “rita@example.com” already belongs to the agent Rita;"));
    test::requireOneSentence(cli(db.path, args({"add", "agent", "--name", " rita "})),
                             QStringLiteral("An agent named “Rita” already exists;"));
    test::requireOneSentence(cli(db.path, args({"add", "agent", "--name", "2"})),
                             QStringLiteral("An agent cannot be named “2”, only digits"));
    CHECK(counts(db.path) == before);
}

TEST_CASE("An agent is named trimmed everywhere, and an inactive agent takes no new work",
          "[cli][validation]")
{
    Db db;
    REQUIRE(cli(db.path, args({"add", "agent", "--name", "Emma Hansen"})).exitCode == 0);
    REQUIRE(cli(db.path, args({"add", "touchpoint", "--customer", "1", "--kind", "phone", "--agent",
                               " Rita "}))
                .exitCode == 0);
    REQUIRE(cli(db.path, args({"add", "ticket", "--customer", "1", "--subject", "S", "--assignee",
                               " rita@example.com "}))
                .exitCode == 0);
    {
        auto opened = test::openDatabase(db.path);
        opened->execute("UPDATE agent SET active = 0 WHERE name = 'Emma Hansen'");
    }
    const QString before = counts(db.path);
    const QString inactive = QStringLiteral("Agent “Emma Hansen” (id 2) is inactive;");
    test::requireOneSentence(
        cli(db.path, args({"add", "customer", "--name", "Globex", "--owner", " emma hansen "})),
        inactive);
    test::requireOneSentence(cli(db.path, args({"add", "ticket", "--customer", "1", "--subject",
                                                "S", "--assignee", "2"})),
                             inactive);
    test::requireOneSentence(cli(db.path, args({"add", "touchpoint", "--customer", "1", "--kind",
                                                "phone", "--agent", "Emma Hansen"})),
                             inactive);
    test::requireOneSentence(cli(db.path, args({"stages", "set", "1", "retention", "--reason",
                                                "Asked", "--agent", " Emma Hansen "})),
                             inactive);
    CHECK(counts(db.path) == before);
}
