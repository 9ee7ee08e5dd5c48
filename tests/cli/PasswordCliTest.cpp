// A password given in --db or FUNNELDESK_DB never reaches funneldesk-cli's stderr or stdout,
// in whatever form it was given (hostile tester: the URI query's ?password=, a userinfo
// password with a bad percent-escape that libpq echoed, PASSWORD= in other cases, an
// unterminated quote taken for a file path), nor stays readable in /proc/PID/cmdline (ps).
// The [postgres] case runs only through tests/pg/with-cluster.sh.
#include "support/CliRun.h"
#include "support/SilentServer.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#ifdef Q_OS_LINUX
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace fd;
using namespace fd::test;

namespace {

const QString kSecret = QStringLiteral("Zq9Secret7Pw");

// Every form the tester used, on `port` (where nothing need listen: each is refused, or fails
// to connect, before a password could matter).
QStringList passwordForms(const QString& secret, int port)
{
    const QString p = QString::number(port);
    return {
        QStringLiteral("postgresql://funneldesk@127.0.0.1:%1/funneldesk_test?password=%2&bogus=1")
            .arg(p, secret),
        QStringLiteral("postgresql://funneldesk@127.0.0.1:%1/funneldesk_test?PassWord=%2&bogus=1")
            .arg(p, secret),
        QStringLiteral("postgresql://funneldesk:%2%zz@127.0.0.1:%1/funneldesk_test").arg(p, secret),
        QStringLiteral("postgresql://funneldesk:%2@127.0.0.1:%1/funneldesk_test?bogus=1")
            .arg(p, secret),
        QStringLiteral("host=127.0.0.1 port=%1 dbname=funneldesk_test PASSWORD=%2 bogus=1")
            .arg(p, secret),
        QStringLiteral("host=127.0.0.1 port=%1 dbname=funneldesk_test Password='%2' bogus=1")
            .arg(p, secret),
        QStringLiteral("host=127.0.0.1 port=%1 dbname=funneldesk_test password='%2").arg(p, secret),
        QStringLiteral("mysql://funneldesk:%2@127.0.0.1:%1/funneldesk_test").arg(p, secret),
    };
}

void requireNoSecret(const CliRun& run, const QString& secret)
{
    INFO(run.err.toStdString());
    CHECK(run.exitCode != 0);
    CHECK_FALSE(run.err.isEmpty());
    CHECK_FALSE(run.err.contains(secret));
    CHECK_FALSE(run.out.contains(secret));
    CHECK_FALSE(run.err.contains(QLatin1String("does not exist"))); // never taken for a file
}

} // namespace

TEST_CASE("No form of a password in --db or FUNNELDESK_DB reaches stderr or stdout",
          "[cli][server][password]")
{
    for (const QString& text : passwordForms(kSecret, 1)) {
        INFO(text.toStdString());
        requireNoSecret(runCliOn(text, {QStringLiteral("stats")}), kSecret);
        QProcessEnvironment env;
        env.insert(QStringLiteral("FUNNELDESK_DB"), text);
        requireNoSecret(runCli({QStringLiteral("stats")}, env), kSecret);
        // --db given twice, differently: the sentence quotes both.
        requireNoSecret(runCli({QStringLiteral("--db"), text, QStringLiteral("--db=x.sqlite"),
                                QStringLiteral("stats")}),
                        kSecret);
        // migrate's --to is read by the same rule (from a file, on either backend's pass).
        const test::FilesAsFiles files;
        Scratch scratch;
        const QString from = scratch.file(QStringLiteral("from.sqlite"));
        REQUIRE(runCliOn(from, {QStringLiteral("init")}).exitCode == 0);
        requireNoSecret(runCliOn(from, {QStringLiteral("migrate"), QStringLiteral("--to"), text}),
                        kSecret);
    }
    // Text libpq reads, on a port where no server listens: its words, the password masked.
    for (const QString& text :
         {QStringLiteral("host=127.0.0.1 port=1 dbname=x PASSWORD=%1").arg(kSecret),
          QStringLiteral("postgresql://u:%1@127.0.0.1:1/x").arg(kSecret),
          QStringLiteral("postgresql://u@127.0.0.1:1/x?password=%1").arg(kSecret)}) {
        INFO(text.toStdString());
        requireNoSecret(runCliOn(text, {QStringLiteral("stats")}), kSecret);
    }
}

TEST_CASE("No form of the server's password reaches stderr or stdout", "[cli][postgres][password]")
{
    const QString secret = qEnvironmentVariable("FUNNELDESK_TEST_PG_PASSWORD");
    REQUIRE_FALSE(secret.isEmpty());
    const int port = qEnvironmentVariableIntValue("FUNNELDESK_TEST_PG_PORT");
    for (const QString& text : passwordForms(secret, port)) {
        INFO(text.toStdString());
        requireNoSecret(runCliOn(text, {QStringLiteral("stats")}), secret);
    }
    // A wrong password, in each case of the key, is refused by the server: no echo of it.
    for (const QString& text :
         {QStringLiteral(
              "host=127.0.0.1 port=%1 user=funneldesk dbname=funneldesk_test PASSWORD=%2")
              .arg(port)
              .arg(kSecret),
          QStringLiteral("postgresql://funneldesk@127.0.0.1:%1/funneldesk_test?Password=%2")
              .arg(port)
              .arg(kSecret)}) {
        INFO(text.toStdString());
        requireNoSecret(runCliOn(text, {QStringLiteral("stats")}), kSecret);
    }
}

#ifdef Q_OS_LINUX
TEST_CASE("A running funneldesk-cli's /proc/PID/cmdline holds no password",
          "[cli][server][password]")
{
    // A "server" that takes the connection and never answers: the CLI waits in libpq, after
    // its arguments were read, long enough to look at it as ps would.
    const test::SilentServer server;
    const int silent = server.fd();
    const QString port = server.port();
    for (const QStringList& args :
         {QStringList{
              QStringLiteral("--db"),
              QStringLiteral("postgresql://funneldesk:%1@127.0.0.1:%2/fd?connect_timeout=30")
                  .arg(kSecret, port),
              QStringLiteral("stats")},
          QStringList{QStringLiteral(
                          "--db=host=127.0.0.1 port=%2 dbname=fd connect_timeout=30 password='%1'")
                          .arg(kSecret, port),
                      QStringLiteral("stats")},
          QStringList{
              QStringLiteral("--db"),
              QStringLiteral("postgresql://u@127.0.0.1:%2/fd?connect_timeout=30&password=%1")
                  .arg(kSecret, port),
              QStringLiteral("stats")}}) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("FUNNELDESK_DB"));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(FUNNELDESK_CLI_PATH), args);
        REQUIRE(cli.waitForStarted());
        pollfd waiting{silent, POLLIN, 0};
        REQUIRE(::poll(&waiting, 1, 20000) == 1); // the CLI is past its arguments
        const int socket = ::accept(silent, nullptr, nullptr);
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(cli.processId()));
        REQUIRE(cmdline.open(QIODevice::ReadOnly));
        const QByteArray seen = cmdline.readAll();
        INFO(QString::fromUtf8(seen).replace(QLatin1Char('\0'), QLatin1Char(' ')).toStdString());
        CHECK_FALSE(seen.isEmpty());
        CHECK_FALSE(seen.contains(kSecret.toUtf8()));
        CHECK_FALSE(seen.contains("Zq9"));
        CHECK(seen.contains("stats")); // the rest is still there for ps
        CHECK(seen.contains("127.0.0.1"));
        cli.kill();
        cli.waitForFinished();
        ::close(socket);
    }
}
#endif
