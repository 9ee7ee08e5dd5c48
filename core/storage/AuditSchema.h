// The audit log's schema on SQLite (issue 17, "Audit log, on both backends"): migration v6 of
// storage/Schema.cpp, kept in a file of its own. PostgreSQL's is
// storage/postgres/migrations/005_audit.sql; both make the same table.
//
// audit_log, one row per change of one field (or one row per added or removed row):
//   id           integer key, rising in the order entries were written
//   at           when, UTC seconds (the database's clock when the change was written)
//   agent_id     the acting agent (Database::actingAgent()), NULL when nobody was known; no
//                foreign key: an entry outlives its agent
//   login        PostgreSQL: the session_user that wrote it; NULL on SQLite
//   action       'insert', 'update', 'delete', or 'bulk' (one entry for a bulk write)
//   table_name   the changed row's table: agent, customer, contact, ticket, ticket_comment,
//                canned_reply, touchpoint or settings ('*' for a bulk write of many tables)
//   row_id       the changed row's id (NULL for settings, keyed by name, and for a bulk entry)
//   customer_id  the customer the row belongs to (for --customer and the History tab), if any
//   ticket_id    the ticket the row belongs to (a ticket, its replies, its touchpoints), if any
//   field        update: the column; settings: the key; insert/delete: NULL; bulk: the operation
//                ("import", "generate", "migrate", "recompute stages"; PostgreSQL also "pause":
//                a paused transaction that wrote no bulk entry of its own, 016_audit_pause.sql)
//   old_value    update/delete: the value before as text (a delete: the row's name, subject,
//                title or kind); NULL when it was NULL. bulk, PostgreSQL only: what the
//                transaction wrote while the log was paused and the triggers skipped, as
//                "table action" pairs ("ticket delete, customer insert"); NULL when nothing
//   new_value    update/insert: the value after as text (an insert: the row's name, subject,
//                title or kind); bulk: the number of rows written (NULL for "pause")
//
// What is logged, row by row, by triggers in the same transaction as the change: every
// insert, delete and change of a field people edit in agent, customer, contact, ticket,
// ticket_comment, canned_reply, touchpoint and settings. Columns the program derives (a
// customer's summary columns and stage_entered_at; a ticket's SLA clocks, first_response_at
// and solved_at) are not: their cause is logged. stage_transition is a log already and is not
// logged again; a manual move or pin shows as the customer's stage or stage_pinned changing.
// Bulk writes are not logged row by row: BulkLoad drops (SQLite) or disables (PostgreSQL) the
// triggers, and RowLoad's import and a recompute of many customers pause them
// (storage/AuditLog.h); each writes ONE 'bulk' entry naming the operation and its row count.
//
// The triggers read two functions that every FunnelDesk connection defines
// (storage/sqlite/SqliteDatabase.cpp): fd_audit_on(), 0 while the connection's audit is
// paused, and fd_audit_agent(), its acting agent or NULL. Another program writing these tables
// without them is refused ("no such function"): no change escapes the log that way.
// Entries cannot be changed or deleted: two triggers refuse UPDATE and DELETE of audit_log.
#pragma once

namespace fd {

extern const char kAuditMigrationSqlite[];

} // namespace fd
