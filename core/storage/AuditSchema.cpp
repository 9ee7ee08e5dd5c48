#include "storage/AuditSchema.h"

namespace fd {

// v6: the audit log (storage/AuditSchema.h says what it holds and why).
const char kAuditMigrationSqlite[] = R"sql(
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          INTEGER NOT NULL,
    agent_id    INTEGER,
    login       TEXT,
    action      TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'bulk')),
    table_name  TEXT NOT NULL,
    row_id      INTEGER,
    customer_id INTEGER,
    ticket_id   INTEGER,
    field       TEXT,
    old_value   TEXT,
    new_value   TEXT
);
-- A customer's or a ticket's history, newest first; the whole log by time.
CREATE INDEX audit_log_customer ON audit_log (customer_id, at) WHERE customer_id IS NOT NULL;
CREATE INDEX audit_log_ticket ON audit_log (ticket_id, at) WHERE ticket_id IS NOT NULL;
CREATE INDEX audit_log_at ON audit_log (at);

-- Entries are added, never changed or removed.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'The audit log cannot be changed: its entries are only ever added.');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'The audit log cannot be changed: its entries are only ever added.');
END;

-- Settings are keyed by name: the key is the field.
CREATE TRIGGER audit_settings_insert AFTER INSERT ON settings WHEN fd_audit_on() BEGIN
    INSERT INTO audit_log (at, agent_id, action, table_name, field, new_value)
    VALUES (unixepoch(), fd_audit_agent(), 'insert', 'settings', new.key, new.value);
END;
CREATE TRIGGER audit_settings_update AFTER UPDATE ON settings
WHEN fd_audit_on() AND (old.key IS NOT new.key OR old.value IS NOT new.value) BEGIN
    INSERT INTO audit_log (at, agent_id, action, table_name, field, old_value, new_value)
    VALUES (unixepoch(), fd_audit_agent(), 'update', 'settings', new.key, old.value, new.value);
END;
CREATE TRIGGER audit_settings_delete AFTER DELETE ON settings WHEN fd_audit_on() BEGIN
    INSERT INTO audit_log (at, agent_id, action, table_name, field, old_value)
    VALUES (unixepoch(), fd_audit_agent(), 'delete', 'settings', old.key, old.value);
END;

-- Row by row, each table's rows people edit (storage/AuditSchema.h says which columns).
CREATE TRIGGER audit_agent_insert AFTER INSERT ON agent WHEN fd_audit_on() BEGIN
    INSERT INTO audit_log (at, agent_id, action, table_name, row_id, customer_id, ticket_id, field,
        old_value, new_value)
    VALUES (unixepoch(), fd_audit_agent(), 'insert', 'agent', new.id, NULL, NULL, NULL, NULL,
        new.name);
END;
CREATE TRIGGER audit_agent_update AFTER UPDATE OF name, email, role, active
ON agent WHEN fd_audit_on() BEGIN
    INSERT INTO audit_log (at, agent_id, action, table_name, row_id, customer_id, ticket_id, field,
        old_value, new_value)
    SELECT unixepoch(), fd_audit_agent(), 'update', 'agent', new.id, NULL, NULL, f, o, n
    FROM (SELECT 'name' AS f, old.name AS o, new.name AS n
            UNION ALL SELECT 'email', old.email, new.email
            UNION ALL SELECT 'role', old.role, new.role
            UNION ALL SELECT 'active', old.active, new.active)
    WHERE o IS NOT n;
END;
CREATE TRIGGER audit_agent_delete AFTER DELETE ON agent WHEN fd_audit_on() BEGIN
    INSERT INTO audit_log (at, agent_id, action, table_name, row_id, customer_id, ticket_id, field,
        old_value, new_value)
    VALUES (unixepoch(), fd_audit_agent(), 'delete', 'agent', old.id, NULL, NULL, NULL,
        old.name, NULL);
