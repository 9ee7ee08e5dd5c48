#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace fd {

class Database;

// `funneldesk-cli check`: SQLite's integrity_check and foreign_key_check, then
// FunnelDesk's own invariants. An empty list means the file is sound.
class IntegrityCheck {
    Q_DECLARE_TR_FUNCTIONS(fd::IntegrityCheck)

public:
    static Result<QStringList> run(Database& db);
};

} // namespace fd
