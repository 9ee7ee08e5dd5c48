#!/usr/bin/env python3
"""SQL in core is fixed text; values reach it only as bound parameters (issue 19, Security).

Usage: tests/security/check-sql.py [--allowlist FILE] ROOT_OR_FILE...
  ROOT_OR_FILE: a source tree (its core/ folder is read) or single C++ files (the test of this
  test feeds it a small fake source). Default allowlist: sql-allowlist.txt beside this script.

What it reads. Every .cpp and .h under core/, comments removed, string literals kept apart.
A "statement" is the text between two of ; { } outside parentheses. A statement *builds SQL*
when it
  - hands text to the database: query( execute( executeQuietly( scalar( prepare( exec(
    insertReturningId( PQexec( PQexecParams( PQprepare( PQsendQuery*( sqlite3_exec(
    sqlite3_prepare*( or a COPY statement's text (Copy::start, run(conn, …));
  - holds a string literal with SQL in it (an SQL keyword in capitals: SELECT, INSERT, UPDATE,
    DELETE, WHERE, VALUES, PRAGMA, SAVEPOINT, COPY, ALTER, DROP, CREATE, SET, …);
  - or writes (=, +=, <<, append, push_back) a variable that holds SQL in that function: one
    handed to the database or made from SQL, transitively.
In a statement that builds SQL, a *bridge* from a run-time value to SQL text is a finding:
  .toStdString() .toUtf8() .toLatin1() .toLocal8Bit() qPrintable( qUtf8Printable( .arg(
  std::to_string( QByteArray::number( QString::number( std::(o)stringstream std::format(
  fmt::format( snprintf( sprintf( QString::asprintf( .toString(
A finding is allowed only by a line of the allowlist that names its file and a piece of its
statement's text, with the reason it is a fixed fragment (an identifier from a fixed list, SQL
the server wrote with quote_ident/format('%I'), an integer the program chose). Everything else
fails: the fix is a bound parameter. An allowlist line that matches nothing fails too, so the
list never outlives the code it excuses.

Exit 0 when every finding is allowed, 1 otherwise (one line per problem on stderr).
"""
import os
import re
import sys

SINKS = re.compile(
    r"\b(query|execute|executeQuietly|scalar|prepare|exec|insertReturningId|PQexec|PQexecParams|PQprepare|"
    r"PQsendQuery|PQsendQueryParams|PQsendPrepare|sqlite3_exec|sqlite3_prepare\w*|run)\s*\(\s*(?!\))")
SQL_WORDS = re.compile(
    r"\b(SELECT|INSERT|UPDATE|DELETE|WHERE|VALUES|PRAGMA|SAVEPOINT|RELEASE|ROLLBACK|BEGIN|COMMIT|COPY|"
    r"ALTER|DROP|CREATE|TRUNCATE|GRANT|REVOKE|ANALYZE|VACUUM|NOTIFY|LISTEN|SET|FROM|JOIN|ORDER BY|GROUP BY|"
    r"LIMIT|CASE|WHEN|THEN|DEFAULT|INDEX|TABLE|TRIGGER|EXISTS|IN)\b")
BRIDGES = re.compile(
    r"\.toStdString\(\)|\.toUtf8\(\)|\.toLatin1\(\)|\.toLocal8Bit\(\)|\bqPrintable\(|\bqUtf8Printable\(|"
    r"\.arg\(|\bstd::to_string\(|\bQByteArray::number\(|\bQString::number\(|\bstd::o?stringstream\b|"
    r"\bstd::format\(|\bfmt::format\(|\bs?n?printf\(|\bQString::asprintf\(|\.toString\(")
LITERAL = "\x01"  # stands for a string literal in the code text; its text is kept apart


def strip(source):
    """The code with comments removed and every string/char literal replaced by LITERAL+index;
    the literals' texts in a list."""
    out, literals, i, n = [], [], 0, len(source)
    while i < n:
        c = source[i]
        if source.startswith("//", i):
            j = source.find("\n", i)
            i = n if j < 0 else j
        elif source.startswith("/*", i):
            j = source.find("*/", i + 2)
            i = n if j < 0 else j + 2
            out.append(" ")
        elif c == "R" and source.startswith('R"', i) and (i == 0 or not (source[i - 1].isalnum() or source[i - 1] == "_")):
            open_paren = source.find("(", i + 2)
            delim = source[i + 2:open_paren]
            end = source.find(")" + delim + '"', open_paren)
            literals.append(source[open_paren + 1:end])
            out.append(LITERAL + str(len(literals) - 1) + LITERAL)
            i = end + len(delim) + 2
        elif c == '"' or (c == "'" and not (i > 0 and source[i - 1].isalnum())):
            j = i + 1
            while j < n and source[j] != c:
                j += 2 if source[j] == "\\" else 1
            literals.append(source[i + 1:j])
            out.append(LITERAL + str(len(literals) - 1) + LITERAL)
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out), literals


