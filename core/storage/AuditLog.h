// The audit log's reads and its entries for bulk writes (issue 17). The entries of ordinary
// writes are made by triggers (storage/AuditSchema.h); this file adds what triggers cannot
// know: one entry for a bulk write, written while the triggers are paused.
#pragma once

#include "common/Result.h"
#include "domain/AuditEntry.h"

#include <QString>

#include <vector>

namespace fd {

class Database;

class AuditLog {
public:
    explicit AuditLog(Database& db) : m_db(db) {}

    // The entries `filter` selects, with each agent's current name. Errors: the database's
    // sentence.
    Result<std::vector<AuditEntry>> list(const AuditFilter& filter);

    // One 'bulk' entry: `operation` (e.g. "import") wrote `rows` rows to `table` ("*" for many
    // tables), by the connection's acting agent, now (UTC seconds). Inside the bulk write's
    // transaction, so that it lands with it or not at all. On a server the server writes it
    // (006_guard.sql's fd_audit_bulk: who is the login's agent, when the server's clock), and
    // only for a manager: a rep's writes are never paused and leave their entries row by row,
    // so a rep's call writes nothing. Throws SqlError.
    void recordBulk(const QString& operation, const QString& table, qint64 rows);

private:
    Database& m_db;
};

// While it lives, the connection's writes leave no audit entries (Database::setAuditPaused):
// for a bulk write that records itself with AuditLog::recordBulk. Nests: the state before it
// comes back when it goes. On a server the pause holds for transactions only (the one open now,
// and each begun while it lives; PgDatabase::setAuditPaused): a statement outside one is logged.
// Throws SqlError if a server cannot be told.
class AuditPause {
public:
    explicit AuditPause(Database& db);
    ~AuditPause();
    AuditPause(const AuditPause&) = delete;
    AuditPause& operator=(const AuditPause&) = delete;

private:
    Database& m_db;
    bool m_was;
};

} // namespace fd
