-- FunnelDesk on PostgreSQL, migration 030_open_test, schema version 20: nothing changes on a
-- server. SQLite's schema version 20 (storage/SchemaMigrations.cpp) writes the open tickets' test
-- in its two partial indexes and three triggers as ORs of equalities, because SQLite 3.40 tests an
-- IN list of more than two constants through a temporary b-tree that it builds again for each row
-- (docs/PERFORMANCE.md, "The open tickets' test as ORs"). PostgreSQL tests `status IN (...)`, its
-- `status = ANY (ARRAY[...])`, by comparing the values in turn, and its queries keep that form
-- (Dialect::openTicket).
SELECT 1;
