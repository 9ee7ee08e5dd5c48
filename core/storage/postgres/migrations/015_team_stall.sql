-- FunnelDesk on PostgreSQL, migration 013_team_stall, schema version 10 (issue 17, Step 11,
-- "several reps at once": one rep must not stall the team; hostile pass of s17). Self-contained:
-- it needs 001's, 009's, 010's, 011's and 012's tables and functions only. fd::pg::Schema::init()
-- and upgrade() run it as the database's owner, in one transaction. Never edit a released migration.
-- 1. The summaries' lock (009_summary_lock.sql) was a transaction-level advisory lock on
--    hashtext('<schema>.touchpoint_day'): any login may take any advisory lock, so a rep's idle
--    psql holding `SELECT pg_advisory_lock(hashtext('public.touchpoint_day'))` (a session lock,
--    which no transaction ends) made every colleague's ticket, touchpoint and stage move wait.
--    It is now a row lock (FOR NO KEY UPDATE) on the one row of fd_summary_lock, a table only
--    the owner may read or lock (locking a row needs UPDATE on its table, LOCK TABLE a right on
--    it), taken only inside functions that run with the owner's rights. The order of 009 stays:
--    every writer of touchpoint_day and ticket_day takes it before its first summary row, held
--    to commit (the deadlock fix; tests/core/PgSummaryLockTest.cpp).
-- 2. touchpoint_day is the owner's, as ticket_day is (011): reps (and so managers) keep SELECT
--    and lose INSERT, UPDATE and DELETE, which 003_team.sql gave because the summary triggers
--    ran with the writer's rights; a rep could empty the table (`check` noticed, nothing
--    repaired it) or lock its rows. The triggers that write it now run with the owner's rights
--    (fd_touchpoint_summary, fd_customer_touchpoint_days), and fd_touchpoint_day_change, which
--    adds any count to any row, is no longer callable by anyone but the owner: the client never
--    calls it (only the touchpoint trigger does).
-- 3. fd_audit_pause (010_audit_hold.sql) cleared the rows of finished transactions with a plain
--    DELETE: a rep's transaction left open after fd_audit_pause(false) kept those rows locked,
--    and a manager's next pause (every import, generate, migrate) waited for it. It skips rows
--    another transaction is clearing (FOR UPDATE SKIP LOCKED); only that line changes.
-- 4. Timeouts for the team's logins. A rep's UPDATE grant on ticket also allows LOCK TABLE ticket
--    IN ACCESS EXCLUSIVE MODE, and a rep may hold row locks in a transaction left open; no GRANT
--    can forbid that. Each login of the team (a member of this database's rep role, managers
--    included; never the owner) gets, in this database, the session defaults:
--      idle_in_transaction_session_timeout = 1min: the server ends a session that sits in an open
--        transaction for a minute (its locks go with it). FunnelDesk itself never waits for a
--        person inside a transaction (each service call begins, writes and commits: e.g.
--        service/WriteUnit.h); its bulk writes, which read a file or another database between
--        statements, set it to 0 for their own transaction (PgDatabase's fd_audit_pause call,
--        CopyAll's snapshot). A minute leaves a person at psql time to type the next statement,
--        and bounds how long colleagues' saves are refused.
--      lock_timeout = 5s: the client's own default (common/DatabaseOptions.h, defaultBusyTimeoutMs
--        5000), which FunnelDesk SETs on each of its sessions anyway (PgDatabase::setBusyTimeout
--        overrides this default); a raw session waits no longer than FunnelDesk would. A queued
--        LOCK TABLE makes every later lock on that table queue behind it, so this bounds the stall
--        of a LOCK TABLE that has to wait.
--    ALTER ROLE on the group roles would do nothing: a role's settings apply when that role itself
--    signs in, not to its members. They are defaults: a rep may SET them off in psql. What keeps
--    the team from hanging is each FunnelDesk session's own lock_timeout (a save then says the
--    data is held by another session); a manager's `team disable` ends a hostile rep's rights.
--    Set for the logins already in the team below, and by a trigger whenever a team function
--    gives an agent a login or rights (fd_team_add, fd_team_link and fd_team_enable write agent
--    after their GRANT). Needs CREATEROLE, as the team roles do; without it nothing is set.
-- `check` (storage/IntegrityCheck.cpp) names each of the functions above that no longer runs with
-- the owner's rights.

SELECT set_config('search_path', quote_ident(current_schema()) || ', pg_temp', true);

-- 1. The summaries' lock: one row, which only the owner reads and locks.
CREATE TABLE fd_summary_lock (
    id boolean PRIMARY KEY DEFAULT true CHECK (id)
);
INSERT INTO fd_summary_lock (id) VALUES (true);

