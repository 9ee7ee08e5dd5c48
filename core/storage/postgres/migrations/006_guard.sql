-- FunnelDesk on PostgreSQL, migration 006_guard: logical schema version 7 (issue 17, Step 11,
-- "Audit log ... Reps can add to the log but cannot alter or delete it; on PostgreSQL a GRANT
-- enforces this" and "Each rep is someone"). What the SERVER enforces, so that a rep who signs
-- in with psql cannot forge history (hostile pass on 005_audit.sql, 004_versions.sql, 003_team.sql):
-- 1. The audit log is written only by FunnelDesk's own functions, which run with the schema
--    owner's rights (SECURITY DEFINER, search_path pinned): the rep role loses INSERT on
--    audit_log (it keeps SELECT). A bulk write's one entry goes through fd_audit_bulk(), which
--    takes who and when from the session itself and which only a manager may execute.
-- 2. Who wrote a row is the session's, not the client's, for a rep (a login that is not a
--    manager): ticket_comment.author_agent_id, the versioned tables' changed_by (with
--    changed_at from the server's clock and the version one up), and stage_transition.actor
--    (unless it names a rule) are set by BEFORE triggers, whatever the client sent.
-- 3. Reps no longer have UPDATE on the sequences (setval); they keep USAGE and SELECT, which
--    nextval and currval need; managers keep UPDATE (an import's ids, advanceSequences).
--    fd_fill_id, whose setval moves an id sequence past an id a writer gave, runs with the
--    owner's rights.
-- 4. Every FunnelDesk function searches the session's temporary tables last, not first (a
--    rep's TEMP TABLE agent or audit_log cannot stand in for FunnelDesk's; see the end).
-- Managers (and the owner) are trusted with all of it: they import, migrate and may name the
-- acting agent (funneldesk.agent) when their login has no agent of its own.
-- pg_notify cannot be revoked usefully (any login may NOTIFY on any channel): a rep can send
-- NOTIFY funneldesk at will. FunnelDesk reads a notification only as a hint to read again
-- (PgDatabase::takeNotifications counts them, the windows re-read the database): a forged
-- one costs a re-read and changes nothing shown.
-- `check` (storage/IntegrityCheck.cpp) reports a missing or disabled trigger of 005 or of this
-- file, and a rep role that may INSERT into audit_log again.

-- Whether the session's login (session_user: inside a SECURITY DEFINER function current_user
-- is the owner) has a manager's rights: it owns FunnelDesk's tables, or is a member of the
-- manager role (a superuser is a member of every role). 003's fd_is_manager() asks the same of
-- current_user.
-- It runs for each row anyone writes (the authorship triggers' WHEN), so it is cheap: no SET
-- clause (its body is parsed here, once, so fd_team_role and fd_meta are bound now and no
-- search_path can change what they mean), and the role first (the owner is a member of it
-- too), about 2 µs; the pinned search_path of a SET would cost ten times that.
CREATE FUNCTION fd_session_is_manager() RETURNS boolean
    LANGUAGE sql STABLE
    RETURN coalesce(pg_has_role(session_user, to_regrole(quote_ident(fd_team_role('manager'))), 'USAGE'), false)
        OR pg_has_role(session_user, (SELECT c.relowner FROM pg_class c WHERE c.oid = 'fd_meta'::regclass), 'USAGE');

-- Who writes, for the audit log: the agent the login signs in as (agent.login = session_user),
-- whatever the session claims; else, for a manager's login without an agent of its own (the
-- owner's), the session's acting agent funneldesk.agent (PgDatabase::setActingAgent); else
-- nobody (NULL): a rep's login without an agent may not name someone else.
CREATE FUNCTION fd_audit_who() RETURNS bigint
    LANGUAGE plpgsql STABLE SET search_path FROM CURRENT AS $$
DECLARE
    who bigint;
BEGIN
    SELECT a.id INTO who FROM agent a WHERE a.login = session_user;
    IF who IS NULL AND fd_session_is_manager() THEN
        who := nullif(current_setting('funneldesk.agent', true), '')::bigint;
    END IF;
    RETURN who;
END $$;

-- 005's fd_audit_row, run with the owner's rights: the triggers write audit_log although the
-- writer may not. Only a manager's bulk write pauses the log (funneldesk.audit_paused).
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
    IF current_setting('funneldesk.audit_paused', true) = 'on' AND fd_session_is_manager() THEN
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

-- A bulk write's one entry (storage/AuditLog.h, AuditLog::recordBulk): `operation` ("import",
-- "generate", "migrate", "recompute stages") wrote `row_count` rows to `table_name` ('*': many
-- tables). Who and when are the session's: fd_audit_who() and the server's clock (UTC seconds,
-- the transaction's start). A manager's only: a rep's bulk write is not paused (fd_audit_row)
-- and leaves its entries row by row instead.
CREATE FUNCTION fd_audit_bulk(p_operation text, p_table text, p_rows bigint) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    IF NOT fd_session_is_manager() THEN
        RAISE EXCEPTION 'Recording a bulk write in the audit log needs a manager''s rights; % is a rep.', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO audit_log (at, agent_id, login, action, table_name, field, new_value)
    VALUES (extract(epoch FROM now())::bigint, fd_audit_who(), session_user, 'bulk', p_table, p_operation,
            p_rows::text);
END $$;

-- Who wrote a row, for a rep (a login that is not a manager): the agent its login signs in as
-- (its login's name when it has none), whatever the client sent.
-- - ticket_comment.author_agent_id: the rep's agent (NULL without one).
-- - customer, contact, ticket, agent, canned_reply: an UPDATE that names version, changed_at or
--   changed_by (RowStamp::kSet: a saved edit) is stamped here: changed_by the rep's agent,
--   changed_at the server's clock (UTC seconds; a rep's clock may be wrong or set back), the
--   version one more than the row's. An UPDATE that names none of them (the summaries the
--   triggers keep) leaves them alone; the audit log names the writer of every field anyway.
--   An INSERT's stamp, if it gives one, is the rep's too.
-- - stage_transition.actor: the rep's agent's name, unless it is a rule's key (a recompute run
--   in a rep's session writes the rules' moves: RuleEvaluator.cpp's kRules, "funnel.entry" of
--   a new customer, "import"). A rule's key is taken as it is: a rep can claim that a rule
--   moved a customer, never that another person did.
-- - touchpoint.agent_id is NOT changed (decided in Step 15): it is the agent who spoke to the
--   customer, not the one who typed the row, and a rep logging a colleague's call is ordinary
--   work. Who wrote the touchpoint is its audit entry's (agent and login of the session).
-- Each trigger's WHEN leaves a manager's rows alone before the function is called (a
-- manager's import writes many rows); the function asks again, in case it is ever called
-- without it.
CREATE FUNCTION fd_own_authorship() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    me bigint;
    my_name text;
BEGIN
    IF fd_session_is_manager() THEN
        RETURN NEW;
    END IF;
    SELECT a.id, a.name INTO me, my_name FROM agent a WHERE a.login = session_user;
    IF TG_TABLE_NAME = 'ticket_comment' THEN
        NEW.author_agent_id := me;
    ELSIF TG_TABLE_NAME = 'stage_transition' THEN
        IF NEW.actor NOT IN ('funnel.entry', 'import', 'onboarding.complete', 'postsales.settled',
                             'retention.regress', 'retention.advocate', 'advocacy.lapse') THEN
            NEW.actor := coalesce(my_name, session_user);
        END IF;
    ELSIF TG_OP = 'UPDATE' THEN
        NEW.changed_by := me;
        NEW.changed_at := extract(epoch FROM now())::bigint;
        NEW.version := OLD.version + 1;
    ELSIF NEW.changed_by IS NOT NULL OR NEW.changed_at IS NOT NULL THEN
        NEW.changed_by := me;
        NEW.changed_at := extract(epoch FROM now())::bigint;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER ticket_comment_authorship BEFORE INSERT OR UPDATE ON ticket_comment
    FOR EACH ROW WHEN (NOT fd_session_is_manager()) EXECUTE FUNCTION fd_own_authorship();
CREATE TRIGGER stage_transition_authorship BEFORE INSERT OR UPDATE ON stage_transition
    FOR EACH ROW WHEN (NOT fd_session_is_manager()) EXECUTE FUNCTION fd_own_authorship();
CREATE TRIGGER agent_authorship BEFORE INSERT OR UPDATE OF version, changed_at, changed_by ON agent
    FOR EACH ROW WHEN (NOT fd_session_is_manager()) EXECUTE FUNCTION fd_own_authorship();
CREATE TRIGGER customer_authorship BEFORE INSERT OR UPDATE OF version, changed_at, changed_by ON customer
    FOR EACH ROW WHEN (NOT fd_session_is_manager()) EXECUTE FUNCTION fd_own_authorship();
CREATE TRIGGER contact_authorship BEFORE INSERT OR UPDATE OF version, changed_at, changed_by ON contact
    FOR EACH ROW WHEN (NOT fd_session_is_manager()) EXECUTE FUNCTION fd_own_authorship();
CREATE TRIGGER ticket_authorship BEFORE INSERT OR UPDATE OF version, changed_at, changed_by ON ticket
    FOR EACH ROW WHEN (NOT fd_session_is_manager()) EXECUTE FUNCTION fd_own_authorship();
CREATE TRIGGER canned_reply_authorship BEFORE INSERT OR UPDATE OF version, changed_at, changed_by ON canned_reply
    FOR EACH ROW WHEN (NOT fd_session_is_manager()) EXECUTE FUNCTION fd_own_authorship();

-- setval needs the owner's rights now (3. above).
ALTER FUNCTION fd_fill_id() SECURITY DEFINER;

-- pg_temp LAST in every FunnelDesk function's search_path. A pinned path ("SET search_path
-- FROM CURRENT": the schema alone) still searches the session's temporary schema FIRST for
-- tables, and any login may create temporary tables: a rep's TEMP TABLE agent, audit_log or
-- fd_meta would otherwise stand in for FunnelDesk's inside its functions (a rep taken for a
-- manager by fd_is_manager, an author of the rep's choosing, the rep's changes logged into a
-- table of the rep's own by a function running as the owner). Every function of the schema
-- that pins its path, those of 001-005 included, gets "schema, pg_temp".
DO $do$
DECLARE
    path text := quote_ident(current_schema()) || ', pg_temp';
    f regprocedure;
BEGIN
    FOR f IN SELECT p.oid FROM pg_proc p
             WHERE p.pronamespace = (SELECT n.oid FROM pg_namespace n WHERE n.nspname = current_schema())
               AND EXISTS (SELECT 1 FROM unnest(p.proconfig) AS c WHERE c LIKE 'search_path=%')
    LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = %s', f, path);
    END LOOP;
END $do$;

DO $do$
DECLARE
    schema_name text := quote_ident(current_schema());
BEGIN
    -- A REVOKE that finds nothing to revoke only warns; init's output stays one sentence.
    PERFORM set_config('client_min_messages', 'error', true);
    EXECUTE 'REVOKE ALL ON FUNCTION fd_audit_bulk(text, text, bigint) FROM PUBLIC';
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = fd_team_role('rep')) THEN
        EXECUTE format('REVOKE INSERT ON audit_log FROM %I', fd_team_role('rep'));
        EXECUTE format('REVOKE UPDATE ON ALL SEQUENCES IN SCHEMA %s FROM %I', schema_name, fd_team_role('rep'));
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = fd_team_role('manager')) THEN
        -- A manager's import and restore write ids of their own and then move each sequence
        -- past them (PgBulkLoad.cpp's advanceSequences, setval): managers keep UPDATE.
        EXECUTE format('GRANT UPDATE ON ALL SEQUENCES IN SCHEMA %s TO %I', schema_name, fd_team_role('manager'));
        EXECUTE format('GRANT EXECUTE ON FUNCTION fd_audit_bulk(text, text, bigint) TO %I', fd_team_role('manager'));
    END IF;
END $do$;
