// COPY … FROM STDIN through libpq (issue 16: "COPY for bulk writes: generate, import, migrate";
// plan §2 #9, R6): rows written in PostgreSQL's binary format (or its text format for a table
// with a column of a type PgCopyBinary.h does not write), several thousand per network write,
// instead of one INSERT each. Nothing outside core/storage/postgres includes this; the
// backend-neutral way in is storage/RowSink.h (and insertRows, storage/MultiRowInsert.h).
#pragma once

#include "storage/postgres/PgConnection.h"
#include "storage/postgres/PgCopyBinary.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <span>
#include <string_view>
#include <vector>

namespace fd::pg {

// One `COPY table (columns) FROM STDIN` on a connection, in binary format when every column's
// type is one PgCopyBinary.h writes (start() asks the server's catalog), else in text format (the
// defaults: tab between fields, newline after each row, \N for NULL). While it is open the
// connection runs nothing else. Fields are given in the columns' order, then endRow(); finish()
// sends the end of the data and gives the server's verdict, which covers every row: a COPY is all
// or nothing (as part of the caller's transaction, if one is open). Escaping (PostgreSQL docs,
// COPY, "Text Format"): backslash, tab, newline and carriage return in a text are sent as \\, \t,
// \n and \r, everything else as its UTF-8 bytes. A NUL byte is refused by the server ("invalid byte
// sequence"), as PostgreSQL text cannot hold it, in either format. In binary format a field is read
// as its column's type wants it (binary::text); a value that is none (a word for a bigint) ends the
// copy, and finish() names its row and column.
class Copy {
    Q_DECLARE_TR_FUNCTIONS(fd::pg::Copy)

public:
    // Starts the COPY. `table` and `columns` are SQL identifiers written by FunnelDesk's code
    // (never user input), used as given; FREEZE where the connection says the table is
    // freezable (Connection::setFreezable). Error: the server's sentence (e.g. no such table).
    static Outcome<Copy> start(Connection& conn, std::string_view table,
                               std::span<const std::string_view> columns);

    Copy(Copy&& other) noexcept;
    Copy& operator=(Copy&&) = delete;
    Copy(const Copy&) = delete;
    Copy& operator=(const Copy&) = delete;
    // Without finish(): the COPY is abandoned (PQputCopyEnd with an error message), so the
    // server writes none of its rows and the connection is ready for the next statement (an
    // open transaction is then failed, as after any error: roll it back).
    ~Copy();

    void null();
    void text(std::string_view utf8); // escaped as above
    void number(qint64 value);
    void real(double value); // shortest text that reads back the same double
    void endRow();
    bool binary() const { return !m_kinds.empty(); }

    qint64 rows() const { return m_rows; }
    // A value was refused or libpq could not take the data: nothing more is sent, and finish()
    // says why. (A row the server refuses is told only by finish().)
    bool failed() const { return m_failed; }

    // Sends what is buffered and the end of the data, and waits for the server. The rows
    // written, or one sentence: "… refused row N of the rows copied into “table”: <server's
    // words> (SQLSTATE …)." (N from the server's CONTEXT, when it names a line), or the lost
    // connection's sentence. Call once; the Copy is finished either way.
    Outcome<qint64> finish();

private:
    Copy(Connection& conn, QByteArray table);
    void field();
    // Binary format: the column of each field, from the catalog; empty for text format.
    static std::vector<binary::Kind> kindsOf(Connection& conn, std::string_view table,
                                             std::span<const std::string_view> columns);
    // Binary format: writes the row's field count before its first field; false once a value
    // was refused (nothing more is written).
    bool nextField();
    binary::Kind kindAt(std::size_t field) const;
    void binaryField(std::string_view utf8);
    void refuse(std::string_view utf8, binary::Kind kind);
    // Hands the buffer to libpq when it holds at least `threshold` bytes; false (and m_failed
    // set) when libpq could not take it.
    bool flush(qsizetype threshold);
    Error failure(pg_result* result) const;

    Connection* m_conn;
    QByteArray m_table;
    std::vector<binary::Kind> m_kinds;
    QStringList m_columns; // binary format: for the sentence about a value that is none
    QString m_refused;     // binary format: that sentence, once a value was none
    std::size_t m_field = 0;
    QByteArray m_buffer;
    qint64 m_rows = 0;
    bool m_rowStarted = false;
    bool m_open = true;
    bool m_failed = false; // a write to libpq failed: finish() reports it
};

} // namespace fd::pg
