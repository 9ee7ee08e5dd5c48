// Issue 17 hostile pass: stored text that a rep wrote with psql (an ESC sequence that retitles
// the window, a bidi override) reaches a terminal visibly from every command that prints CSV or
// JSON (CliContext::writeOutput), while a pipe or a file keeps its bytes; the free-text rule
// refuses the same text at `add ticket` and `stages set`; an import removes it and says where;
// `team add` refuses a login with a look-alike letter. The terminal is a pseudo-terminal that
// this test opens, as `script` would.
#include "domain/Validation.h"
#include "storage/Database.h"
#include "support/CliRun.h"
#include "support/PgTestSchema.h"
#include "support/TestSupport.h"
#include "support/TextRuleOff.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include <cstdlib>

using namespace fd;
using namespace fd::test;

namespace {

const QString kHostile =
    QStringLiteral("Hi \x1b]0;owned\x07\x1b[2J") + QChar(0x202E) + QStringLiteral("fdp.exe");
const QString kShown = QStringLiteral("Hi \u241B]0;owned\u2407\u241B[2J<U+202E>fdp.exe");

// A pseudo-terminal in raw mode (no CR added before each LF): the CLI writes to its slave end,
// the test reads what a terminal would get from the master end.
class Terminal {
public:
    Terminal()
    {
        m_master = ::posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
        REQUIRE(m_master >= 0);
        REQUIRE(::grantpt(m_master) == 0);
        REQUIRE(::unlockpt(m_master) == 0);
        m_path = QString::fromLocal8Bit(::ptsname(m_master));
        m_slave = ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_NOCTTY | O_CLOEXEC);
        REQUIRE(m_slave >= 0);
        termios raw{};
        REQUIRE(::tcgetattr(m_slave, &raw) == 0);
        ::cfmakeraw(&raw);
        REQUIRE(::tcsetattr(m_slave, TCSANOW, &raw) == 0);
        REQUIRE(::fcntl(m_master, F_SETFL, O_NONBLOCK) == 0);
    }
    ~Terminal()
    {
        ::close(m_slave);
        ::close(m_master);
    }
    Terminal(const Terminal&) = delete;
    Terminal& operator=(const Terminal&) = delete;

    const QString& path() const { return m_path; } // /dev/pts/N
    int slave() const { return m_slave; }

    // What the terminal has received since the last read.
    QByteArray read()
    {
        QByteArray got;
        char buffer[4096];
        for (ssize_t n = 0; (n = ::read(m_master, buffer, sizeof buffer)) > 0;)
            got.append(buffer, n);
        return got;
    }

private:
    int m_master = -1;
    int m_slave = -1;
    QString m_path;
};

// Runs the CLI on `db`; standard output is the terminal when `onStdout`, else a pipe as usual.
// `out` is what reached the terminal (or the pipe).
CliRun runWithTerminal(Terminal& tty, const QString& db, const QStringList& args, bool onStdout)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("FUNNELDESK_DB"));
    process.setProcessEnvironment(env);
    if (onStdout) {
        const int slave = tty.slave();
        process.setChildProcessModifier([slave] { ::dup2(slave, STDOUT_FILENO); });
    }
    process.start(QStringLiteral(FUNNELDESK_CLI_PATH),
                  cliArguments(QStringList{QStringLiteral("--db"), db} + args));
    QByteArray shown;
    QElapsedTimer waited;
    waited.start();
    while (!process.waitForFinished(20)) {
        shown += tty.read(); // a terminal that is not read fills up and blocks the writer
        REQUIRE(waited.elapsed() < 120000);
    }
    shown += tty.read();
    CliRun run; // as finished() gives it, for a process that has ended already
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(shown + process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

CliRun ok(const QString& db, const QStringList& args)
{
    CliRun run = runCliOn(db, args);
    INFO(args.join(QLatin1Char(' ')).toStdString() << ": " << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run;
}

// A database with customer 1 and ticket 1, whose subject a rep then set to kHostile with psql
// (raw SQL: no FunnelDesk rule in between).
QString hostileDatabase(Scratch& scratch)
{
    const QString db = scratch.file(QStringLiteral("t.sqlite"));
    ok(db, {QStringLiteral("add"), QStringLiteral("customer"), QStringLiteral("--name"),
            QStringLiteral("Acme")});
    ok(db, {QStringLiteral("add"), QStringLiteral("ticket"), QStringLiteral("--customer"),
            QStringLiteral("1"), QStringLiteral("--subject"), QStringLiteral("Plain")});
    auto opened = openDatabase(db);
    allowAnyText(*opened); // on a server: a row from before 018_text_rule.sql
    auto q = opened->query("UPDATE ticket SET subject = ? WHERE id = 1");
    q->bind(1, kHostile);
    q->exec();
    return db;
}

// Nothing a terminal would obey: no C0 control but tab and line feed, no C1, no bidi control.
bool inert(const QString& text)
{
    return std::none_of(text.begin(), text.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7F && u <= 0x9F) ||
               (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
    });
}

} // namespace

