-- FunnelDesk on PostgreSQL, migration 003_team: logical schema version 6 (issue 17, Step 11,
-- "Who is working" and "Rights enforced by the server"). Never edit a released migration.
-- fd::pg::Schema::init() runs it as the database's owner, in init's transaction, with
-- search_path = the FunnelDesk schema alone.
--
-- Who is working: each person signs in with a login of their own; agent.login maps it to the
-- agent who is "Me" (the author of replies, the actor of manual moves). NULL: no login (an
-- agent that only owns customers, or any agent of a file migrated here).
ALTER TABLE agent ADD COLUMN login text COLLATE "C";
CREATE UNIQUE INDEX agent_login ON agent (login);

-- The two group roles, "rep" and "manager" (a manager is also a rep). Roles are cluster-wide
-- and GRANTs are per table, so each FunnelDesk database (each schema) has roles of its own:
--     funneldesk_rep.DATABASE and funneldesk_manager.DATABASE            (schema public)
--     funneldesk_rep.DATABASE.SCHEMA and funneldesk_manager.DATABASE.SCHEMA   (other schemas)
-- (funneldesk_rep.<16 hex digits of md5(DATABASE.SCHEMA)> when that exceeds 63 bytes). Two
-- FunnelDesk databases on one cluster (or two schemas, as the tests make) then neither
-- collide nor lend a rep of one the rights of the other. The names are fixed when the roles
-- are made: fd_team_role() answers them, so a renamed database keeps its roles. A role of that
-- name that exists already (a schema dropped and made again) is taken as it is.
-- The owner (the login that ran init or migrate) must have CREATEROLE (or be a superuser) to
-- make them; without it, no role is made and the database works as one login, as before
-- (team add then says so): init never fails for it.
DO $do$
DECLARE
    place text := current_database()
        || CASE WHEN current_schema() = 'public' THEN '' ELSE '.' || current_schema() END;
    rep text := 'funneldesk_rep.' || place;
    manager text := 'funneldesk_manager.' || place;
    schema_name text := quote_ident(current_schema());
BEGIN
    -- A GRANT on a schema another role owns only warns; init's output stays one sentence.
    PERFORM set_config('client_min_messages', 'error', true);
    IF octet_length(manager) > 63 THEN
        rep := 'funneldesk_rep.' || left(md5(place), 16);
        manager := 'funneldesk_manager.' || left(md5(place), 16);
    END IF;
    EXECUTE format('CREATE FUNCTION fd_team_role(kind text) RETURNS text LANGUAGE sql IMMUTABLE '
                   'RETURN CASE kind WHEN %L THEN %L WHEN %L THEN %L END', 'rep', rep, 'manager', manager);
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND (rolcreaterole OR rolsuper)) THEN
        RETURN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = rep) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', rep);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = manager) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', manager);
    END IF;
    EXECUTE format('GRANT %I TO %I', rep, manager);
    -- The owner is the first manager (it owns every table anyway; the role says so to others).
    EXECUTE format('GRANT %I TO %I', manager, current_user);

    -- A rep: reads everything; works on customers, contacts, tickets, replies (ticket_comment)
    -- and touchpoints; makes manual moves (stage_transition) without a pin (see the trigger
    -- below). The summaries the triggers keep (customer's, touchpoint_day) are written with the
    -- rep's rights, hence UPDATE on customer and touchpoint_day. Sequences: the id triggers
    -- call nextval and setval, fd_changed nextval.
    EXECUTE format('GRANT USAGE ON SCHEMA %s TO %I', schema_name, rep);
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %s TO %I', schema_name, rep);
    EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %s TO %I', schema_name, rep);
    EXECUTE format('GRANT INSERT, UPDATE ON customer, contact, ticket, touchpoint TO %I', rep);
    EXECUTE format('GRANT INSERT ON ticket_comment, stage_transition TO %I', rep);
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON touchpoint_day TO %I', rep);
    -- The audit log: reps (and so managers) may add to it and read it, never alter or delete
    -- it; its GRANT is 005_audit.sql's, which makes the table.

    -- A manager, besides: stage rules and SLA targets (settings), canned replies and agents;
    -- deleting customers, contacts, tickets, replies, touchpoints and moves. Pinning a
    -- customer is the trigger's rule below. Import and restore write through these rights too.
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON settings, canned_reply, agent TO %I', manager);
    EXECUTE format('GRANT DELETE ON customer, contact, ticket, ticket_comment, touchpoint, stage_transition '
                   'TO %I', manager);
END $do$;

-- Whether the current login has a manager's rights here: it owns FunnelDesk's tables, or is a
-- member of the manager role (a superuser is a member of every role).
CREATE FUNCTION fd_is_manager() RETURNS boolean
    LANGUAGE sql STABLE SET search_path FROM CURRENT
    RETURN pg_has_role(current_user, (SELECT c.relowner FROM pg_class c WHERE c.oid = 'fd_meta'::regclass), 'USAGE')
        OR EXISTS (SELECT 1 FROM pg_roles r
                   WHERE r.rolname = fd_team_role('manager') AND pg_has_role(current_user, r.oid, 'USAGE'));

-- A rule per row, which a GRANT cannot say: pinning or unpinning a customer's stage is a
-- manager's (a rep's manual move leaves stage_pinned as it is). A trigger rather than a
-- column GRANT: a new customer names stage_pinned (0) in its INSERT. SQLSTATE 42501, the
-- server's "insufficient privilege", which FunnelDesk reads as Error::Kind::NoRight.
CREATE FUNCTION fd_pin_needs_manager() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF (TG_OP = 'INSERT' AND NEW.stage_pinned <> 0
            OR TG_OP = 'UPDATE' AND NEW.stage_pinned IS DISTINCT FROM OLD.stage_pinned)
        AND NOT fd_is_manager() THEN
        RAISE EXCEPTION 'Pinning a customer''s stage needs a manager''s rights; % is a rep.', current_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- A pin holds the customer where a manager put it: a rep does not move it either.
    IF TG_OP = 'UPDATE' AND OLD.stage_pinned <> 0 AND NEW.stage_pinned <> 0
        AND NEW.stage IS DISTINCT FROM OLD.stage AND NOT fd_is_manager() THEN
        RAISE EXCEPTION 'Moving a pinned customer needs a manager''s rights; % is a rep.', current_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER customer_pin BEFORE INSERT OR UPDATE OF stage, stage_pinned ON customer
    FOR EACH ROW EXECUTE FUNCTION fd_pin_needs_manager();

