#!/usr/bin/env bash
# Kills funneldesk-cli at a random moment, N times, and checks after every round that nothing
# was lost (issue 19, "Kill loops"):
#   tests/stress/kill-loop.sh [N]        N rounds (default 1000; CI runs 60)
# The rounds take turns over generate, import, stages recompute, health recompute, backup,
# restore, export, migrate to a file and, when FUNNELDESK_TEST_PG is set (tests/pg/with-cluster.sh
# sets it), migrate to a PostgreSQL database. Each round starts the operation on a fresh copy,
# sends SIGKILL after a random delay between 0 and 1.2 times the operation's own duration
# (measured first, unkilled), then asserts:
#   - `check` passes on every database the operation wrote (the target too, when it exists);
#   - the operation landed whole or not at all: `stats` (and for the health recompute its row
#     counts) is the one from before or the one of the unkilled run, made again right then for
#     the operations that go by the clock (a migrate to a server may leave FunnelDesk's schema
#     without a row, as `init` does: see below);
#   - no output's final name (export, backup, migrate, generate) holds a half-written file:
#     it is absent, or byte-identical to the unkilled run's (export) or whole and sound;
#   - after a round that ran to its end, no temporary of a dead writer is left beside the file
#     it wrote (".NAME.PID.XXXXXX", "NAME.generating-PID", "NAME.migrating-PID" and their
#     -wal, -shm, -journal): earlier rounds' kills left them, and the write removes them.
# Environment:
#   FUNNELDESK_CLI     the binary (default build/release/app/cli/funneldesk-cli, else build/ci's)
#   KILL_LOOP_SEED     the random seed (default 20261203)
#   KILL_LOOP_SIZE     "customers tickets touchpoints" of the data (default "3000 30000 90000")
#   FUNNELDESK_TEST_PG a libpq key=value string of a superuser's database on a throwaway cluster
# Output: one line per operation (rounds, killed before the end, found before / after), then
# "kill loop: N rounds, F failures"; exit 1 on any failure. Temporary files go to a folder under
# ${TMPDIR:-/tmp}, removed at exit.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
rounds=${1:-1000}
[[ $rounds =~ ^[0-9]+$ ]] && [ "$rounds" -ge 1 ] || { echo "Usage: tests/stress/kill-loop.sh [ROUNDS]" >&2; exit 2; }
cli=${FUNNELDESK_CLI:-}
if [ -z "$cli" ]; then
    for c in "$here/build/release/app/cli/funneldesk-cli" "$here/build/ci/app/cli/funneldesk-cli"; do
        [ -x "$c" ] && { cli=$c; break; }
    done
fi
[ -n "$cli" ] && [ -x "$cli" ] || { echo "No funneldesk-cli: build it, or set FUNNELDESK_CLI." >&2; exit 2; }
RANDOM=${KILL_LOOP_SEED:-20261203}
read -r customers tickets touchpoints <<<"${KILL_LOOP_SIZE:-3000 30000 90000}"
pg=${FUNNELDESK_TEST_PG:-}
psql=${PG_BINDIR:-/usr/lib/postgresql/15/bin}/psql

work=$(mktemp -d "${TMPDIR:-/tmp}/funneldesk-kill.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}

fd() { "$cli" --db "$@"; }
statsOf() { fd "$1" stats; }
sound() { fd "$1" check >/dev/null 2>&1; }
healthRows() { sqlite3 "$1" "SELECT (SELECT count(*) FROM customer_health) || '/' || (SELECT count(*) FROM health_snapshot) || '/' || (SELECT count(*) FROM task)"; }
now_ms() { date +%s%3N; }
clean() { rm -f "$1" "$1-wal" "$1-shm" "$1-journal"; }
# The temporaries of writers of $2 (common/LeftoverFiles.h) in the current folder, one a line:
# $1 "output" (OutputFile's ".NAME.PID.XXXXXX"), "generating" or "migrating" ("NAME.KIND-PID").
temporaries() {
    local n=${2//./\\.} shape
    case $1 in output) shape="^\\.$n\\.[0-9]+\\.[A-Za-z0-9]{6}" ;; *) shape="^$n\\.$1-[0-9]+" ;; esac
    ls -A | grep -E "$shape(-journal|-wal|-shm)?\$" || true
}

