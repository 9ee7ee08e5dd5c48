// SQLite's schema migrations, one text per version (storage/SchemaMigrations.h); Schema.cpp
// runs them. Kept apart from the code that runs them: the texts grow with every version.
#include "storage/SchemaMigrations.h"

namespace fd {

// Migration N takes user_version N-1 to N. Never edit a released migration: add one.
const std::array<const char*, Schema::kVersion> kSchemaMigrations = {
    // v1: every entity of PRODUCT.md §2. Timestamps are UTC unix seconds; `since` is a
    // calendar date (YYYY-MM-DD); enums are stored by their stable names.
    R"sql(
CREATE TABLE agent (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL,
    email   TEXT COLLATE NOCASE,
    role    TEXT NOT NULL DEFAULT 'rep' CHECK (role IN ('rep', 'manager')),
    active  INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);
CREATE UNIQUE INDEX agent_name ON agent (name COLLATE NOCASE);

CREATE TABLE customer (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL,
    email            TEXT COLLATE NOCASE,
    company          TEXT,
    plan             TEXT,
    owner_id         INTEGER REFERENCES agent (id) ON DELETE SET NULL,
    since            TEXT NOT NULL CHECK (date(since) IS since),
    status           TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'churned')),
    stage            TEXT NOT NULL DEFAULT 'onboarding'
                     CHECK (stage IN ('onboarding', 'post_sales', 'retention', 'advocacy')),
    stage_entered_at INTEGER NOT NULL,
    stage_pinned     INTEGER NOT NULL DEFAULT 0 CHECK (stage_pinned IN (0, 1)),
    tags             TEXT,
    notes            TEXT,
    -- Kept by triggers on ticket and touchpoint, so lists sort and filter on them cheaply.
    open_tickets     INTEGER NOT NULL DEFAULT 0,
    last_touch_at    INTEGER
);
CREATE INDEX customer_stage ON customer (stage, status, stage_entered_at);
CREATE INDEX customer_email ON customer (email);
CREATE INDEX customer_name ON customer (name COLLATE NOCASE);
CREATE INDEX customer_owner ON customer (owner_id);
-- The customers list sorts by these without sorting: its ids come out of the index.
CREATE INDEX customer_company ON customer (company COLLATE NOCASE);
CREATE INDEX customer_last_touch ON customer (last_touch_at);
CREATE INDEX customer_open_tickets ON customer (open_tickets);

CREATE TABLE contact (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    email       TEXT COLLATE NOCASE,
    phone       TEXT,
    role        TEXT,
    added_at    INTEGER NOT NULL
);
CREATE INDEX contact_customer ON contact (customer_id, added_at);

CREATE TABLE ticket (
    id                INTEGER PRIMARY KEY,
    customer_id       INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    contact_id        INTEGER REFERENCES contact (id) ON DELETE SET NULL,
    subject           TEXT NOT NULL,
    description       TEXT,
    status            TEXT NOT NULL DEFAULT 'new'
                      CHECK (status IN ('new', 'open', 'pending', 'on_hold', 'solved', 'closed')),
    priority          TEXT NOT NULL DEFAULT 'normal'
                      CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    channel           TEXT NOT NULL DEFAULT 'email',
    category          TEXT NOT NULL DEFAULT 'other'
                      CHECK (category IN ('setup', 'usage', 'billing', 'bug', 'question', 'other')),
    assignee_id       INTEGER REFERENCES agent (id) ON DELETE SET NULL,
    created_at        INTEGER NOT NULL,
    first_response_at INTEGER,
    solved_at         INTEGER,
    csat              INTEGER CHECK (csat BETWEEN 1 AND 5),
    tags              TEXT,
    external_ref      TEXT
);
CREATE INDEX ticket_customer ON ticket (customer_id, created_at);
CREATE INDEX ticket_created ON ticket (created_at);
-- Queues (my open, unassigned, all open) read open tickets only: a partial index stays
-- small however many solved tickets pile up.
CREATE INDEX ticket_open_assignee ON ticket (assignee_id, created_at)
    WHERE status IN ('new', 'open', 'pending', 'on_hold');
CREATE INDEX ticket_external_ref ON ticket (external_ref) WHERE external_ref IS NOT NULL;

