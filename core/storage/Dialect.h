// The pieces of SQL text that differ between FunnelDesk's backends (issue 16; plan
// docs/plans/step10-team-mode.md §2 and §3b), so one repository's SQL serves SQLite and
// PostgreSQL alike. One instance per backend, from Database::dialect(); SQLite's bodies are in
// storage/sqlite/SqliteDialect.cpp. Every hook returns SQL text to splice into a statement: the
// arguments are SQL expressions (column names, parameters), never user input.
// A parameter a hook writes itself (idList(n), searchIds(n, m), …) is written "?n", as shared
// SQL is, whatever the backend: the PostgreSQL texts below show "$n", the server's view after
// PgStatement numbers the statement's parameters (it counts only "?" and "?n").
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

    // `expr` (a parameter) as the SQL type `type` ("text", "bigint", "date"), for a parameter's
    // first use when that use says nothing of its type, as in "(?1 IS NULL OR c.stage = ?1)":
    // SQLite `expr` unchanged (a value carries its own type); PostgreSQL "CAST(expr AS type)"
    // (it gives each parameter one type, from its first use; an untyped first use refuses the
    // statement: "could not determine data type of parameter $1").
    // Note for every statement: PostgreSQL also refuses a statement whose parameter numbers
    // leave a gap (?1 and ?3 without ?2): number them without gaps.
    virtual std::string typed(std::string_view expr, std::string_view type) const = 0;

    // What follows " ASC" / " DESC" in an ORDER BY term over a column that may be NULL so that
    // NULL sorts below every value, as in SQLite: SQLite "" (its own order); PostgreSQL
    // " NULLS FIRST" ascending and " NULLS LAST" descending (its default is the reverse).
    virtual std::string nullsLowest(bool descending) const = 0;

    // A planner hint naming the index to use, with its leading space: SQLite
    // " INDEXED BY name"; PostgreSQL "" (it has no hints; plan §2 #14).
    virtual std::string indexed(std::string_view index) const = 0;

    // Whether a ticket is open (new, open, pending or on hold), tested on `status`, a column
    // such as "t.status". SQLite "(status = 'new' OR status = 'open' OR status = 'pending' OR
    // status = 'on_hold')", as the WHERE of its partial indexes ticket_open_created and
    // ticket_open_sla says it (schema v20): SQLite 3.40 tests an IN list of more than two
    // constants through a temporary b-tree that it builds again for each row, which on data set
    // L's import cost the writing thread about 1 s for those two indexes, and it uses a partial
    // index only for a query whose WHERE holds that index's WHERE term for term
    // (https://www.sqlite.org/partialindex.html, "Queries Using Partial Indexes"; docs/
    // PERFORMANCE.md, "The open tickets' test as ORs"). PostgreSQL "status IN ('new', 'open',
    // 'pending', 'on_hold')", as its migrations' partial indexes say it.
    virtual std::string openTicket(std::string_view status) const = 0;

    // `expr` compared and sorted with ASCII letters folded to lower case and everything else
    // by byte (SQLite's NOCASE): SQLite "expr COLLATE NOCASE"; PostgreSQL "fd_nocase(expr)"
    // (001_initial.sql; its NOCASE indexes are on that expression; plan §2 #12).
    virtual std::string nocase(std::string_view expr) const = 0;

    // "expr LIKE pattern ESCAPE '\'" with ASCII letters matched whatever their case, as
    // SQLite's LIKE always does: SQLite "expr LIKE pattern ESCAPE '\'"; PostgreSQL, whose LIKE
    // is case-sensitive, "fd_nocase(expr) LIKE fd_nocase(pattern) ESCAPE '\'" (plan §2 #13).
    virtual std::string likeNocase(std::string_view expr, std::string_view pattern) const = 0;

    // A subquery over the ids bound as parameter n, for "x IN <idList(n)>": SQLite
    // "(SELECT value FROM json_each(?n))"; PostgreSQL "(SELECT unnest($n::bigint[]))"
    // (plan §2 #15). Bind idListValue(ids) as that parameter.
    virtual std::string idList(int n) const = 0;
    // The same ids as a table to join, one row per id in the order given, its one column
    // named `alias`.value: SQLite "json_each(?n) alias"; PostgreSQL
    // "unnest($n::bigint[]) AS alias(value)". Bind idListValue(ids) as parameter n.
    virtual std::string idTable(int n, std::string_view alias) const = 0;
    // `ids` as the one text value idList() and idTable() read: SQLite a JSON array "[1,2,3]";
    // PostgreSQL an array literal "{1,2,3}".
    virtual std::string idListValue(std::span<const qint64> ids) const = 0;
    // As idList(), for texts: SQLite "(SELECT value FROM json_each(?n))"; PostgreSQL
    // "(SELECT unnest($n::text[]))". Bind textListValue(texts) as parameter n.
    virtual std::string textList(int n) const = 0;
    // `texts` as the one text value textList() reads, each quoted, '"' and '\' escaped with a
    // backslash: SQLite a JSON array ["a","b"]; PostgreSQL an array literal {"a","b"}.
    virtual std::string textListValue(std::span<const std::string_view> texts) const = 0;

    // The local day (in the connection's time zone) of `expr`, a time in UTC seconds, as text
    // "YYYY-MM-DD": SQLite "date(expr, 'unixepoch', 'localtime')"; PostgreSQL
    // "to_char(to_timestamp(expr), 'YYYY-MM-DD')" (the session's TimeZone, the team's; plan §2
    // #16, R2). Compare it with a date column as text: "CAST(since AS TEXT)" (PostgreSQL's
    // date columns customer.since and touchpoint_day.day read as ISO text).
    virtual std::string localDay(std::string_view expr) const = 0;

    // The same local day as a value of the backend's own day type, to compare with a date column
    // as it is stored (touchpoint_day.day): SQLite localDay()'s text (its dates are text);
    // PostgreSQL "to_timestamp(expr)::date", which a server compares and groups faster than text.
    virtual std::string localDate(std::string_view expr) const = 0;

    // The larger / smaller of two expressions that are never NULL: SQLite's scalar max(a, b) /
    // min(a, b); PostgreSQL "greatest(a, b)" / "least(a, b)" (plan §2 #19). Nest them for more.
    virtual std::string greatest(std::string_view a, std::string_view b) const = 0;
    virtual std::string least(std::string_view a, std::string_view b) const = 0;

    // NULL-safe (in)equality, true or false, never NULL, in parentheses: SQLite "(a IS b)" /
    // "(a IS NOT b)"; PostgreSQL "(a IS NOT DISTINCT FROM b)" / "(a IS DISTINCT FROM b)"
    // (plan §2 #18).
    virtual std::string nullSafeEqual(std::string_view a, std::string_view b) const = 0;
    virtual std::string nullSafeDiffer(std::string_view a, std::string_view b) const = 0;

    // Words matched in a statement over ticket, on the rows its other conditions select (a queue):
    // parameter n bound to searchExpression(words), `ticketId` ticket's alias ("t"). SQLite "t.id
    // IN (SELECT rowid FROM ticket_fts WHERE ticket_fts MATCH ?n)"; PostgreSQL "t.search @@
    // fd_search_query($n)", which an open queue's statement reads from the open tickets' own GIN
    // index (PgDialect.cpp, 007_open_search.sql). Over every ticket, TicketListRepository::ids.
    virtual std::string searchCondition(std::string_view ticketId, int n) const = 0;
    // The ids of the tickets that match parameter n (bound to searchExpression(words)), as a
    // SELECT of one column; with `limitParam` > 0 only the newest (highest ids) that many,
    // parameter limitParam: SQLite "SELECT rowid FROM ticket_fts WHERE ticket_fts MATCH ?n
    // [ORDER BY rowid DESC LIMIT ?limitParam]"; PostgreSQL "SELECT id FROM ticket_words WHERE
    // search @@ fd_search_query($n) [ORDER BY id DESC LIMIT $limitParam]" (014_search_order.sql).
    virtual std::string searchIds(int n, int limitParam) const = 0;
    // The search text for searchCondition() and searchIds(): every word must begin an indexed
    // word (the prefix rule of issue 16). `words` are runs of letters, digits and private-use
    // characters only (never '_' or another separator: FTS5 would read a word with one inside
    // as a phrase, which detail=none refuses), never empty. SQLite: "\"w\"* \"v\"*" (FTS5, each
    // word quoted so none is read as an operator); PostgreSQL: the words joined by spaces
    // ("w v"; fd_search_query() makes "'w':* & 'v':*" of them).
    virtual QString searchExpression(const QStringList& words) const = 0;

    // `insert` (one "INSERT INTO … VALUES …" without a trailing ';') so that it yields the
    // new row's id: SQLite unchanged (the id is read afterwards, Database::insertedId());
    // PostgreSQL "… RETURNING id" (plan §2 #9-10). Run it with Database::insertedId().
    virtual std::string insertReturningId(std::string_view insert) const = 0;

    // `insert` (an "INSERT INTO …" of many rows, one statement of a write that ends whole or
    // not at all) with the conflict rule that needs no undo of its own: SQLite "INSERT OR FAIL
    // INTO …"; PostgreSQL unchanged. Under SQLite's default rule (ABORT) a statement that may
    // write several rows keeps the original of every page it changes in a statement journal,
    // so that it alone can be undone (https://www.sqlite.org/tempfiles.html, "Statement Journal
    // Files"; past 64 KiB the journal goes to a temporary file). Under FAIL it keeps none; a row
    // that breaks a constraint stops the statement there with the same error, and the rows
    // before it go with the caller's transaction, which a failed write always rolls back
    // (Database::guard, BulkLoad without commit()). On data set L's import into an empty file
    // (foreign keys off, BulkLoad) the journal was 179,493 page writes, 2.9 GB, to /var/tmp
    // (docs/PERFORMANCE.md, "The import's statement journal"). The journal goes away only for
    // plain rows and ON CONFLICT … DO NOTHING (which still decides for its own key): SQLite
    // runs an upsert's DO UPDATE under ABORT whatever the statement says, and keeps the journal
    // for a foreign key checked at once and for triggers (the search index's), all of which a
    // bulk load switches off. Inside a savepoint (a nested Transaction) SQLite journals the
    // pages all the same, once each for the savepoint rather than once a statement.
    virtual std::string insertRows(std::string_view insert) const = 0;

    // A statement without parameters that makes every transaction checking `what` (a fixed
    // name, e.g. "customer.email": a uniqueness checked in C++ before a write) wait for the
    // others doing so to end, run right before the check; empty when the backend needs none.
    // SQLite: empty (BEGIN IMMEDIATE already lets one writer in at a time). PostgreSQL: a
    // row lock held to the transaction's end on the schema's `what` (a name 020_check_lock.sql
    // knows: "customer.email", "agent.key"; another fails with SqlError), since under READ
    // COMMITTED two sessions would each miss the other's uncommitted row and both write it.
    virtual std::string serialiseCheck(std::string_view what) const = 0;

    // Appended to a SELECT of rows that the transaction will write back whole, so that no other
    // session's write lands between the read and the write (issue 17, "No lost updates": a
    // first reply's time, written without a new version, was undone by a save that had read
    // the row before it). SQLite: empty (BEGIN IMMEDIATE lets one writer in at a time).
    // PostgreSQL: " FOR NO KEY UPDATE", the lock its own UPDATE takes, which waits for another
    // writer of the row and lets a reply's foreign key (FOR KEY SHARE) through, so two replies
    // to one ticket do not deadlock as they would under FOR UPDATE.
    virtual std::string lockedForWrite() const = 0;

    // The id the next row of `table` (a fixed name with an `id` column) gets when none is given,
    // as a scalar subquery in parentheses, for an import that plans its rows' ids before
    // writing them (ImportRepository::nextIds). SQLite: one past the highest (its rowid rule).
    // PostgreSQL: the greater of that and where the table's identity sequence stands, so that
    // the id of a row deleted from the top is never given again (issue 17 hostile pass: a rep
    // whose pane still showed deleted ticket #123 at version 0 could save over a new #123).
    virtual std::string nextId(std::string_view table) const = 0;

protected:
    Dialect() = default;
    Dialect(const Dialect&) = default;
    Dialect& operator=(const Dialect&) = default;
};

} // namespace fd
