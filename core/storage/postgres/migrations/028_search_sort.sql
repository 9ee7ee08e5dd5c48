-- FunnelDesk on PostgreSQL, migration 028_search_sort, schema version 18: ticket_words (014_search_order.sql)
-- holds the columns the tickets list sorts by, so that a search over every ticket sorted by one
-- of them is sorted in the statement that finds its newest matches (pg::newestMatches, its
-- order), not by reading back the 10,000 tickets by id. On data set L, "invoice" sorted by
-- subject took 74-81 ms that way (28-34 ms for the matches, 23-30 ms for 10,000 probes of
-- ticket's primary key, then the sort) against issue 16's 50 ms; from ticket_words alone, 37 ms
-- (docs/PERFORMANCE.md, "Step 10: a search sorted by a column, on a server").
-- SQLite's schema version 18 makes its search index again without column sizes (storage/SchemaMigrations.cpp).
-- Rows: one per ticket, each column as the ticket's: id, created_at, customer_id, assignee_id,
-- status, priority, subject (the list's sort keys: TicketListRepository's sortKey) and search.
-- Kept as 014_search_order.sql keeps it, the row trigger now also firing when the ticket's
-- customer, assignee, status, priority or subject change. Rebuilt here from the tickets, in id
-- order, rather than widened in place (an UPDATE of every row would leave the table twice its
-- size until a vacuum). Bulk loads rebuild it whole (PgBulkLoad.cpp); `check` compares every
-- column with the tickets (IntegrityCheck.cpp).
-- Self-contained: it needs 001's ticket, 003's fd_team_role and 014's functions and triggers only.
-- fd::pg::Schema::init() and upgrade() run it as the database's owner, in one transaction.
-- Never edit a released migration.

SELECT set_config('search_path', quote_ident(current_schema()) || ', pg_temp', true);

DROP TABLE ticket_words;
CREATE TABLE ticket_words (
    id          bigint PRIMARY KEY,
    created_at  bigint NOT NULL,
    customer_id bigint NOT NULL,
    assignee_id bigint,
    status      text COLLATE "C" NOT NULL,
    priority    text COLLATE "C" NOT NULL,
    subject     text COLLATE "C" NOT NULL,
    search      tsvector
);
INSERT INTO ticket_words (id, created_at, customer_id, assignee_id, status, priority, subject, search)
SELECT id, created_at, customer_id, assignee_id, status, priority, subject, search FROM ticket ORDER BY id;
CREATE INDEX ticket_words_search ON ticket_words USING gin (search);
-- Statistics now: pg::newestMatches counts on the planner's choices, and autovacuum may come late.
ANALYZE ticket_words;

CREATE OR REPLACE FUNCTION fd_ticket_words_added() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    INSERT INTO ticket_words (id, created_at, customer_id, assignee_id, status, priority, subject, search)
    SELECT id, created_at, customer_id, assignee_id, status, priority, subject, search FROM added ORDER BY id;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION fd_ticket_words_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    UPDATE ticket_words SET id = NEW.id, created_at = NEW.created_at, customer_id = NEW.customer_id,
        assignee_id = NEW.assignee_id, status = NEW.status, priority = NEW.priority,
        subject = NEW.subject, search = NEW.search
    WHERE id = OLD.id;
    RETURN NULL;
END $$;

DROP TRIGGER ticket_words_changed ON ticket;
CREATE TRIGGER ticket_words_changed
    AFTER UPDATE OF id, created_at, customer_id, assignee_id, status, priority, subject, description, search
    ON ticket FOR EACH ROW
    WHEN (OLD.id <> NEW.id OR OLD.created_at <> NEW.created_at OR OLD.customer_id <> NEW.customer_id
          OR OLD.assignee_id IS DISTINCT FROM NEW.assignee_id OR OLD.status <> NEW.status
          OR OLD.priority <> NEW.priority OR OLD.subject <> NEW.subject
          OR OLD.search IS DISTINCT FROM NEW.search)
    EXECUTE FUNCTION fd_ticket_words_changed();

-- Reps (and managers) read it; only the triggers write it. Only when 003_team.sql made the roles.
DO $do$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = fd_team_role('rep')) THEN
        EXECUTE format('GRANT SELECT ON ticket_words TO %I', fd_team_role('rep'));
    END IF;
END
$do$;
