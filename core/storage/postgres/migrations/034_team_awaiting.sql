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
-- second kind (awaiting_rights) until the login is seen holding its role.

SELECT set_config('search_path', quote_ident(current_schema()) || ', pg_temp', true);

-- true: a migrate copied this login with its agent, and it has not been seen holding its agent's
-- team role here since (fd_team_note_rights). Only the owner and the SECURITY DEFINER functions
-- read and write it, as the rest of fd_team_login.
ALTER TABLE fd_team_login ADD COLUMN awaiting_rights boolean NOT NULL DEFAULT false;

-- The backfill: an earlier migrate's copied logins are 'adopted', as a login the owner gave to an
-- agent with its rights (team add --agent) is. An adopted login that is no member of its agent's
-- role now may be either, so it is taken for a copy still awaiting its rights, as check took
-- every login before: one given its rights that has lost them since stays unnamed until a team
-- change or check sees it holding them again. A member that does not inherit (NOINHERIT) was
-- given the role, so it is not marked, and check names it. A login not on the server now (or a
-- team role that is not) is no member either: made again later, it is judged as a copy would be.
UPDATE fd_team_login l SET awaiting_rights = true
FROM agent a
WHERE a.login = l.login AND l.origin = 'adopted'
  AND NOT coalesce((SELECT pg_has_role(r.oid, g.oid, 'MEMBER') FROM pg_roles r, pg_roles g
                    WHERE r.rolname = a.login AND g.rolname = fd_team_role(a.role)), false);

-- Each login awaiting its rights that is a member of its agent's team role now (a team change
-- made it one, or an administrator's GRANT did) awaits no longer: from then on, check names it
-- once it loses the role or does not inherit it. A member, not a login that may use the role's
-- rights: a NOINHERIT one was given the role, and check says so. Rows another transaction holds
-- are left for a later call (SKIP LOCKED): no team change waits here. Run by the team changes
-- below and by the owner's check (fd_team_lost_logins).
CREATE FUNCTION fd_team_note_rights() RETURNS void
    LANGUAGE sql SECURITY DEFINER SET search_path FROM CURRENT
    AS $$ UPDATE fd_team_login SET awaiting_rights = false
          WHERE login IN (SELECT l.login FROM fd_team_login l
                          JOIN agent a ON a.login = l.login
                          JOIN pg_roles r ON r.rolname = l.login
                          JOIN pg_roles g ON g.rolname = fd_team_role(a.role)
                          WHERE l.awaiting_rights AND pg_has_role(r.oid, g.oid, 'MEMBER')
                          FOR UPDATE OF l SKIP LOCKED) $$;

-- After a team change gave `p_login` its agent's role (add, link, enable): refused (FDL08, which
-- FunnelDesk words: pg::Team's refusal) when the login does not inherit (NOINHERIT), as it is a
-- member of the role and may still use none of its rights, so it would not work here; else the
-- rights are noted. Called by the SECURITY DEFINER team changes below, as the owner.
CREATE FUNCTION fd_team_changed(p_login text) RETURNS void
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM agent a JOIN pg_roles r ON r.rolname = a.login
               JOIN pg_roles g ON g.rolname = fd_team_role(a.role)
               WHERE a.login = p_login AND NOT pg_has_role(r.oid, g.oid, 'USAGE')) THEN
        RAISE EXCEPTION 'The login % does not inherit the rights of the roles it is a member of (NOINHERIT), so it would not work here; ALTER ROLE % INHERIT first.',
            p_login, quote_ident(p_login)
            USING ERRCODE = 'FDL08';
    END IF;
    PERFORM fd_team_note_rights();
END $$;