CREATE VIRTUAL TABLE ticket_fts USING fts5 (
    subject, description, content = 'ticket', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', detail = none
);
CREATE TRIGGER ticket_fts_insert AFTER INSERT ON ticket BEGIN
    INSERT INTO ticket_fts (rowid, subject, description)
    VALUES (new.id, new.subject, new.description);
END;
CREATE TRIGGER ticket_fts_delete AFTER DELETE ON ticket BEGIN
    INSERT INTO ticket_fts (ticket_fts, rowid, subject, description)
    VALUES ('delete', old.id, old.subject, old.description);
END;
CREATE TRIGGER ticket_fts_update AFTER UPDATE OF subject, description ON ticket BEGIN
    INSERT INTO ticket_fts (ticket_fts, rowid, subject, description)
    VALUES ('delete', old.id, old.subject, old.description);
    INSERT INTO ticket_fts (rowid, subject, description)
    VALUES (new.id, new.subject, new.description);
END;

CREATE TABLE ticket_comment (
    id              INTEGER PRIMARY KEY,
    ticket_id       INTEGER NOT NULL REFERENCES ticket (id) ON DELETE CASCADE,
    kind            TEXT NOT NULL DEFAULT 'public_reply'
                    CHECK (kind IN ('public_reply', 'internal_note')),
    author_agent_id INTEGER REFERENCES agent (id) ON DELETE SET NULL,
    at              INTEGER NOT NULL,
    body            TEXT NOT NULL
);
CREATE INDEX ticket_comment_ticket ON ticket_comment (ticket_id, at);

CREATE TABLE canned_reply (
    id    INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    body  TEXT NOT NULL
);

CREATE TABLE touchpoint (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    contact_id  INTEGER REFERENCES contact (id) ON DELETE SET NULL,
    kind        TEXT NOT NULL,
    direction   TEXT NOT NULL DEFAULT 'inbound' CHECK (direction IN ('inbound', 'outbound')),
    occurred_at INTEGER NOT NULL,
    agent_id    INTEGER REFERENCES agent (id) ON DELETE SET NULL,
    summary     TEXT,
    ticket_id   INTEGER REFERENCES ticket (id) ON DELETE CASCADE,
    score       INTEGER CHECK (score BETWEEN 0 AND 10)
);
CREATE INDEX touchpoint_customer ON touchpoint (customer_id, occurred_at);
CREATE INDEX touchpoint_ticket ON touchpoint (ticket_id) WHERE ticket_id IS NOT NULL;

-- The customer's summary columns follow its tickets and touchpoints.
CREATE TRIGGER ticket_open_count_insert AFTER INSERT ON ticket
WHEN new.status IN ('new', 'open', 'pending', 'on_hold') BEGIN
    UPDATE customer SET open_tickets = open_tickets + 1 WHERE id = new.customer_id;
END;
CREATE TRIGGER ticket_open_count_delete AFTER DELETE ON ticket
WHEN old.status IN ('new', 'open', 'pending', 'on_hold') BEGIN
    UPDATE customer SET open_tickets = open_tickets - 1 WHERE id = old.customer_id;
END;
CREATE TRIGGER ticket_open_count_update AFTER UPDATE OF status, customer_id ON ticket BEGIN
    UPDATE customer SET open_tickets = open_tickets - 1
    WHERE id = old.customer_id AND old.status IN ('new', 'open', 'pending', 'on_hold');
    UPDATE customer SET open_tickets = open_tickets + 1
    WHERE id = new.customer_id AND new.status IN ('new', 'open', 'pending', 'on_hold');
END;
CREATE TRIGGER touchpoint_last_insert AFTER INSERT ON touchpoint BEGIN
    UPDATE customer SET last_touch_at = max(coalesce(last_touch_at, new.occurred_at), new.occurred_at)
    WHERE id = new.customer_id;
END;
CREATE TRIGGER touchpoint_last_delete AFTER DELETE ON touchpoint BEGIN
    UPDATE customer SET last_touch_at =
        (SELECT max(occurred_at) FROM touchpoint WHERE customer_id = old.customer_id)
    WHERE id = old.customer_id;
