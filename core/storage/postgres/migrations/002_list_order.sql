-- FunnelDesk on PostgreSQL 15, migration 002 (logical schema version 6): the customers' indexes
-- that the customers list and the dashboards walk, made walkable without the table
-- (docs/PERFORMANCE.md, "Step 10, fourth round"). Nothing else changes; SQLite's version 6
-- changes nothing, since its indexes already serve these reads (Schema.cpp, v6).
-- - An index on an expression serves an index-only scan only when the columns inside the
--   expression are in the index too: ORDER BY fd_nocase(name) read customer_name and then
--   every customer's row (or sorted 100k computed keys instead: 235-304 ms on data set L).
--   name and company are now kept in their indexes (INCLUDE), and so is stage in the funnel
--   order's.
-- - ORDER BY … ASC NULLS FIRST (Dialect::nullsLowest: SQLite's order) walks an index only in
--   that order or its reverse: company and last_touch_at are now indexed NULLS FIRST.
-- - SQLite's indexes end with the rowid; PostgreSQL's customer_stage lacked the id, so a
--   stage's members (at risk, onboarding) were read from every row of the table.
-- The key columns that followed the sort key in 001 and only filter are INCLUDEd instead:
-- the same index-only filters, a smaller upper tree.
DROP INDEX customer_name;
CREATE INDEX customer_name ON customer (fd_nocase(name), id) INCLUDE (name, stage, status, owner_id, email, company);
DROP INDEX customer_company;
CREATE INDEX customer_company ON customer (fd_nocase(company) NULLS FIRST, id)
    INCLUDE (company, stage, status, owner_id);
DROP INDEX customer_last_touch;
CREATE INDEX customer_last_touch ON customer (last_touch_at NULLS FIRST, id) INCLUDE (stage, status, owner_id);
DROP INDEX customer_funnel_order;
CREATE INDEX customer_funnel_order ON customer ((CASE stage WHEN 'onboarding' THEN 0
    WHEN 'post_sales' THEN 1 WHEN 'retention' THEN 2 ELSE 3 END), id) INCLUDE (stage, status, owner_id);
DROP INDEX customer_stage;
CREATE INDEX customer_stage ON customer (stage, status, stage_entered_at, last_touch_at, open_tickets,
    last_review_at) INCLUDE (id);
