#!/usr/bin/env bash
# Run as: tests/pg/with-cluster.sh tests/bench/summary-lock-bench.sh build/ci/app/cli/funneldesk-cli
# (docs/PERFORMANCE.md, "the summaries' lock as a row"). It changes the throwaway cluster's schema.
# The summaries' lock per write, by pgbench: one rep's session inserts touchpoints (one
# transaction each, the touchpoint trigger takes the lock), 4000 transactions per run, the two
# locks alternated 3 times: 013's row lock and 009's advisory lock (put back by hand).
set -euo pipefail
cli=$1
B=/usr/lib/postgresql/15/bin
db="$FUNNELDESK_TEST_PG"
$cli --db "$db" init >/dev/null
$cli --db "$db" generate --customers 300 --tickets 3000 --touchpoints 10000 --seed 1 >/dev/null
$cli --db "$db" team add --login benchrep --name "Bench Rep" --role rep --no-password >/dev/null 2>&1
lo=$($B/psql "$db" -Atc "SELECT min(id) FROM customer")
script=$(mktemp)
trap 'rm -f "$script"' EXIT
cat > "$script" <<SQL
\set c random($lo, $lo + 299)
\set h random(1, 20000)
INSERT INTO touchpoint (customer_id, kind, direction, occurred_at) VALUES (:c, 'email', 'inbound', 1764633600 - :h * 3600);
SQL
row="CREATE OR REPLACE FUNCTION public.fd_touchpoint_day_hold() RETURNS void LANGUAGE plpgsql SET search_path = public, pg_temp AS \$\$ BEGIN PERFORM 1 FROM fd_summary_lock FOR NO KEY UPDATE; END \$\$"
adv="CREATE OR REPLACE FUNCTION public.fd_touchpoint_day_hold() RETURNS void LANGUAGE sql SET search_path = public, pg_temp AS \$\$ SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.touchpoint_day')) \$\$"
for i in 1 2 3; do
    for kind in row adv; do
        $B/psql "$db" -q -c "${!kind}"
        lat=$($B/pgbench "$db user=benchrep" -n -f "$script" -t 4000 2>&1 | grep "latency average")
        echo "$kind run $i: $lat"
    done
done
