-- FunnelDesk on PostgreSQL, migration 012_team_logins, schema version 9 (issue 17, Step 11,
-- "Rights enforced by the server"; hostile pass of s16): the team functions act only on logins
-- FunnelDesk made for this database or its owner gave to an agent, and agent.login changes only
-- through them. Before, they acted on whatever agent.login held, and a manager may UPDATE agent:
-- a manager wrote the manager group role into an agent and `team disable` revoked the rep role
-- from it (every manager lost read rights), wrote another application's login into an agent and
-- `team disable` made it NOLOGIN, swapped two agents' logins so that edits were filed under the
-- other's id; and `team add` adopted any existing plain login into the team.
-- Self-contained: it needs only 003_team.sql's and 008_team_enable.sql's roles, functions and
-- fd_team_nologin. fd::pg::Schema::init() and upgrade() run it as the database's owner, in one
-- transaction, with search_path = the FunnelDesk schema alone. Never edit a released migration.

-- Its functions pin "schema, pg_temp" as 006_guard.sql pinned every older one.
SELECT set_config('search_path', quote_ident(current_schema()) || ', pg_temp', true);

-- The logins the team functions act on (fd_team_disable, fd_team_enable, fd_team_link and
-- fd_team_add of a login that exists). origin: 'made' (fd_team_add or fd_team_link created the
-- role; team disable may make it NOLOGIN), 'adopted' (a login that existed, which the owner gave
-- to an agent: fd_team_link run by the owner, a migrate's copied agents, or a member of this
-- database's team roles when this migration ran; team disable only takes its rights here), or
-- 'owner' (the database's owner, whom init and migrate make the first manager). No GRANT: only
-- the owner and the SECURITY DEFINER functions below, which run as the owner, read and write it.
CREATE TABLE fd_team_login (
    login text COLLATE "C" PRIMARY KEY,
    origin text COLLATE "C" NOT NULL CHECK (origin IN ('made', 'adopted', 'owner'))
);

-- The name of the role that owns FunnelDesk's tables (the login that ran init or migrate).
CREATE FUNCTION fd_team_owner() RETURNS text
    LANGUAGE sql STABLE SET search_path FROM CURRENT
    RETURN (SELECT r.rolname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE c.oid = 'fd_meta'::regclass);

-- The backfill of a schema made before this migration: the owner, and the plain logins that are
-- agents' logins AND members of this database's rep or manager role (a team at work), or that
-- this database's team disable locked (fd_team_nologin). 'made' when the login belongs to no
-- other role (as team disable judged a login made for this database), else 'adopted'. A group
-- role, an administrator's login or any other role a manager wrote into agent.login is left
-- out: `check` names it, and the team functions refuse it.
INSERT INTO fd_team_login (login, origin) VALUES (fd_team_owner(), 'owner') ON CONFLICT DO NOTHING;
INSERT INTO fd_team_login (login, origin)
SELECT r.rolname,
       CASE WHEN NOT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                             WHERE m.member = r.oid
                               AND g.rolname NOT IN (fd_team_role('rep'), fd_team_role('manager')))
            THEN 'made' ELSE 'adopted' END
FROM agent a JOIN pg_roles r ON r.rolname = a.login
WHERE r.rolname NOT IN (fd_team_role('rep'), fd_team_role('manager'))
  AND NOT (r.rolsuper OR r.rolcreaterole OR r.rolcreatedb OR r.rolreplication OR r.rolbypassrls)
  AND NOT EXISTS (SELECT 1 FROM pg_auth_members m WHERE m.roleid = r.oid)
  AND (r.rolcanlogin AND EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                                 WHERE m.member = r.oid
                                   AND g.rolname IN (fd_team_role('rep'), fd_team_role('manager')))
       OR r.rolname IN (SELECT n.login FROM fd_team_nologin n))
ON CONFLICT DO NOTHING;

