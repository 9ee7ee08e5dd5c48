// Takes a current file back to older schemas, for the migration tests, and reads its indexes.
#pragma once

#include "storage/Database.h"
#include "storage/Statement.h"

#include <QStringList>

#include <string>

namespace fd::test {

// The columns of `index`, in order ("<expr>" for an expression), or empty when there is no
// such index.
inline QStringList indexColumns(Database& db, const char* index)
{
    QStringList columns;
    auto q = db.query(std::string("SELECT coalesce(name, '<expr>') FROM pragma_index_info('") +
                      index + "') ORDER BY seqno");
    while (q->step())
        columns << q->text(0);
    return columns;
}

// Schema v17 → v16: the open tasks of each stage by due day and the triggers that keep them gone
// (issue 16, Step 10).
inline void downgradeToV16(Database& db)
{
    db.execute("DROP TRIGGER customer_stage_task_days; DROP TRIGGER customer_delete_task_days; "
               "DROP TRIGGER task_stage_day_insert; DROP TRIGGER task_stage_day_delete; "
               "DROP TRIGGER task_stage_day_update; DROP VIEW task_stage_day_change; "
               "DROP TABLE task_stage_day; PRAGMA user_version = 16;");
}

// Schema v13 → v12: v16 first (v16 back to v13 changed nothing that v12 had); then customer
// success's tables (health, its trend and band changes, tasks) and the survey index gone (issue
// 18). v12 back to v6 changed nothing in a file.
inline void downgradeToV12(Database& db)
{
    downgradeToV16(db);
    db.execute("DROP TABLE task; DROP TABLE health_band_change; DROP TABLE health_snapshot; DROP "
               "TABLE customer_health; "
               "DROP INDEX touchpoint_survey; PRAGMA user_version = 12;");
}

// Schema v13 → v5: v12 first; then the audit log and its triggers (storage/AuditSchema.h),
// agent.login (issue 17, team mode) and the edited rows' version columns (issue 17, "No lost
// updates") gone.
inline void downgradeToV5(Database& db)
{
    downgradeToV12(db);
    QStringList triggers;
    {
        auto q = db.query(
            "SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'audit%'");
        while (q->step())
            triggers << q->text(0);
    }
    for (const QString& trigger : triggers)
        db.execute(QByteArray("DROP TRIGGER \"" + trigger.toUtf8() + "\"").constData());
    db.execute(
        "DROP TABLE audit_log; DROP INDEX agent_login; ALTER TABLE agent DROP COLUMN login;");
    for (const char* table : {"agent", "customer", "contact", "ticket", "canned_reply"}) {
        for (const char* column : {"version", "changed_at", "changed_by"})
            db.execute((std::string("ALTER TABLE ") + table + " DROP COLUMN " + column).c_str());
    }
    db.execute("PRAGMA user_version = 5;");
}

// Schema v6 → v4: v5 first; then the reports' v5 indexes dropped, ticket_created as v3 made it,
// and the customers-list sort indexes with the id last again.
inline void downgradeToV4(Database& db)
{
    downgradeToV5(db);
    db.execute(
        "DROP INDEX contact_added; DROP INDEX customer_advocacy_candidate; DROP INDEX "
        "customer_id_name; "
        "DROP INDEX stage_transition_entry; DROP INDEX ticket_low_csat; DROP INDEX ticket_created; "
        "CREATE INDEX ticket_created ON ticket (created_at, id, customer_id, csat); ");
    db.execute(
        "DROP INDEX customer_name; DROP INDEX customer_company; DROP INDEX customer_last_touch; "
        "DROP INDEX customer_open_tickets; DROP INDEX customer_owner; DROP INDEX "
        "customer_funnel_order; "
        "CREATE INDEX customer_name ON customer (name COLLATE NOCASE, stage, status, owner_id, "
        "email, company); "
        "CREATE INDEX customer_company ON customer (company COLLATE NOCASE, stage, status, "
        "owner_id); "
        "CREATE INDEX customer_last_touch ON customer (last_touch_at, stage, status, owner_id); "
        "CREATE INDEX customer_open_tickets ON customer (open_tickets, stage, status, owner_id); "
        "CREATE INDEX customer_owner ON customer (owner_id, stage, status); "
        "CREATE INDEX customer_funnel_order ON customer ((CASE stage WHEN 'onboarding' THEN 0 "
        "WHEN 'post_sales' THEN 1 WHEN 'retention' THEN 2 ELSE 3 END), status, owner_id); "
        "PRAGMA user_version = 4;");
}

} // namespace fd::test