-- team add: makes LOGIN a login of role `kind` here and its agent `agent_name`, in the
-- caller's transaction. A plain login that exists already (the same person on another
-- FunnelDesk database of this cluster) is given the role and keeps its password; a group role
-- or an administrator's login (superuser, CREATEROLE, CREATEDB, …) is refused; a new one gets
-- `verifier` as its password: a SCRAM-SHA-256 verifier the client computed
-- (PQencryptPasswordConn), so the password itself never reaches the server, its log or
-- FunnelDesk's; NULL: no password (the administrator sets one, or the server trusts the
-- socket). Runs with the owner's rights (who may create roles), and only a manager may call
-- it. Value: the new agent's id.
CREATE FUNCTION fd_team_add(p_login text, p_name text, p_kind text, p_verifier text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT SET client_min_messages = error AS $$
DECLARE
    new_id bigint;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = fd_team_role(p_kind)) THEN
        RAISE EXCEPTION 'This database has no team roles: its owner may not create roles (CREATEROLE).'
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
        IF p_verifier IS NULL THEN
            EXECUTE format('CREATE ROLE %I LOGIN', p_login);
        ELSE
            EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_login, p_verifier);
        END IF;
    ELSIF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login AND rolcanlogin
                      AND NOT (rolsuper OR rolcreaterole OR rolcreatedb OR rolreplication OR rolbypassrls)) THEN
        -- Never turn a group role (another database's funneldesk_manager, say) into a login,
        -- nor lend an administrator's login to a team: this runs with the owner's rights.
        RAISE EXCEPTION 'The role % exists and is not a plain login; choose another login name.', p_login
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    EXECUTE format('REVOKE %I FROM %I', fd_team_role(CASE p_kind WHEN 'rep' THEN 'manager' ELSE 'rep' END), p_login);
    EXECUTE format('GRANT %I TO %I', fd_team_role(p_kind), p_login);
    INSERT INTO agent (name, role, login, active) VALUES (p_name, p_kind, p_login, 1) RETURNING id INTO new_id;
    RETURN new_id;
END $$;

-- team disable: LOGIN may no longer act here (its roles are revoked) and, when it is a plain
-- login made for this database only, no longer connect (NOLOGIN, cluster-wide); its agent is
-- inactive, and stays the author of what it did.
CREATE FUNCTION fd_team_disable(p_login text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT SET client_min_messages = error AS $$
BEGIN
    IF p_login = (SELECT r.rolname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner
                  WHERE c.oid = 'fd_meta'::regclass) OR p_login = session_user THEN
        RAISE EXCEPTION 'The database''s owner and the login that asks cannot be disabled; % stays.', p_login
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM agent WHERE login = p_login) THEN
        RAISE EXCEPTION 'No agent of this FunnelDesk database signs in as %.', p_login
            USING ERRCODE = 'no_data_found';
    END IF;
    EXECUTE format('REVOKE %I FROM %I', fd_team_role('manager'), p_login);
    EXECUTE format('REVOKE %I FROM %I', fd_team_role('rep'), p_login);
    -- NOLOGIN is cluster-wide: only for a plain login that belongs to no other role, i.e. one
    -- made for this database. A login others use too (another FunnelDesk database's rep) only
    -- loses its rights here; without them it can read and change nothing of this database.
    IF NOT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member
                   WHERE r.rolname = p_login)
            AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login
                        AND NOT (rolsuper OR rolcreaterole OR rolcreatedb OR rolreplication OR rolbypassrls)) THEN
        EXECUTE format('ALTER ROLE %I NOLOGIN', p_login);
    END IF;
    UPDATE agent SET active = 0 WHERE login = p_login;
END $$;

DO $do$
BEGIN
    EXECUTE 'REVOKE ALL ON FUNCTION fd_team_add(text, text, text, text) FROM PUBLIC';
    EXECUTE 'REVOKE ALL ON FUNCTION fd_team_disable(text) FROM PUBLIC';
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = fd_team_role('manager')) THEN
        EXECUTE format('GRANT EXECUTE ON FUNCTION fd_team_add(text, text, text, text) TO %I', fd_team_role('manager'));
        EXECUTE format('GRANT EXECUTE ON FUNCTION fd_team_disable(text) TO %I', fd_team_role('manager'));
    END IF;
END $do$;
