-- FunnelDesk on PostgreSQL, migration 020_check_lock, schema version 11 (issue 17, Step 11,
-- "several reps at once": one rep must not stall the team; hostile pass of s17, the locks 015
-- left). Self-contained: it needs 003_team.sql's roles and fd_team_role() only.
-- fd::pg::Schema::init() and upgrade() run it as the database's owner, in one transaction.
-- Never edit a released migration.
--
-- Two checks made in C++ before a write hold off every other session making the same check
-- until the transaction ends, as SQLite's one writer at a time does: that no other customer has
-- the email (storage/CustomerRepository.cpp) and that no other agent has the name or email
-- (storage/AgentRepository.cpp); under READ COMMITTED two sessions would each miss the other's
-- uncommitted row and both write theirs. They took a transaction-level advisory lock on
-- hashtext('<schema>.customer.email') and '<schema>.agent.key'; but any login that may connect
-- may take any advisory lock, and a session lock, which no transaction ends and no idle
-- timeout ends, made every colleague's new customer or edit wait, then fail, for as long as
-- that session lived (015_team_stall.sql closed the same hole for the summaries' lock).
-- They are now row locks (FOR NO KEY UPDATE) on the rows of fd_check_lock, a table only the
-- owner may read or lock, taken by fd_check_hold(), which runs with the owner's rights: such
-- a lock lives only as long as its transaction, which the team's idle-in-transaction timeout
-- (015) bounds. A manual move's hold of one customer (storage/StageFactsRepository.cpp) is now
-- a row lock on that customer's row itself, which needs no table of its own.
-- `check` (storage/IntegrityCheck.cpp) names fd_check_hold when it no longer runs with the
-- owner's rights.

SELECT set_config('search_path', quote_ident(current_schema()) || ', pg_temp', true);

-- One row per check; no GRANT.
CREATE TABLE fd_check_lock (
    name text COLLATE "C" PRIMARY KEY
);
INSERT INTO fd_check_lock (name) VALUES ('customer.email'), ('agent.key');

-- Waits for every other transaction that holds the check `p_what`, and holds it off until this
-- one ends. A name without a row (the owner deleted it) is put back rather than locking
-- nothing; a name FunnelDesk does not check is refused (SQLSTATE 22023).
CREATE FUNCTION fd_check_hold(p_what text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    IF p_what IS NULL OR p_what NOT IN ('customer.email', 'agent.key') THEN
        RAISE EXCEPTION 'FunnelDesk makes no check named %.', coalesce(p_what, 'NULL')
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM 1 FROM fd_check_lock WHERE name = p_what FOR NO KEY UPDATE;
    IF NOT FOUND THEN
        INSERT INTO fd_check_lock (name) VALUES (p_what) ON CONFLICT DO NOTHING;
        PERFORM 1 FROM fd_check_lock WHERE name = p_what FOR NO KEY UPDATE;
    END IF;
END $$;

DO $do$
BEGIN
    -- A REVOKE that finds nothing to revoke only warns; init's output stays one sentence.
    PERFORM set_config('client_min_messages', 'error', true);
    EXECUTE 'REVOKE ALL ON TABLE fd_check_lock FROM PUBLIC';
    EXECUTE 'REVOKE ALL ON FUNCTION fd_check_hold(text) FROM PUBLIC';
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = fd_team_role('rep')) THEN
        EXECUTE format('GRANT EXECUTE ON FUNCTION fd_check_hold(text) TO %I', fd_team_role('rep'));
    END IF;
END $do$;
