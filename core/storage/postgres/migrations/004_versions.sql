-- FunnelDesk on PostgreSQL, migration 002: the logical schema version 6 of
-- core/storage/Schema.cpp (issue 17, "No lost updates"). Every row a rep edits carries its
-- edit count and its last edit: the UTC second and the agent (Database::actingAgent(); NULL
-- when nobody was known), set by the UPDATE that bumps the version (domain/RowVersion.h).
-- changed_by has no foreign key, as on SQLite: a copy writes agents in id order.

ALTER TABLE agent ADD COLUMN version bigint NOT NULL DEFAULT 0,
    ADD COLUMN changed_at bigint, ADD COLUMN changed_by bigint;
ALTER TABLE customer ADD COLUMN version bigint NOT NULL DEFAULT 0,
    ADD COLUMN changed_at bigint, ADD COLUMN changed_by bigint;
ALTER TABLE contact ADD COLUMN version bigint NOT NULL DEFAULT 0,
    ADD COLUMN changed_at bigint, ADD COLUMN changed_by bigint;
ALTER TABLE ticket ADD COLUMN version bigint NOT NULL DEFAULT 0,
    ADD COLUMN changed_at bigint, ADD COLUMN changed_by bigint;
ALTER TABLE canned_reply ADD COLUMN version bigint NOT NULL DEFAULT 0,
    ADD COLUMN changed_at bigint, ADD COLUMN changed_by bigint;
