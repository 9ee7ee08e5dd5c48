-- FunnelDesk on PostgreSQL, migration 013_audit_pause, schema version 10 (issue 17, Step 11, "Audit
-- log ... Every change is recorded" and "No lost updates"). A third hostile pass with psql, on
-- 010_audit_hold.sql; self-contained (it needs 001-010's tables and functions only).
-- fd::pg::Schema::init() and upgrade() run it as the database's owner, in one transaction. Never
-- edit a released migration.
-- 1. No silent pause. A manager who is not the owner ran `BEGIN; SELECT fd_audit_pause(true);
--    DELETE FROM ticket ...; COMMIT;` and the deletes left no trace. Now a paused transaction
--    always leaves a 'bulk' entry naming who paused and what went unlogged:
--    - while paused, fd_audit_row notes each table and action it skips ("ticket delete") in the
--      transaction's fd_audit_hold row (once per pair, not per row);
--    - fd_audit_bulk (the bulk path's one entry) writes its entry as before and makes it the
--      transaction's closing entry;
--    - at COMMIT a deferred constraint trigger on fd_audit_hold writes what went unlogged into
--      the closing entry's old_value, or, when no fd_audit_bulk ran, writes an entry of its own:
--      action 'bulk', table '*', field 'pause', old_value what went unlogged, by the agent and
--      login that paused (none when it skipped nothing: a pause that hid nothing has nothing
--      to say). Nobody but the owner may switch that trigger off (ALTER TABLE), and
--      SET CONSTRAINTS ... IMMEDIATE only makes it write earlier: it runs again after each change
--      of the hold row, so the entry ends up saying all of it whenever it runs. The entry is
--      written in the paused transaction itself: it commits with the unlogged rows or not at all.
--    Why not refuse to COMMIT a pause without fd_audit_bulk: a manager may call fd_audit_bulk
--    with any operation and count, so the refusal would prove nothing the entry does not, and
--    what a pause covered is known only from the rows it skipped. Why not write the entry at
--    fd_audit_pause: a migrate pauses before it copies the source's audit_log with its ids, and
--    an entry written first would take one of those ids.
--    Rows a transaction writes are counted only by the operation's own fd_audit_bulk (a count
--    per row would update the hold row once per row).
--    fd_audit_pause(false) no longer forgets the pause: it resumes logging and keeps the note.
--    The owner's bulk load switches the triggers off altogether (PgBulkLoad.cpp); the owner may
--    (ALTER TABLE), and its closing entry then lists nothing.
-- 2. Only the server bumps a version, and for every login but the owner's: a non-owner's INSERT
--    of a versioned row (agent, customer, contact, ticket, canned_reply) starts at version 0
--    whatever it names (a rep's version 2^63-1 made every later edit fail "bigint out of
--    range"), and a manager's UPDATE is stamped as a rep's (010): version one up, changed_by the
--    login's agent (fd_audit_who), changed_at the server's clock. The owner, and FunnelDesk's
--    functions that run as the owner (a definer path: current_user is the owner), are trusted.
--    A reply's author and a stage move's actor stay a manager's to name (006).
-- 3. A rep reuses no id: a rep's INSERT may give only the id its own session drew from the id
--    sequence (the column's default, or nextval): 010 let a rep give any id up to the sequence's
--    last value, and so the id of a ticket a manager had deleted, whose audit history then
--    mixed with the new ticket's (`audit --ticket`). Managers keep giving ids (an import's).
--    Left open: the session that drew an id may give it again after the row was deleted (the
--    identity default fills the id before this trigger, so a given id and a drawn one look
--    alike), and a manager's import plans ids from max(id) + 1 and moves the sequence back to
--    max(id) + 1 (ImportRepository::nextIds, PgBulkLoad.cpp's advanceSequences), which reuses
--    the ids of the newest rows deleted before it.
-- `check` (storage/IntegrityCheck.cpp) names the new trigger when it is missing or disabled.

SELECT set_config('search_path', quote_ident(current_schema()) || ', pg_temp', true);

-- What a paused transaction skipped. paused: logging is paused now (fd_audit_pause(false) sets
-- it false and keeps the row); agent_id: who paused (fd_audit_who() then); skipped: "table
-- action" pairs, in the order first skipped; entry: the audit_log id of the closing entry
-- (the last fd_audit_bulk's, or the pause's own), NULL until one is written.
DELETE FROM fd_audit_hold;
ALTER TABLE fd_audit_hold
    ADD COLUMN paused boolean NOT NULL DEFAULT true,
    ADD COLUMN agent_id bigint,
    ADD COLUMN skipped text[] COLLATE "C" NOT NULL DEFAULT '{}',
    ADD COLUMN entry bigint;

-- Whether the writer is the owner of FunnelDesk's tables: the owner's own session, a superuser,
-- or a FunnelDesk function running with the owner's rights (current_user, not session_user).
-- Cheap, as fd_session_is_manager (006): no SET clause, bound once here.
CREATE FUNCTION fd_writer_is_owner() RETURNS boolean
    LANGUAGE sql STABLE
    RETURN pg_has_role(current_user, (SELECT c.relowner FROM pg_class c WHERE c.oid = 'fd_meta'::regclass), 'USAGE');

-- 010's fd_audit_pause; a resume keeps the row (and so the note of what was skipped), and the
-- stale rows of finished transactions are cleared without waiting for another pause's lock.
CREATE OR REPLACE FUNCTION fd_audit_pause(p_on boolean) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    DELETE FROM fd_audit_hold WHERE xact IN (SELECT h.xact FROM fd_audit_hold h
        WHERE h.xact < txid_snapshot_xmin(txid_current_snapshot()) FOR UPDATE SKIP LOCKED);
    IF p_on AND fd_session_is_manager() THEN
        INSERT INTO fd_audit_hold AS h (xact, agent_id) VALUES (txid_current(), fd_audit_who())
            ON CONFLICT (xact) DO UPDATE SET paused = true WHERE NOT h.paused;
        PERFORM set_config('funneldesk.audit_paused', 'on', true);
        RETURN true;
    END IF;
    UPDATE fd_audit_hold SET paused = false WHERE xact = txid_current_if_assigned() AND paused;
    PERFORM set_config('funneldesk.audit_paused', 'off', true);
    RETURN false;
END $$;

-- 010's fd_audit_row; only its pause differs: a skipped row notes its table and action.
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
    v_skipped text[];
    i integer;
BEGIN
    IF current_setting('funneldesk.audit_paused', true) = 'on' THEN
        SELECT h.skipped INTO v_skipped FROM fd_audit_hold h WHERE h.xact = txid_current() AND h.paused;
        IF FOUND THEN
            v_field := TG_TABLE_NAME || ' ' || lower(TG_OP);
            IF v_field = ANY (v_skipped) THEN
                RETURN NULL;
            END IF;
            IF TG_OP = 'UPDATE' THEN -- an UPDATE that changed no logged column skips nothing
                o := to_jsonb(OLD);
                n := to_jsonb(NEW);
                IF TG_TABLE_NAME = 'settings' THEN
                    IF o = n THEN
                        RETURN NULL;
                    END IF;
                ELSIF NOT EXISTS (SELECT 1 FROM unnest(TG_ARGV[1:]) AS c WHERE (o->c) IS DISTINCT FROM (n->c)) THEN
                    RETURN NULL;
                END IF;
            END IF;
            UPDATE fd_audit_hold SET skipped = skipped || v_field WHERE xact = txid_current();
            RETURN NULL;
        END IF;
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

-- 006's fd_audit_bulk; its entry becomes the transaction's closing entry (1. above).
CREATE OR REPLACE FUNCTION fd_audit_bulk(p_operation text, p_table text, p_rows bigint) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    v_entry bigint;
BEGIN
    IF NOT fd_session_is_manager() THEN
        RAISE EXCEPTION 'Recording a bulk write in the audit log needs a manager''s rights; % is a rep.', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO audit_log (at, agent_id, login, action, table_name, field, new_value)
    VALUES (extract(epoch FROM now())::bigint, fd_audit_who(), session_user, 'bulk', p_table, p_operation,
            p_rows::text)
    RETURNING id INTO v_entry;
    UPDATE fd_audit_hold SET entry = v_entry WHERE xact = txid_current();
END $$;

-- The deferred half of 1.: the paused transaction's closing entry says what went unlogged, or
-- the pause writes its own. Runs at COMMIT (or, under SET CONSTRAINTS IMMEDIATE, after each
-- statement that changed the hold row), with the owner's rights.
CREATE FUNCTION fd_audit_hold_entry() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    h record;
    v_skipped text;
    v_entry bigint;
BEGIN
    SELECT k.agent_id, k.skipped, k.entry INTO h FROM fd_audit_hold k WHERE k.xact = NEW.xact;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    v_skipped := nullif(array_to_string(h.skipped, ', '), '');
    IF h.entry IS NULL AND v_skipped IS NULL THEN
        RETURN NULL; -- nothing went unlogged (yet): nothing to say
    ELSIF h.entry IS NULL THEN
        INSERT INTO audit_log (at, agent_id, login, action, table_name, field, old_value)
        VALUES (extract(epoch FROM now())::bigint, h.agent_id, session_user, 'bulk', '*', 'pause', v_skipped)
        RETURNING id INTO v_entry;
        UPDATE fd_audit_hold SET entry = v_entry WHERE xact = NEW.xact;
    ELSE
        UPDATE audit_log SET old_value = v_skipped WHERE id = h.entry AND old_value IS DISTINCT FROM v_skipped;
    END IF;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER fd_audit_hold_entry AFTER INSERT OR UPDATE ON fd_audit_hold
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION fd_audit_hold_entry();

-- 010's fd_own_authorship; the versioned tables' stamp is the server's for every writer but the
-- owner (2. above). A reply's author and a stage move's actor: a rep's, as before.
CREATE OR REPLACE FUNCTION fd_own_authorship() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    me bigint;
    my_name text;
BEGIN
    IF TG_TABLE_NAME IN ('ticket_comment', 'stage_transition') THEN
        IF fd_session_is_manager() THEN
            RETURN NEW;
        END IF;
        SELECT a.id, a.name INTO me, my_name FROM agent a WHERE a.login = session_user;
        IF TG_TABLE_NAME = 'ticket_comment' THEN
            NEW.author_agent_id := me;
        ELSIF NEW.actor NOT IN ('funnel.entry', 'import', 'onboarding.complete', 'postsales.settled',
                                'retention.regress', 'retention.advocate', 'advocacy.lapse') THEN
            NEW.actor := coalesce(my_name, session_user);
        END IF;
        RETURN NEW;
    END IF;
    IF fd_writer_is_owner() THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        NEW.version := 0;
        IF NEW.changed_by IS NULL AND NEW.changed_at IS NULL THEN
            RETURN NEW;
        END IF;
    ELSIF NEW.version IS NOT DISTINCT FROM OLD.version AND NEW.changed_at IS NOT DISTINCT FROM OLD.changed_at
        AND NEW.changed_by IS NOT DISTINCT FROM OLD.changed_by
        AND to_jsonb(NEW) - TG_ARGV = to_jsonb(OLD) - TG_ARGV THEN
        RETURN NEW;
    END IF;
    NEW.changed_by := fd_audit_who();
    NEW.changed_at := extract(epoch FROM now())::bigint;
    IF TG_OP = 'UPDATE' THEN
        NEW.version := OLD.version + 1;
    END IF;
    RETURN NEW;
END $$;
DROP TRIGGER agent_authorship ON agent;
DROP TRIGGER customer_authorship ON customer;
DROP TRIGGER contact_authorship ON contact;
DROP TRIGGER ticket_authorship ON ticket;
DROP TRIGGER canned_reply_authorship ON canned_reply;
CREATE TRIGGER agent_authorship BEFORE INSERT OR UPDATE ON agent
    FOR EACH ROW WHEN (NOT fd_writer_is_owner())
    EXECUTE FUNCTION fd_own_authorship('version', 'changed_at', 'changed_by');
CREATE TRIGGER customer_authorship BEFORE INSERT OR UPDATE ON customer
    FOR EACH ROW WHEN (NOT fd_writer_is_owner())
    EXECUTE FUNCTION fd_own_authorship('version', 'changed_at', 'changed_by', 'open_tickets', 'last_touch_at',
        'last_review_at', 'last_advocacy_at', 'best_survey', 'stage', 'stage_entered_at');
CREATE TRIGGER contact_authorship BEFORE INSERT OR UPDATE ON contact
    FOR EACH ROW WHEN (NOT fd_writer_is_owner())
    EXECUTE FUNCTION fd_own_authorship('version', 'changed_at', 'changed_by');
CREATE TRIGGER ticket_authorship BEFORE INSERT OR UPDATE ON ticket
    FOR EACH ROW WHEN (NOT fd_writer_is_owner())
    EXECUTE FUNCTION fd_own_authorship('version', 'changed_at', 'changed_by', 'first_response_at',
        'first_response_breached_at', 'resolution_breached_at', 'search');
CREATE TRIGGER canned_reply_authorship BEFORE INSERT OR UPDATE ON canned_reply
    FOR EACH ROW WHEN (NOT fd_writer_is_owner())
    EXECUTE FUNCTION fd_own_authorship('version', 'changed_at', 'changed_by');


-- The id this session last drew from `p_sequence` (currval), NULL when it drew none.
CREATE FUNCTION fd_drawn_id(p_sequence regclass) RETURNS bigint
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    RETURN currval(p_sequence);
EXCEPTION WHEN object_not_in_prerequisite_state THEN
    RETURN NULL;
END $$;

-- 010's fd_fill_id; a rep's id must be one the rep's session drew (3. above).
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
    sequence := pg_get_serial_sequence(format('%I.%I', TG_TABLE_SCHEMA, TG_TABLE_NAME), 'id');
    IF NEW.id IS NULL THEN
        EXECUTE format('SELECT coalesce(max(id), 0) FROM %I.%I', TG_TABLE_SCHEMA, TG_TABLE_NAME) INTO largest;
        NEW.id := nextval(sequence);
        IF NEW.id <= largest THEN
            NEW.id := largest + 1;
            PERFORM setval(sequence, NEW.id);
        END IF;
    ELSIF NOT fd_session_is_manager() AND NEW.id IS DISTINCT FROM fd_drawn_id(sequence::regclass) THEN
        -- An id the column's default drew (the id left out) is the session's currval.
        RAISE EXCEPTION 'Choosing the id of a new row of % needs a manager''s rights; % is a rep (leave the id out).',
            TG_TABLE_NAME, session_user USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM set_config('fd.last_id', NEW.id::text, false);
    RETURN NEW;
END $$;
