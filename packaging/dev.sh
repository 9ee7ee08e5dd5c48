#!/usr/bin/env bash
# The two commands of the README's Quick start, on a fresh Debian 12 machine:
#   packaging/dev.sh run    install what is missing, build (Release), open FunnelDesk on demo data
#   packaging/dev.sh test   install what is missing, build (Debug, ASan + UBSan, warnings are
#                           errors), run every test once under the sanitizers
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite libxkbcommon-dev
    qt6-svg-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n libgl-dev
    libsqlite3-dev sqlite3 catch2 libexpected-dev xvfb appstream cppcheck clang-tidy
    poppler-utils libpq-dev libical-dev desktop-file-utils shared-mime-info libxml2-utils
)
# The CSV reader's fuzzer (libFuzzer comes with clang's runtime), and the PostgreSQL 15 server
# whose initdb and pg_ctl the tests use for a throwaway cluster (tests/pg/with-cluster.sh;
# contrib's extensions are part of it), and openssl, which makes the certificate of the
# cluster that offers TLS (FD_PG_SSL=on), and clang-format 14, whose check of the house layout
# (.clang-format) is a test. Only `test` installs these.
test_packages=(clang-14 libclang-rt-14-dev postgresql-15 openssl clang-format-14)

install_missing() {
    local missing=()
    for p in "${packages[@]}" "$@"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$p")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}" >&2
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
    local preset=$1
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset"
}

case "${1:-}" in
run)
    install_missing
    build release
    demo=build/demo/demo.sqlite
    if [ ! -f "$demo" ]; then
        mkdir -p build/demo
        build/release/app/cli/funneldesk-cli --db "$demo" generate \
            --customers 2000 --tickets 20000 --touchpoints 100000 --seed 1
    fi
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        echo "No display here: running FunnelDesk under Xvfb." >&2
        exec xvfb-run -a build/release/app/gui/funneldesk --db "$demo"
    fi
    exec build/release/app/gui/funneldesk --db "$demo"
    ;;
test)
    install_missing "${test_packages[@]}"
    build ci
    # One build, every test once: the ci preset is Debug with AddressSanitizer and UBSan, warnings
    # as errors, and clang-tidy as tests (one build instead of a plain and an ASan one halves CI's
    # time; docs/PERFORMANCE.md "CI's test command"). Tests run side by side, one per core; the
    # longest (the PostgreSQL passes, clang-tidy's parts) carry a COST in tests/CMakeLists.txt, so
    # they start first and none is left to run alone. The tests labelled postgres start their own
    # throwaway cluster (tests/pg/with-cluster.sh): the core, CLI and GUI suites again on
    # PostgreSQL (all but [sqlite-only]), one cluster each. Leak checking is off: Qt's and
    # fontconfig's process-lifetime allocations would drown ours; the programs a test starts skip
    # AddressSanitizer's registration of globals (tests/support/TestMain.cpp says why and what
    # stays checked). The asan and ci presets link executables without PIE: under the
    # sanitizers a position-independent test executable carried 4 million relocations, which
    # every start of it (one per test, and each CLI run a test makes) applied first
    # (docs/PERFORMANCE.md, "CI's test command: Catch2 compiled once, executables without PIE").
    # The ci preset keeps line tables only (-g1): a sanitizer's report still names each frame's
    # file and line, and each file compiles about a tenth faster.
    jobs=$(nproc)
    QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0 \
        ctest --preset ci --output-on-failure --parallel "$jobs"
    # A minute of libFuzzer, thirty seconds a target, each from its corpus in tests/fuzz/corpus:
    # the CSV reader (and the value and date parsers behind it) and the import mapping. Both
    # compile their few sources into themselves. The whole-importer target links all of core
    # built for the fuzzer (about 30 minutes more here), so CI replays its corpus instead
    # (ctest's "fuzz: …" tests) and it is fuzzed by hand (docs/RELIABILITY.md §5).
    cmake -S . -B build/fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++-14 -DFUZZ=ON \
        -DFUNNELDESK_BUILD_GUI=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    cmake --build build/fuzz --target funneldesk_csv_fuzz funneldesk_mapping_fuzz
    tests/fuzz/run.sh build/fuzz 30 csv mapping
    ;;
*)
    echo "Usage: packaging/dev.sh run|test" >&2
    exit 2
    ;;
esac