END;
CREATE TRIGGER touchpoint_last_update AFTER UPDATE OF occurred_at, customer_id ON touchpoint BEGIN
    UPDATE customer SET last_touch_at =
        (SELECT max(occurred_at) FROM touchpoint WHERE customer_id = old.customer_id)
    WHERE id = old.customer_id;
    UPDATE customer SET last_touch_at =
        (SELECT max(occurred_at) FROM touchpoint WHERE customer_id = new.customer_id)
    WHERE id = new.customer_id;
END;

CREATE TABLE stage_transition (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    from_stage  TEXT CHECK (from_stage IN ('onboarding', 'post_sales', 'retention', 'advocacy')),
    to_stage    TEXT NOT NULL
                CHECK (to_stage IN ('onboarding', 'post_sales', 'retention', 'advocacy')),
    at          INTEGER NOT NULL,
    actor       TEXT NOT NULL,
    reason      TEXT NOT NULL
);
CREATE INDEX stage_transition_customer ON stage_transition (customer_id, at);
CREATE INDEX stage_transition_at ON stage_transition (at);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
)sql",

    // v2: SLA clocks (PRODUCT.md §4). The resolution clock pauses while a ticket is pending
    // or on hold, and a breach is recorded when it happens. Existing tickets are judged by
    // the default targets, their pauses starting at the last moment the file knows of.
    R"sql(
ALTER TABLE ticket ADD COLUMN sla_paused_secs INTEGER NOT NULL DEFAULT 0;
ALTER TABLE ticket ADD COLUMN sla_paused_since INTEGER;
ALTER TABLE ticket ADD COLUMN first_response_breached_at INTEGER;
ALTER TABLE ticket ADD COLUMN resolution_breached_at INTEGER;

UPDATE ticket SET sla_paused_since = coalesce(first_response_at, created_at)
    WHERE status IN ('pending', 'on_hold');
UPDATE ticket SET first_response_breached_at = created_at + 3600 * CASE priority
        WHEN 'urgent' THEN 1 WHEN 'high' THEN 4 WHEN 'normal' THEN 8 ELSE 24 END
    WHERE coalesce(first_response_at, solved_at, unixepoch()) > created_at + 3600 * CASE priority
        WHEN 'urgent' THEN 1 WHEN 'high' THEN 4 WHEN 'normal' THEN 8 ELSE 24 END;
UPDATE ticket SET resolution_breached_at = created_at + 3600 * CASE priority
        WHEN 'urgent' THEN 4 WHEN 'high' THEN 24 WHEN 'normal' THEN 72 ELSE 120 END
    WHERE coalesce(solved_at, sla_paused_since, unixepoch()) > created_at + 3600 * CASE priority
        WHEN 'urgent' THEN 4 WHEN 'high' THEN 24 WHEN 'normal' THEN 72 ELSE 120 END;

-- The customers list reads indexes only: each sort key carries what the filters (stage,
-- status, owner) look at, and the name index also the search's email and company.
DROP INDEX customer_name;
DROP INDEX customer_company;
DROP INDEX customer_last_touch;
DROP INDEX customer_open_tickets;
DROP INDEX customer_owner;
CREATE INDEX customer_name ON customer (name COLLATE NOCASE, stage, status, owner_id, email,
    company);
CREATE INDEX customer_company ON customer (company COLLATE NOCASE, stage, status, owner_id);
CREATE INDEX customer_last_touch ON customer (last_touch_at, stage, status, owner_id);
CREATE INDEX customer_open_tickets ON customer (open_tickets, stage, status, owner_id);
CREATE INDEX customer_owner ON customer (owner_id, stage, status);
-- Funnel order, the same expression the list sorts by.
CREATE INDEX customer_funnel_order ON customer ((CASE stage WHEN 'onboarding' THEN 0
    WHEN 'post_sales' THEN 1 WHEN 'retention' THEN 2 ELSE 3 END), status, owner_id);

-- The open queues ("All open", "SLA breached") read open tickets only, from an index that
-- covers what they filter and sort by: it stays small however many tickets are solved.
CREATE INDEX ticket_open_created ON ticket (created_at, status, priority, assignee_id,
    customer_id, first_response_breached_at, resolution_breached_at, subject)
    WHERE status IN ('new', 'open', 'pending', 'on_hold');
)sql",

    // v3: what the dashboards read instead of scanning millions of rows (PRODUCT.md §4, §7),
    // kept in the same transaction as every write by triggers. The values are filled in by
    // TouchpointSummaries::rebuild() after this script.
    R"sql(
