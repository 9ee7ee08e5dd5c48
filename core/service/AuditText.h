// The audit log in words for people (issues 16/17 hostile pass): the History tabs and
// `funneldesk-cli audit --format table` show an entry as the detail panes would, never as it is
// stored. CSV and JSON (`audit --format csv|json`) keep the stored values: column names,
// enum names, agent ids, UTC seconds; storage/AuditSchema.h documents them.
#pragma once

#include "domain/AuditEntry.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace fd::service {

// Agent names by id, active or not: what turns an owner_id, assignee_id or author into a name.
using AgentNames = QHash<qint64, QString>;

class AuditText {
    Q_DECLARE_TR_FUNCTIONS(fd::service::AuditText)

public:
    // The label the detail pane or its dialog gives a stored column of `table`: customer
    // owner_id is "Owner", since "First sale", stage_pinned "Pinned"; ticket assignee_id
    // "Assignee"; a touchpoint's occurred_at "When". A settings key, or a column not known,
    // as stored.
    static QString fieldLabel(const QString& table, const QString& field);
    // A stored value as the pane shows it: enum names in their displayed words ("on_hold" is
    // "On hold", "post_sales" "Post-sales"), 0/1 flags as No/Yes, an agent id as the agent's
    // name (an id `names` lacks: "agent #7", removed since), UTC seconds as a local date and
    // time, a day as YYYY-MM-DD, another row's id as "#12"; line breaks as spaces; NULL as
    // "(empty)".
    static QString value(const QString& table, const QString& field, const QString& stored,
                         const AgentNames& names);
    // The change: "Status: Open → Solved", "Added: Login fails", "Removed: Acme",
    // "Import: 1,200 rows", "sla.urgent.first_response set to 2". A bulk entry that notes what
    // its transaction wrote while the log was paused (PostgreSQL, 016_audit_pause.sql) says so:
    // "Import: 2 rows; not logged one by one: customers added", "Audit log paused; not logged
    // one by one: tickets removed".
    static QString change(const AuditEntry& entry, const AgentNames& names);
    // Who made it: the agent's name (or "agent #7"), with the server login when one was
    // recorded and differs from it ("Ann Lee (ann)"); the login alone when no agent was known;
    // "(unknown — bulk load)" for a bulk write nobody was known for, else "(unknown)".
    static QString who(const AuditEntry& entry);
    // Which row: "Customer #5" ("Customer" when `withCustomerId` is false: the customer's own
    // pane), "Ticket #12", "Reply on #12", "Touchpoint #40", "Contact #3", "Agent #2",
    // "Canned reply #1", "Settings", "Every table" for a bulk write of many.
    static QString where(const AuditEntry& entry, bool withCustomerId = true);
};

} // namespace fd::service