-- 033's team changes, and then fd_team_changed (disable: fd_team_note_rights). CREATE OR REPLACE
-- keeps each function's owner and GRANTs.
CREATE OR REPLACE FUNCTION fd_team_add(p_login text, p_name text, p_kind text, p_verifier text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    agent_id bigint;
BEGIN
    PERFORM fd_team_own_roles(false);
    agent_id := fd_team_do_add(p_login, p_name, p_kind, p_verifier);
    PERFORM fd_team_changed(p_login);
    RETURN agent_id;
END $$;
CREATE OR REPLACE FUNCTION fd_team_link(p_login text, p_agent bigint, p_kind text, p_verifier text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    agent_id bigint;
BEGIN
    PERFORM fd_team_own_roles(false);
    agent_id := fd_team_do_link(p_login, p_agent, p_kind, p_verifier);
    PERFORM fd_team_changed(p_login);
    RETURN agent_id;
END $$;
CREATE OR REPLACE FUNCTION fd_team_disable(p_login text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    PERFORM fd_team_own_roles(false);
    PERFORM fd_team_do_disable(p_login);
    PERFORM fd_team_note_rights();
END $$;
CREATE OR REPLACE FUNCTION fd_team_enable(p_login text) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    outcome text;
BEGIN
    PERFORM fd_team_own_roles(false);
    outcome := fd_team_do_enable(p_login);
    PERFORM fd_team_changed(p_login);
    RETURN outcome;
END $$;

-- `check` (storage/IntegrityCheck.cpp): each agent whose login FunnelDesk made or was given
-- (fd_team_login, not the owner's; one awaiting its rights only once it is a member of its role,
-- whoever asks, and whether or not the mark could be cleared) exists on the server, and does not
-- hold its agent's team role here, though the agent is active. kind is the agent's role ('rep' or
-- 'manager'); member whether the login is a member of that role at all (false: taken from it, or
-- the role was dropped and made again), inherits whether the login itself inherits (rolinherit:
-- a member that inherits lacks the rights through a NOINHERIT role between); other (a manager's
-- login only) whether it holds the rep role instead, as after `UPDATE agent SET role`. A login of
-- the owner's role holds the owner's rights whatever its roles; a rep's login in the manager
-- role, a missing team role and the manager role outside the rep role are PgRights.cpp's to
-- name. role_sql and login_sql are the two names as SQL names them (quote_ident). Notes the
-- rights first (fd_team_note_rights) when the owner asks (or a member of the owner's role) and
-- the transaction may write: a rep's call writes nothing, so it holds no row a team change needs.
-- Anyone who may run check may ask, as for fd_team_login_faults.
CREATE FUNCTION fd_team_lost_logins()
    RETURNS TABLE (agent_name text, login text, kind text, member boolean, inherits boolean,
                   other boolean, role_sql text, login_sql text)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
#variable_conflict use_column
BEGIN
    IF current_setting('transaction_read_only') = 'off'
       AND pg_has_role(session_user, (SELECT c.relowner FROM pg_class c WHERE c.oid = 'fd_meta'::regclass), 'MEMBER') THEN
        PERFORM fd_team_note_rights();
    END IF;
    RETURN QUERY
    SELECT a.name, a.login, a.role, pg_has_role(r.oid, g.oid, 'MEMBER'), r.rolinherit,
           a.role = 'manager' AND pg_has_role(r.oid, rep.oid, 'USAGE'),
           quote_ident(g.rolname)::text, quote_ident(r.rolname)::text
    FROM agent a
    JOIN fd_team_login l ON l.login = a.login
    JOIN pg_roles r ON r.rolname = a.login
    JOIN pg_roles g ON g.rolname = fd_team_role(a.role)
    JOIN pg_roles rep ON rep.rolname = fd_team_role('rep')
    JOIN pg_roles mgr ON mgr.rolname = fd_team_role('manager')
    WHERE a.active = 1 AND l.origin <> 'owner'
      AND NOT (l.awaiting_rights AND NOT pg_has_role(r.oid, g.oid, 'MEMBER'))
      AND a.login IS DISTINCT FROM fd_team_owner()
      AND NOT pg_has_role(r.oid, (SELECT c.relowner FROM pg_class c WHERE c.oid = 'fd_meta'::regclass), 'USAGE')
      AND NOT pg_has_role(r.oid, g.oid, 'USAGE')
      AND NOT (a.role = 'rep' AND pg_has_role(r.oid, mgr.oid, 'MEMBER'))
    ORDER BY a.login;
END $$;

DO $do$
BEGIN
    PERFORM set_config('client_min_messages', 'error', true);
    EXECUTE 'REVOKE ALL ON FUNCTION fd_team_note_rights() FROM PUBLIC';
    EXECUTE 'REVOKE ALL ON FUNCTION fd_team_changed(text) FROM PUBLIC';
    EXECUTE 'REVOKE ALL ON FUNCTION fd_team_lost_logins() FROM PUBLIC';
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = fd_team_role('rep')) THEN
        EXECUTE format('GRANT EXECUTE ON FUNCTION fd_team_lost_logins() TO %I', fd_team_role('rep'));
    END IF;
END $do$;
