-- FunnelDesk on PostgreSQL, migration 032_stage_move_days, schema version 22: a stage move or a
-- churn carries the customer's daily touchpoint counts (touchpoint_day) to its new stage once per
-- statement, from the statement's old and new rows (transition tables), instead of once per
-- customer. touchpoint_day holds the same values as before. Self-contained: it needs 001's
-- customer, touchpoint and touchpoint_day and 015's fd_touchpoint_day_hold.
-- fd::pg::Schema::init() and upgrade() run it as the database's owner, in one transaction. Never
-- edit a released migration.
--
-- Why: the row trigger customer_stage_touchpoint_days ran, for each customer whose stage or
-- status changed, two INSERT … ON CONFLICT over that customer's touchpoints. A recompute writes
-- every customer's stage in one UPDATE on a server (StageFactsWrites.cpp, setStagesAtOnce), and
-- an import that created 9,469 customers placed them (26,351 moves) in 9.7-14.6 s, 0.6 ms a
-- customer in this trigger alone, against 3.0 s in a file; now 3.7 s (docs/PERFORMANCE.md, "A
-- stage move's touchpoint counts once per statement").
--
-- What it counts, as the row trigger did: each updated customer whose bucket (its stage while
-- active, 'churned' otherwise) changed gives minus its touchpoints of each day and kind to the old
-- bucket and plus them to the new one, summed per (day, bucket, kind) so that each touchpoint_day
-- row is written once. Old and new rows are paired by id: a customer whose id changed has no
-- touchpoints (their foreign key does not follow an id), so it carries nothing either way.
--
-- Locks, as before: the UPDATE has locked every customer it changed before the trigger runs, and
-- the summaries' lock (fd_touchpoint_day_hold) is taken after them, only when some bucket changed;
-- a statement that moved nobody (a touchpoint's summary columns, an edit of a name) takes no lock.
-- A statement trigger cannot name columns (PostgreSQL refuses transition tables with a column
-- list) nor have a WHEN, so it runs after every UPDATE of customer and returns at once when no
-- bucket changed. A deleted customer's counts keep the row trigger customer_delete_touchpoint_days
-- and its function, fd_customer_touchpoint_days, which is unchanged. A bulk load still turns every
-- trigger off and counts the summaries whole (storage/postgres/PgBulkLoad.cpp).

SELECT set_config('search_path', quote_ident(current_schema()) || ', pg_temp', true);

-- With the owner's rights, as fd_customer_touchpoint_days: touchpoint_day is the owner's (015).
CREATE FUNCTION fd_customers_touchpoint_days_moved() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM updated_old o JOIN updated_new n ON n.id = o.id
                   WHERE (CASE o.status WHEN 'active' THEN o.stage ELSE 'churned' END)
                         IS DISTINCT FROM (CASE n.status WHEN 'active' THEN n.stage ELSE 'churned' END)) THEN
        RETURN NULL; -- nobody changed bucket: no lock, no row
    END IF;
    PERFORM fd_touchpoint_day_hold();
    INSERT INTO touchpoint_day AS d (day, stage, kind, touchpoints)
    SELECT to_timestamp(t.occurred_at)::date, m.bucket, t.kind, sum(m.sign)
    FROM (SELECT o.id, b.bucket, b.sign
          FROM updated_old o JOIN updated_new n ON n.id = o.id,
               LATERAL (VALUES (CASE o.status WHEN 'active' THEN o.stage ELSE 'churned' END, -1),
                               (CASE n.status WHEN 'active' THEN n.stage ELSE 'churned' END, 1))
                   AS b(bucket, sign)
          WHERE (CASE o.status WHEN 'active' THEN o.stage ELSE 'churned' END)
                IS DISTINCT FROM (CASE n.status WHEN 'active' THEN n.stage ELSE 'churned' END)) m
    JOIN touchpoint t ON t.customer_id = m.id
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (day, stage, kind) DO UPDATE SET touchpoints = d.touchpoints + excluded.touchpoints;
    RETURN NULL;
END $$;
-- Only the trigger runs it (031: the server checks EXECUTE when a trigger is made).
REVOKE ALL ON FUNCTION fd_customers_touchpoint_days_moved() FROM PUBLIC;

DROP TRIGGER customer_stage_touchpoint_days ON customer;
CREATE TRIGGER customer_stage_touchpoint_days AFTER UPDATE ON customer
    REFERENCING OLD TABLE AS updated_old NEW TABLE AS updated_new
    FOR EACH STATEMENT EXECUTE FUNCTION fd_customers_touchpoint_days_moved();
