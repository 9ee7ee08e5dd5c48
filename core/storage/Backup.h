#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace fd {

class Database;

// Copies a live database with SQLite's online backup API: into a temporary name in the
// target's folder, checked with integrity_check, flushed, then renamed into place, so
// `target` is either a complete, sound copy or does not exist.
class Backup {
    Q_DECLARE_TR_FUNCTIONS(fd::Backup)

public:
    static Status save(Database& source, const QString& target);
};

} // namespace fd
