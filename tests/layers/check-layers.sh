#!/usr/bin/env bash
# The GUI and the CLI reach the database only through core/service (issue 16: "ui/ and app/
# include no core/storage/ header, and no string table is read by position").
#
# Usage: tests/layers/check-layers.sh [SOURCE_ROOT]   (default: the checkout this script is in)
#
# 1. Every file under ui/ and app/ is followed through its quoted #includes, transitively
#    (each name resolved as the compiler does for these targets: beside the including file,
#    then ui/, app/gui/, app/cli/, core/). A chain that reaches core/storage/ is printed,
#    e.g. "ui/MainWindow.h → csv/CsvExporter.h → core/storage/ExportRepository.h".
# 2. A row of a report table read at a fixed column ("rows[i][0]", "rows[i].value(2)",
#    "rows[i].at(1)") in ui/ or app/ is printed: such reads belong in core as typed values.
# Exit 0 when nothing is found, 1 otherwise (with one line per finding on stderr).
set -euo pipefail

root=${1:-"$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"}
cd "$root"

declare -A memo=()

# resolve FILE NAME: the path NAME stands for when FILE includes it; empty when it is not ours.
resolve() {
    local dir base
    dir=$(dirname "$1")
    for base in "$dir" ui app/gui app/cli core; do
        if [[ -f "$base/$2" ]]; then
            REPLY="$base/$2"
            REPLY=${REPLY#./}
            return
        fi
    done
    REPLY=""
}

# chain FILE: sets REPLY to the include chain from FILE into core/storage/, or empty.
chain() {
    local file=$1 name target
    if [[ -v "memo[$file]" ]]; then
        REPLY=${memo[$file]}
        return
    fi
    memo[$file]="" # a cycle counts as clean; the first visit finishes the answer
    local names
    names=$(sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"\([^"]*\)".*/\1/p' "$file")
    for name in $names; do
        resolve "$file" "$name"
        target=$REPLY
        [[ -z $target ]] && continue
        if [[ $target == core/storage/* ]]; then
            memo[$file]=$target
            REPLY=$target
            return
        fi
        chain "$target"
        if [[ -n $REPLY ]]; then
            memo[$file]="$name → $REPLY"
            REPLY=${memo[$file]}
            return
        fi
    done
    REPLY=""
}

found=0
while IFS= read -r -d '' file; do
    chain "$file"
    if [[ -n $REPLY ]]; then
        echo "$file → $REPLY" >&2
        found=1
    fi
done < <(find ui app -type f \( -name '*.h' -o -name '*.cpp' \) -print0 | sort -z)

if grep -rnE 'rows\[[^]]*\][[:space:]]*(\[[[:space:]]*[0-9]+[[:space:]]*\]|\.(value|at)\([[:space:]]*[0-9]+[[:space:]]*\))' ui app >&2; then
    echo "A report row read at a fixed column (above): give core a typed value for it." >&2
    found=1
fi

if [[ $found -eq 0 ]]; then
    echo "ui/ and app/ include no core/storage header, directly or through another header."
fi
exit $found
