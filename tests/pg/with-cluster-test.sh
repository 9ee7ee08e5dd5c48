#!/usr/bin/env bash
# Tests tests/pg/with-cluster.sh itself (CTest runs it, label postgres): the cluster runs as
# an unprivileged user, listens on 127.0.0.1 only, passes the command's exit status on, and
# leaves no server process and no folder behind after a normal exit, SIGTERM, SIGINT and SIGKILL.
set -euo pipefail
set -m # background jobs keep the default SIGINT, as under a terminal

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
harness=$here/with-cluster.sh
work=$(mktemp -d "${TMPDIR:-/tmp}/funneldesk-pg-test.XXXXXX")
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAILED: $*" >&2; failures=$((failures + 1)); }

# The command run inside the cluster: records its folder, the postmaster's pid and its own pid,
# and checks where the server listens and as whom it runs; then does what $1 says.
probe='
    set -eu
    dir=${FUNNELDESK_TEST_PG#host=}; dir=${dir%% *}
    port=$FUNNELDESK_TEST_PG_PORT
    postmaster=$(head -n 1 "$dir/data/postmaster.pid")
    echo "$dir $postmaster $$" >"$MARKER.tmp"; mv "$MARKER.tmp" "$MARKER"
    # Listening sockets (state 0A) on the port, IPv4 and IPv6: only 127.0.0.1 (0100007F).
    listening=$(awk -v port="$(printf %04X "$port")" "FNR > 1 && \$4 == \"0A\" {
        split(\$2, a, \":\"); if (a[2] == port) print FILENAME, a[1] }" /proc/net/tcp /proc/net/tcp6 | sort -u)
    [ "$listening" = "/proc/net/tcp 0100007F" ] || { echo "listens on: $listening" >&2; exit 90; }
    owner=$(stat -c %U "/proc/$postmaster")
    if [ "$(id -u)" -eq 0 ] && [ "$owner" = root ]; then echo "the server runs as root" >&2; exit 91; fi
    case $1 in exit) exit 7 ;; wait) exec sleep 300 ;; esac'

running() { # pid: alive and not a zombie (/proc, so that procps is not needed)
    local stat
    stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
    stat=${stat##*) }
    [[ $stat != Z* ]]
}

check_gone() { # what marker [seconds]
    local what=$1 marker=$2 wait_for=${3:-0} dir postmaster command i
    read -r dir postmaster command <"$marker"
    for ((i = 0; i <= wait_for * 4; i++)); do
        if [ ! -e "$dir" ] && ! running "$postmaster"; then break; fi
        sleep 0.25
    done
    [ ! -e "$dir" ] || fail "$what: the folder $dir is still there"
    running "$postmaster" && fail "$what: the server (pid $postmaster) still runs"
    if running "$command"; then
        fail "$what: the command (pid $command) still runs"
        kill "$command" 2>/dev/null || true
    fi
    return 0
}

# Starts the harness in the background (its pid in $started) and returns once the command waits
# in its `sleep`. A SIGINT sent to the probe's bash while awk or stat run is held until they end
# (bash waits for a foreground child, and goes on if it did not die of SIGINT; checked by hand):
# the probe then slept 300 s and the test timed out under load (2026-12-05).
start_waiting() { # marker
    MARKER=$1 "$harness" bash -c "$probe" probe wait >/dev/null 2>"$1.err" &
    started=$!
    local i command
    for ((i = 0; i < 240; i++)); do
        if [ -f "$1" ]; then
            read -r _ _ command <"$1"
            [ "$(cat "/proc/$command/comm" 2>/dev/null)" = sleep ] && return 0
        fi
        sleep 0.25
    done
    fail "the cluster or its command did not start within 60 s: $(cat "$1.err")"
    kill -KILL "$started" 2>/dev/null || true
    return 1
}

# 1. A normal run: the command's exit status comes back, and everything is gone.
status=0
MARKER=$work/exit "$harness" bash -c "$probe" probe exit || status=$?
[ "$status" -eq 7 ] || fail "exit: the harness returned $status, not the command's 7"
if [ -f "$work/exit" ]; then check_gone exit "$work/exit"; else fail "exit: the command never ran"; fi

# 2. SIGTERM and SIGINT while the command runs: the command gets it, the cluster is removed.
for signal in TERM INT; do
    if start_waiting "$work/$signal"; then
        kill -"$signal" "$started"
        status=0
        wait "$started" || status=$?
        [ "$status" -ne 0 ] || fail "$signal: the harness returned 0"
        check_gone "$signal" "$work/$signal"
    fi
done

# 3. SIGKILL: no trap runs; the watchdog removes the cluster (the command is the caller's).
if start_waiting "$work/KILL"; then
    kill -KILL "$started"
    wait "$started" 2>/dev/null || true
    read -r _ _ command <"$work/KILL"
    kill "$command" 2>/dev/null || true
    check_gone KILL "$work/KILL" 30
fi

[ "$failures" -eq 0 ] && echo "with-cluster.sh: all checks passed"
exit "$((failures > 0))"
