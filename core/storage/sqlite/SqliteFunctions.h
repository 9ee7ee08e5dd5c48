// The SQL functions FunnelDesk's SQLite schema calls, registered on every connection
// (SqliteDatabase::open):
//   fd_email_key(text)  Validation::emailKey in SQL (issue 14 §3): the key an index and a
//                       duplicate check compare emails by; NULL stays NULL
//   fd_audit_on()       1, or 0 while the connection's audit is paused (storage/AuditSchema.h)
//   fd_audit_agent()    the connection's acting agent's id, or NULL
#pragma once

struct sqlite3;

namespace fd {

class Database;

// Registers the three on `raw`; the audit functions ask `self` (which outlives `raw`).
// SQLite's result code: SQLITE_OK, or why one could not be registered.
int registerSqlFunctions(sqlite3* raw, Database* self);

} // namespace fd