END;
CREATE TRIGGER audit_customer_insert AFTER INSERT ON customer WHEN fd_audit_on() BEGIN
    INSERT INTO audit_log (at, agent_id, action, table_name, row_id, customer_id, ticket_id, field,
        old_value, new_value)
    VALUES (unixepoch(), fd_audit_agent(), 'insert', 'customer', new.id, new.id, NULL, NULL, NULL,
        new.name);
END;
CREATE TRIGGER audit_customer_update AFTER UPDATE OF name, email, company, plan, owner_id, since, status, stage, stage_pinned, tags, notes
ON customer WHEN fd_audit_on() BEGIN
    INSERT INTO audit_log (at, agent_id, action, table_name, row_id, customer_id, ticket_id, field,
        old_value, new_value)
    SELECT unixepoch(), fd_audit_agent(), 'update', 'customer', new.id, new.id, NULL, f, o, n
    FROM (SELECT 'name' AS f, old.name AS o, new.name AS n
            UNION ALL SELECT 'email', old.email, new.email
            UNION ALL SELECT 'company', old.company, new.company
            UNION ALL SELECT 'plan', old.plan, new.plan
            UNION ALL SELECT 'owner_id', old.owner_id, new.owner_id
            UNION ALL SELECT 'since', old.since, new.since
            UNION ALL SELECT 'status', old.status, new.status
            UNION ALL SELECT 'stage', old.stage, new.stage
            UNION ALL SELECT 'stage_pinned', old.stage_pinned, new.stage_pinned
            UNION ALL SELECT 'tags', old.tags, new.tags
            UNION ALL SELECT 'notes', old.notes, new.notes)
    WHERE o IS NOT n;
END;
CREATE TRIGGER audit_customer_delete AFTER DELETE ON customer WHEN fd_audit_on() BEGIN
    INSERT INTO audit_log (at, agent_id, action, table_name, row_id, customer_id, ticket_id, field,
        old_value, new_value)
    VALUES (unixepoch(), fd_audit_agent(), 'delete', 'customer', old.id, old.id, NULL, NULL,
        old.name, NULL);
END;
CREATE TRIGGER audit_contact_insert AFTER INSERT ON contact WHEN fd_audit_on() BEGIN
    INSERT INTO audit_log (at, agent_id, action, table_name, row_id, customer_id, ticket_id, field,
        old_value, new_value)
    VALUES (unixepoch(), fd_audit_agent(), 'insert', 'contact', new.id, new.customer_id, NULL, NULL, NULL,
        new.name);
END;
CREATE TRIGGER audit_contact_update AFTER UPDATE OF customer_id, name, email, phone, role
ON contact WHEN fd_audit_on() BEGIN
    INSERT INTO audit_log (at, agent_id, action, table_name, row_id, customer_id, ticket_id, field,
        old_value, new_value)
    SELECT unixepoch(), fd_audit_agent(), 'update', 'contact', new.id, new.customer_id, NULL, f, o, n
    FROM (SELECT 'customer_id' AS f, old.customer_id AS o, new.customer_id AS n
            UNION ALL SELECT 'name', old.name, new.name
            UNION ALL SELECT 'email', old.email, new.email
            UNION ALL SELECT 'phone', old.phone, new.phone
            UNION ALL SELECT 'role', old.role, new.role)
    WHERE o IS NOT n;
END;
CREATE TRIGGER audit_contact_delete AFTER DELETE ON contact WHEN fd_audit_on() BEGIN
    INSERT INTO audit_log (at, agent_id, action, table_name, row_id, customer_id, ticket_id, field,
        old_value, new_value)
    VALUES (unixepoch(), fd_audit_agent(), 'delete', 'contact', old.id, old.customer_id, NULL, NULL,
        old.name, NULL);
