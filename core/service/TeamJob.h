// Work a team needs done once at a time, not once per open window (issue 17, "Once per
// team"): the SLA breach sweep, which every open window starts every minute, and the daily
// health recompute, which each window starts on open and on each new local day. On a server the
// first client to take a job's lock runs it and the others skip that turn; on a SQLite file
// nothing changes (the lock is always had).
#pragma once

#include "common/Result.h"
#include "common/TeamRights.h"

#include <QByteArray>

#include <optional>

namespace fd {

class Database;

class TeamJob {
public:
    // The SLA breach sweep (Tickets::sweepBreaches).
    static constexpr const char* kSlaSweep = "sla-sweep";
    // The window's daily health recompute (ui/HealthSweep.h: HealthEngine::recompute under it).
    static constexpr const char* kHealthRecompute = "health-recompute";

    // Takes `job`'s lock for the database `db` is on without waiting (Database::tryLockJob:
    // pg_try_advisory_lock on keys derived from the database, schema and job), held until the
    // TeamJob goes or its connection closes. nullopt: another client holds it now, so skip
    // the work this time. Errors: the database's sentence (ConnectionLost when it went away).
    static Result<std::optional<TeamJob>> take(Database& db, const char* job);

    // The other session that holds `job`'s lock now (Database::jobHolder): nullopt when none
    // does, and always on a SQLite file. A FunnelDesk window holds the sweep's lock only while
    // it sweeps (seconds), so a holder seen turn after turn is a session that keeps it (a login
    // in psql that took the keys), and no breach is recorded until it lets go.
    static Result<std::optional<JobHolder>> holder(Database& db, const char* job);

    TeamJob(TeamJob&& other) noexcept;
    TeamJob& operator=(TeamJob&& other) noexcept;
    TeamJob(const TeamJob&) = delete;
    TeamJob& operator=(const TeamJob&) = delete;
    ~TeamJob(); // releases the lock

private:
    TeamJob(Database& db, const char* job) : m_db(&db), m_job(job) {}
    void release() noexcept;

    Database* m_db = nullptr; // null once moved from
    QByteArray m_job;
};

} // namespace fd
