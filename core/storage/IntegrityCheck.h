#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace fd {

class Database;

// `funneldesk-cli check`: on an SQLite file, SQLite's integrity_check, foreign_key_check and
// FTS5's index check; on both backends, FunnelDesk's own invariants (stage history, summaries,
// daily counts, ticket touchpoints). An empty list means the database is sound.
class IntegrityCheck {
    Q_DECLARE_TR_FUNCTIONS(fd::IntegrityCheck)

public:
    static Result<QStringList> run(Database& db);
};

} // namespace fd
