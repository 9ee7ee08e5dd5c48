-- FunnelDesk on PostgreSQL, migration 010, schema version 9: the tickets of each day, kept by
-- the server, so that "All tickets" finds any screen without walking to it (issue 16, "Speed":
-- a list screen ≤ 50 ms; docs/PERFORMANCE.md, "Step 10, sixth round"). SQLite needs nothing
-- (its OFFSET over the creation-time index takes 34-43 ms on data set L; v9 changes no file).
-- A screen at offset n of a million tickets walked n index entries (OFFSET): 324-439 ms in the
-- middle. With the counts, TicketListRepository::window finds the day that holds entry n from
-- their running sum, seeks to that day's end in ticket_created, and walks only the rest of n
-- inside the day (at most one day's tickets: 2,124 on L); the sum of the counts is the total
-- (count() of "All tickets": 730 rows against a million). Counts and rows are read by one
-- statement, in one snapshot, so the answer is OFFSET's even while others write.
-- day: the UTC day of ticket.created_at (UTC seconds), floor(created_at / 86400), so that day d
-- holds created_at in [d * 86400, (d + 1) * 86400). tickets: how many tickets were created then
-- (a day whose tickets were all deleted keeps its row at 0).
-- Kept by statement triggers on INSERT and DELETE (one upsert per statement and day) and a row
-- trigger when a ticket's created_at changes day. They run with the owner's rights (SECURITY
-- DEFINER): a rep writes no summary row of its own. They take the summaries' lock of
-- 009_summary_lock.sql first (fd_touchpoint_day_hold): a new ticket writes its inbound
-- touchpoint in the same transaction, which takes it anyway, and one lock for both summaries
-- cannot be taken in two orders. Bulk loads disable these triggers and rebuild the table whole
-- (PgBulkLoad.cpp); `check` compares it with the tickets (IntegrityCheck.cpp).

SELECT set_config('search_path', quote_ident(current_schema()) || ', pg_temp', true);

-- The UTC day of a time in UTC seconds, rounded down (also before 1970).
CREATE FUNCTION fd_ticket_day(p_at bigint) RETURNS bigint
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN floor(p_at / 86400.0)::bigint;

CREATE TABLE ticket_day (
    day     bigint PRIMARY KEY,
    tickets bigint NOT NULL
);

INSERT INTO ticket_day (day, tickets)
SELECT fd_ticket_day(created_at), count(*) FROM ticket GROUP BY 1;

CREATE FUNCTION fd_ticket_days_added() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    PERFORM fd_touchpoint_day_hold();
    INSERT INTO ticket_day AS d (day, tickets)
    SELECT fd_ticket_day(created_at), count(*) FROM added GROUP BY 1 ORDER BY 1
    ON CONFLICT (day) DO UPDATE SET tickets = d.tickets + excluded.tickets;
    RETURN NULL;
END $$;

CREATE FUNCTION fd_ticket_days_removed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    PERFORM fd_touchpoint_day_hold();
    UPDATE ticket_day AS d SET tickets = d.tickets - r.n
    FROM (SELECT fd_ticket_day(created_at) AS day, count(*) AS n FROM removed GROUP BY 1) AS r
    WHERE d.day = r.day;
    RETURN NULL;
END $$;

CREATE FUNCTION fd_ticket_day_moved() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    PERFORM fd_touchpoint_day_hold();
    UPDATE ticket_day SET tickets = tickets - 1 WHERE day = fd_ticket_day(OLD.created_at);
    INSERT INTO ticket_day AS d (day, tickets) VALUES (fd_ticket_day(NEW.created_at), 1)
    ON CONFLICT (day) DO UPDATE SET tickets = d.tickets + 1;
    RETURN NULL;
END $$;

CREATE TRIGGER ticket_days_added AFTER INSERT ON ticket
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION fd_ticket_days_added();
CREATE TRIGGER ticket_days_removed AFTER DELETE ON ticket
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION fd_ticket_days_removed();
CREATE TRIGGER ticket_day_moved AFTER UPDATE OF created_at ON ticket FOR EACH ROW
    WHEN (fd_ticket_day(OLD.created_at) <> fd_ticket_day(NEW.created_at)) EXECUTE FUNCTION fd_ticket_day_moved();

-- Reps (and managers) read it; only the triggers write it. Only when 003_team.sql made the roles.
DO $do$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = fd_team_role('rep')) THEN
        EXECUTE format('GRANT SELECT ON ticket_day TO %I', fd_team_role('rep'));
    END IF;
END
$do$;