-- Per customer: the latest success review, the latest advocacy touchpoint, the best survey.
ALTER TABLE customer ADD COLUMN last_review_at INTEGER;
ALTER TABLE customer ADD COLUMN last_advocacy_at INTEGER;
ALTER TABLE customer ADD COLUMN best_survey INTEGER;

-- Touchpoints per local day, kind, and their customer's stage now ('churned' for churned
-- customers): a stage dashboard's channel mix reads a few hundred rows instead of a
-- hundred thousand touchpoints. A customer's move moves its counts along.
CREATE TABLE touchpoint_day (
    day         TEXT NOT NULL,
    stage       TEXT NOT NULL,
    kind        TEXT NOT NULL,
    touchpoints INTEGER NOT NULL,
    PRIMARY KEY (day, stage, kind)
) WITHOUT ROWID;

-- Two procedures, run by inserting into a view: the triggers below call them.
CREATE VIEW touchpoint_day_change (customer_id, occurred_at, kind, delta) AS
    SELECT NULL, NULL, NULL, NULL WHERE 0;
CREATE TRIGGER touchpoint_day_change_run INSTEAD OF INSERT ON touchpoint_day_change BEGIN
    INSERT INTO touchpoint_day (day, stage, kind, touchpoints)
    SELECT date(new.occurred_at, 'unixepoch', 'localtime'),
           CASE status WHEN 'active' THEN stage ELSE 'churned' END, new.kind, new.delta
    FROM customer WHERE id = new.customer_id
    ON CONFLICT (day, stage, kind) DO UPDATE SET touchpoints = touchpoints + excluded.touchpoints;
END;
CREATE VIEW customer_touch_refresh (customer_id) AS SELECT NULL WHERE 0;
CREATE TRIGGER customer_touch_refresh_run INSTEAD OF INSERT ON customer_touch_refresh BEGIN
    UPDATE customer SET
        last_touch_at = (SELECT max(occurred_at) FROM touchpoint WHERE customer_id = new.customer_id),
        last_review_at = (SELECT max(occurred_at) FROM touchpoint WHERE customer_id = new.customer_id
            AND kind = 'success_review'),
        last_advocacy_at = (SELECT max(occurred_at) FROM touchpoint WHERE customer_id = new.customer_id
            AND kind IN ('testimonial', 'community_forum', 'meetup', 'user_conference', 'referral')),
        best_survey = (SELECT max(score) FROM touchpoint WHERE customer_id = new.customer_id
            AND kind = 'survey')
    WHERE id = new.customer_id;
END;

DROP TRIGGER touchpoint_last_insert;
DROP TRIGGER touchpoint_last_delete;
DROP TRIGGER touchpoint_last_update;
CREATE TRIGGER touchpoint_summary_insert AFTER INSERT ON touchpoint BEGIN
    UPDATE customer SET
        last_touch_at = max(coalesce(last_touch_at, new.occurred_at), new.occurred_at),
        last_review_at = CASE WHEN new.kind = 'success_review'
            THEN max(coalesce(last_review_at, new.occurred_at), new.occurred_at) ELSE last_review_at END,
        last_advocacy_at = CASE WHEN new.kind IN ('testimonial', 'community_forum', 'meetup',
                'user_conference', 'referral')
            THEN max(coalesce(last_advocacy_at, new.occurred_at), new.occurred_at) ELSE last_advocacy_at END,
        best_survey = CASE WHEN new.kind = 'survey' AND new.score IS NOT NULL
            THEN max(coalesce(best_survey, new.score), new.score) ELSE best_survey END
    WHERE id = new.customer_id;
    INSERT INTO touchpoint_day_change VALUES (new.customer_id, new.occurred_at, new.kind, 1);
END;
CREATE TRIGGER touchpoint_summary_delete AFTER DELETE ON touchpoint BEGIN
    INSERT INTO customer_touch_refresh VALUES (old.customer_id);
    INSERT INTO touchpoint_day_change VALUES (old.customer_id, old.occurred_at, old.kind, -1);