-- Waits for every other transaction that writes touchpoint_day or ticket_day, and holds them
-- off until this one ends (009's rule). Callable by the owner's functions only. A missing row
-- (the owner deleted it) is put back rather than silently locking nothing.
CREATE OR REPLACE FUNCTION fd_touchpoint_day_hold() RETURNS void
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    PERFORM 1 FROM fd_summary_lock FOR NO KEY UPDATE;
    IF NOT FOUND THEN
        INSERT INTO fd_summary_lock (id) VALUES (true) ON CONFLICT DO NOTHING;
        PERFORM 1 FROM fd_summary_lock FOR NO KEY UPDATE;
    END IF;
END $$;

-- 2. The functions that write touchpoint_day run with the owner's rights (bodies as 009's and
-- 001's; only the rights and the pinned search_path change).
ALTER FUNCTION fd_touchpoint_day_change(bigint, bigint, text, integer) SECURITY DEFINER SET search_path FROM CURRENT;
ALTER FUNCTION fd_touchpoint_summary() SECURITY DEFINER SET search_path FROM CURRENT;
ALTER FUNCTION fd_customer_touchpoint_days() SECURITY DEFINER SET search_path FROM CURRENT;

-- 3. 010's fd_audit_pause; only the clearing of finished transactions' rows differs.
CREATE OR REPLACE FUNCTION fd_audit_pause(p_on boolean) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    DELETE FROM fd_audit_hold WHERE xact IN (SELECT h.xact FROM fd_audit_hold h
                                             WHERE h.xact < txid_snapshot_xmin(txid_current_snapshot())
                                             FOR UPDATE SKIP LOCKED);
    IF p_on AND fd_session_is_manager() THEN
        INSERT INTO fd_audit_hold (xact) VALUES (txid_current()) ON CONFLICT DO NOTHING;
        PERFORM set_config('funneldesk.audit_paused', 'on', true);
        RETURN true;
    END IF;
    DELETE FROM fd_audit_hold WHERE xact = txid_current();
    PERFORM set_config('funneldesk.audit_paused', 'off', true);
    RETURN false;
END $$;

-- 4. The team's session defaults for `p_login` in this database, when it is a plain login the
-- team functions know (fd_team_login, not the owner) and a member of this database's rep role
-- (a manager is one too); nothing for any other role. Values and reasons: the header.
CREATE FUNCTION fd_team_session_limits(p_login text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT SET client_min_messages = error AS $$
DECLARE
    team oid := to_regrole(quote_ident(fd_team_role('rep')));
BEGIN
    -- One test at a time: pg_has_role fails for a role that does not exist.
    IF team IS NULL OR p_login IS NULL OR p_login = fd_team_owner() THEN
        RETURN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM fd_team_login WHERE login = p_login AND origin <> 'owner') THEN
        RETURN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login
                   AND NOT (rolsuper OR rolcreaterole OR rolcreatedb OR rolreplication OR rolbypassrls)) THEN
        RETURN;
    END IF;
    IF fd_team_is_group(p_login) OR NOT pg_has_role(p_login, team, 'MEMBER') THEN
        RETURN;
    END IF;
    EXECUTE format('ALTER ROLE %I IN DATABASE %I SET idle_in_transaction_session_timeout = %L', p_login,
                   current_database(), '1min');
    EXECUTE format('ALTER ROLE %I IN DATABASE %I SET lock_timeout = %L', p_login, current_database(), '5s');
EXCEPTION WHEN insufficient_privilege THEN
    -- An owner without CREATEROLE (no team roles either), or a server that wants ADMIN on the
    -- login (PostgreSQL 16 and later, for a login someone else made): the team works without.
    NULL;
END $$;

CREATE FUNCTION fd_agent_session_limits() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    PERFORM fd_team_session_limits(NEW.login);
    RETURN NULL;
END $$;
CREATE TRIGGER agent_session_limits AFTER INSERT OR UPDATE OF login, role, active ON agent
    FOR EACH ROW WHEN (NEW.login IS NOT NULL AND NEW.active = 1) EXECUTE FUNCTION fd_agent_session_limits();

SELECT fd_team_session_limits(login) FROM agent WHERE login IS NOT NULL AND active = 1;

DO $do$
BEGIN
    -- A REVOKE that finds nothing to revoke only warns; init's output stays one sentence.
    PERFORM set_config('client_min_messages', 'error', true);
    EXECUTE 'REVOKE ALL ON TABLE fd_summary_lock FROM PUBLIC';
    EXECUTE 'REVOKE ALL ON FUNCTION fd_touchpoint_day_hold() FROM PUBLIC';
    EXECUTE 'REVOKE ALL ON FUNCTION fd_touchpoint_day_change(bigint, bigint, text, integer) FROM PUBLIC';
    EXECUTE 'REVOKE ALL ON FUNCTION fd_team_session_limits(text) FROM PUBLIC';
    EXECUTE 'REVOKE ALL ON FUNCTION fd_agent_session_limits() FROM PUBLIC';
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = fd_team_role('rep')) THEN
        EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON touchpoint_day FROM %I', fd_team_role('rep'));
    END IF;
END $do$;