# The data every round starts from, and each operation's result when nobody kills it.
fd pristine.sqlite generate --customers "$customers" --tickets "$tickets" --touchpoints "$touchpoints" --seed 7 >/dev/null
fd other.sqlite generate --customers 500 --tickets 3000 --touchpoints 9000 --seed 11 >/dev/null
fd other.sqlite export tickets --out import.csv >/dev/null
fd import-base.sqlite add customer --name Before >/dev/null
cp pristine.sqlite recompute-base.sqlite
fd recompute-base.sqlite settings set stage_rule.postsales.settled.min_days=10 stage_rule.onboarding.complete.min_days=5 >/dev/null
for f in pristine other import-base recompute-base; do fd $f.sqlite check >/dev/null; done
pristineStats=$(statsOf pristine.sqlite)
otherStats=$(statsOf other.sqlite)

declare -A took after
timed() { local t0; t0=$(now_ms); "$@" >/dev/null 2>&1; took[$op]=$(( $(now_ms) - t0 )); }
# The unkilled run of $1 (generate, import, recompute or health) into its file ref-$1.sqlite: its
# time in took[$1], its result in after[$1]; status 1 when the run fails. These go by the clock.
reference() {
    local args t0
    clean "ref-$1.sqlite"
    case $1 in
    generate) args=(generate --customers "$customers" --tickets "$tickets" --touchpoints "$touchpoints" --seed 7) ;;
    import) cp import-base.sqlite ref-import.sqlite; args=(import tickets import.csv) ;;
    recompute) cp recompute-base.sqlite ref-recompute.sqlite; args=(stages recompute) ;;
    health) cp pristine.sqlite ref-health.sqlite; args=(health recompute) ;;
    *) return 1 ;;
    esac
    t0=$(now_ms)
    fd "ref-$1.sqlite" "${args[@]}" >/dev/null 2>&1 || return 1
    took[$1]=$(( $(now_ms) - t0 ))
    if [ "$1" = health ]; then after[$1]=$(healthRows ref-health.sqlite); else after[$1]=$(statsOf "ref-$1.sqlite"); fi
}
for op in generate import recompute health; do
    reference $op || { echo "kill loop: the unkilled $op failed" >&2; exit 1; }
done
op=backup; timed fd pristine.sqlite backup ref-backup.sqlite
cp pristine.sqlite ref-restore.sqlite; op=restore; timed fd ref-restore.sqlite restore other.sqlite
after[restore]=$(statsOf ref-restore.sqlite)
op=export; timed fd pristine.sqlite export tickets --out ref-export.csv
op=migrate; timed fd pristine.sqlite migrate --to ref-migrate.sqlite
# The unkilled run's result made again, when a round's differs from it: generate, the import,
# and the stages and health recomputes go by the clock (stages by days since, silences by days
# without a touch), so one customer may cross a day's boundary between the reference, made at
# the start, and a round a minute later (a health round found 934/934/17 against 16 tasks).
refresh() {
    local was=${after[$1]:-}
    reference "$1" || return 1
    [ "$was" = "${after[$1]}" ] || echo "round $round ($1): the unkilled run's result moved with the clock: $(diff <(echo "$was") <(echo "${after[$1]}") | grep '^[<>]' | tr '\n' ' ')" >&2
}
# Whether $2 is operation $1's whole result: the reference's, or that of the same run made now.
isWhole() { [ "$2" = "${after[$1]}" ] || { refresh "$1" && [ "$2" = "${after[$1]}" ]; }; }
[ "${after[import]}" != "$(statsOf import-base.sqlite)" ] || { echo "import changes nothing: no test" >&2; exit 1; }
[ "${after[recompute]}" != "$(statsOf recompute-base.sqlite)" ] || { echo "recompute moves nobody: no test" >&2; exit 1; }
ops=(generate import recompute health backup restore export migrate)
if [ -n "$pg" ]; then
    pgdb() { "$psql" "$pg" -qtAX -v ON_ERROR_STOP=1 -c "$1"; }
    pgTables() { "$psql" "$pg dbname=$1" -qtAX -c "SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')"; }
    pgdb "CREATE DATABASE kl_ref" >/dev/null
    op=migrate-pg; timed fd pristine.sqlite migrate --to "$pg dbname=kl_ref"
    after[migrate-pg]=$(statsOf "$pg dbname=kl_ref") # the migrating login is an agent there too
    pgdb "DROP DATABASE kl_ref WITH (FORCE)" >/dev/null
    ops+=(migrate-pg)