TEST_CASE(
    "audit's CSV, export --out - and show's JSON show stored control text visibly on a terminal",
    "[cli][security]")
{
    Scratch scratch;
    const QString db = hostileDatabase(scratch);
    Terminal tty;

    const CliRun audit = runWithTerminal(tty, db, {QStringLiteral("audit")}, true);
    INFO(audit.err.toStdString() << "\n" << audit.out.toStdString());
    REQUIRE(audit.exitCode == 0);
    CHECK(inert(audit.out));
    CHECK(audit.out.contains(kShown));
    CHECK(audit.out.startsWith(QStringLiteral("id,at,agent_id,")));
    CHECK_FALSE(audit.out.contains(QLatin1Char('\r'))); // CRLF ends a line as LF there

    const CliRun exported = runWithTerminal(tty, db,
                                            {QStringLiteral("export"), QStringLiteral("tickets"),
                                             QStringLiteral("--out"), QStringLiteral("-")},
                                            true);
    REQUIRE(exported.exitCode == 0);
    CHECK(inert(exported.out));
    CHECK(exported.out.contains(kShown));

    // --out naming the terminal itself (as /dev/tty would) is a terminal all the same.
    const CliRun named = runWithTerminal(
        tty, db,
        {QStringLiteral("export"), QStringLiteral("tickets"), QStringLiteral("--out"), tty.path()},
        false);
    INFO(named.err.toStdString());
    REQUIRE(named.exitCode == 0);
    CHECK(inert(named.out));
    CHECK(named.out.contains(kShown));

    // JSON escapes the ESC itself (\u001b); the override is shown as a code.
    const CliRun json =
        runWithTerminal(tty, db,
                        {QStringLiteral("show"), QStringLiteral("ticket"), QStringLiteral("1"),
                         QStringLiteral("--format"), QStringLiteral("json")},
                        true);
    REQUIRE(json.exitCode == 0);
    CHECK(inert(json.out));
    CHECK(json.out.contains(QStringLiteral("<U+202E>fdp.exe")));
}

TEST_CASE("A pipe and a file get audit's and export's CSV byte for byte", "[cli][security]")
{
    Scratch scratch;
    const QString db = hostileDatabase(scratch);
    const QByteArray raw = kHostile.toUtf8();

    QProcess audit;
    audit.start(QStringLiteral(FUNNELDESK_CLI_PATH),
                cliArguments({QStringLiteral("--db"), db, QStringLiteral("audit")}));
    REQUIRE(audit.waitForFinished(120000));
    REQUIRE(audit.exitCode() == 0);
    const QByteArray piped = audit.readAllStandardOutput();
    CHECK(piped.contains(raw));
    CHECK(piped.contains("\r\n"));

    QProcess exportPipe;
    exportPipe.start(QStringLiteral(FUNNELDESK_CLI_PATH),
                     cliArguments({QStringLiteral("--db"), db, QStringLiteral("export"),
                                   QStringLiteral("tickets")}));
    REQUIRE(exportPipe.waitForFinished(120000));
    REQUIRE(exportPipe.exitCode() == 0);
    const QByteArray exported = exportPipe.readAllStandardOutput();
    CHECK(exported.contains(raw));

    const QString file = scratch.file(QStringLiteral("tickets.csv"));
    ok(db, {QStringLiteral("export"), QStringLiteral("tickets"), QStringLiteral("--out"), file});
    CHECK(fileBytes(file) == exported);
}