END;
CREATE TRIGGER audit_ticket_insert AFTER INSERT ON ticket WHEN fd_audit_on() BEGIN
    INSERT INTO audit_log (at, agent_id, action, table_name, row_id, customer_id, ticket_id, field,
        old_value, new_value)
    VALUES (unixepoch(), fd_audit_agent(), 'insert', 'ticket', new.id, new.customer_id, new.id, NULL, NULL,
        new.subject);
END;
CREATE TRIGGER audit_ticket_update AFTER UPDATE OF customer_id, contact_id, subject, description, status, priority, channel, category, assignee_id, csat, tags, external_ref
ON ticket WHEN fd_audit_on() BEGIN
    INSERT INTO audit_log (at, agent_id, action, table_name, row_id, customer_id, ticket_id, field,
        old_value, new_value)
    SELECT unixepoch(), fd_audit_agent(), 'update', 'ticket', new.id, new.customer_id, new.id, f, o, n
    FROM (SELECT 'customer_id' AS f, old.customer_id AS o, new.customer_id AS n
            UNION ALL SELECT 'contact_id', old.contact_id, new.contact_id
            UNION ALL SELECT 'subject', old.subject, new.subject
            UNION ALL SELECT 'description', old.description, new.description
            UNION ALL SELECT 'status', old.status, new.status
            UNION ALL SELECT 'priority', old.priority, new.priority
            UNION ALL SELECT 'channel', old.channel, new.channel
            UNION ALL SELECT 'category', old.category, new.category
            UNION ALL SELECT 'assignee_id', old.assignee_id, new.assignee_id
            UNION ALL SELECT 'csat', old.csat, new.csat
            UNION ALL SELECT 'tags', old.tags, new.tags
            UNION ALL SELECT 'external_ref', old.external_ref, new.external_ref)
    WHERE o IS NOT n;
END;
CREATE TRIGGER audit_ticket_delete AFTER DELETE ON ticket WHEN fd_audit_on() BEGIN
    INSERT INTO audit_log (at, agent_id, action, table_name, row_id, customer_id, ticket_id, field,
        old_value, new_value)
    VALUES (unixepoch(), fd_audit_agent(), 'delete', 'ticket', old.id, old.customer_id, old.id, NULL,
        old.subject, NULL);
END;
CREATE TRIGGER audit_ticket_comment_insert AFTER INSERT ON ticket_comment WHEN fd_audit_on() BEGIN
    INSERT INTO audit_log (at, agent_id, action, table_name, row_id, customer_id, ticket_id, field,
        old_value, new_value)
    VALUES (unixepoch(), fd_audit_agent(), 'insert', 'ticket_comment', new.id, (SELECT customer_id FROM ticket WHERE id = new.ticket_id), new.ticket_id, NULL, NULL,
        new.body);
END;
CREATE TRIGGER audit_ticket_comment_update AFTER UPDATE OF kind, author_agent_id, at, body
ON ticket_comment WHEN fd_audit_on() BEGIN
    INSERT INTO audit_log (at, agent_id, action, table_name, row_id, customer_id, ticket_id, field,
        old_value, new_value)
    SELECT unixepoch(), fd_audit_agent(), 'update', 'ticket_comment', new.id, (SELECT customer_id FROM ticket WHERE id = new.ticket_id), new.ticket_id, f, o, n
    FROM (SELECT 'kind' AS f, old.kind AS o, new.kind AS n
            UNION ALL SELECT 'author_agent_id', old.author_agent_id, new.author_agent_id
            UNION ALL SELECT 'at', old.at, new.at
            UNION ALL SELECT 'body', old.body, new.body)
    WHERE o IS NOT n;
END;
CREATE TRIGGER audit_ticket_comment_delete AFTER DELETE ON ticket_comment WHEN fd_audit_on() BEGIN
    INSERT INTO audit_log (at, agent_id, action, table_name, row_id, customer_id, ticket_id, field,
        old_value, new_value)
    VALUES (unixepoch(), fd_audit_agent(), 'delete', 'ticket_comment', old.id, (SELECT customer_id FROM ticket WHERE id = old.ticket_id), old.ticket_id, NULL,
        old.body, NULL);
