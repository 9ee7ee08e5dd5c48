-- FunnelDesk on PostgreSQL, migration 033_team_own_roles, schema version 23: each FunnelDesk
-- database has team roles of its own, never another's. Self-contained: it needs 003's
-- fd_team_role and team roles, 012's fd_team_owner and the agent table. fd::pg::Schema::init()
-- and upgrade() run it as the database's owner, in one transaction, with search_path = the
-- FunnelDesk schema alone. Never edit a released migration.
--
-- Why: roles are cluster-wide, and 003_team.sql finds a team's roles by name
-- (funneldesk_rep.DATABASE[.SCHEMA]), taking a role of that name that exists already as it is.
-- Two ways a database then works through roles that are not its own (a reviewer's black-box
-- test, docs/PERFORMANCE.md has none: this is about rights):
-- - A copy (CREATE DATABASE … TEMPLATE, or a dump restored under another name) keeps the
--   original's fd_team_role() and GRANTs. `team add` on the copy then gave the new login the
--   original's rights, and `team disable` there took a login's rights on the original away.
-- - A database (or schema) dropped and made again under the same name: init took the old roles
--   with their members, so the dropped database's logins read and wrote the new one.
--
-- The rule: the team roles are this database's own when no other database, and no other schema
-- of this one, holds a GRANT to them (pg_shdepend, the cluster's record of what each role is
-- granted where), and, at init, when no login but the owner is a member (a fresh schema has no
-- agents: any other member is a dropped namesake's). Otherwise fd_team_own_roles() makes two new
-- roles, moves this schema's and this database's GRANTs to them, gives them to the agents'
-- logins and the owner, and drops the old roles when nothing else uses them. It runs here (at
-- init and on upgrade) and before every team change (fd::pg::Team: add, link, disable, enable),
-- since a copy made later has no migration left to run. Later, a member that is no agent is left
-- alone: an administrator may have given a reporting login the rep role.
--
-- The names move from fd_team_role()'s text to the one-row table fd_team_roles: replacing a
-- function needs CREATE on the schema, which the owner of a copy's tables lacks on a copy's
-- "public" that another login made (a reviewer's createdb -T), and the row is what concurrent
-- team changes lock, so that one moves the GRANTs and the other then finds them moved.

-- The owner's-rights function below pins this path: pg_temp last, so that no login's temporary
-- table stands in for FunnelDesk's inside it (as 012 and later do).
SELECT set_config('search_path', quote_ident(current_schema()) || ', pg_temp', true);

-- The team's two role names (003's until a move), one row. Readable by every login that may
-- open the database (role names are no secret: pg_roles shows them); written by the owner only.
CREATE TABLE fd_team_roles (
    one boolean PRIMARY KEY DEFAULT true CHECK (one),
    rep text COLLATE "C" NOT NULL,
    manager text COLLATE "C" NOT NULL
);
INSERT INTO fd_team_roles (rep, manager) VALUES (fd_team_role('rep'), fd_team_role('manager'));
REVOKE ALL ON fd_team_roles FROM PUBLIC;
GRANT SELECT ON fd_team_roles TO PUBLIC;
CREATE OR REPLACE FUNCTION fd_team_role(kind text) RETURNS text
    LANGUAGE sql STABLE
    RETURN (SELECT CASE kind WHEN 'rep' THEN r.rep WHEN 'manager' THEN r.manager END FROM fd_team_roles r);

-- Where else the team roles hold a GRANT: another database's name, or DATABASE.SCHEMA for
-- another schema of this database; NULL when nowhere (or when there are no team roles).
-- The cluster's dependencies of shared objects (dbid 0: a GRANT on a database) do not count.
CREATE FUNCTION fd_team_roles_elsewhere() RETURNS text
    LANGUAGE sql STABLE SET search_path FROM CURRENT
    RETURN (SELECT CASE WHEN s.dbid = here.oid THEN current_database() || '.' || n.nspname ELSE d.datname END
        FROM pg_shdepend s
        JOIN pg_database here ON here.datname = current_database()
        LEFT JOIN pg_database d ON d.oid = s.dbid
        LEFT JOIN pg_class c ON s.classid = 'pg_class'::regclass AND c.oid = s.objid AND s.dbid = here.oid
        LEFT JOIN pg_proc p ON s.classid = 'pg_proc'::regclass AND p.oid = s.objid AND s.dbid = here.oid
        LEFT JOIN pg_namespace n ON s.dbid = here.oid AND n.oid = CASE s.classid
            WHEN 'pg_class'::regclass THEN c.relnamespace
            WHEN 'pg_proc'::regclass THEN p.pronamespace
            WHEN 'pg_namespace'::regclass THEN s.objid END
        WHERE s.refclassid = 'pg_authid'::regclass
          AND s.refobjid IN (SELECT r.oid FROM pg_roles r
                             WHERE r.rolname IN (fd_team_role('rep'), fd_team_role('manager')))
          AND s.dbid <> 0
          AND (s.dbid <> here.oid OR n.nspname <> current_schema()
                                     AND n.nspname NOT LIKE 'pg\_temp\_%'
                                     AND n.nspname NOT LIKE 'pg\_toast\_temp\_%')
        ORDER BY 1
        LIMIT 1);

-- Gives this database team roles of its own when they are not (the rule above; `p_init`: at
-- init, when members that are not the owner count too, and only the owner is moved). Does
-- nothing when they are its own or there are none. Value: whether the names changed. Runs with
-- the owner's rights, in the caller's transaction, holding fd_team_roles' row until it ends.
-- Only the owner runs it: this migration, and the team functions below before their change (a
-- manager who chose p_init could cut the team's other members off). Past init every member
-- moves, agent or not (an administrator's reporting login), so that a move takes nobody's
-- access here away and only the changes that follow stay in this database. An owner who may not
-- create roles (CREATEROLE) cannot make new ones: at init the schema then takes back every
-- GRANT to the old roles and works as one login, as 003 does without CREATEROLE; a team change
-- is refused with one sentence (55000).
CREATE FUNCTION fd_team_own_roles(p_init boolean) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT SET client_min_messages = error AS $$
DECLARE
    old_rep text;
    old_manager text;
    owner_name text := fd_team_owner();
    here oid := to_regnamespace(quote_ident(current_schema()));
    place text := current_database()
        || CASE WHEN current_schema() = 'public' THEN '' ELSE '.' || current_schema() END;
    elsewhere text;
    may_create boolean;
    suffix text;
    new_rep text;
    new_manager text;
    g record;
BEGIN
    -- One at a time: a second team change waits here, then reads the names the first left.
    SELECT r.rep, r.manager INTO old_rep, old_manager FROM fd_team_roles r FOR UPDATE;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = old_rep)
            OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = old_manager) THEN
        RETURN false;
    END IF;
    elsewhere := fd_team_roles_elsewhere();
    IF elsewhere IS NULL AND NOT (p_init AND EXISTS (
            SELECT 1 FROM pg_auth_members m
            JOIN pg_roles r ON r.oid = m.roleid
            JOIN pg_roles u ON u.oid = m.member
            WHERE r.rolname IN (old_rep, old_manager)
              AND u.rolname NOT IN (old_rep, old_manager, owner_name))) THEN
        RETURN false;
    END IF;
    may_create := EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND (rolcreaterole OR rolsuper));
    IF NOT may_create AND NOT p_init THEN
        RAISE EXCEPTION 'This database shares its team roles with %, and its owner % may not create roles (CREATEROLE) to give it roles of its own; until then its team cannot change.',
            coalesce(quote_ident(elsewhere), 'logins of another database'), owner_name
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;

    -- New names: the place's, as 003 makes them, and 8 hex digits no role has yet. Without
    -- CREATEROLE they name no role: the schema works as one login.
    LOOP
        suffix := left(md5(random()::text || clock_timestamp()::text), 8);
        new_rep := 'funneldesk_rep.' || place || '.' || suffix;
        new_manager := 'funneldesk_manager.' || place || '.' || suffix;
        IF octet_length(new_manager) > 63 THEN
            new_rep := 'funneldesk_rep.' || left(md5(place), 16) || '.' || suffix;
            new_manager := 'funneldesk_manager.' || left(md5(place), 16) || '.' || suffix;
        END IF;
        EXIT WHEN NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname IN (new_rep, new_manager));
    END LOOP;
    IF may_create THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', new_rep);
        EXECUTE format('CREATE ROLE %I NOLOGIN', new_manager);
        EXECUTE format('GRANT %I TO %I', new_rep, new_manager);
    END IF;

    -- Every GRANT of this schema to the old roles (the schema itself, its tables, views,
    -- sequences, columns and functions), given to the new role of the same kind and taken from
    -- the old one, so that the old roles' members keep no right here.
    FOR g IN
        SELECT a.privilege_type AS what, 'SCHEMA ' || quote_ident(n.nspname) AS target, a.grantee
        FROM pg_namespace n, aclexplode(n.nspacl) a WHERE n.oid = here
        UNION ALL
        SELECT a.privilege_type, CASE c.relkind WHEN 'S' THEN 'SEQUENCE ' ELSE 'TABLE ' END
               || c.oid::regclass::text, a.grantee
        FROM pg_class c, aclexplode(c.relacl) a WHERE c.relnamespace = here
        UNION ALL
        SELECT a.privilege_type || ' (' || quote_ident(t.attname) || ')', 'TABLE ' || c.oid::regclass::text,
               a.grantee
        FROM pg_class c JOIN pg_attribute t ON t.attrelid = c.oid, aclexplode(t.attacl) a
        WHERE c.relnamespace = here AND t.attnum > 0 AND NOT t.attisdropped
        UNION ALL
        SELECT a.privilege_type, 'FUNCTION ' || p.oid::regprocedure::text, a.grantee
        FROM pg_proc p, aclexplode(p.proacl) a WHERE p.pronamespace = here
    LOOP
        IF g.grantee = to_regrole(quote_ident(old_rep)) THEN
            IF may_create THEN
                EXECUTE format('GRANT %s ON %s TO %I', g.what, g.target, new_rep);
            END IF;
            EXECUTE format('REVOKE %s ON %s FROM %I', g.what, g.target, old_rep);
        ELSIF g.grantee = to_regrole(quote_ident(old_manager)) THEN
            IF may_create THEN
                EXECUTE format('GRANT %s ON %s TO %I', g.what, g.target, new_manager);
            END IF;
            EXECUTE format('REVOKE %s ON %s FROM %I', g.what, g.target, old_manager);
        END IF;
    END LOOP;
    -- This database's own GRANTs to them (CONNECT where PUBLIC's was taken back), when the
    -- owner of the tables may give them (the database's owner, or with the grant option).
    FOR g IN
        SELECT a.privilege_type AS what, a.grantee FROM pg_database d, aclexplode(d.datacl) a
        WHERE d.datname = current_database()
          AND a.grantee IN (to_regrole(quote_ident(old_rep)), to_regrole(quote_ident(old_manager)))
    LOOP
        BEGIN
            IF may_create THEN
                EXECUTE format('GRANT %s ON DATABASE %I TO %I', g.what, current_database(),
                               CASE WHEN g.grantee = to_regrole(quote_ident(old_rep)) THEN new_rep ELSE new_manager END);
            END IF;
            EXECUTE format('REVOKE %s ON DATABASE %I FROM %I', g.what, current_database(),
                           CASE WHEN g.grantee = to_regrole(quote_ident(old_rep)) THEN old_rep ELSE old_manager END);
        EXCEPTION WHEN insufficient_privilege THEN
            NULL;
        END;
    END LOOP;

    -- The members: at init the owner alone (any other is a dropped namesake's); later all of
    -- them, who all reached this database through the old roles a moment ago.
    IF may_create THEN
        FOR g IN
            SELECT r.rolname AS role, u.rolname AS member
            FROM pg_auth_members m
            JOIN pg_roles r ON r.oid = m.roleid
            JOIN pg_roles u ON u.oid = m.member
            WHERE r.rolname IN (old_rep, old_manager)
              AND u.rolname NOT IN (old_rep, old_manager)
              AND (NOT p_init OR u.rolname = owner_name)
        LOOP
            EXECUTE format('GRANT %I TO %I', CASE g.role WHEN old_rep THEN new_rep ELSE new_manager END, g.member);
        END LOOP;
    END IF;
    UPDATE fd_team_roles SET rep = new_rep, manager = new_manager;

    -- The old roles go with their members when no other database or schema uses them (a
    -- leftover of a dropped one); a copy's original keeps them.
    BEGIN
        EXECUTE format('DROP ROLE %I', old_manager);
        EXECUTE format('DROP ROLE %I', old_rep);
    EXCEPTION WHEN dependent_objects_still_exist OR insufficient_privilege THEN
        NULL;
    END;
    RETURN true;
END $$;

-- `check` (019_check.sql's fd_team_login_faults, as released, and): each member of the team's
-- roles that is neither the owner nor a login FunnelDesk added (fd_team_login) nor any agent's
-- ('stranger', agent_name the role's kind: rep or manager). A role granted by hand, or a login
-- left in the roles of a dropped database of this name before this migration, which no upgrade
-- can tell from an administrator's: check names it, the owner decides.
CREATE OR REPLACE FUNCTION fd_team_login_faults() RETURNS TABLE (fault text, login text, agent_name text)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
    AS $$ SELECT 'orphan', l.login, NULL FROM fd_team_login l
          WHERE l.origin <> 'owner' AND l.login IS DISTINCT FROM fd_team_owner()
            AND NOT EXISTS (SELECT 1 FROM agent a WHERE a.login = l.login) AND fd_team_has_rights(l.login)
          UNION ALL
          SELECT 'gone', a.login, a.name FROM agent a JOIN fd_team_login l ON l.login = a.login
          WHERE NOT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = a.login)
          UNION ALL
          SELECT 'stranger', u.rolname,
                 CASE WHEN g.rolname = fd_team_role('manager') THEN 'manager' ELSE 'rep' END
          FROM pg_auth_members m
          JOIN pg_roles g ON g.oid = m.roleid
          JOIN pg_roles u ON u.oid = m.member
          WHERE g.rolname IN (fd_team_role('rep'), fd_team_role('manager'))
            AND u.rolname NOT IN (fd_team_role('rep'), fd_team_role('manager'))
            AND u.rolname IS DISTINCT FROM fd_team_owner()
            AND NOT EXISTS (SELECT 1 FROM agent a WHERE a.login = u.rolname)
            AND NOT EXISTS (SELECT 1 FROM fd_team_login l WHERE l.login = u.rolname)
          ORDER BY 1 DESC, 2 $$;

-- The team functions move the roles first, on the server, so that no caller can skip it (a
-- reviewer's manager called fd_team_add on a copy with psql and planted a manager in the
-- original): each released one is renamed fd_team_do_*, kept from the team, and called by a new
-- fd_team_* of the same signature and rights.
ALTER FUNCTION fd_team_add(text, text, text, text) RENAME TO fd_team_do_add;
ALTER FUNCTION fd_team_link(text, bigint, text, text) RENAME TO fd_team_do_link;
ALTER FUNCTION fd_team_disable(text) RENAME TO fd_team_do_disable;
ALTER FUNCTION fd_team_enable(text) RENAME TO fd_team_do_enable;

CREATE FUNCTION fd_team_add(p_login text, p_name text, p_kind text, p_verifier text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    PERFORM fd_team_own_roles(false);
    RETURN fd_team_do_add(p_login, p_name, p_kind, p_verifier);
END $$;
CREATE FUNCTION fd_team_link(p_login text, p_agent bigint, p_kind text, p_verifier text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    PERFORM fd_team_own_roles(false);
    RETURN fd_team_do_link(p_login, p_agent, p_kind, p_verifier);
END $$;
CREATE FUNCTION fd_team_disable(p_login text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    PERFORM fd_team_own_roles(false);
    PERFORM fd_team_do_disable(p_login);
END $$;
CREATE FUNCTION fd_team_enable(p_login text) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    PERFORM fd_team_own_roles(false);
    RETURN fd_team_do_enable(p_login);
END $$;

DO $do$
DECLARE
    f text;
BEGIN
    FOREACH f IN ARRAY ARRAY['fd_team_own_roles(boolean)', 'fd_team_do_add(text, text, text, text)',
            'fd_team_do_link(text, bigint, text, text)', 'fd_team_do_disable(text)', 'fd_team_do_enable(text)',
            'fd_team_add(text, text, text, text)', 'fd_team_link(text, bigint, text, text)',
            'fd_team_disable(text)', 'fd_team_enable(text)'] LOOP
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', f);
    END LOOP;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = fd_team_role('manager')) THEN
        FOREACH f IN ARRAY ARRAY['fd_team_do_add(text, text, text, text)',
                'fd_team_do_link(text, bigint, text, text)', 'fd_team_do_disable(text)',
                'fd_team_do_enable(text)'] LOOP
            EXECUTE format('REVOKE ALL ON FUNCTION %s FROM %I', f, fd_team_role('manager'));
        END LOOP;
        FOREACH f IN ARRAY ARRAY['fd_team_add(text, text, text, text)',
                'fd_team_link(text, bigint, text, text)', 'fd_team_disable(text)',
                'fd_team_enable(text)'] LOOP
            EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO %I', f, fd_team_role('manager'));
        END LOOP;
    END IF;
    -- At init the agent table is empty: every member but the owner is a dropped namesake's. An
    -- upgrade by an owner who may not create roles of a database that shares them (a restore)
    -- goes on: its team changes are refused until then, not its work.
    BEGIN
        PERFORM fd_team_own_roles(NOT EXISTS (SELECT 1 FROM agent));
    EXCEPTION WHEN object_not_in_prerequisite_state THEN
        NULL;
    END;
END $do$;