def statements(code):
    """(start offset, text) of each statement: split at every ; { and } (a lambda's body, inside
    a call's parentheses, is statements of its own; a for header's pieces are harmless)."""
    start = 0
    for i, c in enumerate(code):
        if c in ";{}":
            yield start, code[start:i]
            start = i + 1
    yield start, code[start:]


def functions(code):
    """Spans of the top-level brace blocks that are function bodies (approximately: every
    outermost block that is not a namespace, class, struct or enum), each a list of statements."""
    spans, depth, start = [], 0, None
    for i, c in enumerate(code):
        if c == "{":
            head = code[max(0, i - 200):i]
            if re.search(r"\b(namespace|class|struct|enum)\b[^;{}()]*$", head) or re.search(r"extern\s+\"C\"\s*$", head):
                continue  # a scope, not a body: its functions are found inside
            if depth == 0:
                start = i
            depth += 1
        elif c == "}" and depth > 0:
            depth -= 1
            if depth == 0:
                spans.append((start, i))
    return spans


KEYWORDS = {"if", "for", "while", "switch", "return", "else", "case", "do"}
# Words for people (a translated sentence, a log line) and the .arg() calls that fill them in:
# not SQL, whatever capitals they hold ("GRANT CREATE ON SCHEMA %3").
FOR_PEOPLE = re.compile(r"\b(tr|translate|QT_TR_NOOP|qCWarning|qCDebug|qCInfo|qCCritical|qWarning|qDebug|qInfo|"
                        r"qCritical)\s*\(")


def without_sentences(stmt):
    """`stmt` without its sentences for people: each tr(…)/translate(…)/log call and the .arg(…)
    calls chained to it."""
    while True:
        m = FOR_PEOPLE.search(stmt)
        if not m:
            return stmt
        j = closing(stmt, m.end())
        while True:
            chained = re.match(r"\s*\.arg\(", stmt[j:])
            if not chained:
                break
            j = closing(stmt, j + chained.end())
        stmt = stmt[:m.start()] + " " + stmt[j:]


def without_calls(text):
    """`text` without its database calls (the call and its arguments)."""
    while True:
        m = SINKS.search(text)
        if not m:
            return text
        text = text[:m.start()] + " " + text[closing(text, m.end()):]


def closing(text, j):
    """The offset just past the parenthesis that closes the one opened before `j`."""
    depth = 1
    while j < len(text) and depth:
        depth += {"(": 1, ")": -1}.get(text[j], 0)
        j += 1
    return j


def literal_text(stmt, literals):
    return " ".join(literals[int(m)] for m in re.findall(LITERAL + r"(\d+)" + LITERAL, stmt))


def has_sql_literal(stmt, literals):
    return any(SQL_WORDS.search(literals[int(m)]) for m in re.findall(LITERAL + r"(\d+)" + LITERAL, stmt))


def sink_args(stmt):
    """The argument texts of each database call in the statement."""
    for m in SINKS.finditer(stmt):
        depth, j = 1, m.end()
        while j < len(stmt) and depth:
            depth += {"(": 1, ")": -1}.get(stmt[j], 0)
            j += 1
        yield stmt[m.end():j - 1]


IDENT = re.compile(r"\b([A-Za-z_]\w*)\b")
WRAPPED = re.compile(r"(?:std::string(?:_view)?|QByteArray)\s*\((.*)\)", re.S)


def variables(expr):
    """The variables an SQL expression is made of: sql, sql.constData(), std::string(a) + b,
    QByteArray("…" + value + "…").constData()."""
    expr = re.sub(r"\.(constData|c_str|data|str)\(\)\s*$", "", expr.strip())
    wrapped = WRAPPED.fullmatch(expr)
    if wrapped:
        return variables(wrapped.group(1))
    terms = split_top(expr, "+")
    if len(terms) == 1:
        return [expr] if re.fullmatch(r"[A-Za-z_]\w*", expr) else []
    return [v for term in terms for v in variables(term)]
