#!/usr/bin/env bash
# The PostgreSQL column of tests/bench/run.sh (issue 16 "Speed"): run by it inside a throwaway
# cluster with fsync on (FD_PG_FSYNC=on tests/pg/with-cluster.sh), never on its own server.
#   tests/bench/pg.sh CLI FILE CUSTOMERS TICKETS TOUCHPOINTS SQLITE_GENERATE_SECONDS
# FILE is the SQLite data set that run.sh generated with the same counts and seed 1. Prints
# one table row per target: SQLite's time, PostgreSQL's, their ratio, and the verdict against
# the target (generate and migrate ≤ 60 s on a server; the reports as on SQLite, ≤ 250 ms).
# Exit status 1 if any target fails.
set -euo pipefail

cli=$1 file=$2 customers=$3 tickets=$4 touchpoints=$5 sqliteGenerate=$6
: "${FUNNELDESK_TEST_PG:?run through tests/pg/with-cluster.sh}"
psql=${PG_BINDIR:-/usr/lib/postgresql/15/bin}/psql
work=$(mktemp -d "${TMPDIR:-/tmp}/funneldesk-pgbench.XXXXXX")
trap 'rm -rf "$work"' EXIT

failed=0
now() { date +%s.%N; }
timed() { # a command's wall time in seconds
    local start end
    start=$(now)
    "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; return 1; }
    end=$(now)
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }'
}
row() { # name, limit text, sqlite, postgres, unit, pass(0/1)
    local verdict=pass ratio
    [ "$6" -eq 1 ] || { verdict=FAIL; failed=1; }
    ratio=$(awk -v a="$3" -v b="$4" 'BEGIN { if (a > 0) printf "%.1f", b / a; else print "—" }')
    printf '| %-34s | %-10s | %10s %-2s | %10s %-2s | %6s | %-6s |\n' "$1" "$2" "$3" "$5" "$4" "$5" "$ratio" "$verdict"
}
under() { awk -v s="$1" -v l="$2" 'BEGIN { print (s <= l) ? 1 : 0 }'; }

# An empty database of its own for each step, on the cluster's socket.
database() { # name → libpq string
    "$psql" -X -q -d "$FUNNELDESK_TEST_PG" -v ON_ERROR_STOP=1 -c "CREATE DATABASE $1" >/dev/null
    echo "${FUNNELDESK_TEST_PG/dbname=funneldesk_test/dbname=$1}"
}

echo
echo "PostgreSQL 15 on this machine (throwaway cluster, fsync on), against SQLite in the same run:"
printf '| %-34s | %-10s | %13s | %13s | %6s | %-6s |\n' "target" "limit" "SQLite" "PostgreSQL" "ratio" "result"
printf '|%s|%s|%s|%s|%s|%s|\n' "------------------------------------" "------------" "---------------" \
    "---------------" "--------" "--------"

server=$(database bench_generate)
"$cli" --db "$server" init >/dev/null
secs=$(timed "$cli" --db "$server" generate --customers "$customers" --tickets "$tickets" \
    --touchpoints "$touchpoints" --seed 1)
row "generate" "≤ 60 s" "$sqliteGenerate" "$secs" "s" "$(under "$secs" 60)"

target=$(database bench_migrate)
fileSecs=$(timed "$cli" --db "$file" migrate --to "$work/copy.sqlite")
secs=$(timed "$cli" --db "$file" migrate --to "$target")
row "migrate file → file / → server" "≤ 60 s" "$fileSecs" "$secs" "s" "$(under "$secs" 60)"

for name in funnel onboarding post-sales retention advocacy flow at-risk; do
    timed "$cli" --db "$file" report "$name" >/dev/null
    timed "$cli" --db "$server" report "$name" >/dev/null # warm both, then measure
    f=$(timed "$cli" --db "$file" report "$name")
    s=$(timed "$cli" --db "$server" report "$name")
    fms=$(awk -v s="$f" 'BEGIN { printf "%.0f", s * 1000 }')
    sms=$(awk -v s="$s" 'BEGIN { printf "%.0f", s * 1000 }')
    row "report $name (process, warm)" "≤ 250 ms" "$fms" "$sms" "ms" "$(under "$sms" 250)"
done
exit $failed
