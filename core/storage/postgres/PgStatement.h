#pragma once

#include "storage/Statement.h"

#include <QByteArray>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct pg_result;

namespace fd {

class PgDatabase;

// A prepared statement on a PostgreSQL server: the PostgreSQL backend of Statement (plan
// §3b). The SQL is FunnelDesk's shared text with SQLite's `?` and `?N` parameters, rewritten
// once to `$N` (numbered()); it is prepared on the server under its own name (PQprepare) with
// no parameter types, so the server infers them from where each is used. Every value is sent
// as text. The first step() runs it and holds the whole result (libpq's text format) until
// reset(), so other statements may run on the connection while its rows are read, as on SQLite.
// A statement over the ticket search (fd_search_query) is planned again for its values at every
// run (PQexecParams; it is still prepared once, so a mistake in it fails where it is made): its
// best plan depends on how common the words are (the primary key walked backwards for a common
// word, the GIN index for a rare one), which the generic plan the server settles on after five
// runs of a prepared statement cannot know (1.35 s instead of 48 ms for "export" on data set L:
// docs/PERFORMANCE.md, Step 10, fourth round).
// Reading: boolean results (t/f) read as 1/0; a numeric with a fraction reads as an integer
// truncated toward zero, as SQLite's does. Errors throw SqlError with the server's SQLSTATE and
// its sentence (pg::Connection's wording).
class PgStatement final : public StatementImpl {
public:
    PgStatement(PgDatabase& db, std::string_view sql);
    ~PgStatement() override;
    PgStatement(const PgStatement&) = delete;
    PgStatement& operator=(const PgStatement&) = delete;

    void bindNull(int index) override;
    void bind(int index, qint64 value) override;
    void bind(int index, double value) override;
    void bind(int index, QByteArray utf8) override;
    void bind(int index, std::string_view utf8) override;
    void bindStatic(int index, std::string_view utf8) override;
    bool step() override;
    void reset() override;
    bool isNull(int column) const override;
    qint64 int64(int column) const override;
    double real(int column) const override;
    QString text(int column) const override;
    std::string_view utf8(int column) const override;
    int columnCount() const override;

    // `sql` with every `?` and `?N` outside quotes and comments as `$N` (SQLite's numbering: a
    // bare `?` is one more than the largest number so far); `count` gets the largest number.
    static std::string numbered(std::string_view sql, int* count);

private:
    void set(int index, QByteArray value);
    [[noreturn]] void fail(const pg_result* result) const;
    const char* value(int column) const;

    struct Clear {
        void operator()(pg_result* result) const;
    };

    PgDatabase& m_db;
    QByteArray m_name;
    int m_parameters = 0; // before m_sql, whose initialiser sets it
    QByteArray m_sql;
    bool m_planEachRun = false; // a search: PQexecParams rather than PQexecPrepared
    std::vector<QByteArray> m_values;
    std::vector<char> m_bound; // 1: m_values[i] is a value; 0: NULL
    std::unique_ptr<pg_result, Clear> m_result;
    int m_rows = 0;
    int m_row = -1;
};

} // namespace fd
