#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace fd {

class Database;

// `funneldesk-cli check`: on an SQLite file, SQLite's integrity_check, foreign_key_check and
// FTS5's index check against the tickets' text, and the rows whose times lie outside the years
// 1 to 9999 (another program's); on both backends, FunnelDesk's own invariants (stage history,
// summaries, daily counts, ticket touchpoints, first responses against the agents' replies) and
// the audit log's guards (issue 17): on a file each trigger of storage/AuditSchema.cpp is there
// with its text; on a server every trigger of the migrations is there, enabled and defined as a
// fresh init defines it (storage/postgres/PgGuards.h), each function that runs with the owner's
// rights still does and pins its search_path, the team's roles and logins hold no right beyond
// FunnelDesk's GRANTs (storage/postgres/PgRights.h), no login keeps the team's rights without an
// agent, every agent's login exists, and no id table is out of ids. Each
// problem is one sentence without its full stop, naming what is wrong and what that lets happen
// ("The audit trigger “x” on “t” is missing, so the changes it logs go unrecorded").
// An empty list means the database is sound. Errors: the database's sentence.
class IntegrityCheck {
    Q_DECLARE_TR_FUNCTIONS(fd::IntegrityCheck)

public:
    static Result<QStringList> run(Database& db);
};

} // namespace fd