END;
CREATE TRIGGER touchpoint_summary_update
AFTER UPDATE OF occurred_at, customer_id, kind, score ON touchpoint BEGIN
    INSERT INTO customer_touch_refresh VALUES (old.customer_id);
    INSERT INTO customer_touch_refresh SELECT new.customer_id WHERE new.customer_id <> old.customer_id;
    INSERT INTO touchpoint_day_change VALUES (old.customer_id, old.occurred_at, old.kind, -1);
    INSERT INTO touchpoint_day_change VALUES (new.customer_id, new.occurred_at, new.kind, 1);
END;
-- A customer's move, or churn, carries its touchpoint counts to the new stage.
CREATE TRIGGER customer_stage_touchpoint_days AFTER UPDATE OF stage, status ON customer
WHEN (CASE old.status WHEN 'active' THEN old.stage ELSE 'churned' END)
    IS NOT (CASE new.status WHEN 'active' THEN new.stage ELSE 'churned' END) BEGIN
    INSERT INTO touchpoint_day (day, stage, kind, touchpoints)
    SELECT date(occurred_at, 'unixepoch', 'localtime') AS d,
           CASE old.status WHEN 'active' THEN old.stage ELSE 'churned' END, kind, -count(*)
    FROM touchpoint WHERE customer_id = new.id GROUP BY d, kind
    ON CONFLICT (day, stage, kind) DO UPDATE SET touchpoints = touchpoints + excluded.touchpoints;
    INSERT INTO touchpoint_day (day, stage, kind, touchpoints)
    SELECT date(occurred_at, 'unixepoch', 'localtime') AS d,
           CASE new.status WHEN 'active' THEN new.stage ELSE 'churned' END, kind, count(*)
    FROM touchpoint WHERE customer_id = new.id GROUP BY d, kind
    ON CONFLICT (day, stage, kind) DO UPDATE SET touchpoints = touchpoints + excluded.touchpoints;
END;
-- A deleted customer's touchpoints go with it (the cascade runs after its row is gone).
CREATE TRIGGER customer_delete_touchpoint_days BEFORE DELETE ON customer BEGIN
    INSERT INTO touchpoint_day (day, stage, kind, touchpoints)
    SELECT date(occurred_at, 'unixepoch', 'localtime') AS d,
           CASE old.status WHEN 'active' THEN old.stage ELSE 'churned' END, kind, -count(*)
    FROM touchpoint WHERE customer_id = old.id GROUP BY d, kind
    ON CONFLICT (day, stage, kind) DO UPDATE SET touchpoints = touchpoints + excluded.touchpoints;
END;

-- Health, open tickets and overdue reviews by stage read this index alone; so do a stage's
-- ticket figures (response, resolution, breaches, mix), the at-risk checks (ticket surge,
-- low CSAT) and CSAT by stage, from the ticket indexes.
DROP INDEX customer_stage;
CREATE INDEX customer_stage ON customer (stage, status, stage_entered_at, last_touch_at,
    open_tickets, last_review_at);
DROP INDEX ticket_customer;
CREATE INDEX ticket_customer ON ticket (customer_id, created_at, csat, first_response_at,
    solved_at, status, priority, category, first_response_breached_at, resolution_breached_at);
-- The open queues all read ticket_open_created (it holds the assignee): one index fewer to
-- build in a bulk load and to keep on every write.
DROP INDEX ticket_open_assignee;

-- A period's moves (funnel, flow, conversions and who made them) read this index alone.
DROP INDEX stage_transition_at;
CREATE INDEX stage_transition_at ON stage_transition (at, customer_id, from_stage, to_stage);
-- The id stays second: the ticket list pages through (created_at, id) on this index.
DROP INDEX ticket_created;
CREATE INDEX ticket_created ON ticket (created_at, id, customer_id, csat);
)sql",

    // v4: a recompute reads every customer's touchpoints; this index carries all it reads
    // (kind and score too), so it reads the index instead of the table's rows with their
    // summaries: a third of the pages, which is what a first run of the day reads from
    // disk (issue 15). The triggers' lookups by customer use it as before.
    R"sql(
DROP INDEX touchpoint_customer;
CREATE INDEX touchpoint_customer ON touchpoint (customer_id, occurred_at, kind, score);

