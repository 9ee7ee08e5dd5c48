-- FunnelDesk on PostgreSQL, migration 013_text_rule, schema version 10 (issue 17 hostile pass,
-- second round): the server keeps the text rule of domain/Validation.h for a rep's raw SQL,
-- which the client's check never sees. A rep's psql wrote "Acme\nAlso: …" into a customer's
-- name and an agent's "Bo\t9\tmanager", which forged lines and columns in every report.
-- One-line fields (names, subjects, tags, ticket numbers, company, plan, phone, role, a move's
-- reason and actor, a canned reply's title: Validation::lineProblem) refuse every control
-- character (U+0001–U+001F, tab and line breaks too), DELETE and C1 (U+007F–U+009F), the line
-- and paragraph separators (U+2028, U+2029), bidi embeddings, overrides and isolates
-- (U+202A–U+202E, U+2066–U+2069), the implicit direction marks (U+200E, U+200F, U+061C) and
-- the invisible U+200B, U+2060, U+FEFF and tag characters (U+E0000–U+E007F). Text of several
-- lines (notes, descriptions, bodies, summaries: Validation::textProblem) refuses the controls
-- but tab, line feed and carriage return, DELETE and C1, and the bidi embeddings, overrides
-- and isolates. The client refuses a little more (every Unicode format character): what the
-- server refuses, the client never writes. (NUL cannot be stored in a PostgreSQL text.)
-- Rows stored before this migration are not changed and do not stop it: each constraint is
-- added NOT VALID, then validated where every row keeps it. Where some row does not, the
-- constraint stays NOT VALID (new rows and changed rows must keep it; a change to such a row
-- is refused until its text is corrected) and `check` names the rows (fd_text_faults).
-- Self-contained. fd::pg::Schema::init() and upgrade() run it as the database's owner, in one
-- transaction, with search_path = the FunnelDesk schema alone. Never edit a released migration.
-- Amended once (2026-12-07): its two lookups of the schema read current_schema()::regnamespace,
-- which folds and splits a name that needs quotes ("Q.t" became q, t): init failed in such a
-- schema, so no database ever ran that text there, and wherever it ran the two forms agree.

SELECT set_config('search_path', quote_ident(current_schema()) || ', pg_temp', true);

-- Whether `t` keeps the one-line rule (NULL: an empty optional field, kept).
CREATE FUNCTION fd_text_line(t text) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN t IS NULL OR t !~ '[\x01-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200b\u200e\u200f\u061c\u2060\ufeff\U000e0000-\U000e007f]';

-- Whether `t` keeps the rule of text of several lines.
CREATE FUNCTION fd_text_lines(t text) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN t IS NULL OR t !~ '[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]';

ALTER TABLE agent ADD CONSTRAINT fd_text_agent_name CHECK (fd_text_line(name)) NOT VALID;
ALTER TABLE customer ADD CONSTRAINT fd_text_customer_name CHECK (fd_text_line(name)) NOT VALID;
ALTER TABLE customer ADD CONSTRAINT fd_text_customer_company CHECK (fd_text_line(company)) NOT VALID;
ALTER TABLE customer ADD CONSTRAINT fd_text_customer_plan CHECK (fd_text_line(plan)) NOT VALID;
ALTER TABLE customer ADD CONSTRAINT fd_text_customer_tags CHECK (fd_text_line(tags)) NOT VALID;
ALTER TABLE customer ADD CONSTRAINT fd_text_customer_notes CHECK (fd_text_lines(notes)) NOT VALID;
ALTER TABLE contact ADD CONSTRAINT fd_text_contact_name CHECK (fd_text_line(name)) NOT VALID;
ALTER TABLE contact ADD CONSTRAINT fd_text_contact_phone CHECK (fd_text_line(phone)) NOT VALID;
ALTER TABLE contact ADD CONSTRAINT fd_text_contact_role CHECK (fd_text_line(role)) NOT VALID;
ALTER TABLE ticket ADD CONSTRAINT fd_text_ticket_subject CHECK (fd_text_line(subject)) NOT VALID;
ALTER TABLE ticket ADD CONSTRAINT fd_text_ticket_tags CHECK (fd_text_line(tags)) NOT VALID;
ALTER TABLE ticket ADD CONSTRAINT fd_text_ticket_external_ref CHECK (fd_text_line(external_ref)) NOT VALID;
ALTER TABLE ticket ADD CONSTRAINT fd_text_ticket_description CHECK (fd_text_lines(description)) NOT VALID;
ALTER TABLE ticket_comment ADD CONSTRAINT fd_text_ticket_comment_body CHECK (fd_text_lines(body)) NOT VALID;
ALTER TABLE canned_reply ADD CONSTRAINT fd_text_canned_reply_title CHECK (fd_text_line(title)) NOT VALID;
ALTER TABLE canned_reply ADD CONSTRAINT fd_text_canned_reply_body CHECK (fd_text_lines(body)) NOT VALID;
ALTER TABLE touchpoint ADD CONSTRAINT fd_text_touchpoint_summary CHECK (fd_text_lines(summary)) NOT VALID;
ALTER TABLE stage_transition ADD CONSTRAINT fd_text_stage_transition_reason CHECK (fd_text_line(reason)) NOT VALID;
ALTER TABLE stage_transition ADD CONSTRAINT fd_text_stage_transition_actor CHECK (fd_text_line(actor)) NOT VALID;

-- Validated where the rows allow: a schema without such rows gets constraints as firm as new ones.
DO $$
DECLARE
    c record;
BEGIN
    FOR c IN SELECT conrelid::regclass AS tbl, conname FROM pg_constraint
             WHERE connamespace = to_regnamespace(quote_ident(current_schema())) AND conname LIKE 'fd\_text\_%' AND NOT convalidated
    LOOP
        BEGIN
            EXECUTE format('ALTER TABLE %s VALIDATE CONSTRAINT %I', c.tbl, c.conname);
        EXCEPTION WHEN check_violation THEN
            NULL; -- rows stored before this migration: fd_text_faults names them
        END;
    END LOOP;
END $$;

-- The rows that break a text constraint left NOT VALID: the constraint's name (fd_text_<table>_
-- <column>), the table, how many rows, and the ids of the first five. For `check`.
CREATE FUNCTION fd_text_faults() RETURNS TABLE (constraint_name text, table_name text, row_count bigint, first_ids text)
    LANGUAGE plpgsql STABLE SET search_path FROM CURRENT AS $$
DECLARE
    c record;
BEGIN
    FOR c IN SELECT conrelid::regclass::text AS tbl, conname::text AS name,
                    substring(pg_get_constraintdef(oid) FROM '^CHECK \((.*)\)( NOT VALID)?$') AS expr
             FROM pg_constraint
             WHERE connamespace = to_regnamespace(quote_ident(current_schema())) AND conname LIKE 'fd\_text\_%' AND NOT convalidated
             ORDER BY conname
    LOOP
        EXECUTE format('SELECT count(*), string_agg(id::text, '', '' ORDER BY id) FILTER (WHERE n <= 5) '
                       'FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM %s WHERE NOT (%s)) AS bad',
                       c.tbl, c.expr)
            INTO row_count, first_ids;
        IF row_count > 0 THEN
            constraint_name := c.name;
            table_name := c.tbl;
            RETURN NEXT;
        END IF;
    END LOOP;
END $$;
