// For the GUI tests: a generated database to look at, and screenshots to look at it with.
#pragma once

#include "BackgroundTask.h"
#include "CurrentAgent.h"
#include "demo/Generator.h"
#include "storage/AgentRepository.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

namespace fd::test {

// A demo database generated at testNow() into the scratch folder.
inline QString demoFile(const Scratch& scratch, const QString& name, qint64 customers,
                        qint64 tickets, qint64 touchpoints)
{
    const QString path = scratch.file(name);
    auto db = openDatabase(path);
    GeneratorOptions options;
    options.customers = customers;
    options.tickets = tickets;
    options.touchpoints = touchpoints;
    REQUIRE(Generator::run(*db, options, FixedClock(testNow())));
    return path;
}

// The key CurrentAgent keeps "Me" under for the test's database `path` (databaseAt()): the
// path itself on SQLite, the schema's Location key on PostgreSQL (as the window asks for it).
inline QString agentKey(const QString& path)
{
    return onSqlite() ? path : databaseAt(path).key();
}

// Remembers the file's first agent as "Me", as a rep who answered "Who are you?" once:
// for tests of actions that need an agent but are not about choosing one.
inline void rememberFirstAgent(const QString& path)
{
    auto agents = AgentRepository(*openDatabase(path, Database::Access::ReadOnly)).all();
    REQUIRE(agents);
    REQUIRE_FALSE(agents->empty());
    CurrentAgent::remember(agentKey(path), agents->front().id);
}

// Waits for a background task (an import's check or run, an export) to finish, a minute at
// most; whether it succeeded.
inline bool succeeded(BackgroundTask* task)
{
    REQUIRE(task);
    QSignalSpy done(task, &BackgroundTask::finished);
    REQUIRE(done.wait(60000));
    return done.at(0).at(0).toBool();
}

// Saves the window as FUNNELDESK_SCREENSHOT_DIR/NAME.png (NAME-pg.png when the test's
// databases are on PostgreSQL, beside the SQLite run's), after pending layouts ran as they
// would before a person sees it.
inline void screenshot(QWidget& window, const QString& name)
{
    QTest::qWait(50);
    QDir().mkpath(QStringLiteral(FUNNELDESK_SCREENSHOT_DIR));
    const QString file =
        name + (backend() == Backend::Postgres ? QStringLiteral("-pg") : QString());
    REQUIRE(window.grab().save(
        QStringLiteral(FUNNELDESK_SCREENSHOT_DIR "/") + file + QStringLiteral(".png"), "PNG"));
}

} // namespace fd::test