-- The SLA sweep (every report, and the window each minute) reads the clocks of the open
-- tickets only: this partial index carries them, so it reads neither the ticket rows nor
-- their texts (issue 15).
CREATE INDEX ticket_open_sla ON ticket (id, status, priority, created_at, first_response_at, solved_at,
    sla_paused_secs, sla_paused_since, first_response_breached_at, resolution_breached_at)
    WHERE status IN ('new', 'open', 'pending', 'on_hold');
)sql",

    // v5: a report reads a period's rows along indexes ordered by time, and filters them by
    // the customer's stage from the small customer_stage range, instead of seeking once per
    // customer through indexes ordered by customer: at the first run of the day every seek
    // is a read from disk, and one per customer of a stage was most of the file (issue 15).
    R"sql(
-- A stage's ticket figures (response, resolution, breaches, mix) and CSAT read a period of
-- this index alone; the ticket list still pages through (created_at, id).
DROP INDEX ticket_created;
CREATE INDEX ticket_created ON ticket (created_at, id, customer_id, csat, first_response_at,
    solved_at, status, priority, category, first_response_breached_at, resolution_breached_at);
-- At risk: tickets rated below 3, for the 90 days of low CSAT; the ticket surge reads
-- only 30 days of ticket_created.
CREATE INDEX ticket_low_csat ON ticket (created_at, customer_id, csat) WHERE csat < 3;
-- The contacts added in a period.
CREATE INDEX contact_added ON contact (added_at, customer_id);
-- Advocacy candidates: a customer with a survey score and no advocacy touchpoint yet.
CREATE INDEX customer_advocacy_candidate ON customer (stage, status, best_survey)
    WHERE last_advocacy_at IS NULL AND best_survey IS NOT NULL;
-- When a customer entered a stage, for the time spent there: one seek that reads the answer,
-- not the transitions' rows.
CREATE INDEX stage_transition_entry ON stage_transition (customer_id, to_stage, at);
-- Names by id for the dashboards' lists (thousands at risk on data set L), without the rows.
CREATE INDEX customer_id_name ON customer (id, name);
-- v5 (lists; issue 15, second round): every customers-list order is (key, id), the id
-- breaking ties so pages never overlap. With the id after the key's other columns, SQLite
-- walked the index and then sorted each run of equal keys by id (a "temp b-tree for the
-- right part of ORDER BY": 100,000 ids, most of the list's 40 ms on data set L); with the
-- id right after the key, the index order is the list's order. The columns the filters
-- read stay in each index, after the id. Kept apart from other v5 changes for merging.
DROP INDEX customer_name;
CREATE INDEX customer_name ON customer (name COLLATE NOCASE, id, stage, status, owner_id, email,
    company);
DROP INDEX customer_company;
CREATE INDEX customer_company ON customer (company COLLATE NOCASE, id, stage, status, owner_id);
DROP INDEX customer_last_touch;
CREATE INDEX customer_last_touch ON customer (last_touch_at, id, stage, status, owner_id);
DROP INDEX customer_open_tickets;
CREATE INDEX customer_open_tickets ON customer (open_tickets, id, stage, status, owner_id);
DROP INDEX customer_owner;
CREATE INDEX customer_owner ON customer (owner_id, id, stage, status);
DROP INDEX customer_funnel_order;
CREATE INDEX customer_funnel_order ON customer ((CASE stage WHEN 'onboarding' THEN 0
    WHEN 'post_sales' THEN 1 WHEN 'retention' THEN 2 ELSE 3 END), id, status, owner_id);
)sql",

    // v6 (Steps 10-11, one version for every piece of it):
    // - lists (issue 16): nothing on SQLite. PostgreSQL's 002_list_order.sql makes its
    //   customers' indexes walkable as SQLite's already are (an index holds the rowid, NULL
    //   sorts first, NOCASE is a collation rather than an expression).
    // - team (issue 17, "Who is working"): on a server each person signs in with a login of
    //   their own, mapped to an agent. A file has no logins: the column stays empty here, and
    //   is kept so both backends share one logical schema (migrate copies agents either way).
    // - versions (issue 17, "No lost updates"): every row a rep edits carries its edit count
    //   and its last edit: the UTC second and the agent (Database::actingAgent(); NULL when
    //   nobody was known), set by the UPDATE that bumps the version (domain/RowVersion.h). A
    //   save names the version it edits and is refused when the row has another. changed_by
    //   has no foreign key: a copy writes agents in id order, and an agent may have been
    //   edited by a later one.
    // - the audit log (issue 17): storage/AuditSchema.cpp's kAuditMigrationSqlite, run after
    //   this text by migrate().
    R"sql(
