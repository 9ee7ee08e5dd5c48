// SQLite's schema migrations of customer success and after (v13-v22): the health score, tasks
// and what the dashboards read of them, then the search index and the open tickets' test.
// kSchemaMigrations (SchemaMigrations.cpp) lists them in order; never edit a released
// migration: add one.
#include "storage/SchemaMigrations.h"

namespace fd {

// v13 (issue 18, Step 12, customer success): the health score now and its trend, the tasks
// of success plans and playbooks, and the index the score's survey factor reads.
// PostgreSQL: 022_success.sql, the same tables.
extern const char kSchemaV13[] = R"sql(
-- Each customer's health score as of the last health recompute (success/HealthScore.h), and
-- the local day of the snapshot it came from. Churned customers keep their last row; readers
-- take active customers only.
CREATE TABLE customer_health (
    customer_id INTEGER PRIMARY KEY REFERENCES customer (id) ON DELETE CASCADE,
    score       INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
    band        TEXT NOT NULL CHECK (band IN ('at_risk', 'watch', 'healthy')),
    day         TEXT NOT NULL CHECK (date(day) IS day)
);
CREATE INDEX customer_health_band ON customer_health (band, customer_id, score);

-- The trend: one row per customer per local day on which its score changed (the last score
-- of that day). A customer's sparkline reads its rows by the key; a period's band drops read
-- the period's days.
CREATE TABLE health_snapshot (
    customer_id INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    day         TEXT NOT NULL CHECK (date(day) IS day),
    score       INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
    band        TEXT NOT NULL CHECK (band IN ('at_risk', 'watch', 'healthy')),
    PRIMARY KEY (customer_id, day)
) WITHOUT ROWID;
CREATE INDEX health_snapshot_day ON health_snapshot (day, customer_id, band);

-- Each change of a customer's band (a recompute's), one row per customer and local day (the
-- day's first band and its last): a period's drops read a few rows by day, not every
-- snapshot (scores change most days; bands seldom).
CREATE TABLE health_band_change (
    customer_id INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    day         TEXT NOT NULL CHECK (date(day) IS day),
    from_band   TEXT NOT NULL CHECK (from_band IN ('at_risk', 'watch', 'healthy')),
    to_band     TEXT NOT NULL CHECK (to_band IN ('at_risk', 'watch', 'healthy')),
    score       INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
    PRIMARY KEY (customer_id, day)
) WITHOUT ROWID;
CREATE INDEX health_band_change_day ON health_band_change (day, customer_id, from_band, to_band, score);

-- A task for a customer's owner: a success plan's step or a playbook's action. `origin` names
-- what made it ('plan:<stage>', 'playbook:<key>'), `occasion` the event it answered (the stage
-- entry's move id, the survey's touchpoint id, the day of a band drop), and the unique key
-- makes each fire once per event. `kind` is the touchpoint kind that marking it done records
-- (NULL: none). Days are local (YYYY-MM-DD); times UTC unix seconds.
CREATE TABLE task (
    id            INTEGER PRIMARY KEY,
    customer_id   INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    owner_id      INTEGER REFERENCES agent (id) ON DELETE SET NULL,
    title         TEXT NOT NULL,
    kind          TEXT,
    due_day       TEXT NOT NULL CHECK (date(due_day) IS due_day),
    origin        TEXT NOT NULL,
    occasion      TEXT NOT NULL,
    step          INTEGER NOT NULL DEFAULT 0,
    created_at    INTEGER NOT NULL,
    done_at       INTEGER,
    done_by       INTEGER REFERENCES agent (id) ON DELETE SET NULL,
    touchpoint_id INTEGER REFERENCES touchpoint (id) ON DELETE SET NULL,
    UNIQUE (customer_id, origin, occasion, step)
);
-- Open tasks by due day (the list, the overdue counts), an owner's (My tasks), and every task
-- by due day: a screen's ids come from one of these alone.
CREATE INDEX task_open_due ON task (due_day, id) WHERE done_at IS NULL;
CREATE INDEX task_open_owner ON task (owner_id, due_day, id) WHERE done_at IS NULL;
CREATE INDEX task_due ON task (due_day, id);

-- The score's survey factor reads each customer's latest survey of the last year from this
-- small index instead of every touchpoint.
CREATE INDEX touchpoint_survey ON touchpoint (occurred_at, customer_id, score) WHERE kind = 'survey';
)sql";

// v14: nothing changes in a file. PostgreSQL's 023_task_day.sql keeps the open tasks of each
// due day, from which the list of every open task finds any screen without walking to it; a
// file's OFFSET over task_open_due is fast enough (41 ms at the end of 1,000,162 open tasks on
// data set L). 024_survey_id.sql puts the touchpoint's id into the survey index, which a
// file's index holds already (the rowid). docs/PERFORMANCE.md, Step 12.
extern const char kSchemaV14[] = R"sql(
-- v14: nothing changes in a file.
)sql";

