#!/usr/bin/env bash
# The house layout (.clang-format at the top of the tree) holds in every C++ source of core/,
# ui/, app/ and tests/: clang-format 14 would change nothing. First it shows that the check can
# fail: a copy of the style with a source of a 101-column line and a brace on the wrong line
# must be refused.
# Usage: tests/style/check-format.sh SOURCE-DIR   Exit 0 when every file is laid out, 1 when one
# is not (the files are listed, with clang-format's first complaint for each), 2 when
# clang-format-14 is missing (packaging/dev.sh test installs it).
set -uo pipefail

root=${1:?usage: check-format.sh SOURCE-DIR}
format=$(command -v clang-format-14) || {
    echo "clang-format-14 is not installed: packaging/dev.sh test installs it." >&2
    exit 2
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$root/.clang-format" "$work/"
{
    echo "int f(int n) {"
    printf '    return n + %s1;\n' "$(printf 'n + %.0s' {1..22})"
    echo "}"
} >"$work/bad.cpp"
if "$format" --dry-run --Werror "$work/bad.cpp" 2>/dev/null; then
    echo "FAIL: clang-format accepted a 101-column line and a function brace on its line" >&2
    exit 1
fi

cd "$root" || exit 2
mapfile -t files < <(find core ui app tests -type f \( -name '*.cpp' -o -name '*.h' \) \
    -not -path 'tests/fuzz/corpus/*' | sort)
# One clang-format for every file: a process of its own per file spent 0.1 s each loading
# clang (97 s for 735 files here, against 4.5 s for one run; docs/PERFORMANCE.md). Its
# complaints name the file, line and column; each bad file is listed once, with its first.
out=$("$format" --dry-run --Werror "${files[@]}" 2>&1)
status=$?
mapfile -t complaints < <(grep -E '^.+:[0-9]+:[0-9]+: error: ' <<<"$out")
declare -A seen=()
bad=0
for line in "${complaints[@]}"; do
    f=${line%%:[0-9]*:[0-9]*: error: *}
    [[ -n ${seen[$f]:-} ]] && continue
    seen[$f]=1
    echo "$f: not in the house layout; run: clang-format-14 -i $f" >&2
    echo "$line" >&2
    bad=$((bad + 1))
done
if [[ $status -ne 0 && $bad -eq 0 ]]; then
    # A failure that names no file (an unreadable .clang-format, a crash): say what it said.
    echo "$out" >&2
    echo "clang-format-14 failed without naming a file: see above." >&2
    exit 1
fi
echo "${#files[@]} files checked, $bad not in the house layout"
[[ $bad -eq 0 ]]
