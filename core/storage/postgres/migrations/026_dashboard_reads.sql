-- FunnelDesk on PostgreSQL, migration 026_dashboard_reads, schema version 16: what the dashboards
-- read on a server, so that each refreshes within issue 16's 150 ms on data set L ("Each
-- dashboard: ≤ 150 ms"; docs/PERFORMANCE.md, "Step 10: the dashboards on a server"). SQLite needs
-- nothing (its version 16 changes no file): a file reads these from the indexes it has.
-- 1. customer_stage_id: a stage's active customers in id order. The health bands of a stage
--    (HealthRepository::bandsOf) join them to customer_health's key in order (a merge join of two
--    index-only scans); before, the join read every customer's row along customer_pkey for its
--    stage: 31-39 ms of the retention dashboard's statements, now about 15.
-- 2. customer_health's key holds the band (INCLUDE), for the same join without reading the rows.
-- 3. customer_name_count: how many customers have each name, folded as SQLite's NOCASE folds it
--    (fd_nocase). The dashboards' long lists tell two customers of the same name apart
--    (Names::customerApart; MetricsRepository::namesApartOfMany); which names more than one
--    customer has was a GROUP BY over every customer's name on each refresh: 30-38 ms of the
--    retention and at-risk dashboards. Now the names with customers > 1, from a partial index.
--    folded: fd_nocase(customer.name). customers: how many customers have it now (a name no
--    customer has any more keeps its row at 0).
--    Kept by statement triggers on INSERT and DELETE (one upsert per statement and name) and a row
--    trigger when a customer's folded name changes. They run with the owner's rights (SECURITY
--    DEFINER): a rep writes no summary row of its own. Each count moves by an upsert or an UPDATE
--    of its own row, which waits for another transaction's change to that row and adds to it, so
--    two reps who add the same name at once count it twice, not once each; a statement takes its
--    rows in folded order, so that two statements that move the same names wait for each other
--    instead of deadlocking. Unlike the other summaries' writers, they do not take the summaries'
--    lock (fd_touchpoint_day_hold, 015_team_stall.sql): they run when the statement already holds
--    the customer's row, and a transaction that holds that lock may want the row next (a stage
--    recompute writes its planned tasks, task_day's trigger taking the lock, then the movers'
--    stages, StageFactsWrites.cpp); waiting for the lock here closed the circle, and the server
--    rolled one of them back as a deadlock (hostile review of this migration). Bulk loads disable
--    these triggers and rebuild the table whole (PgBulkLoad.cpp); `check` compares it with the
--    customers (IntegrityCheck.cpp).
-- Self-contained: it needs 001's customer and fd_nocase and 022's customer_health only. fd::pg::Schema::init() and upgrade() run it as the database's owner, in
-- one transaction. Never edit a released migration.

SELECT set_config('search_path', quote_ident(current_schema()) || ', pg_temp', true);

CREATE INDEX customer_stage_id ON customer (stage, status, id);

ALTER TABLE customer_health DROP CONSTRAINT customer_health_pkey,
    ADD CONSTRAINT customer_health_pkey PRIMARY KEY (customer_id) INCLUDE (band);

CREATE TABLE customer_name_count (
    folded    text COLLATE "C" PRIMARY KEY,
    customers bigint NOT NULL
);
CREATE INDEX customer_name_shared ON customer_name_count (folded) WHERE customers > 1;

INSERT INTO customer_name_count (folded, customers)
SELECT fd_nocase(name), count(*) FROM customer GROUP BY 1;

CREATE FUNCTION fd_customer_names_added() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    INSERT INTO customer_name_count AS n (folded, customers)
    SELECT fd_nocase(name), count(*) FROM added GROUP BY 1 ORDER BY 1
    ON CONFLICT (folded) DO UPDATE SET customers = n.customers + excluded.customers;
    RETURN NULL;
END $$;

CREATE FUNCTION fd_customer_names_removed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    -- An upsert, for its rows in folded order; every removed customer's name was counted.
    INSERT INTO customer_name_count AS n (folded, customers)
    SELECT fd_nocase(name), -count(*) FROM removed GROUP BY 1 ORDER BY 1
    ON CONFLICT (folded) DO UPDATE SET customers = n.customers + excluded.customers;
    RETURN NULL;
END $$;

-- The old name loses the customer; the new one gains it. The two count rows are taken in folded
-- order, so that two renames the other way round wait.
CREATE FUNCTION fd_customer_name_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    gone text COLLATE "C" := fd_nocase(OLD.name);
    came text COLLATE "C" := fd_nocase(NEW.name);
BEGIN
    IF gone < came THEN
        UPDATE customer_name_count SET customers = customers - 1 WHERE folded = gone;
    END IF;
    INSERT INTO customer_name_count AS n (folded, customers) VALUES (came, 1)
    ON CONFLICT (folded) DO UPDATE SET customers = n.customers + 1;
    IF gone > came THEN
        UPDATE customer_name_count SET customers = customers - 1 WHERE folded = gone;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER customer_names_added AFTER INSERT ON customer
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION fd_customer_names_added();
CREATE TRIGGER customer_names_removed AFTER DELETE ON customer
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION fd_customer_names_removed();
CREATE TRIGGER customer_name_changed AFTER UPDATE OF name ON customer FOR EACH ROW
    WHEN (fd_nocase(OLD.name) <> fd_nocase(NEW.name))
    EXECUTE FUNCTION fd_customer_name_changed();

-- Reps (and managers) read it; only the triggers write it. Only when 003_team.sql made the roles.
DO $do$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = fd_team_role('rep')) THEN
        EXECUTE format('GRANT SELECT ON customer_name_count TO %I', fd_team_role('rep'));
    END IF;
END
$do$;
