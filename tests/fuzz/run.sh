#!/bin/bash
# Runs libFuzzer targets one after the other, SECONDS each (wall time), each from its corpus:
#   tests/fuzz/run.sh BUILD SECONDS [TARGET...]      TARGET: csv, mapping, import (default all)
# BUILD is a -DFUZZ=ON build (tests/fuzz/CMakeLists.txt). tests/fuzz/corpus/TARGET is copied to
# BUILD/fuzz-corpus/TARGET first and the run adds what it finds there, so the sources stay as
# they are; fold a long run's finds back in with -merge=1 (tests/fuzz/README.md). A finding stops
# the run: the fuzzer's report, and its input under BUILD/fuzz-artifacts/, exit status 1.
# Prints one line per target (seconds, executions, coverage) and appends it to $FUZZ_LOG if set.
set -euo pipefail
if [ $# -lt 2 ]; then
    echo "Usage: $0 BUILD SECONDS [csv|mapping|import ...]" >&2
    exit 2
fi
build=$1
seconds=$2
shift 2
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(csv mapping import)
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$build/fuzz-artifacts"
for target in "${targets[@]}"; do
    fuzzer=$build/tests/fuzz/funneldesk_${target}_fuzz
    corpus=$build/fuzz-corpus/$target
    mkdir -p "$corpus"
    cp -n "$here/corpus/$target"/* "$corpus"/ 2>/dev/null || true
    args=(-max_total_time="$seconds" -max_len=16384 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
          -artifact_prefix="$build/fuzz-artifacts/$target-")
    [ "$target" != csv ] && args+=(-dict="$here/import.dict")
    log=$build/fuzz-artifacts/$target.log
    start=$(date +%s)
    status=0
    "$fuzzer" "${args[@]}" "$corpus" >"$log" 2>&1 || status=$?
    elapsed=$(( $(date +%s) - start ))
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    cov=$(grep -o 'cov: [0-9]* ft: [0-9]*' "$log" | tail -n 1)
    line="$target: ${elapsed} s, ${execs:-?} executions, ${cov:-no coverage line}, exit $status"
    echo "$line"
    [ -n "${FUZZ_LOG:-}" ] && echo "$(date -u +%FT%TZ) $line" >>"$FUZZ_LOG"
    if [ "$status" -ne 0 ]; then
        tail -n 40 "$log" >&2
        exit 1
    fi
done
