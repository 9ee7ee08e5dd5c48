-- FunnelDesk on PostgreSQL, migration 027_task_stage_day, schema version 17: the open tasks of
-- each stage's active customers by due day, kept by the server, so that a stage's overdue count
-- (the stage dashboards' "Overdue tasks"; TaskRepository::overdueCount) sums a few hundred rows
-- instead of reading each customer's open tasks and each task's customer. With a million open
-- tasks on data set L that read took 75-90 ms of every stage dashboard and put retention at
-- 201-218 ms against issue 16's 150 ms (docs/PERFORMANCE.md, "Step 10: overdue tasks counted by
-- day"). The customers behind the count are found when it is opened (TaskRepository::overdueOf).
-- SQLite's schema version 17 keeps the same table (storage/SchemaMigrations.cpp).
-- stage: the customer's stage now, for active customers only. day: task.due_day (a local day).
-- tasks: how many of those customers' open tasks (done_at IS NULL) are due that day. A row whose
-- tasks all closed or left keeps its row at 0.
-- Kept by statement triggers on INSERT and DELETE of tasks (one upsert per statement, stage and
-- day, none when the statement added or removed no open task), a row trigger when a task opens,
-- closes, moves to another day or to another customer while open, and row triggers on a
-- customer's move, churn or return (its open tasks go from the old stage's rows to the new
-- one's) and deletion (the cascade that deletes its tasks runs after its row is gone, so the
-- task trigger finds no customer to take them from). They run with the owner's rights
-- (SECURITY DEFINER): a rep writes no summary row of its own. They take the summaries' lock first
-- (fd_touchpoint_day_hold, 015_team_stall.sql), as task_day's triggers do on the same writes
-- and touchpoint_day's on the same moves: no writer takes a lock here in an order that the
-- others do not already take it in. Bulk loads disable these triggers and rebuild the table whole
-- (PgBulkLoad.cpp); `check` compares it with the tasks (IntegrityCheck.cpp).
-- Self-contained: it needs 001's customer, 015's fd_touchpoint_day_hold and 022's task only.
-- fd::pg::Schema::init() and upgrade() run it as the database's owner, in one transaction.
-- Never edit a released migration.

SELECT set_config('search_path', quote_ident(current_schema()) || ', pg_temp', true);

CREATE TABLE task_stage_day (
    stage text COLLATE "C" NOT NULL,
    day   date NOT NULL,
    tasks bigint NOT NULL,
    PRIMARY KEY (stage, day)
);

INSERT INTO task_stage_day (stage, day, tasks)
SELECT c.stage, t.due_day, count(*) FROM task t JOIN customer c ON c.id = t.customer_id
WHERE t.done_at IS NULL AND c.status = 'active' GROUP BY 1, 2;

CREATE FUNCTION fd_task_stage_days_added() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    -- An insert that added no open task (a plan's steps all there already) takes no lock.
    IF NOT EXISTS (SELECT 1 FROM added WHERE done_at IS NULL) THEN
        RETURN NULL;
    END IF;
    PERFORM fd_touchpoint_day_hold();
    INSERT INTO task_stage_day AS d (stage, day, tasks)
    SELECT c.stage, a.due_day, count(*) FROM added a JOIN customer c ON c.id = a.customer_id
    WHERE a.done_at IS NULL AND c.status = 'active' GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (stage, day) DO UPDATE SET tasks = d.tasks + excluded.tasks;
    RETURN NULL;
END $$;

CREATE FUNCTION fd_task_stage_days_removed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM removed WHERE done_at IS NULL) THEN
        RETURN NULL;
    END IF;
    PERFORM fd_touchpoint_day_hold();
    UPDATE task_stage_day AS d SET tasks = d.tasks - r.n
    FROM (SELECT c.stage, o.due_day AS day, count(*) AS n FROM removed o
          JOIN customer c ON c.id = o.customer_id
          WHERE o.done_at IS NULL AND c.status = 'active' GROUP BY 1, 2) AS r
    WHERE d.stage = r.stage AND d.day = r.day;
    RETURN NULL;
END $$;

-- A task that was open leaves its old customer's stage and day; one that is open now joins its
-- customer's stage and its new day.
CREATE FUNCTION fd_task_stage_day_moved() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    PERFORM fd_touchpoint_day_hold();
    IF OLD.done_at IS NULL THEN
        UPDATE task_stage_day AS d SET tasks = d.tasks - 1 FROM customer c
        WHERE c.id = OLD.customer_id AND c.status = 'active' AND d.stage = c.stage
            AND d.day = OLD.due_day;
    END IF;
    IF NEW.done_at IS NULL THEN
        INSERT INTO task_stage_day AS d (stage, day, tasks)
        SELECT c.stage, NEW.due_day, 1 FROM customer c
        WHERE c.id = NEW.customer_id AND c.status = 'active'
        ON CONFLICT (stage, day) DO UPDATE SET tasks = d.tasks + 1;
    END IF;
    RETURN NULL;
END $$;

-- A customer's move, churn or return carries its open tasks from the old stage's rows to the new
-- one's; a deleted active customer's leave with it.
CREATE FUNCTION fd_customer_task_stage_days() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    PERFORM fd_touchpoint_day_hold();
    IF OLD.status = 'active' THEN
        UPDATE task_stage_day AS d SET tasks = d.tasks - o.n
        FROM (SELECT due_day, count(*) AS n FROM task
              WHERE customer_id = OLD.id AND done_at IS NULL GROUP BY 1) AS o
        WHERE d.stage = OLD.stage AND d.day = o.due_day;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    IF NEW.status = 'active' THEN
        INSERT INTO task_stage_day AS d (stage, day, tasks)
        SELECT NEW.stage, due_day, count(*) FROM task
        WHERE customer_id = NEW.id AND done_at IS NULL GROUP BY 2 ORDER BY 2
        ON CONFLICT (stage, day) DO UPDATE SET tasks = d.tasks + excluded.tasks;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER task_stage_days_added AFTER INSERT ON task
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION fd_task_stage_days_added();
CREATE TRIGGER task_stage_days_removed AFTER DELETE ON task
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT
    EXECUTE FUNCTION fd_task_stage_days_removed();
CREATE TRIGGER task_stage_day_moved AFTER UPDATE OF customer_id, due_day, done_at ON task
    FOR EACH ROW
    WHEN ((OLD.done_at IS NULL) <> (NEW.done_at IS NULL) OR (NEW.done_at IS NULL AND
          (OLD.due_day <> NEW.due_day OR OLD.customer_id <> NEW.customer_id)))
    EXECUTE FUNCTION fd_task_stage_day_moved();
CREATE TRIGGER customer_stage_task_days AFTER UPDATE OF stage, status ON customer FOR EACH ROW
    WHEN ((CASE OLD.status WHEN 'active' THEN OLD.stage END)
          IS DISTINCT FROM (CASE NEW.status WHEN 'active' THEN NEW.stage END))
    EXECUTE FUNCTION fd_customer_task_stage_days();
CREATE TRIGGER customer_delete_task_days BEFORE DELETE ON customer FOR EACH ROW
    WHEN (OLD.status = 'active') EXECUTE FUNCTION fd_customer_task_stage_days();

-- Reps (and managers) read it; only the triggers write it. Only when 003_team.sql made the roles.
DO $do$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = fd_team_role('rep')) THEN
        EXECUTE format('GRANT SELECT ON task_stage_day TO %I', fd_team_role('rep'));
    END IF;
END
$do$;