fi

declare -A total killed before whole
failures=0
fail() { echo "round $round ($op, killed after ${delay}s): $*" >&2; failures=$((failures + 1)); }
for op in "${ops[@]}"; do total[$op]=0; killed[$op]=0; before[$op]=0; whole[$op]=0; done

for ((round = 1; round <= rounds; round++)); do
    op=${ops[$(( (round - 1) % ${#ops[@]} ))]}
    span=$(( took[$op] * 12 / 10 + 5 ))
    delay=$(printf '%d.%03d' $(( (RANDOM * 32768 + RANDOM) % span / 1000 )) $(( (RANDOM * 32768 + RANDOM) % span % 1000 )))
    target=
    case $op in
    generate) clean db.sqlite; args=(db.sqlite generate --customers "$customers" --tickets "$tickets" --touchpoints "$touchpoints" --seed 7) ;;
    import) clean db.sqlite; cp import-base.sqlite db.sqlite; args=(db.sqlite import tickets import.csv) ;;
    recompute) clean db.sqlite; cp recompute-base.sqlite db.sqlite; args=(db.sqlite stages recompute) ;;
    health) clean db.sqlite; cp pristine.sqlite db.sqlite; args=(db.sqlite health recompute) ;;
    backup) clean out.sqlite; clean db.sqlite; cp pristine.sqlite db.sqlite; target=out.sqlite; args=(db.sqlite backup out.sqlite) ;;
    restore) clean db.sqlite; cp pristine.sqlite db.sqlite; args=(db.sqlite restore other.sqlite) ;;
    export) rm -f out.csv; clean db.sqlite; cp pristine.sqlite db.sqlite; target=out.csv; args=(db.sqlite export tickets --out out.csv) ;;
    migrate) clean out.sqlite; clean db.sqlite; cp pristine.sqlite db.sqlite; target=out.sqlite; args=(db.sqlite migrate --to out.sqlite) ;;
    migrate-pg) clean db.sqlite; cp pristine.sqlite db.sqlite; pgdb "CREATE DATABASE kl_$round" >/dev/null
        target="$pg dbname=kl_$round"; args=(db.sqlite migrate --to "$target") ;;
    esac
    total[$op]=$(( total[$op] + 1 ))
    "$cli" --db "${args[@]}" >/dev/null 2>&1 &
    pid=$!
    sleep "$delay"
    kill -KILL "$pid" 2>/dev/null || true
    status=0
    { wait "$pid"; } 2>/dev/null || status=$? # not bash's "Killed" line
    [ $status -eq 137 ] && killed[$op]=$(( killed[$op] + 1 ))
    [ $status -eq 0 ] || [ $status -eq 137 ] || fail "exit status $status"

    # A run to the end removed what the kills of earlier rounds left beside its file.
    written=
    case $op in generate) written="generating db.sqlite" ;; backup) written="output out.sqlite" ;;
    migrate) written="migrating out.sqlite" ;; export) written="output out.csv" ;; esac
    # shellcheck disable=SC2086 # two words: the kind and the file
    if [ $status -eq 0 ] && [ -n "$written" ] && [ -n "$(temporaries $written)" ]; then
        fail "temporaries of dead writers left: $(temporaries $written | tr '\n' ' ')"
    fi

    # The database the operation ran on (generate: the new file, when it is there).
    if [ "$op" != generate ] || [ -f db.sqlite ]; then
        sound db.sqlite || fail "check fails on the database"
    fi
    case $op in
    generate)
        if [ -f db.sqlite ]; then
            now=$(statsOf db.sqlite)
            if grep -qx "customers 0" <<<"$now" && grep -qx "tickets 0" <<<"$now"; then before[$op]=$(( before[$op] + 1 ))
            elif isWhole generate "$now"; then whole[$op]=$(( whole[$op] + 1 ))
            else fail "a generated file neither empty nor whole: $(diff <(echo "${after[generate]}") <(echo "$now") | grep '^[<>]' | tr '\n' ' ')"; fi
        else
            before[$op]=$(( before[$op] + 1 ))
        fi ;;
    import | recompute | restore)
        now=$(statsOf db.sqlite)
        case $op in import) was=$(statsOf import-base.sqlite) ;; recompute) was=$(statsOf recompute-base.sqlite) ;; restore) was=$pristineStats ;; esac
        if [ "$now" = "$was" ]; then before[$op]=$(( before[$op] + 1 ))
        elif isWhole "$op" "$now"; then whole[$op]=$(( whole[$op] + 1 ))
        else fail "stats neither before nor after"; fi ;;
    health)
        now=$(healthRows db.sqlite)
        if [ "$now" = "0/0/0" ]; then before[$op]=$(( before[$op] + 1 ))
        elif isWhole health "$now"; then whole[$op]=$(( whole[$op] + 1 ))
        else fail "health rows $now, neither 0/0/0 nor ${after[health]}"; fi ;;
    backup | migrate)
        if [ -f out.sqlite ]; then
            sound out.sqlite || fail "check fails on $target"
            [ "$(statsOf out.sqlite)" = "$pristineStats" ] && whole[$op]=$(( whole[$op] + 1 )) || fail "$target holds a partial copy"
        else
            before[$op]=$(( before[$op] + 1 ))
        fi
        [ "$(statsOf db.sqlite)" = "$pristineStats" ] || fail "the source changed" ;;
    export)
        if [ -f out.csv ]; then
            cmp -s out.csv ref-export.csv && whole[$op]=$(( whole[$op] + 1 )) || fail "out.csv is not the whole export"
        else
            before[$op]=$(( before[$op] + 1 ))
        fi ;;
    migrate-pg)
        # `init` commits the schema on its own before the rows are copied (service/Migrate.cpp),
        # so a kill in between leaves FunnelDesk's schema without a row: the database as `init`
        # leaves it, which the next migrate takes as empty. Rows are all or nothing.
        if [ "$(pgTables "kl_$round")" = 0 ]; then
            before[$op]=$(( before[$op] + 1 ))
        else
            sound "$target" || fail "check fails on the server's copy"
            now=$(statsOf "$target")
            if [ "$now" = "${after[migrate-pg]}" ]; then whole[$op]=$(( whole[$op] + 1 ))
            elif ! grep -qv ' 0$' <<<"$now"; then before[$op]=$(( before[$op] + 1 ))
            else fail "the server holds a partial copy"; fi
        fi
        pgdb "DROP DATABASE kl_$round WITH (FORCE)" >/dev/null ;;
    esac
done

for op in "${ops[@]}"; do
    printf '%-11s rounds %4d  killed before the end %4d  found before %4d  found whole %4d  (unkilled run %d ms)\n' \
        "$op" "${total[$op]}" "${killed[$op]}" "${before[$op]}" "${whole[$op]}" "${took[$op]}"
done
echo "kill loop: $rounds rounds, $failures failures ($cli)"
[ $failures -eq 0 ]
