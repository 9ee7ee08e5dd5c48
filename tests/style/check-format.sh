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
# clang (97 s for 735 files here, against about 4 s for one run; docs/PERFORMANCE.md). Its
# complaints read "FILE:LINE:COL: error: …"; only a FILE of the list counts (a complaint echoes
# the source line, which may hold such text), and each bad file is listed once, with its first.
out=$("$format" --dry-run --Werror "${files[@]}" 2>&1)
status=$?
declare -A checked=() seen=()
for f in "${files[@]}"; do checked[$f]=1; done
bad=0
while IFS= read -r line; do
    [[ $line =~ ^(.+):[0-9]+:[0-9]+:\ error:\  ]] || continue
    f=${BASH_REMATCH[1]}
    [[ -n ${checked[$f]:-} && -z ${seen[$f]:-} ]] || continue
    seen[$f]=1
    echo "$f: not in the house layout; run: clang-format-14 -i $f" >&2
    echo "$line" >&2
    bad=$((bad + 1))
done <<<"$out"
# clang-format exits 1 for a file out of layout (and for some errors of its own). Another exit
# status (a crash), or a failure that names no file of the list (a broken .clang-format, an
# unreadable file), is shown whole; beside a file out of layout such an error is not, but the
# check fails all the same.
if [[ $status -ne 0 && ($status -ne 1 || $bad -eq 0) ]]; then
    echo "$out" >&2
    echo "clang-format-14 failed (exit status $status): see above." >&2
    exit 1
fi
echo "${#files[@]} files checked, $bad not in the house layout"
[[ $bad -eq 0 ]]
