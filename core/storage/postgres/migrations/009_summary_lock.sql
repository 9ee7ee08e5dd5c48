-- FunnelDesk on PostgreSQL, migration 009, schema version 8: every writer of the
-- touchpoint_day summary waits for the others first (issue 17, "No lost updates" / "Speed").
-- A stage move carries the customer's touchpoint counts from its old (day, stage, kind) rows to
-- its new ones (fd_customer_touchpoint_days), and a touchpoint adds one (fd_touchpoint_day_change);
-- two such transactions of different customers took shared rows in different orders and one
-- was killed as a deadlock (server log: "while locking tuple … in relation touchpoint_day";
-- 12-14 per 20 reps × 150 operations). An order inside one statement is not enough: a
-- touchpoint and the move it causes are two statements of one transaction. A transaction-level
-- advisory lock on the summary, taken before its first row, serialises them instead (held to
-- commit; measured 0 deadlocks, the bench's 3,000 operations in 4.8-6.0 s against 11.8-16.3 s:
-- docs/PERFORMANCE.md). Bulk loads disable these triggers and rebuild the summary whole.

SELECT set_config('search_path', quote_ident(current_schema()) || ', pg_temp', true);

-- Per schema: another FunnelDesk database on the server does not wait.
CREATE FUNCTION fd_touchpoint_day_hold() RETURNS void
    LANGUAGE sql SET search_path FROM CURRENT AS $$
    SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.touchpoint_day'))
$$;

CREATE OR REPLACE FUNCTION fd_touchpoint_day_change(p_customer bigint, p_at bigint, p_kind text, p_delta integer)
    RETURNS void LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    PERFORM fd_touchpoint_day_hold();
    INSERT INTO touchpoint_day AS d (day, stage, kind, touchpoints)
    SELECT to_timestamp(p_at)::date, CASE c.status WHEN 'active' THEN c.stage ELSE 'churned' END, p_kind, p_delta
    FROM customer c WHERE c.id = p_customer
    ON CONFLICT (day, stage, kind) DO UPDATE SET touchpoints = d.touchpoints + excluded.touchpoints;
END $$;

CREATE OR REPLACE FUNCTION fd_customer_touchpoint_days() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    PERFORM fd_touchpoint_day_hold();
    INSERT INTO touchpoint_day AS d (day, stage, kind, touchpoints)
    SELECT to_timestamp(t.occurred_at)::date AS local_day,
           CASE OLD.status WHEN 'active' THEN OLD.stage ELSE 'churned' END, t.kind, -count(*)
    FROM touchpoint t WHERE t.customer_id = OLD.id GROUP BY local_day, t.kind
    ON CONFLICT (day, stage, kind) DO UPDATE SET touchpoints = d.touchpoints + excluded.touchpoints;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    INSERT INTO touchpoint_day AS d (day, stage, kind, touchpoints)
    SELECT to_timestamp(t.occurred_at)::date AS local_day,
           CASE NEW.status WHEN 'active' THEN NEW.stage ELSE 'churned' END, t.kind, count(*)
    FROM touchpoint t WHERE t.customer_id = NEW.id GROUP BY local_day, t.kind
    ON CONFLICT (day, stage, kind) DO UPDATE SET touchpoints = d.touchpoints + excluded.touchpoints;
    RETURN NULL;
END $$;
