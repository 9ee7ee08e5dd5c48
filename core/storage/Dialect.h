// The pieces of SQL text that differ between FunnelDesk's backends (issue 16; plan
// docs/plans/step10-team-mode.md §2 and §3b), so one repository's SQL serves SQLite and
// PostgreSQL alike. One instance per backend, from Database::dialect(); SQLite's bodies are in
// storage/sqlite/SqliteDialect.cpp. Every hook returns SQL text to splice into a statement: the
// arguments are SQL expressions (column names, parameters), never user input.
#pragma once

#include <QString>
#include <QStringList>

#include <span>
#include <string>
#include <string_view>

namespace fd {

class Dialect {
public:
    virtual ~Dialect() = default;

    // The n-th bound parameter (n >= 1) as this backend's server reads it: SQLite "?n",
    // PostgreSQL "$n" (plan §2 #1). Shared SQL is written with "?" and "?n"; a backend whose
    // style differs rewrites the text once per cached statement with this hook.
    virtual std::string parameter(int n) const = 0;

    // A planner hint naming the index to use, with its leading space: SQLite
    // " INDEXED BY name"; "" where the backend has none (plan §2 #14).
    virtual std::string indexed(std::string_view index) const = 0;

    // `expr` compared and sorted with ASCII letters folded to lower case and everything else
    // by byte (SQLite's NOCASE): SQLite "expr COLLATE NOCASE" (plan §2 #12).
    virtual std::string nocase(std::string_view expr) const = 0;

    // A subquery over the ids bound as parameter n, for "x IN <idList(n)>": SQLite
    // "(SELECT value FROM json_each(?n))" (plan §2 #15). Bind idListValue(ids) as that
    // parameter.
    virtual std::string idList(int n) const = 0;
    // `ids` as the one text value idList() reads: SQLite a JSON array "[1,2,3]".
    virtual std::string idListValue(std::span<const qint64> ids) const = 0;

    // The local day ("YYYY-MM-DD", in the connection's time zone) of `expr`, a time in UTC
    // seconds: SQLite "date(expr, 'unixepoch', 'localtime')" (plan §2 #16, R2).
    virtual std::string localDay(std::string_view expr) const = 0;

    // The larger / smaller of two expressions that are never NULL: SQLite's scalar max(a, b) /
    // min(a, b) (plan §2 #19).
    virtual std::string greatest(std::string_view a, std::string_view b) const = 0;
    virtual std::string least(std::string_view a, std::string_view b) const = 0;

    // NULL-safe (in)equality, true or false, never NULL, in parentheses: SQLite "(a IS b)" /
    // "(a IS NOT b)" (plan §2 #18).
    virtual std::string nullSafeEqual(std::string_view a, std::string_view b) const = 0;
    virtual std::string nullSafeDiffer(std::string_view a, std::string_view b) const = 0;

    // A condition true for the tickets whose subject or description match parameter n, bound
    // to searchExpression(words); `ticketId` is the ticket's id column in the query: SQLite
    // "ticketId IN (SELECT rowid FROM ticket_fts WHERE ticket_fts MATCH ?n)" (plan §2 #6-7).
    virtual std::string searchCondition(std::string_view ticketId, int n) const = 0;
    // The search text for searchCondition(): every word must begin an indexed word (the
    // prefix rule of issue 16). `words` are letters, digits and '_' only, never empty.
    // SQLite: "\"w\"* \"v\"*" (FTS5, each word quoted so none is read as an operator).
    virtual QString searchExpression(const QStringList& words) const = 0;

    // `insert` (one "INSERT INTO … VALUES …" without a trailing ';') so that it yields the
    // new row's id: SQLite unchanged (the id is read afterwards, Database::insertedId());
    // PostgreSQL "… RETURNING id" (plan §2 #9-10). Run it with Database::insertedId().
    virtual std::string insertReturningId(std::string_view insert) const = 0;

protected:
    Dialect() = default;
    Dialect(const Dialect&) = default;
    Dialect& operator=(const Dialect&) = default;
};

} // namespace fd