// v15: each customer's open tasks by due day. A stage's overdue tasks (the stage dashboards'
// health section, the health report; TaskRepository::overdueOf) and the score's overdue-task
// factor (HealthRepository::facts) count entries of this index alone; before, they found a
// customer's tasks by the unique key and read every row for done_at and due_day: 1.4-2.1 s
// for the retention dashboard with a million tasks on data set L, against issue 18's 150 ms
// (docs/PERFORMANCE.md, "Step 12: overdue tasks"). PostgreSQL: 025_task_customer.sql.
// done_at is in the key, always NULL, because SQLite 3.40 takes a partial index as covering
// only when it holds every column the query names, its WHERE's too.
extern const char kSchemaV15[] = R"sql(
CREATE INDEX task_open_customer ON task (customer_id, due_day, done_at) WHERE done_at IS NULL;
)sql";

// v16: nothing changes in a file. PostgreSQL's 026_dashboard_reads.sql gives a server what the
// dashboards read from a file's indexes already, or from one walk of them: a stage's customers
// in id order with their health band, and how many customers have each name (a file walks
// customer_id_name once; MetricsRepository::namesApartOfMany). docs/PERFORMANCE.md, "Step 10:
// the dashboards on a server".
extern const char kSchemaV16[] = R"sql(
-- v16: nothing changes in a file.
)sql";

// v17: the open tasks of each stage's active customers by due day, kept by triggers in the
// same transaction as every write. A stage's overdue count (the stage dashboards' "Overdue
// tasks"; TaskRepository::overdueCount) sums a few hundred of its rows instead of reading
// each customer's open tasks (task_open_customer) and each task's customer: 75-90 ms of every
// stage dashboard with a million open tasks on data set L, which put retention at 195 ms in the
// metrics bench and 201-218 ms in the full bench, against issue 16's 150 ms (docs/PERFORMANCE.md,
// "Step 10: overdue tasks counted by day"). The customers behind the count are found when it is
// opened (TaskRepository::overdueOf). A customer's move, churn or return carries its open tasks
// along. Bulk loads and copies into a file drop these triggers and count the table again
// (BulkLoad.cpp, CopyAll.cpp); `check` compares it with the tasks. PostgreSQL:
// 027_task_stage_day.sql. Written with = and OR, not IN: SQLite 3.40 builds a temporary b-tree
// for an IN list each time a trigger runs. A REPLACE on task or customer would drift it: with
// recursive_triggers off, the rows REPLACE deletes fire no DELETE trigger; FunnelDesk writes
// neither table that way, and `check` would find it.
extern const char kSchemaV17[] = R"sql(
-- stage: the customer's stage now (active customers only). day: task.due_day. tasks: how many of
-- its open tasks (done_at IS NULL) are due that day. A row whose tasks all closed stays at 0.
CREATE TABLE task_stage_day (
    stage TEXT NOT NULL,
    day   TEXT NOT NULL,
    tasks INTEGER NOT NULL,
    PRIMARY KEY (stage, day)
) WITHOUT ROWID;

INSERT INTO task_stage_day (stage, day, tasks)
SELECT c.stage, t.due_day, count(*) FROM task t JOIN customer c ON c.id = t.customer_id
WHERE t.done_at IS NULL AND c.status = 'active' GROUP BY c.stage, t.due_day;

-- A procedure, run by inserting into a view: one open task of a customer, counted or taken back.
CREATE VIEW task_stage_day_change (customer_id, due_day, delta) AS SELECT NULL, NULL, NULL WHERE 0;
CREATE TRIGGER task_stage_day_change_run INSTEAD OF INSERT ON task_stage_day_change BEGIN
    INSERT INTO task_stage_day (stage, day, tasks)
    SELECT stage, new.due_day, new.delta FROM customer WHERE id = new.customer_id
        AND status = 'active'
    ON CONFLICT (stage, day) DO UPDATE SET tasks = tasks + excluded.tasks;
END;
CREATE TRIGGER task_stage_day_insert AFTER INSERT ON task WHEN new.done_at IS NULL BEGIN
    INSERT INTO task_stage_day_change VALUES (new.customer_id, new.due_day, 1);
END;
CREATE TRIGGER task_stage_day_delete AFTER DELETE ON task WHEN old.done_at IS NULL BEGIN
    INSERT INTO task_stage_day_change VALUES (old.customer_id, old.due_day, -1);
