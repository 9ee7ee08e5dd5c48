#!/usr/bin/env python3
"""No source file over 600 lines, no function over 80 (issue "Step 14": code a newcomer can walk into).

Usage: tests/style/check-sizes.py [--exemptions FILE] [--max-file N] [--max-function N] ROOT_OR_FILE...
  ROOT_OR_FILE: a source tree (its core/, ui/ and app/ folders are read) or single C++ files (the
  test of this test feeds it small fake sources). Default exemptions: size-exemptions.txt beside
  this script.

What it counts. A file's lines: every physical line of a .cpp or .h. A function's lines: from the
first line of its definition (template line and signature included, comments before it not) to
its closing brace, both included. A function is a body in braces after a parameter list, at file,
namespace or class scope (member functions written in a class count), or a lambda written in a
variable's initializer at those scopes. A lambda inside a function counts as part of that function.

How it finds them, without a compiler. Comments, string and character literals (raw strings too)
and preprocessor lines are blanked out first; then braces are matched. At file, namespace or class
scope, the text since the last ; { or } says what an opening brace opens: `namespace` or
`extern "C"` a namespace, `class` `struct` `union` `enum` a class, a top-level `=` or no parameter
list an initializer (scanned for lambdas), anything else with a parameter list a function (a
constructor's initializer list, braces and all, is skipped to its body).

Exemptions: one line each, `PATH | FUNCTION-NAME | reason` (a function over the limit), or
`PATH | * | reason` (a file over the limit). An exemption that no longer excuses anything fails the
run too, so the list shrinks with the code.

Exit 0 when every file and function fits or is exempted, 1 otherwise (one line per problem).
"""
import os
import re
import sys

FOLDERS = ("core", "ui", "app")
MAX_FILE = 600
MAX_FUNCTION = 80


def blank(source):
    """The source with comments, literals and preprocessor lines replaced by spaces (newlines kept,
    so line numbers stay)."""
    out, i, n = [], 0, len(source)
    at_line_start = True
    while i < n:
        c = source[i]
        if at_line_start and c in " \t":
            out.append(c)
            i += 1
            continue
        if at_line_start and c == "#":
            # a preprocessor line, with its continuations
            j = i
            while True:
                k = source.find("\n", j)
                if k < 0:
                    k = n
                    break
                if k > 0 and source[k - 1] == "\\":
                    j = k + 1
                    continue
                break
            out.append(re.sub(r"[^\n]", " ", source[i:k]))
            i = k
            continue
        at_line_start = False
        if source.startswith("//", i):
            j = source.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif source.startswith("/*", i):
            j = source.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", source[i:j]))
            i = j
        elif c == 'R' and source.startswith('R"', i) and (i == 0 or not (source[i - 1].isalnum() or source[i - 1] == "_")
                                                        or source[i - 1] in "uUL8"):
            m = re.match(r'R"([^()\\ ]{0,16})\(', source[i:])
            if not m:
                out.append(c)
                i += 1
                continue
            end = source.find(")" + m.group(1) + '"', i + m.end())
            j = n if end < 0 else end + len(m.group(1)) + 2
            out.append('""' + re.sub(r"[^\n]", " ", source[i + 2:j]))
            i = j
        elif c in "\"'":
            if c == "'" and i > 0 and source[i - 1].isdigit() and i + 1 < n and source[i + 1].isdigit():
                out.append(" ")  # a digit separator: 1'000'000
                i += 1
                continue
            j = i + 1
            while j < n and source[j] != c and source[j] != "\n":
                j += 2 if source[j] == "\\" else 1
            if j < n and source[j] == c:
                j += 1  # the closing quote; an unclosed literal ends before its line's end
            j = min(j, n)
            out.append(c + " " * (j - i - 2) + c if j - i >= 2 else " " * (j - i))
            i = j
        else:
            if c == "\n":
                at_line_start = True
            out.append(c)
            i += 1
    return "".join(out)


def drop_template_heads(text):
    """TEXT without its `template <...>` heads (so a default argument's = or a `class` in them
    says nothing)."""
    while True:
        m = re.search(r"\btemplate\s*<", text)
        if not m:
            return text
        depth, j = 1, m.end()
        while j < len(text) and depth:
            if text[j] == "<":
                depth += 1
            elif text[j] == ">":
                depth -= 1
            j += 1
        text = text[:m.start()] + " " * (j - m.start()) + text[j:]


def in_template_head(text):
    """Whether TEXT ends inside a `template <...>` head (a default template argument's =)."""
    for m in re.finditer(r"\btemplate\s*<", text):
        depth = 1
        for c in text[m.end():]:
            depth += 1 if c == "<" else -1 if c == ">" else 0
            if depth == 0:
                break
        if depth > 0:
            return True
    return False


