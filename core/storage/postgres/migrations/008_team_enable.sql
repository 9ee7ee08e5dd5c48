-- FunnelDesk on PostgreSQL, migration 008_team_enable, schema version 7 (issue 17, team mode):
-- `team enable LOGIN` undoes `team disable`, and `team add --agent` gives an existing agent (one
-- a migrate copied from a file) a login. Self-contained: it needs only 003_team.sql's roles and
-- functions. fd::pg::Schema::init() runs it as the database's owner, in init's transaction, with
-- search_path = the FunnelDesk schema alone. Never edit a released migration.

-- Its functions pin "schema, pg_temp" as 006_guard.sql pinned every older one (a rep's temporary
-- table must never stand in for agent or fd_team_nologin inside a SECURITY DEFINER function):
-- SET search_path FROM CURRENT below records this, for the rest of the migration's transaction.
SELECT set_config('search_path', quote_ident(current_schema()) || ', pg_temp', true);

-- The logins this database's `team disable` shut out of the cluster (NOLOGIN). `team enable`
-- gives LOGIN back to these only: never to a role the server's administrator locked, nor to a
-- group role a manager wrote into agent.login (a manager may UPDATE agent). No GRANT: only the
-- SECURITY DEFINER functions below, which run as the owner, read and write it.
CREATE TABLE fd_team_nologin (
    login text COLLATE "C" PRIMARY KEY
);

-- team disable, as 003_team.sql's, and it remembers the NOLOGIN it sets in fd_team_nologin.
CREATE OR REPLACE FUNCTION fd_team_disable(p_login text) RETURNS void
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
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
        EXECUTE format('REVOKE %I FROM %I', fd_team_role('manager'), p_login);
        EXECUTE format('REVOKE %I FROM %I', fd_team_role('rep'), p_login);
    END IF;
    -- NOLOGIN is cluster-wide: only for a plain login that belongs to no other role, i.e. one
    -- made for this database, and that may log in now.
    IF NOT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member
                   WHERE r.rolname = p_login)
            AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login AND rolcanlogin
                        AND NOT (rolsuper OR rolcreaterole OR rolcreatedb OR rolreplication OR rolbypassrls)) THEN
        EXECUTE format('ALTER ROLE %I NOLOGIN', p_login);
        INSERT INTO fd_team_nologin (login) VALUES (p_login) ON CONFLICT DO NOTHING;
    END IF;
    UPDATE agent SET active = 0 WHERE login = p_login;
END $$;

-- The checks fd_team_add makes of a login before it gives it a team role here: the team roles
-- exist, and the role is a plain login (never a group role, nor an administrator's login: the
-- caller runs with the owner's rights). `may_be_locked`: a role of the name that cannot log in
-- passes when this database's team disable locked it (fd_team_nologin).
CREATE FUNCTION fd_team_check_login(p_login text, p_kind text, may_be_locked boolean) RETURNS void
    LANGUAGE plpgsql STABLE SET search_path FROM CURRENT AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = fd_team_role(p_kind)) THEN
        RAISE EXCEPTION 'This database has no team roles: its owner may not create roles (CREATEROLE).'
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login
               AND (rolsuper OR rolcreaterole OR rolcreatedb OR rolreplication OR rolbypassrls
                    OR NOT (rolcanlogin OR may_be_locked AND rolname IN (SELECT login FROM fd_team_nologin)))) THEN
        RAISE EXCEPTION 'The role % exists and is not a plain login; choose another login name.', p_login
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
END $$;

-- team enable: LOGIN, which team disable took out of the team, is a member of its agent's role
-- here again and its agent active; LOGIN is given back when this database's team disable took it
-- (fd_team_nologin). Value, the outcome: 'already' (nothing to do: it could sign in and act
-- here), 'login' (it can sign in again), 'rights' (it could sign in all along, as another role's
-- member, and acts here again). Refused (SQLSTATE 55000 or P0002): no agent signs in as LOGIN;
-- the login is gone from the server; a group role, an administrator's login, or one the
-- server's administrator locked (NOLOGIN not of FunnelDesk's making).
CREATE FUNCTION fd_team_enable(p_login text) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT SET client_min_messages = error AS $$
DECLARE
    kind text;
    was_active boolean;
    locked boolean := EXISTS (SELECT 1 FROM fd_team_nologin WHERE login = p_login);
