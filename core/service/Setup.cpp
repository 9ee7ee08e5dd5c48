#include "service/Setup.h"

#include "storage/Database.h"
#include "storage/postgres/PgConnection.h"
#include "storage/postgres/PgSchema.h"
#include "storage/postgres/PgTeam.h"

#include <QDir>
#include <QFileInfo>

namespace fd::service {

namespace {

Result<QString> initFile(const QString& path)
{
    const QFileInfo file(path);
    if (file.exists() || file.isSymLink())
        return failure(Setup::tr("“%1” already exists; init makes a new FunnelDesk file and never "
                                 "touches one that exists.")
                           .arg(QDir::toNativeSeparators(path)));
    Database::Options options;
    options.access = Database::Access::ReadWrite; // a missing file is created with the schema
    auto db = Database::open(path, options);
    if (!db)
        return failure(db.error());
    return Setup::tr("Created a new, empty FunnelDesk file “%1”.")
        .arg(QDir::toNativeSeparators(path));
}

Result<QString> initServer(const Location& where, const Setup::PasswordPrompt& askPassword)
{
    pg::ConnectOptions options;
    options.askPassword = askPassword;
    auto conn = pg::Connection::open(where, options);
    if (!conn)
        return failure(conn.error());
    if (const Status made = pg::Schema::init(*conn); !made)
        return failure(made.error());
    // The login that ran init is the first manager, with an agent (issue 17, "Who is working").
    if (const Status claimed = pg::Team::claimOwner(*conn); !claimed)
        return failure(claimed.error());
    auto state = pg::Schema::inspect(*conn);
    if (!state)
        return failure(state.error());
    return Setup::tr("Created FunnelDesk's tables in schema “%1” of database “%2” (%3), with “%4” "
                     "as its first "
                     "manager.")
        .arg(state->schema, state->database, conn->display(), conn->user());
}

} // namespace

Result<QString> Setup::init(const Location& where, const PasswordPrompt& askPassword)
{
    return where.isServer() ? initServer(where, askPassword) : initFile(where.path());
}

} // namespace fd::service