TEST_CASE(
    "add ticket --subject and stages set --reason refuse an ESC or a bidi override in one sentence",
    "[cli][security]")
{
    Scratch scratch;
    const QString db = scratch.file(QStringLiteral("r.sqlite"));
    ok(db, {QStringLiteral("add"), QStringLiteral("customer"), QStringLiteral("--name"),
            QStringLiteral("Acme")});
    const CliRun subject =
        runCliOn(db, {QStringLiteral("add"), QStringLiteral("ticket"), QStringLiteral("--customer"),
                      QStringLiteral("1"), QStringLiteral("--subject"), kHostile});
    requireOneSentence(
        subject, QStringLiteral("The ticket subject holds a control character, U+001B ESCAPE, at "
                                "character 4"));
    CHECK(inert(subject.err));

    const CliRun reason =
        runCliOn(db, {QStringLiteral("stages"), QStringLiteral("set"), QStringLiteral("1"),
                      QStringLiteral("retention"), QStringLiteral("--reason"),
                      QStringLiteral("Renewed ") + QChar(0x202E) + QStringLiteral("lanif")});
    requireOneSentence(
        reason, QStringLiteral("The reason holds U+202E RIGHT-TO-LEFT OVERRIDE at character 9"));
    const CliRun shown =
        ok(db, {QStringLiteral("show"), QStringLiteral("customer"), QStringLiteral("1")});
    CHECK_FALSE(shown.out.contains(QStringLiteral("lanif")));
}

TEST_CASE("import tickets removes a stray ESC from a subject and an assignee, says on which line, "
          "and keeps the row",
          "[cli][import][security]")
{
    Scratch scratch;
    const QString db = scratch.file(QStringLiteral("i.sqlite"));
    const QString csv = scratch.file(QStringLiteral("t.csv"));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("subject,customer_email,assignee,created_at\r\n"
               "Plain,a@x.example,Ann Lee,2026-03-01 10:00\r\n"
               "Hi \x1b[2Jthere,b@x.example,Dana\x1b"
               "Agent,2026-03-01 11:00\r\n");
    file.close();
    const CliRun imported = ok(db, {QStringLiteral("import"), QStringLiteral("tickets"), csv});
    INFO(imported.out.toStdString());
    CHECK(imported.out.contains(
        QStringLiteral("1 row held control characters or direction overrides (such as ESC "
                       "or U+202E), which were removed: line 3.")));
    const QJsonObject ticket =
        QJsonDocument::fromJson(
            ok(db, {QStringLiteral("show"), QStringLiteral("ticket"), QStringLiteral("2"),
                    QStringLiteral("--format"), QStringLiteral("json")})
                .out.toUtf8())
            .object();
    CHECK(ticket.value(QStringLiteral("subject")).toString() == QStringLiteral("Hi [2Jthere"));
    CHECK(ticket.value(QStringLiteral("assignee")).toString() == QStringLiteral("DanaAgent"));
}

TEST_CASE("team add refuses a login with a Cyrillic look-alike letter, naming it and its place",
          "[cli][postgres][team][security]")
{
    PgTestSchema schema;
    const CliRun made = runCliOn(cliDb(schema), {QStringLiteral("init")});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    const QString login = QString::fromUtf8("\xd0\xb0") + schema.name(); // U+0430, then ASCII
    const CliRun refused =
        runCliOn(cliDb(schema),
                 {QStringLiteral("team"), QStringLiteral("add"), QStringLiteral("--login"), login,
                  QStringLiteral("--name"), QStringLiteral("Alex Admin"), QStringLiteral("--role"),
                  QStringLiteral("rep"), QStringLiteral("--no-password")});
    requireOneSentence(
        refused,
        QStringLiteral("holds U+0430 at character 1; a login may hold only the letters a–z and "
                       "A–Z, digits and . _ - @"));
    pg::Connection admin = schema.connect();
    auto roles = admin.exec("SELECT count(*) FROM pg_roles WHERE rolname = $1", {login});
    REQUIRE(roles);
    CHECK(roles->text(0, 0) == QStringLiteral("0"));
}
