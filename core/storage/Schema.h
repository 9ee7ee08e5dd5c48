#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace fd {

class Database;

// FunnelDesk's schema: identification (application_id), numbered cumulative
// migrations keyed on user_version, and the connection settings every open applies.
class Schema {
    Q_DECLARE_TR_FUNCTIONS(fd::Schema)

public:
    static constexpr int kApplicationId = 0x46446b31; // "FDk1"
    static constexpr int kVersion = 24;               // the newest schema this build knows

    // Identifies the file, refuses foreign or newer ones, migrates older ones (a backup
    // beside the file first, then every migration in one transaction: all or none), and
    // applies the connection pragmas. `isNew` marks a file open() has just created.
    // `asItIs`: a read-only open of an older file is accepted as it is, not refused (an input
    // that is never written: Options::upgrade false).
    static Status prepare(Database& db, bool isNew, bool asItIs = false);

    static int version(Database& db);

private:
    static void migrate(Database& db, int from);
};

} // namespace fd
