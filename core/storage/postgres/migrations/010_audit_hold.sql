-- FunnelDesk on PostgreSQL, migration 010_audit_hold, schema version 9 (issue 17, Step 11, "Audit
-- log ... Every change is recorded" and "No lost updates"). A second hostile pass with psql, on
-- 006_guard.sql; self-contained (it needs 001-006's tables and functions only). fd::pg::Schema::init()
-- and upgrade() run it as the database's owner, in one transaction. Never edit a released migration.
-- 1. The audit log's pause: a bare `SET funneldesk.audit_paused = 'on'` (a manager's psql) no
--    longer silences the triggers. The log is paused only for the rest of a transaction in which
--    fd_audit_pause(true) ran for a manager: it writes the transaction's id into fd_audit_hold,
--    a table only the owner reads and writes, and fd_audit_row asks for it. The bulk writes of a
--    manager (import, generate, migrate, a recompute; storage/AuditLog.h's AuditPause through
--    PgDatabase) call it and write their one entry through fd_audit_bulk.
-- 2. A rep's UPDATE of a versioned row (agent, customer, contact, ticket, canned_reply) is stamped
--    whatever columns it names: when it changes anything but the columns FunnelDesk keeps itself
--    (each trigger's arguments), or names the stamp itself, the version is the row's one up and
--    changed_by/changed_at the rep's agent and the server's clock. A colleague's editor still open
--    at the old version is refused its save (Error::Kind::Conflict) instead of saving over it.
--    006's triggers fired only on UPDATE OF version, changed_at, changed_by.
-- 3. Ids are FunnelDesk's to give, for a rep: an INSERT that names an id beyond the id sequence's
--    last value (one no default drew), or an UPDATE that changes one, is refused (SQLSTATE 42501). A rep's id at the top of the bigint
--    range made fd_fill_id fail every later insert ("bigint out of range"). Managers keep giving
--    ids (an import's, a restore's) and moving the sequences past them (006).
-- `check` (storage/IntegrityCheck.cpp) names every guard trigger that is missing, disabled or
-- calls another function, and every SECURITY DEFINER function that lost it or its search_path.

SELECT set_config('search_path', quote_ident(current_schema()) || ', pg_temp', true);

-- The transactions whose audit entries a manager's bulk write replaces by one (txid_current(),
-- 64 bits: never used twice). Rows of finished transactions are left behind and cleared by the
-- next fd_audit_pause; UNLOGGED, as nothing in it outlives its transaction in meaning.
CREATE UNLOGGED TABLE fd_audit_hold (
    xact bigint PRIMARY KEY
);

-- Pauses (`p_on`) or resumes the audit log's triggers for the rest of this transaction, and
-- sets funneldesk.audit_paused to match (transaction-local). Value: whether the log is paused
-- now. A rep's call pauses nothing and is not refused (AuditLog::recordBulk writes no entry for
-- a rep either: a rep's bulk write leaves its entries row by row). Outside a transaction block
-- it holds for its own statement only.
CREATE FUNCTION fd_audit_pause(p_on boolean) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    DELETE FROM fd_audit_hold WHERE xact < txid_snapshot_xmin(txid_current_snapshot());
    IF p_on AND fd_session_is_manager() THEN
        INSERT INTO fd_audit_hold (xact) VALUES (txid_current()) ON CONFLICT DO NOTHING;
        PERFORM set_config('funneldesk.audit_paused', 'on', true);
        RETURN true;
    END IF;
    DELETE FROM fd_audit_hold WHERE xact = txid_current();
    PERFORM set_config('funneldesk.audit_paused', 'off', true);
    RETURN false;
END $$;

-- 006's fd_audit_row; only its pause differs: funneldesk.audit_paused is a hint, fd_audit_hold
-- the proof (a bare SET is not honoured).
CREATE OR REPLACE FUNCTION fd_audit_row() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    o jsonb;
    n jsonb;
    r jsonb;
    who bigint;
    v_customer bigint;
    v_ticket bigint;
    v_field text;
    i integer;
BEGIN
    IF current_setting('funneldesk.audit_paused', true) = 'on'
        AND EXISTS (SELECT 1 FROM fd_audit_hold h WHERE h.xact = txid_current()) THEN
        RETURN NULL;
    END IF;
    who := fd_audit_who();
    IF TG_OP <> 'INSERT' THEN o := to_jsonb(OLD); END IF;
    IF TG_OP <> 'DELETE' THEN n := to_jsonb(NEW); END IF;
    r := coalesce(n, o);
    IF TG_TABLE_NAME = 'settings' THEN
        IF TG_OP = 'UPDATE' AND o = n THEN
            RETURN NULL;
        END IF;
        INSERT INTO audit_log (at, agent_id, login, action, table_name, field, old_value, new_value)
        VALUES (extract(epoch FROM now())::bigint, who, session_user, lower(TG_OP), 'settings', r->>'key',
                o->>'value', n->>'value');
        RETURN NULL;
    END IF;
    CASE TG_TABLE_NAME
    WHEN 'customer' THEN v_customer := (r->>'id')::bigint;
    WHEN 'ticket' THEN v_customer := (r->>'customer_id')::bigint; v_ticket := (r->>'id')::bigint;
    WHEN 'ticket_comment' THEN
        v_ticket := (r->>'ticket_id')::bigint;
        SELECT t.customer_id INTO v_customer FROM ticket t WHERE t.id = v_ticket;
    WHEN 'contact', 'touchpoint' THEN
        v_customer := (r->>'customer_id')::bigint; v_ticket := (r->>'ticket_id')::bigint;
    ELSE NULL;
    END CASE;
    IF TG_OP = 'UPDATE' THEN
        FOR i IN 1 .. TG_NARGS - 1 LOOP
            v_field := TG_ARGV[i];
            IF (o->v_field) IS DISTINCT FROM (n->v_field) THEN
                INSERT INTO audit_log (at, agent_id, login, action, table_name, row_id, customer_id, ticket_id,
                                       field, old_value, new_value)
                VALUES (extract(epoch FROM now())::bigint, who, session_user, 'update', TG_TABLE_NAME,
                        (r->>'id')::bigint, v_customer, v_ticket, v_field, o->>v_field, n->>v_field);
            END IF;
        END LOOP;
    ELSE
        INSERT INTO audit_log (at, agent_id, login, action, table_name, row_id, customer_id, ticket_id,
                               old_value, new_value)
        VALUES (extract(epoch FROM now())::bigint, who, session_user, lower(TG_OP), TG_TABLE_NAME,
                (r->>'id')::bigint, v_customer, v_ticket, o->>TG_ARGV[0], n->>TG_ARGV[0]);
    END IF;
    RETURN NULL;
END $$;

-- 006's fd_own_authorship, and a versioned row's UPDATE by a rep is stamped when it is an edit:
-- it names the stamp (version, changed_at or changed_by differ from the row's), or changes a
-- column other than the trigger's arguments (the stamp and the columns FunnelDesk's own unstamped
-- writes keep: the customer's summaries and stage, the ticket's SLA clocks). The stamp: version
-- the row's one up (the client's `version + 1` is the same number), changed_by the rep's agent
-- (NULL without one), changed_at the server's clock (UTC seconds). Any other UPDATE keeps the
-- row's stamp: the summaries the triggers keep, the SLA sweep and a first response do not bump
-- the version, as on a file (TicketRepository's write without RowStamp::kSet).
CREATE OR REPLACE FUNCTION fd_own_authorship() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    me bigint;
    my_name text;
BEGIN
    IF fd_session_is_manager() THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' AND TG_TABLE_NAME NOT IN ('ticket_comment', 'stage_transition') THEN
        IF NEW.version IS NOT DISTINCT FROM OLD.version AND NEW.changed_at IS NOT DISTINCT FROM OLD.changed_at
            AND NEW.changed_by IS NOT DISTINCT FROM OLD.changed_by
            AND to_jsonb(NEW) - TG_ARGV = to_jsonb(OLD) - TG_ARGV THEN
            RETURN NEW;
        END IF;
    ELSIF TG_OP = 'INSERT' AND TG_TABLE_NAME NOT IN ('ticket_comment', 'stage_transition') THEN
        IF NEW.changed_by IS NULL AND NEW.changed_at IS NULL THEN
            RETURN NEW;
        END IF;
    END IF;
    SELECT a.id, a.name INTO me, my_name FROM agent a WHERE a.login = session_user;
    IF TG_TABLE_NAME = 'ticket_comment' THEN
        NEW.author_agent_id := me;
    ELSIF TG_TABLE_NAME = 'stage_transition' THEN
        IF NEW.actor NOT IN ('funnel.entry', 'import', 'onboarding.complete', 'postsales.settled',
                             'retention.regress', 'retention.advocate', 'advocacy.lapse') THEN
            NEW.actor := coalesce(my_name, session_user);
        END IF;
    ELSE
        NEW.changed_by := me;
        NEW.changed_at := extract(epoch FROM now())::bigint;
        IF TG_OP = 'UPDATE' THEN
            NEW.version := OLD.version + 1;
        END IF;
    END IF;
    RETURN NEW;
END $$;
DROP TRIGGER agent_authorship ON agent;
DROP TRIGGER customer_authorship ON customer;
DROP TRIGGER contact_authorship ON contact;
DROP TRIGGER ticket_authorship ON ticket;
DROP TRIGGER canned_reply_authorship ON canned_reply;
CREATE TRIGGER agent_authorship BEFORE INSERT OR UPDATE ON agent
    FOR EACH ROW WHEN (NOT fd_session_is_manager())
    EXECUTE FUNCTION fd_own_authorship('version', 'changed_at', 'changed_by');
CREATE TRIGGER customer_authorship BEFORE INSERT OR UPDATE ON customer
    FOR EACH ROW WHEN (NOT fd_session_is_manager())
    EXECUTE FUNCTION fd_own_authorship('version', 'changed_at', 'changed_by', 'open_tickets', 'last_touch_at',
        'last_review_at', 'last_advocacy_at', 'best_survey', 'stage', 'stage_entered_at');
CREATE TRIGGER contact_authorship BEFORE INSERT OR UPDATE ON contact
    FOR EACH ROW WHEN (NOT fd_session_is_manager())
    EXECUTE FUNCTION fd_own_authorship('version', 'changed_at', 'changed_by');
CREATE TRIGGER ticket_authorship BEFORE INSERT OR UPDATE ON ticket
    FOR EACH ROW WHEN (NOT fd_session_is_manager())
    EXECUTE FUNCTION fd_own_authorship('version', 'changed_at', 'changed_by', 'first_response_at',
        'first_response_breached_at', 'resolution_breached_at', 'search');
CREATE TRIGGER canned_reply_authorship BEFORE INSERT OR UPDATE ON canned_reply
    FOR EACH ROW WHEN (NOT fd_session_is_manager())
    EXECUTE FUNCTION fd_own_authorship('version', 'changed_at', 'changed_by');

-- 001's fd_fill_id (with 006's owner's rights), and a rep may not choose or change an id.
CREATE OR REPLACE FUNCTION fd_fill_id() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    sequence text;
    largest bigint;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.id IS DISTINCT FROM OLD.id AND NOT fd_session_is_manager() THEN
            RAISE EXCEPTION 'Changing the id of a row of % needs a manager''s rights; % is a rep.', TG_TABLE_NAME,
                session_user USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.id IS NULL THEN
        sequence := pg_get_serial_sequence(format('%I.%I', TG_TABLE_SCHEMA, TG_TABLE_NAME), 'id');
        EXECUTE format('SELECT coalesce(max(id), 0) FROM %I.%I', TG_TABLE_SCHEMA, TG_TABLE_NAME) INTO largest;
        NEW.id := nextval(sequence);
        IF NEW.id <= largest THEN
            NEW.id := largest + 1;
            PERFORM setval(sequence, NEW.id);
        END IF;
    ELSIF NEW.id > coalesce(pg_sequence_last_value(pg_get_serial_sequence(format('%I.%I', TG_TABLE_SCHEMA,
                                                                                TG_TABLE_NAME), 'id')::regclass), 0)
        AND NOT fd_session_is_manager() THEN
        -- An id the column's default drew (the id left out) is at most the sequence's last value.
        RAISE EXCEPTION 'Choosing the id of a new row of % needs a manager''s rights; % is a rep (leave the id out).',
            TG_TABLE_NAME, session_user USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM set_config('fd.last_id', NEW.id::text, false);
    RETURN NEW;
END $$;
DROP TRIGGER agent_id ON agent;
DROP TRIGGER customer_id ON customer;
DROP TRIGGER contact_id ON contact;
DROP TRIGGER ticket_id ON ticket;
DROP TRIGGER ticket_comment_id ON ticket_comment;
DROP TRIGGER canned_reply_id ON canned_reply;
DROP TRIGGER touchpoint_id ON touchpoint;
DROP TRIGGER stage_transition_id ON stage_transition;
CREATE TRIGGER agent_id BEFORE INSERT OR UPDATE OF id ON agent FOR EACH ROW EXECUTE FUNCTION fd_fill_id();
CREATE TRIGGER customer_id BEFORE INSERT OR UPDATE OF id ON customer FOR EACH ROW EXECUTE FUNCTION fd_fill_id();
CREATE TRIGGER contact_id BEFORE INSERT OR UPDATE OF id ON contact FOR EACH ROW EXECUTE FUNCTION fd_fill_id();
CREATE TRIGGER ticket_id BEFORE INSERT OR UPDATE OF id ON ticket FOR EACH ROW EXECUTE FUNCTION fd_fill_id();
CREATE TRIGGER ticket_comment_id BEFORE INSERT OR UPDATE OF id ON ticket_comment
    FOR EACH ROW EXECUTE FUNCTION fd_fill_id();
CREATE TRIGGER canned_reply_id BEFORE INSERT OR UPDATE OF id ON canned_reply
    FOR EACH ROW EXECUTE FUNCTION fd_fill_id();
CREATE TRIGGER touchpoint_id BEFORE INSERT OR UPDATE OF id ON touchpoint FOR EACH ROW EXECUTE FUNCTION fd_fill_id();
CREATE TRIGGER stage_transition_id BEFORE INSERT OR UPDATE OF id ON stage_transition
    FOR EACH ROW EXECUTE FUNCTION fd_fill_id();

DO $do$
BEGIN
    -- A REVOKE that finds nothing to revoke only warns; init's output stays one sentence.
    PERFORM set_config('client_min_messages', 'error', true);
    EXECUTE 'REVOKE ALL ON TABLE fd_audit_hold FROM PUBLIC';
    EXECUTE 'REVOKE ALL ON FUNCTION fd_audit_pause(boolean) FROM PUBLIC';
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = fd_team_role('rep')) THEN
        -- A rep's call pauses nothing (above); the grant spares the client asking who it is.
        EXECUTE format('GRANT EXECUTE ON FUNCTION fd_audit_pause(boolean) TO %I', fd_team_role('rep'));
    END IF;
END $do$;
