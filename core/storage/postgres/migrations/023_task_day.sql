-- FunnelDesk on PostgreSQL, migration 023_task_day, schema version 14: the open tasks of each due
-- day, kept by the server, so that the list of every open task finds any screen without walking
-- to it (issue 18: "a task list of 1 M tasks: ≤ 50 ms a screen"; docs/PERFORMANCE.md, "Step 12").
-- The tickets' design (011_ticket_day.sql), for tasks. SQLite needs nothing (its OFFSET over
-- task_open_due alone takes 41 ms at the end of 1,000,162 open tasks; v14 changes no file).
-- A screen at offset n of the open tasks by due day walked n entries of task_open_due: 0.18-0.84 s
-- at the end of a million. With the counts, TaskRepository::list finds the day that holds entry n
-- from their running sum, seeks to that day in task_open_due and walks only the rest of n inside
-- the day (at most one day's open tasks: about 11,000 in the bench's million); the sum of the
-- counts is the list's count. The overdue list (due before a day) and the week's (due on or
-- before a day) are the same over fewer days. Counts and rows are read by one statement, in one
-- snapshot, so the answer is OFFSET's even while others write.
-- day: task.due_day (a local day, as the task has it). tasks: how many tasks due that day are
-- open (done_at IS NULL). A day whose tasks were all done or deleted keeps its row at 0.
-- Kept by statement triggers on INSERT and DELETE (one upsert per statement and day, none when the
-- statement added or removed no open task) and a row trigger when a task opens, closes, or moves
-- to another day while open. They run with the owner's rights (SECURITY DEFINER): a rep writes no
-- summary row of its own. They take the summaries' lock first (fd_touchpoint_day_hold,
-- 015_team_stall.sql), as every writer of touchpoint_day and ticket_day does: marking a task
-- done also records its touchpoint, and one lock for every summary cannot be taken in two
-- orders. Bulk loads disable these triggers and rebuild the table whole (PgBulkLoad.cpp);
-- `check` compares it with the tasks (IntegrityCheck.cpp).
-- Self-contained: it needs 015's fd_touchpoint_day_hold and 022's task only. fd::pg::Schema::init()
-- and upgrade() run it as the database's owner, in one transaction. Never edit a released migration.

SELECT set_config('search_path', quote_ident(current_schema()) || ', pg_temp', true);

CREATE TABLE task_day (
    day   date PRIMARY KEY,
    tasks bigint NOT NULL
);

INSERT INTO task_day (day, tasks)
SELECT due_day, count(*) FROM task WHERE done_at IS NULL GROUP BY 1;

CREATE FUNCTION fd_task_days_added() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    -- An insert that added no open task (a plan's steps all there already) takes no lock.
    IF NOT EXISTS (SELECT 1 FROM added WHERE done_at IS NULL) THEN
        RETURN NULL;
    END IF;
    PERFORM fd_touchpoint_day_hold();
    INSERT INTO task_day AS d (day, tasks)
    SELECT due_day, count(*) FROM added WHERE done_at IS NULL GROUP BY 1 ORDER BY 1
    ON CONFLICT (day) DO UPDATE SET tasks = d.tasks + excluded.tasks;
    RETURN NULL;
END $$;

CREATE FUNCTION fd_task_days_removed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM removed WHERE done_at IS NULL) THEN
        RETURN NULL;
    END IF;
    PERFORM fd_touchpoint_day_hold();
    UPDATE task_day AS d SET tasks = d.tasks - r.n
    FROM (SELECT due_day AS day, count(*) AS n FROM removed WHERE done_at IS NULL GROUP BY 1) AS r
    WHERE d.day = r.day;
    RETURN NULL;
END $$;

-- A task that was open leaves its old day; one that is open now joins its new day.
CREATE FUNCTION fd_task_day_moved() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    PERFORM fd_touchpoint_day_hold();
    IF OLD.done_at IS NULL THEN
        UPDATE task_day SET tasks = tasks - 1 WHERE day = OLD.due_day;
    END IF;
    IF NEW.done_at IS NULL THEN
        INSERT INTO task_day AS d (day, tasks) VALUES (NEW.due_day, 1)
        ON CONFLICT (day) DO UPDATE SET tasks = d.tasks + 1;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER task_days_added AFTER INSERT ON task
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION fd_task_days_added();
CREATE TRIGGER task_days_removed AFTER DELETE ON task
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION fd_task_days_removed();
CREATE TRIGGER task_day_moved AFTER UPDATE OF due_day, done_at ON task FOR EACH ROW
    WHEN ((OLD.done_at IS NULL) <> (NEW.done_at IS NULL) OR (NEW.done_at IS NULL AND OLD.due_day <> NEW.due_day))
    EXECUTE FUNCTION fd_task_day_moved();

-- Reps (and managers) read it; only the triggers write it. Only when 003_team.sql made the roles.
DO $do$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = fd_team_role('rep')) THEN
        EXECUTE format('GRANT SELECT ON task_day TO %I', fd_team_role('rep'));
    END IF;
END
$do$;
