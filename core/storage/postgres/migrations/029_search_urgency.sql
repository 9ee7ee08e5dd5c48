-- FunnelDesk on PostgreSQL, migration 029_search_urgency, schema version 19: the last two orders
-- of a search over every ticket that still read back the 10,000 newest matches (issue 16, "A list
-- screen: ≤ 50 ms"; docs/PERFORMANCE.md, "Step 10: a search sorted by urgency or customer, on a
-- server"). On data set L, "invoice" sorted by urgency took 71-83 ms, by customer 50-59 ms.
-- SQLite's schema version 19 changes nothing in a file (storage/SchemaMigrations.cpp).
-- 1. ticket_words (014_search_order.sql, 028_search_sort.sql) also holds the ticket's SLA clocks:
--    first_response_at, solved_at, sla_paused_secs, sla_paused_since, first_response_breached_at
--    and resolution_breached_at, each as the ticket's. The urgency order (TicketListRepository's
--    urgencyOrder: created_at, priority and these) is then sorted in the statement that finds the
--    newest matches, as every other column is since 028. Rebuilt from the tickets in id order, as
--    028 did, rather than widened in place. The row trigger also fires when a clock changes.
-- 2. customer_names: each customer's id and name, a table of its own (5 MB on data set L,
--    against customer's 19 MB). Sorting by customer joins the matches to the customers' names
--    while index scans are off (pg::newestMatches' windows): a hash join over every customer,
--    whose heap is read whole; on L 20 ms from customer, 8 ms from this table
--    (TicketListRepository.cpp, newestOnServer). The name is not copied into ticket_words: a
--    rename would have to reach the rows of tickets being added at the same moment by other
--    sessions, which only a lock on the customer taken by every ticket insert could order. Here a customer's row and its copy are written by one statement's
--    triggers, under that customer's row lock. Kept by statement triggers on INSERT and DELETE
--    and a row trigger on a change of id or name, with the owner's rights; bulk loads rebuild it
--    (PgBulkLoad.cpp); `check` compares it with the customers (IntegrityCheck.cpp).
-- Self-contained: it needs 001's ticket and customer, 003's fd_team_role and 028's ticket_words
-- triggers only. fd::pg::Schema::init() and upgrade() run it as the database's owner, in one
-- transaction. Never edit a released migration.

SELECT set_config('search_path', quote_ident(current_schema()) || ', pg_temp', true);

DROP TABLE ticket_words;
CREATE TABLE ticket_words (
    id                         bigint PRIMARY KEY,
    created_at                 bigint NOT NULL,
    customer_id                bigint NOT NULL,
    assignee_id                bigint,
    status                     text COLLATE "C" NOT NULL,
    priority                   text COLLATE "C" NOT NULL,
    subject                    text COLLATE "C" NOT NULL,
    first_response_at          bigint,
    solved_at                  bigint,
    sla_paused_secs            bigint NOT NULL,
    sla_paused_since           bigint,
    first_response_breached_at bigint,
    resolution_breached_at     bigint,
    search                     tsvector
);
INSERT INTO ticket_words (id, created_at, customer_id, assignee_id, status, priority, subject,
    first_response_at, solved_at, sla_paused_secs, sla_paused_since, first_response_breached_at,
    resolution_breached_at, search)
SELECT id, created_at, customer_id, assignee_id, status, priority, subject, first_response_at,
    solved_at, sla_paused_secs, sla_paused_since, first_response_breached_at,
    resolution_breached_at, search
FROM ticket ORDER BY id;
CREATE INDEX ticket_words_search ON ticket_words USING gin (search);
-- Statistics now: pg::newestMatches counts on the planner's choices, and autovacuum may come late.
ANALYZE ticket_words;

CREATE OR REPLACE FUNCTION fd_ticket_words_added() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    INSERT INTO ticket_words (id, created_at, customer_id, assignee_id, status, priority, subject,
        first_response_at, solved_at, sla_paused_secs, sla_paused_since,
        first_response_breached_at, resolution_breached_at, search)
    SELECT id, created_at, customer_id, assignee_id, status, priority, subject, first_response_at,
        solved_at, sla_paused_secs, sla_paused_since, first_response_breached_at,
        resolution_breached_at, search
    FROM added ORDER BY id;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION fd_ticket_words_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    UPDATE ticket_words SET id = NEW.id, created_at = NEW.created_at, customer_id = NEW.customer_id,
        assignee_id = NEW.assignee_id, status = NEW.status, priority = NEW.priority,
        subject = NEW.subject, first_response_at = NEW.first_response_at,
        solved_at = NEW.solved_at, sla_paused_secs = NEW.sla_paused_secs,
        sla_paused_since = NEW.sla_paused_since,
        first_response_breached_at = NEW.first_response_breached_at,
        resolution_breached_at = NEW.resolution_breached_at, search = NEW.search
    WHERE id = OLD.id;
    RETURN NULL;
END $$;

DROP TRIGGER ticket_words_changed ON ticket;
CREATE TRIGGER ticket_words_changed
    AFTER UPDATE OF id, created_at, customer_id, assignee_id, status, priority, subject, description,
        first_response_at, solved_at, sla_paused_secs, sla_paused_since, first_response_breached_at,
        resolution_breached_at, search
    ON ticket FOR EACH ROW
    WHEN (OLD.id <> NEW.id OR OLD.created_at <> NEW.created_at OR OLD.customer_id <> NEW.customer_id
          OR OLD.assignee_id IS DISTINCT FROM NEW.assignee_id OR OLD.status <> NEW.status
          OR OLD.priority <> NEW.priority OR OLD.subject <> NEW.subject
          OR OLD.first_response_at IS DISTINCT FROM NEW.first_response_at
          OR OLD.solved_at IS DISTINCT FROM NEW.solved_at OR OLD.sla_paused_secs <> NEW.sla_paused_secs
          OR OLD.sla_paused_since IS DISTINCT FROM NEW.sla_paused_since
          OR OLD.first_response_breached_at IS DISTINCT FROM NEW.first_response_breached_at
          OR OLD.resolution_breached_at IS DISTINCT FROM NEW.resolution_breached_at
          OR OLD.search IS DISTINCT FROM NEW.search)
    EXECUTE FUNCTION fd_ticket_words_changed();

CREATE TABLE customer_names (
    id   bigint PRIMARY KEY,
    name text COLLATE "C" NOT NULL
);
INSERT INTO customer_names (id, name) SELECT id, name FROM customer ORDER BY id;
ANALYZE customer_names;

CREATE FUNCTION fd_customer_names_copied() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    INSERT INTO customer_names (id, name) SELECT id, name FROM added ORDER BY id;
    RETURN NULL;
END $$;

CREATE FUNCTION fd_customer_names_dropped() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    DELETE FROM customer_names n USING removed r WHERE n.id = r.id;
    RETURN NULL;
END $$;

CREATE FUNCTION fd_customer_names_renamed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    UPDATE customer_names SET id = NEW.id, name = NEW.name WHERE id = OLD.id;
    RETURN NULL;
END $$;

CREATE TRIGGER customer_names_copied AFTER INSERT ON customer
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION fd_customer_names_copied();
CREATE TRIGGER customer_names_dropped AFTER DELETE ON customer
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION fd_customer_names_dropped();
CREATE TRIGGER customer_names_renamed AFTER UPDATE OF id, name ON customer FOR EACH ROW
    WHEN (OLD.id <> NEW.id OR OLD.name <> NEW.name)
    EXECUTE FUNCTION fd_customer_names_renamed();

-- Reps (and managers) read them; only the triggers write them. Only when 003_team.sql made the
-- roles.
DO $do$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = fd_team_role('rep')) THEN
        EXECUTE format('GRANT SELECT ON ticket_words, customer_names TO %I', fd_team_role('rep'));
    END IF;
END
$do$;
