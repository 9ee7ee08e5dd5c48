#!/usr/bin/env bash
# What PostgreSQL alone takes to store data set L with FunnelDesk's schema on this machine, with
# no FunnelDesk code: the lower bound of `migrate --to postgresql://…` and of `generate` on a
# server (PRODUCT.md §7 and issue 16: ≤ 60 s each). Run inside a throwaway cluster:
#   FD_PG_FSYNC=on tests/pg/with-cluster.sh tests/bench/pg-floor.sh L.sqlite [ROUNDS]
# Each round, side by side on the same cluster:
# 1. `funneldesk-cli migrate --to` L into a new database, timed as run.sh times it;
# 2. pg_dump of that database (custom format, uncompressed, so that the restore decompresses
#    nothing), not timed;
# 3. pg_restore of the dump into another new database in one transaction, as the migrate writes
#    (--single-transaction: the same tables, indexes, keys, triggers, grants and rows, COPY for
#    each table), timed by section: the schema, the rows, the indexes and keys; then ANALYZE,
#    which the migrate also runs;
# 4. FunnelDesk's `check` of the restored database, which the migrate runs at its end.
# Every step starts after a CHECKPOINT, with no autovacuum worker running. The databases are
# dropped at the end of each round. Uses build/release/app/cli/funneldesk-cli.
set -euo pipefail

src=${1:?usage: pg-floor.sh L.sqlite [ROUNDS]}
rounds=${2:-2}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cli=$here/build/release/app/cli/funneldesk-cli
bin=${PG_BINDIR:-/usr/lib/postgresql/15/bin}
pg=${FUNNELDESK_TEST_PG:?run inside tests/pg/with-cluster.sh}
[ -x "$cli" ] || { echo "Build the Release CLI first: cmake --preset release && cmake --build --preset release" >&2; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/funneldesk-pgfloor.XXXXXX")
chmod 755 "$work"
trap 'rm -rf "$work"' EXIT

pg_db() { echo "${pg/dbname=funneldesk_test/dbname=$1}"; }
psql_on() { local db=$1; shift; PGOPTIONS="-c client_min_messages=warning" "$bin/psql" -X -q -A -t -v ON_ERROR_STOP=1 "$(pg_db "$db")" "$@"; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }
quiet() {
    psql_on postgres -c 'CHECKPOINT' >/dev/null
    for _ in $(seq 1 600); do
        [ "$(psql_on postgres -c "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'autovacuum worker'")" = 0 ] && return
        sleep 0.1
    done
}
fresh() {
    psql_on postgres -c "DROP DATABASE IF EXISTS $1" >/dev/null
    psql_on postgres -c "CREATE DATABASE $1" >/dev/null
}

echo "PostgreSQL $(psql_on postgres -c 'SHOW server_version'), fsync $(psql_on postgres -c 'SHOW fsync'); source $src"
for round in $(seq 1 "$rounds"); do
    fresh floor_migrated
    quiet
    start=$(now)
    "$cli" --db "$src" migrate --to "$(pg_db floor_migrated)" >/dev/null 2>&1
    migrate=$(since "$start")

    "$bin/pg_dump" -Fc -Z0 -f "$work/l.dump" "$(pg_db floor_migrated)"
    psql_on postgres -c 'DROP DATABASE floor_migrated' >/dev/null
    fresh floor_restored
    quiet
    # Each line pg_restore prints, with the time it was printed: a section's time is from its
    # first line to the next section's first line.
    start=$(now)
    "$bin/pg_restore" --single-transaction --exit-on-error -v -d "$(pg_db floor_restored)" \
        "$work/l.dump" 2>&1 | while IFS= read -r line; do echo "$EPOCHREALTIME $line"; done >"$work/restore.log"
    restore=$(since "$start")
    sections=$(awk -v start="$start" -v end="$(now)" '
        function close_at(t) { if (what != "") spent[what] += t - from }
        / creating / { s = "schema" }
        / processing data for table | executing SEQUENCE SET / { s = "rows" }
        / creating (INDEX|CONSTRAINT|FK CONSTRAINT|TRIGGER|ACL) / { s = "indexes and keys" }
        { if (s != "" && s != what) { close_at($1); what = s; from = $1 } }
        END { close_at(end); printf "schema %.2f s, rows %.2f s, indexes and keys %.2f s", spent["schema"], spent["rows"], spent["indexes and keys"] }' "$work/restore.log")
    quiet
    start=$(now)
    psql_on floor_restored -c 'ANALYZE' >/dev/null
    analyze=$(since "$start")
    quiet
    start=$(now)
    "$cli" --db "$(pg_db floor_restored)" check >/dev/null
    check=$(since "$start")
    psql_on postgres -c 'DROP DATABASE floor_restored' >/dev/null
    floor=$(awk -v r="$restore" -v a="$analyze" 'BEGIN { printf "%.2f", r + a }')
    echo "round $round: migrate $migrate s | floor: pg_restore $restore s ($sections) + ANALYZE $analyze s = $floor s; check of the copy $check s; migrate / (floor + check) = $(awk -v m="$migrate" -v f="$floor" -v c="$check" 'BEGIN { printf "%.2f", m / (f + c) }')"
done
