#!/usr/bin/env bash
# What SQLite alone takes to store an import's rows on this machine, with no CSV reading,
# no mapping and no FunnelDesk code: the lower bound of `import tickets` for the current
# schema. Given a database that an import (or generate) filled, it copies the ticket and
# touchpoint tables into a new file (SQLite's own record-for-record copy), builds the
# same indexes on them, rebuilds the full-text index and commits, timing each step.
#   tests/bench/import-floor.sh IMPORTED.sqlite
# tests/bench/run.sh leaves no database behind; make one with
#   funneldesk-cli --db /tmp/i.sqlite import tickets TICKETS.csv
set -euo pipefail

src=${1:?usage: import-floor.sh IMPORTED.sqlite}
work=$(mktemp -d "${TMPDIR:-/tmp}/funneldesk-floor.XXXXXX")
trap 'rm -rf "$work"' EXIT
copy="$work/floor.sqlite"

indexes=$(sqlite3 "$src" "SELECT sql || ';' FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL
                         AND tbl_name IN ('ticket', 'touchpoint')" | sed 's/ON ticket /ON f.ticket /; s/ON touchpoint /ON f.touchpoint /; s/^CREATE INDEX /CREATE INDEX f./')
indexes=$(echo "$indexes" | sed 's/CREATE INDEX f\.\([a-z_]*\) ON f\./CREATE INDEX f.\1 ON /')

# Each statement's first words and its wall time, then the sum.
report() {
    awk '/^Run Time:/ { if (what != "") { printf "%7.3f s  %s\n", $4, substr(what, 1, 70); total += $4 } what = ""; next }
         /^(INSERT|CREATE INDEX|COMMIT)/ { what = $0 }
         END { printf "%7.3f s  in all\n", total }'
}

sqlite3 "$src" <<SQL | report
.echo on
PRAGMA cache_size = -262144;
PRAGMA threads = 2;
ATTACH '$copy' AS f;
PRAGMA f.journal_mode = DELETE;
.timer on
BEGIN;
CREATE TABLE f.ticket AS SELECT * FROM main.ticket WHERE 0;
CREATE TABLE f.touchpoint AS SELECT * FROM main.touchpoint WHERE 0;
INSERT INTO f.ticket SELECT * FROM main.ticket;
INSERT INTO f.touchpoint SELECT * FROM main.touchpoint;
$indexes
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
