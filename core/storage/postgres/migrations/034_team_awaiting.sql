-- FunnelDesk on PostgreSQL, migration 034_team_awaiting, schema version 24: `check` names an
-- active agent whose login has lost its rights here. Self-contained: it needs 012's
-- fd_team_login and fd_team_owner, 033's fd_team_role and the team functions of 033.
-- fd::pg::Schema::init() and upgrade() run it as the database's owner, in one transaction, with
-- search_path = the FunnelDesk schema alone. Never edit a released migration.
--
-- Why (a reviewer's black-box test): `REVOKE <manager role> FROM bob`, a team role dropped and
-- made again, or `ALTER ROLE bob NOINHERIT` locked bob out of FunnelDesk while check passed;
-- `team list` alone said "no rights here". Check could not tell such a login from one a migrate
-- copied with its agent, which has no rights here until a manager enables it (pg::Team::
-- claimOwnerAgent), and would have refused every migrate of a team. fd_team_login now marks the
-- second kind (awaiting_rights) until a team change gives the login its rights.

SELECT set_config('search_path', quote_ident(current_schema()) || ', pg_temp', true);

-- true: a migrate copied this login with its agent, and no team change (add, link, enable) has
-- given it its role here since. Only the owner and the SECURITY DEFINER functions read and write
-- it, as the rest of fd_team_login.
ALTER TABLE fd_team_login ADD COLUMN awaiting_rights boolean NOT NULL DEFAULT false;

-- The backfill: an earlier migrate's copied logins are 'adopted' like a login the owner gave to
-- an agent with its rights. One of an active agent that holds no rights of its agent's role now
-- may be either, so it is taken for a copy still awaiting them, as check took every login before.
UPDATE fd_team_login l SET awaiting_rights = true
FROM agent a, pg_roles r, pg_roles g
WHERE a.login = l.login AND l.origin = 'adopted' AND a.active = 1
  AND r.rolname = a.login AND g.rolname = fd_team_role(a.role)
  AND NOT pg_has_role(r.oid, g.oid, 'USAGE');

-- 033's team changes, and: the login no longer awaits its rights (each gives them, or finds
-- them given). CREATE OR REPLACE keeps each function's owner and GRANTs.
CREATE OR REPLACE FUNCTION fd_team_add(p_login text, p_name text, p_kind text, p_verifier text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    agent_id bigint;
BEGIN
    PERFORM fd_team_own_roles(false);
    agent_id := fd_team_do_add(p_login, p_name, p_kind, p_verifier);
    UPDATE fd_team_login SET awaiting_rights = false WHERE login = p_login AND awaiting_rights;
    RETURN agent_id;
END $$;
CREATE OR REPLACE FUNCTION fd_team_link(p_login text, p_agent bigint, p_kind text, p_verifier text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    agent_id bigint;
BEGIN
    PERFORM fd_team_own_roles(false);
    agent_id := fd_team_do_link(p_login, p_agent, p_kind, p_verifier);
    UPDATE fd_team_login SET awaiting_rights = false WHERE login = p_login AND awaiting_rights;
    RETURN agent_id;
END $$;
CREATE OR REPLACE FUNCTION fd_team_enable(p_login text) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    outcome text;
BEGIN
    PERFORM fd_team_own_roles(false);
    outcome := fd_team_do_enable(p_login);
    UPDATE fd_team_login SET awaiting_rights = false WHERE login = p_login AND awaiting_rights;
    RETURN outcome;
END $$;

-- `check` (storage/IntegrityCheck.cpp): each active agent whose login FunnelDesk made or was
-- given (fd_team_login, not the owner's, not awaiting its rights) exists on the server but does
-- not hold its agent's team role here: `member` false when it is no member of that role (taken
-- from it, or the role was dropped and made again), true when it is one but does not inherit
-- the role's rights (NOINHERIT, on the login or on a role between). A login of the owner's role
-- holds the owner's rights whatever its roles; a missing team role is checkMissingRoles' to name.
-- kind is the agent's role ('rep' or 'manager'), role and login_sql the two names as SQL names
-- them (quote_ident). Anyone who may run check may ask, as for fd_team_login_faults.
CREATE FUNCTION fd_team_lost_logins()
    RETURNS TABLE (agent_name text, login text, kind text, member boolean, role_sql text, login_sql text)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
    AS $$ SELECT a.name, a.login, a.role, pg_has_role(r.oid, g.oid, 'MEMBER'),
                 quote_ident(g.rolname), quote_ident(r.rolname)
          FROM agent a
          JOIN fd_team_login l ON l.login = a.login
          JOIN pg_roles r ON r.rolname = a.login
          JOIN pg_roles g ON g.rolname = fd_team_role(a.role)
          WHERE a.active = 1 AND l.origin <> 'owner' AND NOT l.awaiting_rights
            AND a.login IS DISTINCT FROM fd_team_owner()
            AND NOT pg_has_role(r.oid, (SELECT c.relowner FROM pg_class c WHERE c.oid = 'fd_meta'::regclass), 'USAGE')
            AND NOT pg_has_role(r.oid, g.oid, 'USAGE')
          ORDER BY a.login $$;

DO $do$
BEGIN
    PERFORM set_config('client_min_messages', 'error', true);
    EXECUTE 'REVOKE ALL ON FUNCTION fd_team_lost_logins() FROM PUBLIC';
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = fd_team_role('rep')) THEN
        EXECUTE format('GRANT EXECUTE ON FUNCTION fd_team_lost_logins() TO %I', fd_team_role('rep'));
    END IF;
END $do$;
