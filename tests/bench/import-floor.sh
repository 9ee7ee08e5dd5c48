#!/usr/bin/env bash
# What SQLite alone takes to store an import's rows on this machine, with no CSV reading,
# no mapping and no FunnelDesk code: the lower bound of `import tickets` for the current
# schema. Given a database that an import (or generate) filled, it copies the ticket and
# touchpoint tables row by row into a new file, into tables made as the schema makes them (each
# row's CHECK and NOT NULL constraints are evaluated; `WHERE true` keeps SQLite from copying
# the stored records whole, its transfer optimisation, which an import of values cannot use),
# loaded as BulkLoad loads one (storage/sqlite/BulkLoad.cpp): pages of 16 KiB, a rollback
# journal, the selective partial indexes kept while the rows go in and every other index built
# after them with a small cache and the sorter's helper thread (sqlite::SortsInRuns); then it rebuilds the
# full-text index, timing each step.
#   tests/bench/import-floor.sh IMPORTED.sqlite
# tests/bench/run.sh leaves no database behind; make one with
#   funneldesk-cli --db /tmp/i.sqlite import tickets TICKETS.csv
set -euo pipefail

src=${1:?usage: import-floor.sh IMPORTED.sqlite}
work=$(mktemp -d "${TMPDIR:-/tmp}/funneldesk-floor.XXXXXX")
trap 'rm -rf "$work"' EXIT
copy="$work/floor.sqlite"

# The indexes of the two tables as CREATE statements on the attached file. `kept`: the ones a
# bulk load keeps while loading, partial, not UNIQUE and asking more than whether a value is
# there; `later`: the rest. BulkLoad's selective() reads the whole WHERE; this reads only its
# last words, which picks the same indexes for this schema (the bulk load's debug lines name
# the ones it builds) but not for every WHERE one could write.
indexes() {
    sqlite3 "$src" "SELECT s.sql || ';' FROM sqlite_schema AS s JOIN pragma_index_list(s.tbl_name) AS i
                    ON i.name = s.name WHERE s.type = 'index' AND s.sql IS NOT NULL
                    AND s.tbl_name IN ('ticket', 'touchpoint') AND ($1)" |
        sed 's/^CREATE \(UNIQUE \)\{0,1\}INDEX /CREATE \1INDEX f./'
}
# The two tables as the schema defines them (their CHECK and NOT NULL constraints, the id as
# the rowid), on the attached file.
tables=$(sqlite3 "$src" "SELECT sql || ';' FROM sqlite_schema WHERE type = 'table'
                         AND name IN ('ticket', 'touchpoint') ORDER BY name" |
    sed 's/^CREATE TABLE /CREATE TABLE f./')
selective="i.partial = 1 AND i.\"unique\" = 0 AND upper(rtrim(s.sql)) NOT LIKE '%IS NOT NULL'"
kept=$(indexes "$selective")
later=$(indexes "NOT ($selective)")

# Each statement's first words and its wall time, then the sum.
report() {
    awk '/^Run Time:/ { if (what != "") { printf "%7.3f s  %s\n", $4, substr(what, 1, 70); total += $4 } what = ""; next }
         /^(INSERT|CREATE (UNIQUE )?INDEX|COMMIT)/ { what = $0 }
         END { printf "%7.3f s  in all\n", total }'
}

sqlite3 "$src" <<SQL | report
.echo on
PRAGMA foreign_keys = OFF; -- the copied tables name tables the new file does not have
PRAGMA temp_store = FILE;
ATTACH '$copy' AS f;
PRAGMA f.page_size = 16384;
PRAGMA f.cache_size = -262144;
PRAGMA f.journal_mode = DELETE;
.timer on
BEGIN;
$tables
$kept
INSERT INTO f.ticket SELECT * FROM main.ticket WHERE true;
INSERT INTO f.touchpoint SELECT * FROM main.touchpoint WHERE true;
-- The sorter takes its memory budget from main's cache size (vdbesort.c), the pages from f's.
PRAGMA threads = 2;
PRAGMA f.cache_spill = -262144;
PRAGMA f.cache_size = -4096;
PRAGMA cache_size = -4096;
$later
COMMIT;
.timer off
SQL
echo "Full-text index of the same tickets (rolled back):"
sqlite3 "$src" <<SQL | report
.echo on
.timer on
BEGIN;
-- In batches of 32 MiB, as the import's rebuild (storage/sqlite/SqliteSearchIndex.h).
INSERT INTO ticket_fts (ticket_fts, rank) VALUES ('hashsize', 33554432);
INSERT INTO ticket_fts (ticket_fts) VALUES ('rebuild');
ROLLBACK;
SQL
