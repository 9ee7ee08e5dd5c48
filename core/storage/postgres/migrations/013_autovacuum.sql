-- FunnelDesk on PostgreSQL, migration 013, schema version 10: the tables the lists read from
-- their indexes alone are vacuumed after a few changes, not after a fifth of the table.
-- The customers list reads every id in its order from an index that holds the columns it
-- filters on (customer_name and its kind, "Index Only Scan"). Such a scan skips the table only
-- for pages the visibility map marks all-visible, and only VACUUM sets those marks; any change
-- clears its page's mark (PostgreSQL 15 documentation, 11.9 "Index-Only Scans and Covering
-- Indexes", and 25.1.5 "Updating the Visibility Map"). Autovacuum's defaults wait for 50 + 20 %
-- of a table's rows to change (25.1.6), 20,000 of L's 100,000 customers: a recompute or an
-- import that moves a few thousand customers touches nearly every one of the table's 2,462
-- pages, and the list then read the table row by row until then. Measured on L (psql,
-- docs/PERFORMANCE.md "Step 11, the lists after writes"): sorting every customer by name took
-- 46-88 ms with the marks set, 244-367 ms after 5,000 customers changed (100,000 heap
-- fetches), 46 ms again after VACUUM customer (141 ms under load).
-- These settings ask for a vacuum after 1 % of the rows (at least 200) changed or were added;
-- a vacuum skips pages still marked, so each is short. The tickets and touchpoints take the
-- same rule for their inserts (append-mostly tables; 25.1.6's insert thresholds).

SELECT set_config('search_path', quote_ident(current_schema()) || ', pg_temp', true);

ALTER TABLE customer SET (autovacuum_vacuum_threshold = 200, autovacuum_vacuum_scale_factor = 0.01,
                          autovacuum_vacuum_insert_threshold = 200, autovacuum_vacuum_insert_scale_factor = 0.01,
                          autovacuum_analyze_threshold = 200, autovacuum_analyze_scale_factor = 0.02);
ALTER TABLE ticket SET (autovacuum_vacuum_threshold = 200, autovacuum_vacuum_scale_factor = 0.01,
                        autovacuum_vacuum_insert_threshold = 1000, autovacuum_vacuum_insert_scale_factor = 0.01,
                        autovacuum_analyze_scale_factor = 0.02);
ALTER TABLE contact SET (autovacuum_vacuum_threshold = 200, autovacuum_vacuum_scale_factor = 0.01,
                         autovacuum_vacuum_insert_threshold = 200, autovacuum_vacuum_insert_scale_factor = 0.01);
ALTER TABLE touchpoint SET (autovacuum_vacuum_insert_threshold = 1000, autovacuum_vacuum_insert_scale_factor = 0.01);