END;
CREATE TRIGGER task_stage_day_update AFTER UPDATE OF customer_id, due_day, done_at ON task
WHEN old.done_at IS NULL OR new.done_at IS NULL BEGIN
    INSERT INTO task_stage_day_change SELECT old.customer_id, old.due_day, -1
        WHERE old.done_at IS NULL;
    INSERT INTO task_stage_day_change SELECT new.customer_id, new.due_day, 1
        WHERE new.done_at IS NULL;
END;
-- A customer's move, churn or return carries its open tasks from the old stage to the new one.
CREATE TRIGGER customer_stage_task_days AFTER UPDATE OF stage, status ON customer
WHEN (CASE old.status WHEN 'active' THEN old.stage END)
    IS NOT (CASE new.status WHEN 'active' THEN new.stage END) BEGIN
    INSERT INTO task_stage_day (stage, day, tasks)
    SELECT old.stage, due_day, -count(*) FROM task
    WHERE customer_id = new.id AND done_at IS NULL AND old.status = 'active' GROUP BY due_day
    ON CONFLICT (stage, day) DO UPDATE SET tasks = tasks + excluded.tasks;
    INSERT INTO task_stage_day (stage, day, tasks)
    SELECT new.stage, due_day, count(*) FROM task
    WHERE customer_id = new.id AND done_at IS NULL AND new.status = 'active' GROUP BY due_day
    ON CONFLICT (stage, day) DO UPDATE SET tasks = tasks + excluded.tasks;
END;
-- A deleted customer's open tasks go with it (the cascade runs after its row is gone).
CREATE TRIGGER customer_delete_task_days BEFORE DELETE ON customer WHEN old.status = 'active'
BEGIN
    INSERT INTO task_stage_day (stage, day, tasks)
    SELECT old.stage, due_day, -count(*) FROM task
    WHERE customer_id = old.id AND done_at IS NULL GROUP BY due_day
    ON CONFLICT (stage, day) DO UPDATE SET tasks = tasks + excluded.tasks;
END;
)sql";

// v18: the search index without its column sizes (FTS5's columnsize = 0, its docsize table
// gone): nothing reads them (no bm25 ranking; the lists sort by the tickets' own columns), and
// on data set L its rebuild took 1.42 s rather than 1.98 s, each ticket's write one row
// fewer (docs/PERFORMANCE.md, "Step 10: the search index without column sizes"). Made again
// from the tickets, as a bulk load does. PostgreSQL's 028_search_sort.sql gives ticket_words
// the columns the tickets list sorts by.
extern const char kSchemaV18[] = R"sql(
DROP TABLE ticket_fts;
CREATE VIRTUAL TABLE ticket_fts USING fts5 (
    subject, description, content = 'ticket', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', detail = none, columnsize = 0
);
INSERT INTO ticket_fts (ticket_fts) VALUES ('rebuild');
)sql";

// v19: nothing changes in a file. PostgreSQL's 029_search_urgency.sql gives ticket_words the
// SLA clocks and the customers' names a table of their own.
extern const char kSchemaV19[] = R"sql(
-- v19: nothing changes in a file.
)sql";

// v20: the open tickets' test written as ORs of equalities (SqliteDialect::openTicket) in the
// two partial indexes of open tickets and in the triggers that count them, and the advocacy
// kinds' test so in the trigger that sums a new touchpoint up. SQLite 3.40 tests an IN list of
// more than two constants, such as `status IN (…)`, through a temporary b-tree that it builds
// again for each row it writes or indexes (https://www.sqlite.org/opcode.html,
// OpenEphemeral). On data set L, a copy of its 1,000,000 tickets into a table with both
// indexes took 2.15–2.48 s with the IN lists and 1.28–1.42 s with the ORs (docs/
// PERFORMANCE.md, "The open tickets' test as ORs"). The indexes' columns and the triggers'
// work are unchanged; each is dropped if it is there, so a file whose user dropped one (the
// summaries then drift, which `check` reports) gets it back. PostgreSQL's 030_open_test.sql
// changes nothing.
extern const char kSchemaV20[] = R"sql(
DROP INDEX IF EXISTS ticket_open_created;
CREATE INDEX ticket_open_created ON ticket (created_at, status, priority, assignee_id,
    customer_id, first_response_breached_at, resolution_breached_at, subject)
    WHERE (status = 'new' OR status = 'open' OR status = 'pending' OR status = 'on_hold');
DROP INDEX IF EXISTS ticket_open_sla;
CREATE INDEX ticket_open_sla ON ticket (id, status, priority, created_at, first_response_at,
    solved_at, sla_paused_secs, sla_paused_since, first_response_breached_at,
    resolution_breached_at)
    WHERE (status = 'new' OR status = 'open' OR status = 'pending' OR status = 'on_hold');

