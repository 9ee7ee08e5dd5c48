-- FunnelDesk on PostgreSQL, migration 025_task_customer, schema version 15: the open tasks of each
-- customer by due day, so that a stage's overdue tasks (the stage dashboards' health section, the
-- health report; TaskRepository::overdueOf) and the health score's overdue-task factor
-- (HealthRepository::facts) count index entries instead of reading each task's row.
-- Found with 1,000,000 tasks in data set L, a third of them overdue (tests/bench/run.sh's task
-- rows): the retention dashboard took 1.4-2.1 s against issue 18's 150 ms, because the count
-- found each customer's tasks by the unique key (customer_id, origin, occasion, step) and then
-- read every row for done_at and due_day (docs/PERFORMANCE.md, "Step 12: overdue tasks").
-- SQLite's schema version 15 makes the same index with done_at in its key, which SQLite 3.40 needs
-- to read a partial index alone (storage/SchemaMigrations.cpp).
-- Self-contained: it needs 022's task only. fd::pg::Schema::init() and upgrade() run it as the
-- database's owner, in one transaction. Never edit a released migration.

SELECT set_config('search_path', quote_ident(current_schema()) || ', pg_temp', true);

CREATE INDEX task_open_customer ON task (customer_id, due_day) WHERE done_at IS NULL;