-- agent.login, and the id of an agent that has one, change only as the owner (the team functions
-- run as the owner; init, upgrade and migrate are the owner's): a manager may still add, edit
-- and delete agents, but not say which agent a login is. A trigger rather than column GRANTs: a
-- manager's own INSERT may name login (NULL) as before, and the rule covers the id as well.
-- SQLSTATE 42501, which FunnelDesk reads as Error::Kind::NoRight.
CREATE FUNCTION fd_agent_login_guard() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF NOT pg_has_role(current_user, (SELECT c.relowner FROM pg_class c WHERE c.oid = 'fd_meta'::regclass),
                       'MEMBER') THEN
        RAISE EXCEPTION 'An agent''s login changes only through the team commands; % may not write agent.login, nor give an agent that has a login another id.',
            current_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER agent_login_insert BEFORE INSERT ON agent
    FOR EACH ROW WHEN (NEW.login IS NOT NULL) EXECUTE FUNCTION fd_agent_login_guard();
CREATE TRIGGER agent_login_update BEFORE UPDATE OF login, id ON agent
    FOR EACH ROW WHEN (NEW.login IS DISTINCT FROM OLD.login
                       OR NEW.id <> OLD.id AND coalesce(OLD.login, NEW.login) IS NOT NULL)
    EXECUTE FUNCTION fd_agent_login_guard();

-- Whether the role `p_login` is a group role, not a person's login: one of this database's team
-- roles, a role that has members, or a role that cannot log in that FunnelDesk neither knows
-- nor locked itself (fd_team_login, fd_team_nologin).
CREATE FUNCTION fd_team_is_group(p_login text) RETURNS boolean
    LANGUAGE sql STABLE SET search_path FROM CURRENT
    RETURN p_login IN (fd_team_role('rep'), fd_team_role('manager'))
        OR EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid WHERE r.rolname = p_login)
        OR EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login AND NOT rolcanlogin
                   AND rolname NOT IN (SELECT login FROM fd_team_login UNION SELECT login FROM fd_team_nologin));

-- Refuses a role the team functions may not act on, with an SQLSTATE of FunnelDesk's own that
-- storage/postgres/PgTeam.cpp turns into one translated sentence (the message is for psql):
-- FDL03 the database's owner; FDL02 a group role (fd_team_is_group); `p_unknown`
-- (FDL01 for disable and enable, FDL04 for add and a manager's link) a role not in
-- fd_team_login. A role that does not exist passes (the caller says so or creates it).
CREATE FUNCTION fd_team_known(p_login text, p_unknown text) RETURNS void
    LANGUAGE plpgsql STABLE SET search_path FROM CURRENT AS $$
BEGIN
    IF p_login = fd_team_owner() THEN
        RAISE EXCEPTION 'The role % owns this FunnelDesk database; the team commands do not act on it.', p_login
            USING ERRCODE = 'FDL03';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
        RETURN;
    END IF;
    IF fd_team_is_group(p_login) THEN
        RAISE EXCEPTION 'The role % is a group role, not a person''s login; the team commands act only on logins.',
            p_login USING ERRCODE = 'FDL02';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM fd_team_login WHERE login = p_login) THEN
        RAISE EXCEPTION 'FunnelDesk did not make the login % for this database, nor did its owner give it to an agent; only its owner can, with team add --agent.',
            p_login
            USING ERRCODE = p_unknown;
    END IF;
END $$;

-- Refuses, before the team functions create a login, a name FunnelDesk never makes
-- (FDL05): a character beyond ASCII letters, digits and . _ - @, a first '-', or a name of the
-- server's (pg_…) or of FunnelDesk's own roles (funneldesk_…): a login made here under another
-- database's team role name ("funneldesk_manager.<db>") would become that database's manager
-- group when init there finds the role made (hostile pass of s16). The client's rule
-- (Validation::loginProblem, Team::addLogin) says it in a translated sentence first; this one is
-- for raw SQL. Only new logins: one made before this rule keeps working.
CREATE FUNCTION fd_team_new_login(p_login text) RETURNS void
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF p_login IS NULL OR p_login !~ '^[A-Za-z0-9._@][A-Za-z0-9._@-]*$'
       OR lower(p_login) LIKE 'pg\_%' OR lower(p_login) LIKE 'funneldesk\_%' THEN
        RAISE EXCEPTION 'FunnelDesk does not make the login %: a login holds only the ASCII letters, digits and . _ - @, and does not begin with pg_ or funneldesk_.',
            p_login USING ERRCODE = 'FDL05';
    END IF;
