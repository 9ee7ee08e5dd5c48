#!/usr/bin/env bash
# Runs "$@" against a throwaway PostgreSQL 15 cluster, and returns its exit status.
#   tests/pg/with-cluster.sh build/tests/funneldesk_core_tests "[postgres]"
# - initdb into a new folder ${TMPDIR:-/tmp}/funneldesk-pg.XXXXXX, as an unprivileged user: the
#   server refuses to run as root, so under root the cluster runs as nobody (runuser).
# - The server listens on a Unix socket in that folder and on 127.0.0.1 only (never another
#   address), on a free port. The socket trusts local users; TCP asks for a password (scram).
# - The cluster is stopped and the folder removed whatever happens: at exit, on INT/TERM/HUP
#   (the command gets the signal too), and, if this script is killed outright (SIGKILL, a CTest
#   timeout), by a watchdog that outlives it.
# The command sees (the only PG* variables it inherits are these; PGPASSFILE points nowhere):
#   FUNNELDESK_TEST_PG           libpq key=value string over the socket, superuser funneldesk,
#                                database funneldesk_test (no password needed)
#   FUNNELDESK_TEST_PG_TCP       the same as a URI over TCP 127.0.0.1:PORT, without the password
#   FUNNELDESK_TEST_PG_PASSWORD  funneldesk's password (for the TCP form)
#   FUNNELDESK_TEST_PG_PORT      the port
#   FUNNELDESK_TEST_PG_CTL       pg_ctl for this cluster, as the user it runs as; append a
#                                subcommand: $FUNNELDESK_TEST_PG_CTL stop -m fast, ... start
#   FUNNELDESK_TEST_PG_DATA      the cluster's data folder (postmaster.pid: the server's pid,
#                                for pausing it with SIGSTOP)
#                                (the settings live in postgresql.conf, so start needs no -o)
#   FUNNELDESK_TEST_PG_SSL_ROOT  with FD_PG_SSL=on only: the server's self-signed certificate,
#                                for sslrootcert= (sslmode=verify-ca or verify-full)
# Environment: PG_BINDIR (default /usr/lib/postgresql/15/bin), FD_PG_FSYNC (default off),
# FD_PG_SSL (default off; on: the server also offers TLS, with a certificate made for this run
# for 127.0.0.1 by openssl, valid for one day; the socket and plain TCP work as before).
# Exit status: the command's; 1 when PostgreSQL is missing or the cluster cannot start.
set -euo pipefail

bin=${PG_BINDIR:-/usr/lib/postgresql/15/bin}
for tool in initdb pg_ctl psql; do
    [ -x "$bin/$tool" ] || {
        echo "PostgreSQL 15 is missing ($bin/$tool): packaging/dev.sh test installs it." >&2
        exit 1
    }