def top_level(text):
    """TEXT with everything inside parentheses or brackets blanked (the parentheses kept)."""
    out, depth = [], 0
    for c in text:
        if c in "([":
            out.append(c if depth == 0 else " ")
            depth += 1
        elif c in ")]":
            depth = max(depth - 1, 0)
            out.append(c if depth == 0 else " ")
        else:
            out.append(c if depth == 0 else " ")
    return "".join(out)


def classify(statement):
    """What an opening brace after STATEMENT (the text since the last ; { or }) opens at a
    declaration scope: 'namespace', 'class', 'function', 'ctor' (a constructor's initializer list
    starts before it) or 'initializer'."""
    text = drop_template_heads(statement)
    flat = top_level(text)
    flat = re.sub(r"\boperator\s*(\(\s*\)|[^\w\s(]+)", "operator", flat)
    if re.search(r"\bnamespace\b", flat) or re.search(r'\bextern\s*"', flat):
        return "namespace"
    keyword = re.search(r"\b(class|struct|union|enum)\b", flat)
    if keyword and "(" not in flat[keyword.end():]:
        return "class"
    if "(" not in flat:
        return "initializer"
    if re.search(r"(?<![=!<>+\-*/%&|^])=(?!=)", flat.split("(")[0]):
        return "initializer"
    if re.search(r"\)\s*(const|noexcept|override|final|volatile|&|&&|\s)*:(?!:)", flat):
        return "ctor"
    return "function"


def functions(blanked):
    """(name, first line, last line) of each function in BLANKED (see the module's comment)."""
    found = []
    lines_at = [0]
    for k, c in enumerate(blanked):
        if c == "\n":
            lines_at.append(k + 1)

    def line_of(pos):
        lo, hi = 0, len(lines_at) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if lines_at[mid] <= pos:
                lo = mid
            else:
                hi = mid - 1
        return lo + 1

    def match(pos):
        """The position of the brace closing the one at POS."""
        depth = 0
        for j in range(pos, len(blanked)):
            if blanked[j] == "{":
                depth += 1
            elif blanked[j] == "}":
                depth -= 1
                if depth == 0:
                    return j
        return len(blanked) - 1

    def name_of(statement):
        flat = top_level(drop_template_heads(statement))
        flat = re.sub(r"\boperator\s*(\(\s*\)|[^\w\s(]+)", lambda m: "operator" + re.sub(r"\s", "", m.group(1)), flat)
        while re.search(r"<[^<>]*>", flat):  # template arguments: std::function<Status()> f(…)
            flat = re.sub(r"<[^<>]*>", "", flat)
        head = flat.split("(")[0] if "(" in flat else flat
        m = re.search(r"([~\w:]+(?:operator\S*)?)\s*$", head)
        return m.group(1) if m else "?"

    def past_labels(start, end):
        """The first position from START that is not space, an access label (`public:`,
        `private slots:`) or a macro without a semicolon (Q_OBJECT, Q_DECLARE_TR_FUNCTIONS(X))."""
        label = re.compile(r"\s*(?:(?:public|protected|private|signals|slots|Q_SIGNALS|Q_SLOTS)\s*(?:slots\s*)?:(?!:)"
                           r"|[A-Z][A-Z0-9_]+\b(?!\s*::))")
        i = start
        while True:
            m = label.match(blanked, i, end)
            if not m:
                break
            k = m.end()
            if m.group(0).strip()[:1].isupper() and not m.group(0).strip().endswith(":"):
                # a macro: its arguments too, when it has any
                rest = re.match(r"\s*\(", blanked[k:end])
                if rest:
                    depth, k = 0, k + rest.end() - 1
                    while k < end:
                        depth += 1 if blanked[k] == "(" else -1 if blanked[k] == ")" else 0
                        k += 1
                        if depth == 0:
                            break
                after = blanked[k:end].lstrip()
                if not after or after[0] in "({:<=":  # it was the function's own name or type
                    break
            i = k
        while i < end and blanked[i].isspace():
            i += 1
        return i

    def lambdas(start, end, owner):
        """Lambdas in an initializer between START and END, each measured as a function."""
        j = start
        while j < end:
            if blanked[j] == "{":
                before = blanked[start:j].rstrip()
                m = re.search(r"\][\s\w]*$|\)\s*(mutable|constexpr|noexcept|\s)*(->\s*[\w:<>,\s*&]+)?$", before)
                if m and re.search(r"\[[^\[\]]*\]\s*(\([^()]*\))?[\s\w]*(->\s*[\w:<>,\s*&]+)?$", before):
                    close = match(j)
                    intro = before.rfind("[")
                    found.append((owner + " (lambda)", line_of(start + intro), line_of(close)))
                    j = close + 1
                    continue
            j += 1

    def scope(start, end):
        """Walk a declaration scope (file, namespace or class body) from START to END."""
        stmt_start = start
        parens = 0  # open parentheses in the statement: a brace in them is a default argument's
        j = start
        while j < end:
            c = blanked[j]
            if c in "([":
                parens += 1
            elif c in ")]":
                parens = max(parens - 1, 0)
            elif c == "{" and parens:
                j = match(j) + 1
                continue
            elif c in ";}":
                stmt_start = j + 1
            elif c == "{":
                statement = blanked[stmt_start:j]
                kind = classify(statement)
                if kind == "ctor":
                    # skip the initializer list's own braces: a brace after a name or > is a
                    # member's initializer; the body's follows a ) or a }
                    k = j
                    while True:
                        prev = blanked[stmt_start:k].rstrip()
                        if prev.endswith(")") or prev.endswith("}"):
                            break
                        k = match(k) + 1
                        while k < end and blanked[k] != "{":
                            k += 1
                        if k >= end:
                            break
                    j = k
                    kind = "function"
                close = match(j)
                if kind in ("namespace", "class"):
                    scope(j + 1, close)
                elif kind == "function":
                    first = past_labels(stmt_start, j)
                    found.append((name_of(blanked[first:j]), line_of(first), line_of(close)))
                else:
                    lambdas(j, close + 1, name_of(statement))
                stmt_start = close + 1
                j = close + 1
                parens = 0
                continue
            elif c == "=" and not parens and blanked[j + 1:j + 2] != "=" and blanked[j - 1:j] not in ("=", "!", "<", ">") \
                    and not in_template_head(blanked[stmt_start:j]) \
                    and not re.search(r"\boperator\s*[^\w\s]*$", blanked[stmt_start:j]) \
                    and classify(blanked[stmt_start:j + 1] + "x") == "initializer":
                # `auto x = [] { … };` at this scope: the lambdas up to the statement's end
                k, depth = j, 0
                while k < end:
                    if blanked[k] in "({[":
                        depth += 1
                    elif blanked[k] in ")}]":
                        depth -= 1
                    elif blanked[k] == ";" and depth <= 0:
                        break
                    k += 1
                lambdas(j, k, name_of(blanked[stmt_start:j]))
                stmt_start = k + 1
                j = k + 1
                parens = 0
                continue
            j += 1

    scope(0, len(blanked))
    return found


