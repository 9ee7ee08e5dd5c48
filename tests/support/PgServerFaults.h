// The throwaway cluster's server stopped or paused under a test (issue 19, "PostgreSQL
// faults"), and always running again when the guard goes, whatever the test did: the later
// tests of the run share the cluster (tests/pg/with-cluster.sh exports FUNNELDESK_TEST_PG_CTL
// and FUNNELDESK_TEST_PG_DATA).
#pragma once

#include "support/PgTestSchema.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QString>

#include <csignal>
#include <sys/types.h>

namespace fd::test {

// `pg_ctl stop -m immediate` (the server dies at once, as in a crash) now; `pg_ctl start` at
// restart() or when the guard goes. What was committed before is flushed first: the throwaway
// cluster commits asynchronously (tests/pg/with-cluster.sh), and a crash would lose the last
// commits, which a real server's synchronous commit keeps.
class ServerStop {
public:
    ServerStop() : m_ctl(qEnvironmentVariable("FUNNELDESK_TEST_PG_CTL"))
    {
        REQUIRE_FALSE(m_ctl.isEmpty());
        pg::Connection flush = pgConnect();
        REQUIRE(flush.exec("CHECKPOINT"));
        REQUIRE(QProcess::execute(
                    QStringLiteral("sh"),
                    {QStringLiteral("-c"), m_ctl + QStringLiteral(" stop -m immediate")}) == 0);
    }
    ~ServerStop() { restart(); }
    ServerStop(const ServerStop&) = delete;
    ServerStop& operator=(const ServerStop&) = delete;
    bool restart()
    {
        if (!m_started)
            m_started =
                QProcess::execute(QStringLiteral("sh"),
                                  {QStringLiteral("-c"), m_ctl + QStringLiteral(" start -w")}) == 0;
        return m_started;
    }

private:
    QString m_ctl;
    bool m_started = false;
};

// SIGSTOP to the server and every process of it now (it answers nothing, its sockets stay
// open: a frozen host); SIGCONT at resume() or when the guard goes.
class ServerPause {
public:
    ServerPause()
    {
        QFile pidFile(qEnvironmentVariable("FUNNELDESK_TEST_PG_DATA") +
                      QStringLiteral("/postmaster.pid"));
        REQUIRE(pidFile.open(QIODevice::ReadOnly));
        m_pid = QString::fromLatin1(pidFile.readLine()).trimmed();
        REQUIRE_FALSE(m_pid.isEmpty());
        signal(QStringLiteral("STOP"));
        m_paused = true;
    }
    ~ServerPause() { resume(); }
    ServerPause(const ServerPause&) = delete;
    ServerPause& operator=(const ServerPause&) = delete;
    void resume()
    {
        if (m_paused)
            signal(QStringLiteral("CONT"));
        m_paused = false;
    }

private:
    void signal(const QString& name) const
    {
        // The postmaster and its children (the backends, the checkpointer, …).
        QProcess::execute(QStringLiteral("sh"),
                          {QStringLiteral("-c"),
                           QStringLiteral("kill -%1 %2; pkill -%1 -P %2").arg(name, m_pid)});
    }
    QString m_pid;
    bool m_paused = false;
};

} // namespace fd::test
