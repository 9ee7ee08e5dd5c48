#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace fd {

class Database;

// `funneldesk-cli check`: on an SQLite file, SQLite's integrity_check, foreign_key_check and
// FTS5's index check; on both backends, FunnelDesk's own invariants (stage history, summaries,
// daily counts, ticket touchpoints) and the audit log's guards (issue 17): on a file each
// trigger of storage/AuditSchema.cpp is there with its text; on a server each audit and
// authorship trigger of migrations 005_audit.sql and 006_guard.sql is there, enabled and
// calling its function, and the rep role may not INSERT into audit_log. Each problem is one
// sentence without its full stop, naming what is wrong ("The audit trigger “x” is missing, …").
// An empty list means the database is sound. Errors: the database's sentence.
class IntegrityCheck {
    Q_DECLARE_TR_FUNCTIONS(fd::IntegrityCheck)

public:
    static Result<QStringList> run(Database& db);
};

} // namespace fd
