// Moving a FunnelDesk database to another place and backend (issue 16, "New commands":
// `funneldesk-cli --db SOURCE migrate --to TARGET`; plan §3a Transfers, R8): a local file into
// an empty database on a PostgreSQL server, a server's database into a new file, or a file
// into a new file. The CLI calls only this; the rows are copied by storage/CopyAll.
#pragma once

#include "common/Location.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace fd::service {

class Migrate {
    Q_DECLARE_TR_FUNCTIONS(fd::service::Migrate)

public:
    // As Setup::PasswordPrompt: asked once for a server that wants a password nobody gave.
    using PasswordPrompt = std::function<std::optional<QString>(const QString& display)>;
    // Rows copied so far and rows in all; called after each batch (a few thousand rows).
    using Progress = std::function<void(qint64 done, qint64 total)>;

    struct Table {
        QString name; // the table's name in both backends, e.g. "ticket"
        qint64 rows = 0;
    };
    struct Report {
        std::vector<Table> tables; // every table, parents first
        qint64 rows = 0;           // their sum
        qint64 milliseconds = 0;   // from opening the source to the target's commit (and rename)
        QString target;            // target.display()
        // A server target: the login that ran the migrate, its first manager (issue 17), and its
        // agent's name; ownerAdded: that agent was added (the source had no agent of the login's
        // name), so the copy holds one agent more than the source. Empty for a file target.
        QString owner;
        QString ownerAgent;
        bool ownerAdded = false;
        // The login the copied agent of the owner's name had (a file from another server),
        // replaced by the owner's; empty when it had none (pg::Team::claimOwnerAgent).
        QString ownerFormerLogin;
        // A server target: the active agents without a login (those copied from a file), whom
        // `team add --agent` gives one.
        qint64 agentsWithoutLogin = 0;
        // A server target: the copied agents whose login this server does not have, copied
        // without it, as "Name (login)" (pg::Team::claimOwnerAgent); counted in
        // agentsWithoutLogin too when active.
        QStringList loginsLeftOut;
    };

    // Copies every row of the FunnelDesk database at `source` into `target`, all or nothing:
    // one transaction on the target, committed only after `check` (Maintenance::check) found
    // nothing wrong in it; a file target is written under a temporary name in its folder
    // ("NAME.migrating-PID", registered with TemporaryFiles so a signal removes it) and renamed
    // into place at the end (what a run killed outright left there, its process gone, is removed
    // first). Ids are kept; on a server each id sequence continues after the
    // highest id. Summaries are copied as they are (storage/CopyAll.h). On a server the login
    // that runs the migrate is the first manager with an agent, in the copy's transaction: the
    // agent of its login, else the agent of its name (any case; taken to be the same person,
    // even when the file names another login for it: Report::ownerFormerLogin), else a new
    // manager agent named after it (pg::Team::claimOwnerAgent; Report::owner says which).
    // - target a file: it must not exist (nothing is ever written over), in a folder that exists;
    // - target a server: the database's current schema must be empty (FunnelDesk's schema is
    //   then created there as `init` does, pg::Schema::init) or hold FunnelDesk's schema of the
    //   source's version with no rows (made by `init`; init's owner agent and its audit entries
    //   count as none and are dropped in the copy's transaction, pg::Team::ownerRows).
    // Refuses, one sentence each and writing nothing: a source that does not open (the
    // database's or the server's own sentence, unchanged: not running, wrong password, no such
    // database, not FunnelDesk's, newer schema, no rights); a target that exists or holds
    // anything; a target of another schema version than the source's; source and target the
    // same. Any error during the copy, and `*cancelled` (checked every batch), roll it all back
    // with one sentence saying nothing was written.
    // A schema made here is committed by init on its own (pg::Schema::init); when the copy
    // then fails or is cancelled it is dropped again (pg::Schema::dropEmpty), so the schema is
    // empty as it was. Only a process killed outright between the two leaves that empty
    // FunnelDesk schema behind (a later migrate accepts it: FunnelDesk's, without rows).
    static Result<Report> run(const Location& source, const Location& target,
                              const PasswordPrompt& askPassword = {}, const Progress& progress = {},
                              const std::atomic_bool* cancelled = nullptr);
};

} // namespace fd::service
