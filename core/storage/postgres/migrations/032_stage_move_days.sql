-- FunnelDesk on PostgreSQL, migration 032_stage_move_days, schema version 22: a stage move or a
-- churn carries the customer's daily touchpoint counts (touchpoint_day) to its new stage once per
-- statement, from the statement's old and new rows (transition tables), instead of once per
-- customer. Self-contained: it needs 001's customer, touchpoint and touchpoint_day and 015's
-- fd_touchpoint_day_hold. fd::pg::Schema::init() and upgrade() run it as the database's owner, in
-- one transaction. Never edit a released migration.
--
-- Why: the row trigger customer_stage_touchpoint_days ran, for each customer whose stage or
-- status changed, two INSERT … ON CONFLICT over that customer's touchpoints. A recompute writes
-- every customer's stage in one UPDATE on a server (StageFactsWrites.cpp, setStagesAtOnce); an
-- import of 100,000 tickets that created 9,469 customers placed them (26,351 moves) in 8.5-14.6 s,
-- 0.6 ms a customer in this trigger alone, against 3.0 s in a file, and now in 2.8 s
-- (docs/PERFORMANCE.md, "A stage move's touchpoint counts once per statement").
--
-- What it counts: the touchpoints that carry a customer id move from the bucket of the id's old
-- row (its stage while active, 'churned' otherwise) to the bucket of its new row, minus their
-- number of each day and kind in the one and plus in the other, summed per (day, bucket, kind) so
-- that each touchpoint_day row is written once, and not at all when its sum is 0 (two customers
-- that swap stages on the same days). Rows are taken by id, each old row -1 and each new row +1 in
-- its bucket; an id whose bucket stayed sums to 0 and drops out. These are the row trigger's
-- counts, and also right when a manager's UPDATE changes ids, which the row trigger (on stage and
-- status only) missed; the primary key and the touchpoints' foreign key (which does not follow an
-- id) refuse nearly every such UPDATE anyway.
--
-- The function's plans are made at its first call in a session and kept, whatever the size of
-- later statements' transition tables. So nothing in them joins the two tables to each other or
-- reads touchpoint whole: the ids are grouped, and each moved id's touchpoints are counted through
-- the index touchpoint_customer (an aggregate in a LATERAL subquery, which the planner cannot pull
-- up, so it stays a loop over the ids), once for each of the id's two buckets. Whatever a
-- statement's size, its time is its rows' grouping plus the touchpoints it moves. (As for every
-- cached plan, the scan of touchpoint is chosen from that table's statistics; a plan made while
-- the table was tiny is made again after its next ANALYZE.)
--
-- Locks, as before: the UPDATE has locked every customer it changed before the trigger runs, and
-- the summaries' lock (fd_touchpoint_day_hold) is taken after them, only when some bucket changed
-- (customer_stage_task_days, 027, has taken it already for a bucket change of an active
-- customer); a statement that moved nobody (a touchpoint's summary columns, an edit of a name)
-- takes no lock (tests/core/PgSummaryLockTest.cpp). PostgreSQL refuses a trigger with transition
-- tables that names columns, and a WHEN cannot read a statement's rows, so it runs after every
-- UPDATE of customer, even one of no rows, and returns after grouping the statement's rows when no
-- bucket changed (pgbench: 0.04-0.27 ms more on a one-statement edit of a customer, about 10 µs
-- a run inside a larger statement; docs/PERFORMANCE.md). A deleted customer's counts keep the row
-- trigger customer_delete_touchpoint_days and its function, fd_customer_touchpoint_days, which is
-- unchanged (031's header still names that function for a stage move: released, not edited). A
-- bulk load still turns every trigger off and counts the summaries whole
-- (storage/postgres/PgBulkLoad.cpp).

SELECT set_config('search_path', quote_ident(current_schema()) || ', pg_temp', true);

-- With the owner's rights, as fd_customer_touchpoint_days: touchpoint_day is the owner's (015).
CREATE FUNCTION fd_customers_touchpoint_days_moved() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    PERFORM 1 FROM (SELECT id, CASE status WHEN 'active' THEN stage ELSE 'churned' END, -1 FROM updated_old
                    UNION ALL
                    SELECT id, CASE status WHEN 'active' THEN stage ELSE 'churned' END, 1 FROM updated_new)
                   AS m(id, bucket, sign)
        GROUP BY id, bucket HAVING sum(sign) <> 0 LIMIT 1;
    IF NOT FOUND THEN
        RETURN NULL; -- nobody changed bucket: no lock, no row
    END IF;
    PERFORM fd_touchpoint_day_hold();
    INSERT INTO touchpoint_day AS d (day, stage, kind, touchpoints)
    SELECT c.day, m.bucket, c.kind, sum(m.sign * c.n)::integer
    FROM (SELECT id, bucket, sum(sign) AS sign
          FROM (SELECT id, CASE status WHEN 'active' THEN stage ELSE 'churned' END, -1 FROM updated_old
                UNION ALL
                SELECT id, CASE status WHEN 'active' THEN stage ELSE 'churned' END, 1 FROM updated_new)
               AS r(id, bucket, sign)
          GROUP BY id, bucket HAVING sum(sign) <> 0) m
    CROSS JOIN LATERAL (SELECT to_timestamp(t.occurred_at)::date AS day, t.kind, count(*) AS n
                        FROM touchpoint t WHERE t.customer_id = m.id GROUP BY 1, 2) c
    GROUP BY 1, 2, 3 HAVING sum(m.sign * c.n) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT (day, stage, kind) DO UPDATE SET touchpoints = d.touchpoints + excluded.touchpoints;
    RETURN NULL;
END $$;
-- Only the trigger runs it (031: the server checks EXECUTE when a trigger is made).
REVOKE ALL ON FUNCTION fd_customers_touchpoint_days_moved() FROM PUBLIC;

DROP TRIGGER customer_stage_touchpoint_days ON customer;
CREATE TRIGGER customer_stage_touchpoint_days AFTER UPDATE ON customer
    REFERENCING OLD TABLE AS updated_old NEW TABLE AS updated_new
    FOR EACH STATEMENT EXECUTE FUNCTION fd_customers_touchpoint_days_moved();
