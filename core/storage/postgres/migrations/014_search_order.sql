-- FunnelDesk on PostgreSQL, migration 014, schema version 10: each ticket's search words in a narrow
-- table of their own, walked newest first (issue 16, "Speed": a search ≤ 50 ms; docs/PERFORMANCE.md,
-- "Step 10, eighth round"). SQLite needs nothing (FTS5's rowids come in order; v10 changes no file).
-- A search over every ticket gives the newest 10,000 matches (TicketListQuery::kSearchLimit). For a
-- word in a few percent of the tickets ('invoice':*, 3.7 % of data set L) the server walked the
-- ticket table backwards by id and tested each row's words: 262,893 rows for 10,000, about 18,000
-- pages of ticket's 463 MB, the row's other columns read for nothing; the GIN index's matches cost
-- as much (37,468 rows on 28,055 pages: a match's page holds few others). ticket_words holds only
-- what that walk reads: the id, the creation time the list sorts by, and the words (230 MB on L):
-- the same walk reads 9,573 pages against 18,307, in half the time or less. Its own GIN index
-- answers the rare words (the planner picks, per search, as it did on ticket; PgStatement plans each run for its
-- words). ticket's own GIN index over every ticket goes: nothing reads it any more (the open
-- queues read ticket_open_search, 007_open_search.sql).
-- Rows: one per ticket, id and created_at as the ticket's, search = ticket.search (set by the
-- trigger ticket_search of 001_initial.sql before the row is written). Kept by a statement
-- trigger on INSERT and on DELETE (over the transition tables) and a row trigger when a ticket's
-- id, creation time or words change, with the owner's rights (SECURITY DEFINER: reps and managers
-- may only read it). No summary lock: each ticket writes only its own row. Bulk loads disable the
-- triggers and rebuild the table whole (PgBulkLoad.cpp); `check` compares it with the tickets.

SELECT set_config('search_path', quote_ident(current_schema()) || ', pg_temp', true);

CREATE TABLE ticket_words (
    id         bigint PRIMARY KEY,
    created_at bigint NOT NULL,
    search     tsvector
);

INSERT INTO ticket_words (id, created_at, search) SELECT id, created_at, search FROM ticket ORDER BY id;
CREATE INDEX ticket_words_search ON ticket_words USING gin (search);
DROP INDEX ticket_search;

CREATE FUNCTION fd_ticket_words_added() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    INSERT INTO ticket_words (id, created_at, search) SELECT id, created_at, search FROM added ORDER BY id;
    RETURN NULL;
END $$;

CREATE FUNCTION fd_ticket_words_removed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    DELETE FROM ticket_words w USING removed r WHERE w.id = r.id;
    RETURN NULL;
END $$;

CREATE FUNCTION fd_ticket_words_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    UPDATE ticket_words SET id = NEW.id, created_at = NEW.created_at, search = NEW.search WHERE id = OLD.id;
    RETURN NULL;
END $$;

CREATE TRIGGER ticket_words_added AFTER INSERT ON ticket
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION fd_ticket_words_added();
CREATE TRIGGER ticket_words_removed AFTER DELETE ON ticket
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION fd_ticket_words_removed();
CREATE TRIGGER ticket_words_changed AFTER UPDATE OF id, created_at, search, subject, description ON ticket
    FOR EACH ROW WHEN (OLD.id <> NEW.id OR OLD.created_at <> NEW.created_at OR OLD.search IS DISTINCT FROM NEW.search)
    EXECUTE FUNCTION fd_ticket_words_changed();

-- The open tickets by customer (the tickets list sorted by customer: TicketListRepository reads
-- each open ticket's id and customer id, then sorts by the customers' names). No index held both:
-- the statement read every open ticket's row (16,259 rows on about 10,000 pages of data set L,
-- 113-385 ms at load 19); from this index alone 1.5 ms (Index Only Scan, 70 pages). Its predicate
-- is the queues' condition word for word (as 007_open_search.sql's).
CREATE INDEX ticket_open_customer ON ticket (customer_id, id) WHERE status IN ('new', 'open', 'pending', 'on_hold');

-- Reps (and managers) read it; only the triggers write it. Only when 003_team.sql made the roles.
DO $do$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = fd_team_role('rep')) THEN
        EXECUTE format('GRANT SELECT ON ticket_words TO %I', fd_team_role('rep'));
    END IF;
END
$do$;
