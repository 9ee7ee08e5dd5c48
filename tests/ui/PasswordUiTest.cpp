// The window's --db route (hostile tester, password Zq9Secret7Pw): no form of a password in
// --db or FUNNELDESK_DB reaches what funneldesk prints, and a running funneldesk's
// /proc/PID/cmdline (what ps shows) holds none. The CLI's: tests/cli/PasswordCliTest.cpp.
#include "support/SilentServer.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
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

namespace {

const QString kSecret = QStringLiteral("Zq9Secret7Pw");

QProcessEnvironment guiEnvironment(const QString& home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("FUNNELDESK_DB"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

} // namespace

TEST_CASE("No form of a password in the window's --db or FUNNELDESK_DB reaches what it prints",
          "[ui][password][startfile]")
{
    test::Scratch scratch;
    const QString home = scratch.file(QStringLiteral("home"));
    REQUIRE(QDir().mkpath(home));
    const QStringList forms = {
        QStringLiteral("postgresql://funneldesk@127.0.0.1:1/funneldesk_test?password=%1&bogus=1")
            .arg(kSecret),
        QStringLiteral("postgresql://funneldesk:%1%zz@127.0.0.1:1/funneldesk_test").arg(kSecret),
        QStringLiteral("host=127.0.0.1 port=1 dbname=funneldesk_test PASSWORD=%1 bogus=1")
            .arg(kSecret),
        QStringLiteral("host=127.0.0.1 port=1 dbname=funneldesk_test password='%1").arg(kSecret),
        // libpq reads it, and cannot reach the server: its words, without the password.
        QStringLiteral("host=127.0.0.1 port=1 dbname=funneldesk_test Password=%1").arg(kSecret),
    };
    for (const QString& text : forms) {
        for (const bool viaEnvironment : {false, true}) {
            INFO(text.toStdString() << (viaEnvironment ? " in FUNNELDESK_DB" : " in --db"));
            QProcess gui;
            QProcessEnvironment env = guiEnvironment(home);
            QStringList args = {QStringLiteral("--screenshot"),
                                scratch.file(QStringLiteral("shot.png"))};
            if (viaEnvironment)
                env.insert(QStringLiteral("FUNNELDESK_DB"), text);
            else
                args << QStringLiteral("--db") << text;
            gui.setProcessEnvironment(env);
            gui.start(QStringLiteral(FUNNELDESK_GUI_PATH), args);
            REQUIRE(gui.waitForFinished(120000));
            const QString err = QString::fromUtf8(gui.readAllStandardError());
            const QString out = QString::fromUtf8(gui.readAllStandardOutput());
            INFO(err.toStdString());
            CHECK(gui.exitCode() == 1);
            CHECK_FALSE(err.isEmpty());
            CHECK_FALSE(err.contains(QLatin1String("Zq9")));
            CHECK_FALSE(out.contains(QLatin1String("Zq9")));
            CHECK_FALSE(err.contains(QLatin1String("does not exist")));
        }
    }
    // Nothing of it was remembered either (Open recent, the settings).
    QFile settings(home + QStringLiteral("/config/FunnelDesk/funneldesk.conf"));
    if (settings.open(QIODevice::ReadOnly))
        CHECK_FALSE(settings.readAll().contains("Zq9"));
}

#ifdef Q_OS_LINUX
TEST_CASE("A running funneldesk's /proc/PID/cmdline holds no password", "[ui][password][startfile]")
{
    test::Scratch scratch;
    const QString home = scratch.file(QStringLiteral("home"));
    REQUIRE(QDir().mkpath(home));
    // A "server" that takes the connection and never answers: the window waits for it, after
    // its arguments were read.
    const test::SilentServer server;
    const int silent = server.fd();
    const QString port = server.port();

    QProcess gui;
    gui.setProcessEnvironment(guiEnvironment(home));
    gui.start(QStringLiteral(FUNNELDESK_GUI_PATH),
              {QStringLiteral("--db"),
               QStringLiteral("postgresql://funneldesk:%1@127.0.0.1:%2/fd?connect_timeout=30")
                   .arg(kSecret, port)});
    REQUIRE(gui.waitForStarted());
    pollfd waiting{silent, POLLIN, 0};
    REQUIRE(::poll(&waiting, 1, 30000) == 1);
    const int socket = ::accept(silent, nullptr, nullptr);
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(gui.processId()));
    REQUIRE(cmdline.open(QIODevice::ReadOnly));
    const QByteArray seen = cmdline.readAll();
    INFO(QString::fromUtf8(seen).replace(QLatin1Char('\0'), QLatin1Char(' ')).toStdString());
    CHECK_FALSE(seen.isEmpty());
    CHECK_FALSE(seen.contains("Zq9"));
    CHECK(seen.contains("127.0.0.1"));
    gui.kill();
    gui.waitForFinished();
    ::close(socket);
}
#endif
