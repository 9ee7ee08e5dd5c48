-- FunnelDesk on PostgreSQL, migration 007, schema version 7: the open tickets' own search index (issue 16, "Speed";
-- docs/PERFORMANCE.md, "Step 10, fifth round"). SQLite needs nothing: its queues read FTS5's
-- matches once (TicketListRepository::ids).
-- A queue (the open tickets: 16,259 of data set L's million) searched with words tests
-- `search @@ fd_search_query(words)` in the queue's own statement (Dialect::searchCondition).
-- With ticket_search alone the server read every match in the table ('export':*, 156,966
-- tickets) and kept the open ones (BitmapAnd: 340 ms warm on L), or tested every open ticket's
-- row (141 ms, 13,868 pages). This index holds the open tickets' words only (1.3 MB against
-- 30 MB): the same search reads its 2,662 matches, 29 ms. Its predicate is the queues' own
-- condition word for word (TicketListRepository's kOpen), so the planner proves that a queue's
-- rows are inside it; a ticket solved or closed leaves it (at the next VACUUM, as any GIN entry).
CREATE INDEX ticket_open_search ON ticket USING gin (search)
    WHERE status IN ('new', 'open', 'pending', 'on_hold');
