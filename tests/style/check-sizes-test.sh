#!/usr/bin/env bash
# The test of tests/style/check-sizes.py: it fails on a file of 601 lines and on a function of
# 81 (a free function, a member written in its class, a constructor with an initializer list,
# a lambda in a namespace's variable), passes 600 and 80, does not take a long data table, a
# class or a namespace for a function, is not misled by braces in strings and comments, lets an
# exempted function through and fails on an exemption that excuses nothing.
# Usage: tests/style/check-sizes-test.sh   Exit 0 when the checker behaves, 1 otherwise.
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
check="$here/check-sizes.py"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/core/x"
: >"$work/none.txt"
failures=0

# lines N: N lines of a statement each.
lines() { for ((i = 0; i < $1; ++i)); do echo "    ++n;"; done; }
# function NAME LENGTH: a free function of LENGTH lines, braces and signature included.
function_of() { echo "int $1(int n)"; echo "{"; lines $(($2 - 4)); echo "    return n;"; echo "}"; }

# expect CODE NAME [EXEMPTIONS]: the checker on the fake tree exits CODE (0 clean, 1 finding).
expect() {
    local code=$1 name=$2 exemptions=${3:-$work/none.txt}
    python3 "$check" --exemptions "$exemptions" "$work" >"$work/out" 2>&1
    local got=$?
    if [[ $got -ne $code ]]; then
        echo "FAIL: $name: exit $got, expected $code" >&2
        cat "$work/out" >&2
        failures=$((failures + 1))
    fi
}
source_is() { cat >"$work/core/x/Fake.cpp"; }

{ echo "// a long file"; for ((k = 0; k < 600; ++k)); do echo "int v$k = $k;"; done; } | source_is
expect 1 "a file of 601 lines"
{ for ((k = 0; k < 600; ++k)); do echo "int v$k = $k;"; done; } | source_is
expect 0 "a file of 600 lines"

function_of f 81 | source_is
expect 1 "a function of 81 lines"
function_of f 80 | source_is
expect 0 "a function of 80 lines"
{ echo "namespace fd {"; echo "template <typename T = int>"; function_of f 80; echo "}"; } | source_is
expect 1 "a template function of 81 lines, its template line counted"

{ echo "class C {"; echo "public:"; echo "    int m(int n) const"; echo "    {"; lines 77; echo "        return n;";
  echo "    }"; echo "};"; } | source_is
expect 1 "a member function of 81 lines written in its class"
{ echo "struct B { int b; };"; echo "C::C(int n)"; echo "    : m_a(n), m_b{n}, m_c{}"; echo "{"; lines 77; echo "}"; } | source_is
expect 1 "a constructor of 81 lines with braces in its initializer list"
{ echo "namespace {"; echo "const auto kTable = [] {"; echo "    int n = 0;"; lines 77; echo "    return n;";
  echo "}();"; echo "}"; } | source_is
expect 1 "a lambda of 81 lines initialising a namespace's variable"

{ echo "namespace fd {"; echo "constexpr int kTable[] = {"; for ((k = 0; k < 120; ++k)); do echo "    $k,"; done; echo "};";
  echo "struct Big {"; for ((k = 0; k < 90; ++k)); do echo "    int m$k = 0;"; done; echo "};";
  for ((k = 0; k < 30; ++k)); do echo "int g$k(int n) { return n; }"; done; echo "}"; } | source_is
expect 0 "a long table, a long class and a long namespace of short functions"
{ echo 'int f(int n, const char* s = "{")'; echo "{"; echo '    // }}} a comment'; echo "    const char* t = \"}\";";
  echo "    char c = '}';"; echo '    const char* r = R"x(}})x";'; echo "    return n + *s + *t + c + *r;"; echo "}";
  function_of g 70; } | source_is
expect 0 "braces in strings, characters, raw strings and comments"
{ echo 'int f(int n, const char* s = "{")'; echo "{"; lines 78; echo "    return n + *s;"; echo "}"; } | source_is
expect 1 "an 81-line function after braces in a default argument"

{ echo "bool isDigit(QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; }"; echo "const int kBig = 1'000'000;";
  echo "int f(int n)"; echo "{"; echo "    const char16_t open = u'{';"; lines 76; echo "    return n + open;"; echo "}"; } | source_is
expect 1 "an 81-line function after character literals (u'0', u'{') and digit separators"

function_of f 81 | source_is
printf '%s\n' 'core/x/Fake.cpp | f | a reason' >"$work/exempt.txt"
expect 0 "an exempted function" "$work/exempt.txt"
function_of f 80 | source_is
expect 1 "an exemption that excuses nothing" "$work/exempt.txt"

[[ $failures -eq 0 ]] && echo "check-sizes.py: each oversized file and function fails, the rest passes"
exit $((failures > 0))
