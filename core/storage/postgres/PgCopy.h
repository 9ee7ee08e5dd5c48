// COPY … FROM STDIN through libpq (issue 16: "COPY for bulk writes: generate, import, migrate";
// plan §2 #9, R6): rows written as PostgreSQL's text format, several thousand per network
// write, instead of one INSERT each. Nothing outside core/storage/postgres includes this; the
// backend-neutral way in is storage/RowSink.h (and insertRows, storage/MultiRowInsert.h).
#pragma once

#include "storage/postgres/PgConnection.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <span>
#include <string_view>

namespace fd::pg {

// One `COPY table (columns) FROM STDIN` on a connection (text format, the defaults: tab between
// fields, newline after each row, \N for NULL). While it is open the connection runs nothing
// else. Fields are given in the columns' order, then endRow(); finish() sends the end of the
// data and gives the server's verdict, which covers every row: a COPY is all or nothing (as
// part of the caller's transaction, if one is open).
// Escaping (PostgreSQL docs, COPY, "Text Format"): backslash, tab, newline and carriage return
// in a text are sent as \\, \t, \n and \r, everything else as its UTF-8 bytes. A NUL byte is
// refused by the server ("invalid byte sequence"), as PostgreSQL text cannot hold it.
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

    qint64 rows() const { return m_rows; }

    // Sends what is buffered and the end of the data, and waits for the server. The rows
    // written, or one sentence: "… refused row N of the rows copied into “table”: <server's
    // words> (SQLSTATE …)." (N from the server's CONTEXT, when it names a line), or the lost
    // connection's sentence. Call once; the Copy is finished either way.
    Outcome<qint64> finish();

private:
    Copy(Connection& conn, QByteArray table);
    void field();
    // Hands the buffer to libpq when it holds at least `threshold` bytes; false (and m_failed
    // set) when libpq could not take it.
    bool flush(qsizetype threshold);
    Error failure(pg_result* result) const;

    Connection* m_conn;
    QByteArray m_table;
    QByteArray m_buffer;
    qint64 m_rows = 0;
    bool m_rowStarted = false;
    bool m_open = true;
    bool m_failed = false; // a write to libpq failed: finish() reports it
};

} // namespace fd::pg
