// How a FunnelDesk database is opened (issue 16): the backend kinds, read or write, and the
// options of opening. The storage layer opens with them (storage/Database.h, whose
// Database::Options, Backend and Access are these), and the GUI and the CLI name them through
// service/Session.h without including any storage header.
#pragma once

#include <QString>

#include <functional>
#include <optional>

namespace fd {

enum class DatabaseBackend { Sqlite, Postgres };
enum class DatabaseAccess { ReadOnly, ReadWrite };

// How long a statement waits for another connection's lock when no timeout is given, in
// milliseconds: FUNNELDESK_BUSY_TIMEOUT_MS (0 or more) or 5000.
int defaultBusyTimeoutMs();

struct DatabaseOptions {
    DatabaseAccess access = DatabaseAccess::ReadWrite;
    int busyTimeoutMs = defaultBusyTimeoutMs();
    bool createIfMissing = true;
    // Creates a missing folder too: for FunnelDesk's own default location only
    // (DataLocation.h). A path the user names must be in a folder that exists, else
    // open() says which folder is missing (issue 14 §1: nothing is created by mistake).
    bool createFolder = false;
    // Reads through a memory map (fast scans for bulk work) or through SQLite's bounded
    // page cache only: a long-running window keeps its resident memory small.
    bool mapMemory = true;
    // A server's password, asked once when the server wants one that neither the Location
    // nor libpq's PGPASSWORD and ~/.pgpass give: the Location's display() goes in, the
    // password or nothing (cancelled) comes out. It is never written anywhere. Empty: never
    // ask. A file ignores it.
    std::function<std::optional<QString>(const QString& display)> askPassword = {};
};

} // namespace fd
