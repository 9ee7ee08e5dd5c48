#!/usr/bin/env bash
# The test of tests/security/check-sql.py: it fails on each way a run-time value can reach SQL
# text in a small fake core/, passes the same SQL written with bound parameters or fixed
# fragments, and fails on an allowlist line that matches nothing.
# Usage: tests/security/check-sql-test.sh   Exit 0 when the checker behaves, 1 otherwise.
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
check="$here/check-sql.py"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/core/storage"
: >"$work/none.txt"
failures=0

# expect CODE NAME SOURCE: the checker on a core/ holding SOURCE exits CODE (0 clean, 1 finding).
expect() {
    local code=$1 name=$2 source=$3
    printf '%s\n' "$source" >"$work/core/storage/Fake.cpp"
    python3 "$check" --allowlist "$work/none.txt" "$work" >"$work/out" 2>&1
    local got=$?
    if [[ $got -ne $code ]]; then
        echo "FAIL: $name: exit $got, expected $code" >&2
        cat "$work/out" >&2
        failures=$((failures + 1))
    fi
}

expect 1 "toStdString() into query()" \
'void find(Database& db, const QString& name) { auto q = db.query("SELECT id FROM customer WHERE name = '"'"'" + name.toStdString() + "'"'"'"); }'
expect 1 "QString::arg into SQL, then toUtf8()" \
'void drop(Database& db, const QString& table) { const QString sql = QStringLiteral("DELETE FROM %1").arg(table); db.execute(sql.toUtf8().constData()); }'
expect 1 "std::to_string of a value, appended to a variable handed to the database" \
'void limit(Database& db, int n) { std::string sql = "SELECT id FROM ticket"; sql += " LIMIT " + std::to_string(n); auto q = db.query(sql); }'
expect 1 "a string stream" \
'void s(Database& db, qint64 id) { std::ostringstream text; text << "SELECT * FROM agent WHERE id = " << id; db.scalar(text.str()); }'
expect 1 "a value spliced into a libpq call" \
'void p(PGconn* conn, const QString& who) { PQexec(conn, QByteArray("NOTIFY fd, " + who.toUtf8()).constData()); }'
expect 1 "a piece made from a value, two statements before the call" \
'void t(Database& db, const QString& word) { const std::string piece = word.toStdString(); const std::string where = " WHERE subject = " + piece; db.query("SELECT id FROM ticket" + where); }'
expect 1 "sqlite3_exec with a value" \
'void e(sqlite3* db, const QString& name) { sqlite3_exec(db, ("DROP TABLE " + name.toUtf8()).constData(), nullptr, nullptr, nullptr); }'
expect 0 "bound parameters, fixed fragments and sentences for people" \
'Result<qint64> find(Database& db, const QString& name) {
    constexpr std::string_view kColumns = "id, name ";
    auto q = db.query(std::string("SELECT ") + std::string(kColumns) + "FROM customer WHERE name = ?" + db.dialect().nocase("x"));
    q->bind(1, name);
    if (!q->step()) return failure(tr("There is no customer “%1”; SELECT another.").arg(name));
    return q->int64(0);
}'

# An allowlist line that excuses nothing any more fails the run over a whole tree.
printf '%s\n' 'void ok(Database& db) { db.execute("VACUUM"); }' >"$work/core/storage/Fake.cpp"
printf '%s\n' 'core/storage/Fake.cpp | QByteArray::number(version) | a stale excuse' >"$work/stale.txt"
if python3 "$check" --allowlist "$work/stale.txt" "$work" >"$work/out" 2>&1; then
    echo "FAIL: a stale allowlist line was not reported" >&2
    failures=$((failures + 1))
fi
# And a line that names the finding lets it through.
printf '%s\n' 'void v(Database& db, int version) { db.execute(QByteArray("PRAGMA user_version = " + QByteArray::number(version)).constData()); }' \
    >"$work/core/storage/Fake.cpp"
printf '%s\n' 'core/storage/Fake.cpp | QByteArray::number(version) | the migration loop'"'"'s int' >"$work/allowed.txt"
if ! python3 "$check" --allowlist "$work/allowed.txt" "$work" >"$work/out" 2>&1; then
    echo "FAIL: an allowlisted fixed fragment was refused" >&2
    cat "$work/out" >&2
    failures=$((failures + 1))
fi

[[ $failures -eq 0 ]] && echo "check-sql.py: every forbidden pattern fails, the clean source passes"
exit $((failures > 0))
