#include "storage/postgres/PgCopy.h"

#include "common/Quoted.h"

#include <QRegularExpression>

#include <libpq-fe.h>

#include <charconv>

namespace fd::pg {

namespace {

// libpq takes the data in pieces of this size or more: big enough that the per-call cost
// vanishes, small enough to stay in the CPU's caches.
constexpr qsizetype kFlushBytes = qsizetype(256) * 1024;

QString withoutFullStop(QString text)
{
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

} // namespace

Copy::Copy(Connection& conn, QByteArray table) : m_conn(&conn), m_table(std::move(table))
{
    m_buffer.reserve(kFlushBytes + 4096);
}

Copy::Copy(Copy&& other) noexcept
    : m_conn(other.m_conn), m_table(std::move(other.m_table)), m_kinds(std::move(other.m_kinds)),
      m_columns(std::move(other.m_columns)), m_refused(std::move(other.m_refused)),
      m_field(other.m_field), m_buffer(std::move(other.m_buffer)), m_rows(other.m_rows),
      m_rowStarted(other.m_rowStarted), m_open(other.m_open), m_failed(other.m_failed)
{
    other.m_open = false;
}

Outcome<Copy> Copy::start(Connection& conn, std::string_view table,
                          std::span<const std::string_view> columns)
{
    QByteArray sql = "COPY " + QByteArray(table.data(), qsizetype(table.size())) + " (";
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (i > 0)
            sql += ", ";
        sql += QByteArray(columns[i].data(), qsizetype(columns[i].size()));
    }
    sql += ") FROM STDIN";
    std::vector<binary::Kind> kinds = kindsOf(conn, table, columns);
    QList<QByteArray> options;
    if (!kinds.empty())
        options << "FORMAT binary";
    // Rows of a table emptied in this transaction are written frozen and marked all-visible as
    // they land: visible to everyone once committed, with nothing left for the VACUUM after a
    // bulk load to do on them (https://www.postgresql.org/docs/15/sql-copy.html, FREEZE).
    if (conn.freezable(table))
        options << "FREEZE";
    if (!options.isEmpty())
        sql += " WITH (" + options.join(", ") + ")";
    Copy copy(conn, QByteArray(table.data(), qsizetype(table.size())));
    PGresult* result = conn.run(sql.constData());
    if (result && PQresultStatus(result) == PGRES_COPY_IN) {
        PQclear(result);
        if (!kinds.empty()) {
            copy.m_kinds = std::move(kinds);
            for (std::string_view column : columns)
                copy.m_columns << QString::fromUtf8(column.data(), qsizetype(column.size()));
            binary::header(copy.m_buffer);
        }
        return copy;
    }
    copy.m_open = false;
    Error error = copy.failure(result);
    PQclear(result);
    // A multi-statement text or an odd state could leave results behind: take them all.
    while (PGresult* more = conn.nextResult())
        PQclear(more);
    return tl::unexpected<Error>(std::move(error));
}

Copy::~Copy()
{
    if (!m_open)
        return;
    if (m_conn->putCopyEnd("FunnelDesk abandoned the copy")) {
        while (PGresult* result = m_conn->nextResult())
            PQclear(result);
    }
}

std::vector<binary::Kind> Copy::kindsOf(Connection& conn, std::string_view table,
                                        std::span<const std::string_view> columns)
{
    QByteArray names = "{";
    for (std::string_view column : columns)
        names +=
            (names.size() > 1 ? "," : "") + QByteArray(column.data(), qsizetype(column.size()));
    names += "}";
    // Each column's type in the order given; NULL for a name the table lacks (then text format,
    // and the COPY's own error names it).
    const Outcome<Rows> types = conn.exec(
        "SELECT a.atttypid::bigint FROM unnest($2::text[]) WITH ORDINALITY AS c(name, n) "
        "LEFT JOIN pg_attribute a ON a.attrelid = to_regclass($1) AND a.attname = c.name "
        "AND a.attnum > 0 AND NOT a.attisdropped ORDER BY c.n",
        {QString::fromUtf8(table.data(), qsizetype(table.size())), QString::fromUtf8(names)});
    std::vector<binary::Kind> kinds;
    if (!types || types->count() != int(columns.size()))
        return {};
    for (int row = 0; row < types->count(); ++row) {
        const std::optional<binary::Kind> kind =
            types->isNull(row, 0) ? std::nullopt : binary::kindOf(types->int64(row, 0));
        if (!kind)
            return {};
        kinds.push_back(*kind);
    }
    return kinds;
}

bool Copy::nextField()
{
    if (!m_refused.isEmpty())
        return false;
    if (m_field == 0)
        binary::fieldCount(m_buffer, int(m_kinds.size()));
    return true;
}

binary::Kind Copy::kindAt(std::size_t field) const
{
    return field < m_kinds.size() ? m_kinds[field] : binary::Kind::Text;
}

void Copy::refuse(std::string_view utf8, binary::Kind kind)
{
    m_refused =
        tr("Row %1 of the rows copied into “%2” holds “%3” in its column %4, which is no "
           "%5.")
            .arg(m_rows + 1)
            .arg(QString::fromUtf8(m_table),
                 QString::fromUtf8(utf8.data(), qsizetype(utf8.size())).left(80),
                 m_columns.value(qsizetype(m_field)), QString::fromLatin1(binary::nameOf(kind)));
    m_failed = true;
}

void Copy::binaryField(std::string_view utf8)
{
    if (!nextField())
        return;
    if (!binary::text(m_buffer, kindAt(m_field), utf8))
        refuse(utf8, kindAt(m_field));
    ++m_field;
}

void Copy::field()
{
    if (m_rowStarted)
        m_buffer += '\t';
    m_rowStarted = true;
}

void Copy::null()
{
    if (binary()) {
        if (nextField()) {
            binary::null(m_buffer);
            ++m_field;
        }
        return;
    }
    field();
    m_buffer += "\\N";
}

void Copy::text(std::string_view utf8)
{
    if (binary()) {
        binaryField(utf8);
        return;
    }
    field();
    const char* run = utf8.data();
    const char* end = run + utf8.size();
    for (const char* p = run; p != end; ++p) {
        const char c = *p;
        if (c != '\\' && c != '\t' && c != '\n' && c != '\r')
            continue;
        m_buffer.append(run, p - run);
        m_buffer += '\\';
        m_buffer += c == '\\' ? '\\' : c == '\t' ? 't' : c == '\n' ? 'n' : 'r';
        run = p + 1;
    }
    m_buffer.append(run, end - run);
}

void Copy::number(qint64 value)
{
    char digits[24];
    if (binary()) {
        if (!nextField())
            return;
        if (!binary::number(m_buffer, kindAt(m_field), value)) {
            const auto written = std::to_chars(digits, digits + sizeof digits, value);
            refuse(std::string_view(digits, std::size_t(written.ptr - digits)), kindAt(m_field));
        }
        ++m_field;
        return;
    }
    field();
    const auto written = std::to_chars(digits, digits + sizeof digits, value);
    m_buffer.append(digits, written.ptr - digits);
}

void Copy::real(double value)
{
    char digits[32];
    const auto written = std::to_chars(digits, digits + sizeof digits, value);
    if (binary()) {
        binaryField(std::string_view(digits, std::size_t(written.ptr - digits)));
        return;
    }
    field();
    m_buffer.append(digits, written.ptr - digits);
}

void Copy::endRow()
{
    if (binary())
        m_field = 0;
    else
        m_buffer += '\n';
    m_rowStarted = false;
    ++m_rows;
    if (m_buffer.size() >= kFlushBytes)
        flush(kFlushBytes);
}

bool Copy::flush(qsizetype threshold)
{
    if (m_failed || m_buffer.size() < threshold || m_buffer.isEmpty())
        return !m_failed;
    if (!m_conn->putCopyData(m_buffer.constData(), static_cast<int>(m_buffer.size())))
        m_failed = true;
    m_buffer.clear(); // keeps its capacity
    return !m_failed;
}

Outcome<qint64> Copy::finish()
{
    m_open = false;
    if (binary() && !m_failed)
        binary::trailer(m_buffer);
    flush(1);
    // After a failed write the server may still be waiting for data: ending the copy with an
    // error message makes it give up, and its answer (or the lost connection) is the error.
    const bool ended =
        m_conn->putCopyEnd(m_failed ? "FunnelDesk could not send the data" : nullptr);
    Outcome<qint64> outcome = m_rows;
    bool first = true;
    while (PGresult* result = m_conn->nextResult()) {
        if (first && PQresultStatus(result) != PGRES_COMMAND_OK)
            outcome = tl::unexpected<Error>(failure(result));
        else if (first)
            outcome = QByteArray(PQcmdTuples(result)).toLongLong();
        first = false;
        PQclear(result);
    }
    if (first && outcome) // no result at all: libpq lost the connection
        outcome = tl::unexpected<Error>(failure(nullptr));
    if (!ended && outcome)
        outcome = tl::unexpected<Error>(failure(nullptr));
    if (!m_refused.isEmpty() && !m_conn->isLost()) {
        Error refused;
        refused.sqlState = "22P02"; // invalid_text_representation, as the text format would say
        refused.sentence = m_refused;
        refused.said = m_refused;
        outcome = tl::unexpected<Error>(std::move(refused));
    }
    return outcome;
}

Error Copy::failure(pg_result* result) const
{
    PGconn* conn = m_conn->native();
    Error error;
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const char* primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    const char* context = result ? PQresultErrorField(result, PG_DIAG_CONTEXT) : nullptr;
    error.sqlState = state ? QByteArray(state) : QByteArray();
    const QString message = withoutFullStop(
        primary
            ? QString::fromUtf8(primary)
            : QString::fromUtf8(PQerrorMessage(conn)).section(QLatin1Char('\n'), 0, 0).trimmed());
    const QString table = quoted(QString::fromUtf8(m_table));
    error.connectionLost = PQstatus(conn) == CONNECTION_BAD || error.sqlState.startsWith("08") ||
                           error.sqlState == "57P01" || error.sqlState == "57P02";
    if (m_conn->stalled())
        return m_conn->failureOf(result); // the server stopped answering: the stall's sentence
    if (error.connectionLost) {
        error.sentence = tr("The connection to the PostgreSQL server %1 was lost while copying "
                            "rows into %2 (%3); "
                            "nothing was written.")
                             .arg(m_conn->display(), table, message);
        return error;
    }
    // The server's CONTEXT names the line: "COPY ticket, line 17, column id: …".
    static const QRegularExpression line(QStringLiteral(R"(COPY [^,]+, line (\d+))"));
    const QRegularExpressionMatch match = line.match(QString::fromUtf8(context));
    if (match.hasMatch()) {
        error.sentence = tr("The PostgreSQL server %1 refused row %2 of the rows copied into %3: "
                            "%4 (SQLSTATE %5).")
                             .arg(m_conn->display(), match.captured(1), table, message,
                                  QString::fromLatin1(error.sqlState));
    } else {
        error.sentence =
            tr("The PostgreSQL server %1 refused the rows copied into %2: %3 (SQLSTATE %4).")
                .arg(m_conn->display(), table, message, QString::fromLatin1(error.sqlState));
    }
    return error;
}

} // namespace fd::pg