END;
CREATE TRIGGER audit_canned_reply_insert AFTER INSERT ON canned_reply WHEN fd_audit_on() BEGIN
    INSERT INTO audit_log (at, agent_id, action, table_name, row_id, customer_id, ticket_id, field,
        old_value, new_value)
    VALUES (unixepoch(), fd_audit_agent(), 'insert', 'canned_reply', new.id, NULL, NULL, NULL, NULL,
        new.title);
END;
CREATE TRIGGER audit_canned_reply_update AFTER UPDATE OF title, body
ON canned_reply WHEN fd_audit_on() BEGIN
    INSERT INTO audit_log (at, agent_id, action, table_name, row_id, customer_id, ticket_id, field,
        old_value, new_value)
    SELECT unixepoch(), fd_audit_agent(), 'update', 'canned_reply', new.id, NULL, NULL, f, o, n
    FROM (SELECT 'title' AS f, old.title AS o, new.title AS n
            UNION ALL SELECT 'body', old.body, new.body)
    WHERE o IS NOT n;
END;
CREATE TRIGGER audit_canned_reply_delete AFTER DELETE ON canned_reply WHEN fd_audit_on() BEGIN
    INSERT INTO audit_log (at, agent_id, action, table_name, row_id, customer_id, ticket_id, field,
        old_value, new_value)
    VALUES (unixepoch(), fd_audit_agent(), 'delete', 'canned_reply', old.id, NULL, NULL, NULL,
        old.title, NULL);
END;
CREATE TRIGGER audit_touchpoint_insert AFTER INSERT ON touchpoint WHEN fd_audit_on() BEGIN
    INSERT INTO audit_log (at, agent_id, action, table_name, row_id, customer_id, ticket_id, field,
        old_value, new_value)
    VALUES (unixepoch(), fd_audit_agent(), 'insert', 'touchpoint', new.id, new.customer_id, new.ticket_id, NULL, NULL,
        new.kind);
END;
CREATE TRIGGER audit_touchpoint_update AFTER UPDATE OF customer_id, contact_id, kind, direction, occurred_at, agent_id, summary, ticket_id, score
ON touchpoint WHEN fd_audit_on() BEGIN
    INSERT INTO audit_log (at, agent_id, action, table_name, row_id, customer_id, ticket_id, field,
        old_value, new_value)
    SELECT unixepoch(), fd_audit_agent(), 'update', 'touchpoint', new.id, new.customer_id, new.ticket_id, f, o, n
    FROM (SELECT 'customer_id' AS f, old.customer_id AS o, new.customer_id AS n
            UNION ALL SELECT 'contact_id', old.contact_id, new.contact_id
            UNION ALL SELECT 'kind', old.kind, new.kind
            UNION ALL SELECT 'direction', old.direction, new.direction
            UNION ALL SELECT 'occurred_at', old.occurred_at, new.occurred_at
            UNION ALL SELECT 'agent_id', old.agent_id, new.agent_id
            UNION ALL SELECT 'summary', old.summary, new.summary
            UNION ALL SELECT 'ticket_id', old.ticket_id, new.ticket_id
            UNION ALL SELECT 'score', old.score, new.score)
    WHERE o IS NOT n;
END;
CREATE TRIGGER audit_touchpoint_delete AFTER DELETE ON touchpoint WHEN fd_audit_on() BEGIN
    INSERT INTO audit_log (at, agent_id, action, table_name, row_id, customer_id, ticket_id, field,
        old_value, new_value)
    VALUES (unixepoch(), fd_audit_agent(), 'delete', 'touchpoint', old.id, old.customer_id, old.ticket_id, NULL,
        old.kind, NULL);
END;
)sql";

} // namespace fd