done
[ $# -gt 0 ] || { echo "Usage: tests/pg/with-cluster.sh COMMAND [ARGS...]" >&2; exit 2; }

run=()
[ "$(id -u)" -eq 0 ] && run=(runuser -u nobody --)

# A short folder that the cluster's user can reach: a Unix socket path may not exceed 107 bytes.
tmp=${TMPDIR:-/tmp}
if [ ${#tmp} -gt 60 ] || [[ $tmp == *[[:space:]]* ]] || ! "${run[@]}" test -x "$tmp"; then tmp=/tmp; fi
dir=$(mktemp -d "$tmp/funneldesk-pg.XXXXXX")
chmod 755 "$dir"
[ ${#run[@]} -eq 0 ] || chown nobody "$dir"
# The cluster's own commands run inside its folder: nobody may not read the caller's folder.
as_owner() { (cd "$dir" && "${run[@]}" "$@"); }

stop_cluster() {
    # A second signal does not cut the cleanup short; the watchdog goes last, so that it still
    # cleans up should this script die in the middle (SIGKILL).
    trap '' INT TERM HUP
    trap - EXIT
    local watchdog=
    [ -f "$dir/watchdog.pid" ] && watchdog=$(cat "$dir/watchdog.pid")
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w -t 20 stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    if [ -n "$watchdog" ]; then kill "$watchdog" 2>/dev/null || true; fi
}
child=
on_signal() {
    local code=$1 sig=$2
    [ -n "$child" ] && kill -"$sig" "$child" 2>/dev/null && wait "$child" 2>/dev/null
    exit "$code"
}
trap stop_cluster EXIT
trap 'on_signal 130 INT' INT
trap 'on_signal 143 TERM' TERM
trap 'on_signal 129 HUP' HUP

# The watchdog: a process of its own session (double fork, so neither a process-group kill nor
# CTest's kill of this script's children reaches it) that cleans up once this script is gone.
# It cannot use the functions above, so it repeats the two commands.
(
    setsid bash -c '
        parent=$1 dir=$2 bin=$3; shift 3
        while kill -0 "$parent" 2>/dev/null; do sleep 0.5; done
        if [ -f "$dir/data/postmaster.pid" ]; then
            (cd "$dir" && "$@" "$bin/pg_ctl" -D "$dir/data" -m immediate -w -t 20 stop) || true
        fi
        rm -rf "$dir"' funneldesk-pg-watchdog "$$" "$dir" "$bin" "${run[@]}" \
        </dev/null >/dev/null 2>&1 &
    echo $! >"$dir/watchdog.pid"
)

password=funneldesk-test
printf '%s\n' "$password" >"$dir/pw"
chmod 644 "$dir/pw"
if ! as_owner "$bin/initdb" -D "$dir/data" -U funneldesk --pwfile="$dir/pw" -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 --no-sync >"$dir/initdb.log" 2>&1; then
    cat "$dir/initdb.log" >&2
    echo "initdb failed: see above." >&2
    exit 1
fi
rm -f "$dir/pw"
cat >>"$dir/data/postgresql.conf" <<EOF
# tests/pg/with-cluster.sh: a throwaway cluster
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
fsync = ${FD_PG_FSYNC:-off}
synchronous_commit = ${FD_PG_FSYNC:-off}
full_page_writes = ${FD_PG_FSYNC:-off}
EOF

if [ "${FD_PG_SSL:-off}" = on ]; then
    command -v openssl >/dev/null || { echo "openssl is missing: packaging/dev.sh test installs it." >&2; exit 1; }
    if ! as_owner openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=127.0.0.1" \
            -addext "subjectAltName=IP:127.0.0.1" -keyout data/server.key -out data/server.crt \
            >"$dir/openssl.log" 2>&1; then
        cat "$dir/openssl.log" >&2
        echo "openssl could not make the test server's certificate: see above." >&2
        exit 1
    fi
    as_owner chmod 600 data/server.key
    cp "$dir/data/server.crt" "$dir/root.crt"
    chmod 644 "$dir/root.crt"
    echo "ssl = on" >>"$dir/data/postgresql.conf"
fi

# A free port: probe it, then let the server be the judge (another process may take it first).
port=
for _ in 1 2 3 4 5 6 7 8; do
    candidate=$((20000 + RANDOM % 40000))
    if (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then continue; fi
    echo "port = $candidate" >>"$dir/data/postgresql.conf"
    if as_owner "$bin/pg_ctl" -D "$dir/data" -w -t 60 -l "$dir/server.log" start >/dev/null 2>&1; then
        port=$candidate
        break
    fi
done
if [ -z "$port" ]; then
    cat "$dir/server.log" >&2 2>/dev/null || true
    echo "The throwaway PostgreSQL cluster did not start: see above." >&2
    exit 1
fi

for v in $(compgen -e); do
    case $v in PG*) unset "$v" ;; esac
done
export PGPASSFILE="$dir/no-pgpass"
export PGCONNECT_TIMEOUT=20

"$bin/psql" -X -q -h "$dir" -p "$port" -U funneldesk -d postgres -v ON_ERROR_STOP=1 \
    -c 'CREATE DATABASE funneldesk_test' >/dev/null

export FUNNELDESK_TEST_PG="host=$dir port=$port user=funneldesk dbname=funneldesk_test"
export FUNNELDESK_TEST_PG_TCP="postgresql://funneldesk@127.0.0.1:$port/funneldesk_test"
export FUNNELDESK_TEST_PG_PASSWORD=$password
export FUNNELDESK_TEST_PG_PORT=$port
export FUNNELDESK_TEST_PG_CTL="${run[*]}${run:+ }$bin/pg_ctl -D $dir/data -w -l $dir/server.log"
export FUNNELDESK_TEST_PG_DATA="$dir/data"
[ "${FD_PG_SSL:-off}" = on ] && export FUNNELDESK_TEST_PG_SSL_ROOT="$dir/root.crt"

# In the background, so a signal reaches the traps at once instead of after the command ends;
# with INT and QUIT as they were (bash ignores them in a background command), so that the
# command's own reaction to Ctrl-C is unchanged.
(
    trap - INT QUIT
    exec "$@"
) <&0 &
child=$!
status=0
wait "$child" || status=$?
child=
exit "$status"