def sources(arguments):
    for argument in arguments:
        if os.path.isfile(argument):
            yield argument, os.path.basename(argument)
            continue
        for folder in FOLDERS:
            top = os.path.join(argument, folder)
            for directory, subdirectories, names in os.walk(top):
                subdirectories.sort()
                for name in sorted(names):
                    if name.endswith((".cpp", ".h")):
                        path = os.path.join(directory, name)
                        yield path, os.path.relpath(path, argument).replace(os.sep, "/")


def read_exemptions(path):
    exemptions = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            parts = [p.strip() for p in line.split("|")]
            if len(parts) != 3 or not all(parts):
                sys.exit(f"{path}:{number}: expected `PATH | FUNCTION-NAME or * | reason`")
            exemptions.append((parts[0], parts[1], number))
    return exemptions


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    exemptions_path = os.path.join(here, "size-exemptions.txt")
    max_file, max_function = MAX_FILE, MAX_FUNCTION
    arguments = []
    i = 1
    while i < len(argv):
        if argv[i] == "--exemptions":
            exemptions_path = argv[i + 1]
            i += 2
        elif argv[i] == "--max-file":
            max_file = int(argv[i + 1])
            i += 2
        elif argv[i] == "--max-function":
            max_function = int(argv[i + 1])
            i += 2
        elif argv[i] == "--list":
            arguments.append(argv[i])
            i += 1
        else:
            arguments.append(argv[i])
            i += 1
    listing = "--list" in arguments
    arguments = [a for a in arguments if a != "--list"]
    if not arguments:
        sys.exit(__doc__)
    exemptions = read_exemptions(exemptions_path)
    used = set()
    problems = []
    files = 0
    for path, shown in sources(arguments):
        files += 1
        with open(path, encoding="utf-8", errors="replace") as f:
            source = f.read()
        count = source.count("\n") + (0 if source.endswith("\n") or not source else 1)
        if count > max_file:
            hits = [e for e in exemptions if e[0] == shown and e[1] == "*"]
            used.update(e[2] for e in hits)
            if not hits:
                problems.append(f"{shown}: {count} lines, over {max_file}: split it along its seams")
        for name, first, last in functions(blank(source)):
            length = last - first + 1
            if listing:
                print(f"{length:5d} {shown}:{first} {name}")
            if length > max_function:
                hits = [e for e in exemptions if e[0] == shown and e[1] == name]
                used.update(e[2] for e in hits)
                if not hits:
                    problems.append(f"{shown}:{first}: {name} is {length} lines, over {max_function}: "
                                    "split it into named helpers")
    for e in exemptions:
        if e[2] not in used:
            problems.append(f"{exemptions_path}:{e[2]}: `{e[0]} | {e[1]}` excuses nothing any more: remove it")
    for problem in problems:
        print(problem, file=sys.stderr)
    if files == 0:
        print("no source file read", file=sys.stderr)
        return 1
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
