-- FunnelDesk on PostgreSQL, migration 019_check, schema version 11 (hostile review of s18): a
-- login must not outlive its agent with the team's rights, nor be given to another agent by a
-- manager once its agent is gone.
-- 1. 012_team_logins.sql guards INSERT and UPDATE of agent.login and of an agent's id, not
--    DELETE: a manager deleted an agent whose login was still a member of the team's roles, and
--    the login kept a rep's (or a manager's) rights here while it mapped to no agent; `team add`
--    or `team add --agent` by a manager then gave that login to another agent. Now only the
--    owner (or a member of the owner's role, as fd_agent_login_guard tests) may delete an agent
--    whose login still holds the team's rights (FDL06); a manager runs `team disable` first,
--    which takes those rights, and may delete the agent then.
-- 2. A login fd_team_login holds but no agent has (an orphan: its agent was deleted) is given
--    to an agent again only by the owner (FDL07), in fd_team_add and fd_team_link.
-- 3. `check` (storage/postgres/PgGuards.cpp) names each orphan login that still holds the team's
--    rights, and each agent whose login no longer exists as a role (fd_team_login_faults).
-- Self-contained: it needs 003_team.sql's, 008_team_enable.sql's and 012_team_logins.sql's
-- roles, tables and functions only. fd::pg::Schema::init() and upgrade() run it as the
-- database's owner, in one transaction, with search_path = the FunnelDesk schema alone. Never
-- edit a released migration.

-- Its functions pin "schema, pg_temp" as 006_guard.sql pinned every older one.
SELECT set_config('search_path', quote_ident(current_schema()) || ', pg_temp', true);

-- Whether the login `p_login` holds this database's team rights: it exists and is a member,
-- directly or through another role, of the rep role (a manager is one too). False when the
-- team has no roles (an owner without CREATEROLE).
CREATE FUNCTION fd_team_has_rights(p_login text) RETURNS boolean
    LANGUAGE sql STABLE SET search_path FROM CURRENT
    RETURN coalesce((SELECT pg_has_role(r.oid, to_regrole(quote_ident(fd_team_role('rep'))), 'MEMBER')
                     FROM pg_roles r WHERE r.rolname = p_login
                       AND to_regrole(quote_ident(fd_team_role('rep'))) IS NOT NULL), false);

-- 1. An agent whose login still holds the team's rights is deleted only by the owner. SQLSTATE
-- FDL06, which FunnelDesk reads as Error::Kind::NoRight (PgDatabase::describe).
CREATE FUNCTION fd_agent_login_delete_guard() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF NOT pg_has_role(current_user, (SELECT c.relowner FROM pg_class c WHERE c.oid = 'fd_meta'::regclass),
                       'MEMBER')
       AND fd_team_has_rights(OLD.login) THEN
        RAISE EXCEPTION 'The agent % signs in as %, which still holds the team''s rights here; disable that login with team disable % first, or ask the database''s owner to delete the agent.',
            OLD.name, OLD.login, OLD.login
            USING ERRCODE = 'FDL06';
    END IF;
    RETURN OLD;
END $$;
CREATE TRIGGER agent_login_delete BEFORE DELETE ON agent
    FOR EACH ROW WHEN (OLD.login IS NOT NULL) EXECUTE FUNCTION fd_agent_login_delete_guard();

-- Refuses (FDL07), unless the session's login is the owner's (or a member of the owner's role),
-- to give an agent a login that fd_team_login holds and no agent has: an orphan, whose agent was
-- deleted. The callers below run it after their own checks.
CREATE FUNCTION fd_team_orphan_needs_owner(p_login text) RETURNS void
    LANGUAGE plpgsql STABLE SET search_path FROM CURRENT AS $$
BEGIN
    IF pg_has_role(session_user, (SELECT c.relowner FROM pg_class c WHERE c.oid = 'fd_meta'::regclass), 'MEMBER') THEN
        RETURN;
    END IF;
    IF EXISTS (SELECT 1 FROM fd_team_login WHERE login = p_login AND origin <> 'owner')
       AND NOT EXISTS (SELECT 1 FROM agent WHERE login = p_login) THEN
        RAISE EXCEPTION 'The login % was the login of an agent that was deleted; only the database''s owner may give it to an agent again.',
            p_login
            USING ERRCODE = 'FDL07';
    END IF;
END $$;

-- 2. team add, as 012_team_logins.sql's, but an orphan login only by the owner (FDL07).
CREATE OR REPLACE FUNCTION fd_team_add(p_login text, p_name text, p_kind text, p_verifier text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT SET client_min_messages = error AS $$
DECLARE
    new_id bigint;
BEGIN
    PERFORM fd_team_known(p_login, 'FDL04');
    PERFORM fd_team_orphan_needs_owner(p_login);
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

-- team add --agent, as 012_team_logins.sql's, but an orphan login only by the owner (FDL07).
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
    PERFORM fd_team_orphan_needs_owner(p_login);
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

-- 3. `check`: each login of fd_team_login (not the owner's) that no agent has and that still
-- holds the team's rights ('orphan', agent_name NULL), and each agent whose login fd_team_login
-- holds but no role of the server is any more ('gone'; fd_team_unknown_logins names the agents
-- whose login fd_team_login does not hold). Anyone who may read agent may ask (a rep runs check).
CREATE FUNCTION fd_team_login_faults() RETURNS TABLE (fault text, login text, agent_name text)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
    AS $$ SELECT 'orphan', l.login, NULL FROM fd_team_login l
          WHERE l.origin <> 'owner' AND l.login IS DISTINCT FROM fd_team_owner()
            AND NOT EXISTS (SELECT 1 FROM agent a WHERE a.login = l.login) AND fd_team_has_rights(l.login)
          UNION ALL
          SELECT 'gone', a.login, a.name FROM agent a JOIN fd_team_login l ON l.login = a.login
          WHERE NOT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = a.login)
          ORDER BY 1 DESC, 2 $$;

DO $do$
BEGIN
    PERFORM set_config('client_min_messages', 'error', true);
    EXECUTE 'REVOKE ALL ON FUNCTION fd_team_orphan_needs_owner(text) FROM PUBLIC';
    EXECUTE 'REVOKE ALL ON FUNCTION fd_team_login_faults() FROM PUBLIC';
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = fd_team_role('rep')) THEN
        EXECUTE format('GRANT EXECUTE ON FUNCTION fd_team_login_faults() TO %I', fd_team_role('rep'));
    END IF;
END $do$;