WRITE = r"(?<![.>:])\b{name}\s*(=(?!=)|\+=|<<|\.append\(|\.push_back\(|\.emplace_back\()"


def split_top(text, separator):
    """`text` split at `separator` outside parentheses, brackets and braces."""
    parts, depth, start = [], 0, 0
    for i, c in enumerate(text):
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c == separator and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return parts


def check_file(path, shown):
    with open(path, encoding="utf-8") as f:
        code, literals = strip(f.read())
    findings = []
    bodies = functions(code) or [(0, len(code))]
    for begin, end in bodies:
        body = code[begin:end]
        stmts = list(statements(body))
        sql_vars = set()
        for _, s in stmts:  # what is handed to the database: a variable, alone or joined by +
            for args in sink_args(s):
                for arg in split_top(args, ","):
                    sql_vars.update(variables(arg))
        changed = True
        while changed:  # what is made from SQL, transitively
            changed = False
            for _, s in stmts:
                m = re.match(r"\s*(?:const\s+)?(?:[\w:<>]+[\s&*]+)?(\w+)\s*(=(?!=)|\+=|<<)", s)
                if not m or m.group(1) in KEYWORDS:
                    continue
                if m.group(1) in sql_vars:  # the pieces of SQL are SQL too
                    pieces = set(v for term in split_top(s[m.end():], "?") for part in split_top(term, ":")
                                 for v in variables(part)) - sql_vars
                    if pieces:
                        sql_vars.update(pieces)
                        changed = True
                    continue
                rest = without_calls(s[m.end():])  # what a query returns is data, not SQL
                if has_sql_literal(rest, literals) or any(v in sql_vars for v in IDENT.findall(rest)):
                    sql_vars.add(m.group(1))
                    changed = True
        for offset, whole in stmts:
            s = without_sentences(whole)
            builds = (any(True for _ in sink_args(s)) or has_sql_literal(s, literals) or
                      any(re.search(WRITE.format(name=re.escape(v)), s) for v in sql_vars) or
                      any(m.group(1) in sql_vars for m in re.finditer(r"stringstream\s+(\w+)", s)))
            if not builds:
                continue
            for bridge in BRIDGES.finditer(s):
                line = code.count("\n", 0, begin + offset + max(0, whole.find(bridge.group(0)))) + 1
                text = re.sub(LITERAL + r"(\d+)" + LITERAL, lambda m: '"' + literals[int(m.group(1))] + '"', s)
                findings.append((shown, line, bridge.group(0), " ".join(text.split())))
    return findings


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    allowlist_path = os.path.join(here, "sql-allowlist.txt")
    if len(argv) > 2 and argv[1] == "--allowlist":
        allowlist_path, argv = argv[2], [argv[0]] + argv[3:]
    targets = argv[1:] or [os.path.dirname(os.path.dirname(here))]
    files = []
    for target in targets:
        if os.path.isfile(target):
            files.append((target, os.path.basename(target)))
            continue
        for folder, _, names in os.walk(os.path.join(target, "core")):
            for name in sorted(names):
                if name.endswith((".cpp", ".h")):
                    full = os.path.join(folder, name)
                    files.append((full, os.path.relpath(full, target)))
    allowed = []
    with open(allowlist_path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if line.strip() and not line.startswith("#"):
                parts = [p.strip() for p in line.split(" | ")]
                if len(parts) != 3 or not all(parts):
                    print(f"{allowlist_path}:{number}: not FILE | PIECE OF THE STATEMENT | REASON", file=sys.stderr)
                    return 1
                allowed.append({"file": parts[0], "piece": parts[1], "reason": parts[2], "used": 0, "line": number})
    problems = 0
    for full, shown in sorted(files):
        for file, line, bridge, text in check_file(full, shown):
            match = [a for a in allowed if a["file"] == file and a["piece"] in text]
            for a in match:
                a["used"] += 1
            if not match:
                problems += 1
                print(f"{file}:{line}: SQL built with {bridge} from a run-time value; bind it as a parameter "
                      f"(or, for a fixed fragment, add it to the allowlist with the reason): {text[:240]}",
                      file=sys.stderr)
    if len(targets) == 1 and not os.path.isfile(targets[0]):
        for a in allowed:
            if not a["used"]:
                problems += 1
                print(f"{allowlist_path}:{a['line']}: matches no SQL in {a['file']} any more; remove it",
                      file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
