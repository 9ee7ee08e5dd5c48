-- FunnelDesk on PostgreSQL, migration 031_summary_rows, schema version 21: the summaries that new
-- tickets and touchpoints change are kept once per statement from its new rows (a transition
-- table), instead of once per row. The customers' open_tickets, last_touch_at, last_review_at,
-- last_advocacy_at and best_survey, and the daily touchpoint counts (touchpoint_day), hold the
-- same values as before. Self-contained: it needs 001's customer, ticket, touchpoint,
-- touchpoint_day, fd_ticket_open_count and fd_touchpoint_summary, and 015's
-- fd_touchpoint_day_hold. fd::pg::Schema::init() and upgrade() run it as the database's owner,
-- in one transaction. Never edit a released migration.
--
-- Why: a row trigger updated the customer's row for each new touchpoint (a new row version, and
-- twelve index entries, since last_touch_at is indexed) and its touchpoint_day row. An import
-- into a server database that has data keeps every trigger (RowLoad), and wrote 1,000,000
-- touchpoints of data set L into L's 100,000 customers at 1,980 rows/s (505 s) against 13.6 s
-- into a file; with the trigger disabled, 100,000 of them took 3.2 s instead of 31.1 s
-- (docs/PERFORMANCE.md, "The summaries of new tickets and touchpoints once per statement").
-- A COPY of 4,096 rows now updates each of its customers once.
--
-- Locks, as before: each customer whose summary changes is locked (FOR NO KEY UPDATE, as the
-- UPDATE takes) before the summaries' lock (fd_touchpoint_day_hold, 015), which every writer of
-- touchpoint_day and ticket_day takes before its first row; the stage a count goes to is read
-- under the customer's lock, so a stage move in another transaction waits for it and then
-- carries it (fd_customer_touchpoint_days). Within a statement the customers are locked in id
-- order. A table's statement triggers fire after its row triggers, in the order of their names:
-- the tickets' trigger is named ticket_customer_open_added so that it locks the customers of
-- every new ticket, open or not, before ticket_days_added takes the summaries' lock; the ticket's
-- arrival, a touchpoint written next, then finds its customer locked already. (Before, a solved
-- or closed ticket's customer was first locked by its arrival's trigger, after ticket_days_added:
-- the other order, which could deadlock with a touchpoint or a stage move of the same customer.)
-- An import into a database with data writes many such statements in one transaction, so from
-- its second batch on it locks customers while holding the summaries' lock; it first takes SHARE
-- ROW EXCLUSIVE on every data table (RowLoad, storage/postgres/PgBulkLoad.cpp), so no other
-- transaction writes, or holds a customer's lock from a write, while it runs.
--
-- Every trigger function that runs with the owner's rights is kept from PUBLIC: the server never
-- checks EXECUTE when a trigger fires, only when one is created, and a rep could otherwise attach
-- one to a temporary table of its own and have it write summaries or the audit log from rows it
-- made up (015 did this for fd_agent_session_limits alone). `check` names any such function the
-- team's roles may run (storage/postgres/PgRights.cpp).
--
-- Deleted and updated rows keep the row triggers: their functions are unchanged, and the
-- branches for an INSERT are no longer reached. A bulk load still turns every trigger off and
-- counts the summaries whole (storage/postgres/PgBulkLoad.cpp).

SELECT set_config('search_path', quote_ident(current_schema()) || ', pg_temp', true);

-- The customers' open tickets: each customer once, by the number of its new open tickets (none
-- written for a customer without one). With the writer's rights, as fd_ticket_open_count.
CREATE FUNCTION fd_tickets_open_added() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM added) THEN
        RETURN NULL; -- a statement that inserted nothing takes no lock
    END IF;
    -- Every new ticket's customer, open ticket or not (see the locks above).
    PERFORM 1 FROM customer WHERE id IN (SELECT customer_id FROM added)
        ORDER BY id FOR NO KEY UPDATE;
    UPDATE customer c SET open_tickets = c.open_tickets + a.n
    FROM (SELECT customer_id, count(*) AS n FROM added
          WHERE status IN ('new', 'open', 'pending', 'on_hold') GROUP BY customer_id) a
    WHERE c.id = a.customer_id;
    RETURN NULL;
END $$;

DROP TRIGGER ticket_open_count ON ticket;
CREATE TRIGGER ticket_open_count AFTER DELETE OR UPDATE OF status, customer_id ON ticket
    FOR EACH ROW EXECUTE FUNCTION fd_ticket_open_count();
-- Named to fire before ticket_days_added (see the locks above).
CREATE TRIGGER ticket_customer_open_added AFTER INSERT ON ticket
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION fd_tickets_open_added();

-- The customers' latest touch, review and advocacy and best survey score (greatest() skips a
-- NULL, as the row trigger's did), then the daily counts by the stage each customer is in. With
-- the owner's rights, as fd_touchpoint_summary: touchpoint_day is the owner's (015).
CREATE FUNCTION fd_touchpoints_added() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM added) THEN
        RETURN NULL; -- a statement that inserted nothing takes no lock
    END IF;
    PERFORM 1 FROM customer WHERE id IN (SELECT customer_id FROM added)
        ORDER BY id FOR NO KEY UPDATE;
    UPDATE customer c SET
        last_touch_at = greatest(c.last_touch_at, a.touch),
        last_review_at = greatest(c.last_review_at, a.review),
        last_advocacy_at = greatest(c.last_advocacy_at, a.advocacy),
        best_survey = greatest(c.best_survey, a.survey)
    FROM (SELECT customer_id, max(occurred_at) AS touch,
                 max(occurred_at) FILTER (WHERE kind = 'success_review') AS review,
                 max(occurred_at) FILTER (WHERE kind IN ('testimonial', 'community_forum',
                     'meetup', 'user_conference', 'referral')) AS advocacy,
                 max(score) FILTER (WHERE kind = 'survey') AS survey
          FROM added GROUP BY customer_id) a
    WHERE c.id = a.customer_id;
    PERFORM fd_touchpoint_day_hold();
    INSERT INTO touchpoint_day AS d (day, stage, kind, touchpoints)
    SELECT to_timestamp(a.occurred_at)::date,
           CASE c.status WHEN 'active' THEN c.stage ELSE 'churned' END, a.kind, count(*)
    FROM added a JOIN customer c ON c.id = a.customer_id
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (day, stage, kind) DO UPDATE SET touchpoints = d.touchpoints + excluded.touchpoints;
    RETURN NULL;
END $$;

DROP TRIGGER touchpoint_summary ON touchpoint;
CREATE TRIGGER touchpoint_summary AFTER DELETE OR UPDATE OF occurred_at, customer_id, kind, score
    ON touchpoint FOR EACH ROW EXECUTE FUNCTION fd_touchpoint_summary();
CREATE TRIGGER touchpoint_summary_added AFTER INSERT ON touchpoint
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION fd_touchpoints_added();

DO $do$
DECLARE
    f regprocedure;
BEGIN
    -- A REVOKE that finds nothing to revoke only warns; init's output stays one sentence.
    PERFORM set_config('client_min_messages', 'error', true);
    -- FunnelDesk's own: the functions of the role that runs the migrations (the owner).
    FOR f IN SELECT p.oid FROM pg_proc p
             WHERE p.pronamespace = to_regnamespace(quote_ident(current_schema()))
               AND p.prosecdef AND p.prorettype = 'trigger'::regtype
               AND pg_has_role(p.proowner, 'USAGE') LOOP
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', f);
    END LOOP;
END
$do$;
