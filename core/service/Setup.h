// Making a new, empty FunnelDesk database (issue 16, "New commands": `init`): a new SQLite file,
// or FunnelDesk's tables in an empty database on a PostgreSQL server. The CLI's `init` calls
// this; the GUI's New database… makes files through Database::open.
#pragma once

#include "common/Location.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

namespace fd::service {

class Setup {
    Q_DECLARE_TR_FUNCTIONS(fd::service::Setup)

public:
    // Asked once when a server wants a password that neither `where` nor libpq (PGPASSWORD,
    // ~/.pgpass) gave: where.display() goes in, the password (held in memory only) or nothing
    // (cancelled) comes out. Empty: never ask.
    using PasswordPrompt = std::function<std::optional<QString>(const QString& display)>;

    // Creates FunnelDesk's schema at `where`, all of it or nothing. Value: one sentence for
    // the user saying what was made and where.
    // - A file: a new FunnelDesk file at where.path(), in a folder that exists. Refuses a
    //   path where anything exists already: init never touches an existing file.
    // - A server: the tables in the database's current schema (search_path), which must be
    //   empty (PgSchema::init); the login that runs it is the first manager, with an agent
    //   named after it (pg::Team::claimOwner). Refuses, one sentence each: the server's own
    //   refusals (not running, wrong password, no such database, no right to connect:
    //   pg::Connection), a database that holds anything else, one that holds FunnelDesk already,
    //   and a role without the right to create tables there.
    static Result<QString> init(const Location& where, const PasswordPrompt& askPassword = {});
};

} // namespace fd::service