END $$;

-- team add, as 003_team.sql's, but an existing role is taken only when FunnelDesk made it for
-- this database or its owner gave it to an agent before (fd_team_login; its agent was deleted
-- since): any other existing login is refused (FDL04), never silently adopted; the owner gives
-- one to an agent with team add --agent (fd_team_link). A new login is recorded as 'made'.
CREATE OR REPLACE FUNCTION fd_team_add(p_login text, p_name text, p_kind text, p_verifier text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT SET client_min_messages = error AS $$
DECLARE
    new_id bigint;
BEGIN
    PERFORM fd_team_known(p_login, 'FDL04');
    PERFORM fd_team_check_login(p_login, p_kind, false);
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
        PERFORM fd_team_new_login(p_login);
        IF p_verifier IS NULL THEN
            EXECUTE format('CREATE ROLE %I LOGIN', p_login);
        ELSE
            EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_login, p_verifier);
        END IF;
        INSERT INTO fd_team_login (login, origin) VALUES (p_login, 'made') ON CONFLICT DO NOTHING;
    END IF;
    EXECUTE format('REVOKE %I FROM %I', fd_team_role(CASE p_kind WHEN 'rep' THEN 'manager' ELSE 'rep' END), p_login);
    EXECUTE format('GRANT %I TO %I', fd_team_role(p_kind), p_login);
    INSERT INTO agent (name, role, login, active) VALUES (p_name, p_kind, p_login, 1) RETURNING id INTO new_id;
    RETURN new_id;
END $$;

-- team add --agent, as 008_team_enable.sql's: a new login is made and recorded ('made'); an
-- existing one FunnelDesk knows (fd_team_login) is taken; any other existing plain login only
-- when the session's login is the owner (or a member of the owner's role), who adopts it
-- ('adopted'); a manager is refused (FDL04). Never the owner's role or a group role.
CREATE OR REPLACE FUNCTION fd_team_link(p_login text, p_agent bigint, p_kind text, p_verifier text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT SET client_min_messages = error AS $$
DECLARE
    has text;
    adopt boolean;
    by_owner boolean := pg_has_role(session_user, (SELECT c.relowner FROM pg_class c
                                                   WHERE c.oid = 'fd_meta'::regclass), 'MEMBER');
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
    adopt := by_owner AND p_login IS DISTINCT FROM fd_team_owner() AND NOT fd_team_is_group(p_login)
             AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login)
             AND NOT EXISTS (SELECT 1 FROM fd_team_login WHERE login = p_login);
    IF NOT adopt THEN
        PERFORM fd_team_known(p_login, 'FDL04');
    END IF;
    PERFORM fd_team_check_login(p_login, p_kind, false);
    IF adopt THEN
        INSERT INTO fd_team_login (login, origin) VALUES (p_login, 'adopted');
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
        PERFORM fd_team_new_login(p_login);
        IF p_verifier IS NULL THEN
            EXECUTE format('CREATE ROLE %I LOGIN', p_login);
        ELSE
            EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_login, p_verifier);
        END IF;
        INSERT INTO fd_team_login (login, origin) VALUES (p_login, 'made') ON CONFLICT DO NOTHING;
    END IF;
    EXECUTE format('REVOKE %I FROM %I', fd_team_role(CASE p_kind WHEN 'rep' THEN 'manager' ELSE 'rep' END), p_login);
    EXECUTE format('GRANT %I TO %I', fd_team_role(p_kind), p_login);
    UPDATE agent SET login = p_login, role = p_kind, active = 1 WHERE id = p_agent;
    RETURN p_agent;