BEGIN
    SELECT role, active = 1 INTO kind, was_active FROM agent WHERE login = p_login;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'No agent of this FunnelDesk database signs in as %.', p_login
            USING ERRCODE = 'no_data_found';
    END IF;
    IF p_login = (SELECT r.rolname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner
                  WHERE c.oid = 'fd_meta'::regclass) THEN
        RAISE EXCEPTION 'The database''s owner % is never disabled, so there is nothing to enable.', p_login
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
        RAISE EXCEPTION 'The login % no longer exists on this server; its administrator makes it again first.', p_login
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    PERFORM fd_team_check_login(p_login, kind, true);
    IF was_active AND NOT locked AND pg_has_role(p_login, fd_team_role(kind), 'USAGE') THEN
        RETURN 'already';
    END IF;
    EXECUTE format('REVOKE %I FROM %I', fd_team_role(CASE kind WHEN 'rep' THEN 'manager' ELSE 'rep' END), p_login);
    EXECUTE format('GRANT %I TO %I', fd_team_role(kind), p_login);
    UPDATE agent SET active = 1 WHERE login = p_login;
    IF locked THEN
        EXECUTE format('ALTER ROLE %I LOGIN', p_login);
        DELETE FROM fd_team_nologin WHERE login = p_login;
        RETURN 'login';
    END IF;
    RETURN 'rights';
END $$;

-- team add --agent: makes LOGIN a login of role `kind` here, as fd_team_add does (a new one gets
-- `verifier` as its password, NULL none; an existing plain login keeps its own), and gives it to
-- the existing agent `p_agent`, which has none yet (an agent a migrate copied from a file). The
-- agent takes the role and is active. Value: the agent's id. Refused (SQLSTATE 55000 or P0002):
-- no agent has the id; it has a login already; another agent has LOGIN; as fd_team_add.
CREATE FUNCTION fd_team_link(p_login text, p_agent bigint, p_kind text, p_verifier text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT SET client_min_messages = error AS $$
DECLARE
    has text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM agent WHERE id = p_agent) THEN
        RAISE EXCEPTION 'No agent has the id %.', p_agent USING ERRCODE = 'no_data_found';
    END IF;
    SELECT login INTO has FROM agent WHERE id = p_agent AND login IS NOT NULL;
    IF FOUND THEN
        RAISE EXCEPTION 'The agent % signs in as % already; team disable that login first if it is no longer theirs.',
            p_agent, has USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    SELECT name INTO has FROM agent WHERE login = p_login;
    IF FOUND THEN
        RAISE EXCEPTION 'The login % is already the agent % here.', p_login, has
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    PERFORM fd_team_check_login(p_login, p_kind, false);
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
        IF p_verifier IS NULL THEN
            EXECUTE format('CREATE ROLE %I LOGIN', p_login);
        ELSE
            EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_login, p_verifier);
        END IF;
    END IF;
    EXECUTE format('REVOKE %I FROM %I', fd_team_role(CASE p_kind WHEN 'rep' THEN 'manager' ELSE 'rep' END), p_login);
    EXECUTE format('GRANT %I TO %I', fd_team_role(p_kind), p_login);
    UPDATE agent SET login = p_login, role = p_kind, active = 1 WHERE id = p_agent;
    RETURN p_agent;
END $$;

DO $do$
BEGIN
    EXECUTE 'REVOKE ALL ON TABLE fd_team_nologin FROM PUBLIC';
    EXECUTE 'REVOKE ALL ON FUNCTION fd_team_check_login(text, text, boolean) FROM PUBLIC';
    EXECUTE 'REVOKE ALL ON FUNCTION fd_team_enable(text) FROM PUBLIC';
    EXECUTE 'REVOKE ALL ON FUNCTION fd_team_link(text, bigint, text, text) FROM PUBLIC';
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = fd_team_role('manager')) THEN
        EXECUTE format('GRANT EXECUTE ON FUNCTION fd_team_enable(text) TO %I', fd_team_role('manager'));
        EXECUTE format('GRANT EXECUTE ON FUNCTION fd_team_link(text, bigint, text, text) TO %I',
                       fd_team_role('manager'));
    END IF;
END $do$;
