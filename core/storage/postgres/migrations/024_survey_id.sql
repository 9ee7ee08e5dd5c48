-- FunnelDesk on PostgreSQL, migration 024_survey_id, schema version 14: the survey index holds the
-- touchpoint's id too, so that the health score's survey factor reads the index alone (issue 18:
-- "health for every customer ≤ 2 s"; docs/PERFORMANCE.md, "Step 12").
-- HealthRepository::facts reads each survey of the survey window (customer, time, id, score; the
-- id breaks a tie of two surveys at one time). On SQLite the id is the rowid, in every index
-- entry, and 022_success.sql's index answers alone; here it is not, and the server fetched every
-- survey's row from the heap: on data set L 191,276 rows on 46,208 pages of touchpoint, 0.86-0.95 s
-- of a recompute's 1.4-1.5 s. With the id in the index: an index-only scan, 0.07-0.19 s (the
-- machine busy), and the whole recompute 0.73-0.76 s when nothing changes.
-- Same name, same key and predicate; the id as an included column (never searched by).
-- Self-contained: it needs 022's touchpoint_survey only. fd::pg::Schema::init() and upgrade() run
-- it as the database's owner, in one transaction. Never edit a released migration.

SELECT set_config('search_path', quote_ident(current_schema()) || ', pg_temp', true);

DROP INDEX touchpoint_survey;
CREATE INDEX touchpoint_survey ON touchpoint (occurred_at, customer_id, score) INCLUDE (id) WHERE kind = 'survey';
