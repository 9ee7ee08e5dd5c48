#pragma once

// Runs funneldesk-cli (FUNNELDESK_CLI_PATH, set by tests/CMakeLists.txt for the CLI
// tests) as a user would, and keeps what it said.
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace fd::test {

struct CliRun {
    int exitCode = -1; // -2: it crashed
    QString out;
    QString err;
};

// What a started process said, once it has ended (two minutes at most), or had ended already.
inline CliRun finished(QProcess& process)
{
    REQUIRE((process.state() == QProcess::NotRunning || process.waitForFinished(120000)));
    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// FUNNELDESK_DB is unset and the busy timeout short, unless `extra` says otherwise. The test's
// databases are on the tests' backend (TestSupport.h): every --db and FUNNELDESK_DB value goes
// through databaseArgument().
inline CliRun runCli(const QStringList& args, const QProcessEnvironment& extra = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("FUNNELDESK_DB"));
    env.insert(QStringLiteral("FUNNELDESK_BUSY_TIMEOUT_MS"), QStringLiteral("200"));
    for (const QString& key : extra.keys())
        env.insert(key, key == QLatin1String("FUNNELDESK_DB") ? databaseArgument(extra.value(key))
                                                              : extra.value(key));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(FUNNELDESK_CLI_PATH), cliArguments(args));
    return finished(process);
}

// Starts funneldesk-cli with `args` in `process` and returns at once, for a test that acts while
// the command waits (for a lock another session of the test holds): FUNNELDESK_DB unset, and a
// busy timeout of `busyTimeoutMs`, long enough that the command waits instead of giving up.
// finished(process) collects what it said.
inline void startCli(QProcess& process, const QStringList& args, int busyTimeoutMs)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("FUNNELDESK_DB"));
    env.insert(QStringLiteral("FUNNELDESK_BUSY_TIMEOUT_MS"), QString::number(busyTimeoutMs));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(FUNNELDESK_CLI_PATH), cliArguments(args));
}

// runCli() on the database `db` (`--db db` first).
inline CliRun runCliOn(const QString& db, const QStringList& args,
                       const QProcessEnvironment& extra = {})
{
    return runCli(QStringList{QStringLiteral("--db"), db} + args, extra);
}

// The error contract of PRODUCT.md §5: exit 1, one line on stderr, nothing on stdout.
inline void requireOneSentence(const CliRun& run, const QString& fragment)
{
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.err.trimmed().count(QLatin1Char('\n')) == 0);
    CHECK(run.err.contains(fragment));
    CHECK(run.out.isEmpty());
}

} // namespace fd::test