END $$;

-- team disable, as 008_team_enable.sql's, on a login of fd_team_login only (fd_team_known), and
-- NOLOGIN (cluster-wide) only for one FunnelDesk made ('made'): an adopted login, which someone
-- else made, only loses its rights here.
CREATE OR REPLACE FUNCTION fd_team_disable(p_login text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT SET client_min_messages = error AS $$
BEGIN
    IF p_login = fd_team_owner() OR p_login = session_user THEN
        RAISE EXCEPTION 'The database''s owner and the login that asks cannot be disabled; % stays.', p_login
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM agent WHERE login = p_login) THEN
        RAISE EXCEPTION 'No agent of this FunnelDesk database signs in as %.', p_login
            USING ERRCODE = 'no_data_found';
    END IF;
    PERFORM fd_team_known(p_login, 'FDL01');
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
        EXECUTE format('REVOKE %I FROM %I', fd_team_role('manager'), p_login);
        EXECUTE format('REVOKE %I FROM %I', fd_team_role('rep'), p_login);
    END IF;
    -- NOLOGIN is cluster-wide: only for a login made here that belongs to no other role and
    -- may log in now.
    IF EXISTS (SELECT 1 FROM fd_team_login WHERE login = p_login AND origin = 'made')
            AND NOT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member
                            WHERE r.rolname = p_login)
            AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login AND rolcanlogin
                        AND NOT (rolsuper OR rolcreaterole OR rolcreatedb OR rolreplication OR rolbypassrls)) THEN
        EXECUTE format('ALTER ROLE %I NOLOGIN', p_login);
        INSERT INTO fd_team_nologin (login) VALUES (p_login) ON CONFLICT DO NOTHING;
    END IF;
    UPDATE agent SET active = 0 WHERE login = p_login;
END $$;

-- team enable, as 008_team_enable.sql's, on a login of fd_team_login only (fd_team_known).
CREATE OR REPLACE FUNCTION fd_team_enable(p_login text) RETURNS text
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
    IF p_login = fd_team_owner() THEN
        RAISE EXCEPTION 'The database''s owner % is never disabled, so there is nothing to enable.', p_login
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    PERFORM fd_team_known(p_login, 'FDL01');
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

-- `check` (storage/IntegrityCheck.cpp): each agent whose login fd_team_login does not hold (a
-- schema upgraded with such a login, or the owner's own direct write), by login; and whether
-- both agent_login triggers are there, enabled, and call fd_agent_login_guard. Anyone who may
-- read agent may ask (a rep runs check too).
CREATE FUNCTION fd_team_unknown_logins() RETURNS TABLE (agent_name text, login text)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
    AS $$ SELECT a.name, a.login FROM agent a
          WHERE a.login IS NOT NULL AND NOT EXISTS (SELECT 1 FROM fd_team_login l WHERE l.login = a.login)
          ORDER BY a.login $$;

DO $do$
BEGIN
    PERFORM set_config('client_min_messages', 'error', true);
    EXECUTE 'REVOKE ALL ON TABLE fd_team_login FROM PUBLIC';
    EXECUTE 'REVOKE ALL ON FUNCTION fd_team_known(text, text) FROM PUBLIC';
    EXECUTE 'REVOKE ALL ON FUNCTION fd_team_is_group(text) FROM PUBLIC';
    EXECUTE 'REVOKE ALL ON FUNCTION fd_team_new_login(text) FROM PUBLIC';
    EXECUTE 'REVOKE ALL ON FUNCTION fd_team_unknown_logins() FROM PUBLIC';
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = fd_team_role('rep')) THEN
        EXECUTE format('GRANT EXECUTE ON FUNCTION fd_team_unknown_logins() TO %I', fd_team_role('rep'));
    END IF;
END $do$;