DROP TRIGGER IF EXISTS ticket_open_count_insert;
CREATE TRIGGER ticket_open_count_insert AFTER INSERT ON ticket
WHEN (new.status = 'new' OR new.status = 'open' OR new.status = 'pending' OR new.status = 'on_hold') BEGIN
    UPDATE customer SET open_tickets = open_tickets + 1 WHERE id = new.customer_id;
END;
DROP TRIGGER IF EXISTS ticket_open_count_delete;
CREATE TRIGGER ticket_open_count_delete AFTER DELETE ON ticket
WHEN (old.status = 'new' OR old.status = 'open' OR old.status = 'pending' OR old.status = 'on_hold') BEGIN
    UPDATE customer SET open_tickets = open_tickets - 1 WHERE id = old.customer_id;
END;
DROP TRIGGER IF EXISTS ticket_open_count_update;
CREATE TRIGGER ticket_open_count_update AFTER UPDATE OF status, customer_id ON ticket BEGIN
    UPDATE customer SET open_tickets = open_tickets - 1
    WHERE id = old.customer_id AND (old.status = 'new' OR old.status = 'open' OR old.status = 'pending' OR old.status = 'on_hold');
    UPDATE customer SET open_tickets = open_tickets + 1
    WHERE id = new.customer_id AND (new.status = 'new' OR new.status = 'open' OR new.status = 'pending' OR new.status = 'on_hold');
END;

-- The same for the advocacy kinds that set a customer's last advocacy: on every touchpoint written,
-- and again from the touchpoints left when one changes or goes.
DROP TRIGGER IF EXISTS touchpoint_summary_insert;
CREATE TRIGGER touchpoint_summary_insert AFTER INSERT ON touchpoint BEGIN
    UPDATE customer SET
        last_touch_at = max(coalesce(last_touch_at, new.occurred_at), new.occurred_at),
        last_review_at = CASE WHEN new.kind = 'success_review'
            THEN max(coalesce(last_review_at, new.occurred_at), new.occurred_at) ELSE last_review_at END,
        last_advocacy_at = CASE WHEN (new.kind = 'testimonial' OR new.kind = 'community_forum' OR new.kind = 'meetup'
                OR new.kind = 'user_conference' OR new.kind = 'referral')
            THEN max(coalesce(last_advocacy_at, new.occurred_at), new.occurred_at) ELSE last_advocacy_at END,
        best_survey = CASE WHEN new.kind = 'survey' AND new.score IS NOT NULL
            THEN max(coalesce(best_survey, new.score), new.score) ELSE best_survey END
    WHERE id = new.customer_id;
    INSERT INTO touchpoint_day_change VALUES (new.customer_id, new.occurred_at, new.kind, 1);
END;
DROP TRIGGER IF EXISTS customer_touch_refresh_run;
CREATE TRIGGER customer_touch_refresh_run INSTEAD OF INSERT ON customer_touch_refresh BEGIN
    UPDATE customer SET
        last_touch_at = (SELECT max(occurred_at) FROM touchpoint WHERE customer_id = new.customer_id),
        last_review_at = (SELECT max(occurred_at) FROM touchpoint WHERE customer_id = new.customer_id
            AND kind = 'success_review'),
        last_advocacy_at = (SELECT max(occurred_at) FROM touchpoint WHERE customer_id = new.customer_id
            AND (kind = 'testimonial' OR kind = 'community_forum' OR kind = 'meetup'
                OR kind = 'user_conference' OR kind = 'referral')),
        best_survey = (SELECT max(score) FROM touchpoint WHERE customer_id = new.customer_id
            AND kind = 'survey')
    WHERE id = new.customer_id;
END;
)sql";

// v21: nothing changes in a file. PostgreSQL's 031_summary_rows.sql keeps the summaries that
// new tickets and touchpoints change once per statement instead of once per row; SQLite has
// no statement triggers, and its row triggers update a row in place.
extern const char kSchemaV21[] = R"sql(
-- v21: nothing changes in a file.
)sql";

// v22: nothing changes in a file. PostgreSQL's 032_stage_move_days.sql carries a stage move's
// daily touchpoint counts once per statement instead of once per customer; SQLite's row
// trigger customer_stage_touchpoint_days stays.
extern const char kSchemaV22[] = R"sql(
-- v22: nothing changes in a file.
)sql";

// v23: nothing changes in a file. PostgreSQL's 033_team_own_roles.sql gives each database team
// roles of its own (a server's roles are cluster-wide; a file has none).
extern const char kSchemaV23[] = R"sql(
-- v23: nothing changes in a file.
)sql";

// v24: nothing changes in a file. PostgreSQL's 034_team_awaiting.sql marks the logins a migrate
// copied, so that check names every other active agent's login that has lost its rights.
extern const char kSchemaV24[] = R"sql(
-- v24: nothing changes in a file.
)sql";

} // namespace fd