ALTER TABLE agent ADD COLUMN login TEXT;
CREATE UNIQUE INDEX agent_login ON agent (login) WHERE login IS NOT NULL;
ALTER TABLE agent ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE agent ADD COLUMN changed_at INTEGER;
ALTER TABLE agent ADD COLUMN changed_by INTEGER;
ALTER TABLE customer ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE customer ADD COLUMN changed_at INTEGER;
ALTER TABLE customer ADD COLUMN changed_by INTEGER;
ALTER TABLE contact ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE contact ADD COLUMN changed_at INTEGER;
ALTER TABLE contact ADD COLUMN changed_by INTEGER;
ALTER TABLE ticket ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE ticket ADD COLUMN changed_at INTEGER;
ALTER TABLE ticket ADD COLUMN changed_by INTEGER;
ALTER TABLE canned_reply ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE canned_reply ADD COLUMN changed_at INTEGER;
ALTER TABLE canned_reply ADD COLUMN changed_by INTEGER;
)sql",

    // v7 (Step 15, "guard"): nothing changes in a file. PostgreSQL's 006_guard.sql makes the
    // server enforce the audit log and authorship against a rep's own login (SECURITY DEFINER
    // audit functions, BEFORE triggers that set the author, no setval for reps); a file has
    // no logins, and whoever may write it may rewrite it. `check` reports a missing or altered
    // audit trigger on both backends (storage/IntegrityCheck.cpp).
    R"sql(
-- v7: nothing changes in a file.
)sql",

    // v8: nothing changes in a file (one writer at a time already). PostgreSQL's
    // 009_summary_lock.sql makes every writer of touchpoint_day wait for the others first:
    // two stage moves at once deadlocked on its rows (issue 17, the 20-rep bench).
    R"sql(
-- v8: nothing changes in a file.
)sql",

    // v9: nothing changes in a file (its writer may rewrite it anyway). PostgreSQL's
    // 010_audit_hold.sql: only a manager's bulk write pauses the audit log (not a bare SET),
    // every edit of a rep's is stamped with a new version, and a rep may not choose ids.
    // 011_ticket_day.sql keeps the tickets of each day, from which "All tickets" finds any
    // screen without walking to it; a file's OFFSET is fast enough (34-43 ms on data set L;
    // docs/PERFORMANCE.md, Step 10, sixth round).
    // 012_team_logins.sql records the logins FunnelDesk made or its owner gave to an agent
    // (fd_team_login), and the team functions act on those only; agent.login changes only
    // through them (issue 17). A file has no logins.
    R"sql(
-- v9: nothing changes in a file.
)sql",

    // v10: nothing changes in a file. PostgreSQL's 013–018 (autovacuum, search order, team
    // stall, audit pause, kept columns, text rule) are described in their own headers.
    R"sql(
-- v10: nothing changes in a file.
)sql",

    // v11: nothing changes in a file. PostgreSQL's 019_check.sql (logins and agents' deletes)
    // and 020_check_lock.sql (the email and agent checks' locks) say what they change.
    R"sql(
-- v11: nothing changes in a file.
)sql",

    // v12: nothing changes in a file. PostgreSQL's 021_first_reply.sql lets a rep's reply move
    // a ticket's first response earlier (TicketRepository::respond).
    R"sql(
-- v12: nothing changes in a file.
)sql",

    kSchemaV13, // SchemaMigrationsSuccess.cpp
    kSchemaV14, // SchemaMigrationsSuccess.cpp
    kSchemaV15, // SchemaMigrationsSuccess.cpp
    kSchemaV16, // SchemaMigrationsSuccess.cpp
    kSchemaV17, // SchemaMigrationsSuccess.cpp
    kSchemaV18, // SchemaMigrationsSuccess.cpp
    kSchemaV19, // SchemaMigrationsSuccess.cpp
    kSchemaV20, // SchemaMigrationsSuccess.cpp
    kSchemaV21, // SchemaMigrationsSuccess.cpp
    kSchemaV22, // SchemaMigrationsSuccess.cpp
    kSchemaV23, // SchemaMigrationsSuccess.cpp
    kSchemaV24, // SchemaMigrationsSuccess.cpp
};

} // namespace fd
