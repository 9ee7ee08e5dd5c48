#include "storage/postgres/PgStatement.h"

#include "storage/postgres/PgDatabase.h"
#include "storage/SqlError.h"

#include <libpq-fe.h>

#include <charconv>
#include <cmath>
#include <cstring>

namespace fd {

void PgStatement::Clear::operator()(pg_result* result) const
{
    PQclear(result);
}

std::string PgStatement::numbered(std::string_view sql, int* count)
{
    std::string out;
    out.reserve(sql.size() + 16);
    int largest = 0;
    std::size_t i = 0;
    auto copyUntil = [&](std::size_t end) {
        out.append(sql.substr(i, end - i));
        i = end;
    };
    while (i < sql.size()) {
        const char c = sql[i];
        if (c == '\'' || c == '"') { // a literal or a quoted name: a doubled quote stays inside
            std::size_t end = i + 1;
            while (end < sql.size()) {
                if (sql[end] == c) {
                    if (end + 1 < sql.size() && sql[end + 1] == c) {
                        end += 2;
                        continue;
                    }
                    break;
                }
                ++end;
            }
            copyUntil(std::min(end + 1, sql.size()));
        } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
            const std::size_t end = sql.find('\n', i);
            copyUntil(end == std::string_view::npos ? sql.size() : end);
        } else if (c == '/' && i + 1 < sql.size() && sql[i + 1] == '*') {
            const std::size_t end = sql.find("*/", i + 2);
            copyUntil(end == std::string_view::npos ? sql.size() : end + 2);
        } else if (c == '?') {
            std::size_t end = i + 1;
            int n = 0;
            while (end < sql.size() && sql[end] >= '0' && sql[end] <= '9')
                n = n * 10 + (sql[end++] - '0');
            if (end == i + 1)
                n = largest + 1;
            largest = std::max(largest, n);
            out += '$';
            out += std::to_string(n);
            i = end;
        } else {
            out += c;
            ++i;
        }
    }
    if (count)
        *count = largest;
    return out;
}

PgStatement::PgStatement(PgDatabase& db, std::string_view sql)
    : m_db(db), m_name(db.nextStatementName()),
      m_sql(QByteArray::fromStdString(numbered(sql, &m_parameters))),
      m_planEachRun(m_sql.contains("fd_search_query(")),
      m_values(static_cast<std::size_t>(m_parameters)),
      m_bound(static_cast<std::size_t>(m_parameters), 0)
{
    PGresult* prepared = m_db.connection().prepare(m_name.constData(), m_sql.constData());
    if (!prepared || PQresultStatus(prepared) != PGRES_COMMAND_OK) {
        std::unique_ptr<pg_result, Clear> failed(prepared);
        fail(failed.get());
    }
    PQclear(prepared);
}

// The server keeps the prepared statement until the session ends: statements live as long as
// their connection (Database's cache), so there is nothing to deallocate early.
PgStatement::~PgStatement() = default;

void PgStatement::fail(const pg_result* result) const
{
    m_db.fail(result, m_sql);
}

void PgStatement::set(int index, QByteArray value)
{
    if (index < 1 || index > m_parameters) {
        throw SqlError(0,
                       QStringLiteral("Parameter %1 is out of range: the statement has %2.")
                           .arg(index)
                           .arg(m_parameters),
                       m_sql);
    }
    const auto at = static_cast<std::size_t>(index - 1);
    m_bound[at] = value.isNull() ? 0 : 1;
    m_values[at] = std::move(value);
}

void PgStatement::bindNull(int index)
{
    set(index, QByteArray());
}

void PgStatement::bind(int index, qint64 value)
{
    set(index, QByteArray::number(value));
}

void PgStatement::bind(int index, double value)
{
    set(index, QByteArray::number(value, 'g', 17));
}

void PgStatement::bind(int index, QByteArray utf8)
{
    if (utf8.isNull())
        utf8 = QByteArray("", 0);
    set(index, std::move(utf8));
}

void PgStatement::bind(int index, std::string_view utf8)
{
    set(index, QByteArray(utf8.data(), static_cast<qsizetype>(utf8.size())));
}

void PgStatement::bindStatic(int index, std::string_view utf8)
{
    bind(index, utf8);
}

bool PgStatement::step()
{
    if (!m_result) {
        std::vector<const char*> values(m_values.size());
        for (std::size_t i = 0; i < m_values.size(); ++i)
            values[i] =
                m_bound[i] ? (m_values[i].isNull() ? "" : m_values[i].constData()) : nullptr;
        pg::Connection& conn = m_db.connection();
        PGresult* ran = m_planEachRun
                            ? conn.runParams(m_sql.constData(), m_parameters, values.data())
                            : conn.runPrepared(m_name.constData(), m_parameters, values.data());
        const ExecStatusType status = ran ? PQresultStatus(ran) : PGRES_FATAL_ERROR;
        m_result.reset(ran);
        if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
            std::unique_ptr<pg_result, Clear> failed(m_result.release());
            fail(failed.get());
        }
        m_db.noteChanges(ran);
        m_rows = PQntuples(ran);
        m_row = -1;
    }
    if (m_row < m_rows)
        ++m_row;
    return m_row < m_rows;
}

void PgStatement::reset()
{
    m_result.reset();
    m_rows = 0;
    m_row = -1;
    std::fill(m_bound.begin(), m_bound.end(), 0);
    for (QByteArray& value : m_values)
        value.clear();
}

const char* PgStatement::value(int column) const
{
    if (!m_result || m_row < 0 || m_row >= m_rows || PQgetisnull(m_result.get(), m_row, column))
        return nullptr;
    return PQgetvalue(m_result.get(), m_row, column);
}

bool PgStatement::isNull(int column) const
{
    return value(column) == nullptr;
}

qint64 PgStatement::int64(int column) const
{
    const char* text = value(column);
    if (!text)
        return 0;
    if (text[0] == 't' && text[1] == '\0')
        return 1;
    if (text[0] == 'f' && text[1] == '\0')
        return 0;
    const char* end = text + std::strlen(text);
    qint64 whole = 0;
    const auto [stop, error] = std::from_chars(text, end, whole);
    if (error == std::errc() && stop == end)
        return whole;
    double number = 0;
    std::from_chars(text, end, number); // C locale whatever the process's LC_NUMERIC
    return static_cast<qint64>(std::trunc(number));
}

double PgStatement::real(int column) const
{
    const char* text = value(column);
    double number = 0;
    if (text)
        std::from_chars(text, text + std::strlen(text), number);
    return number;
}

QString PgStatement::text(int column) const
{
    const char* text = value(column);
    if (!text)
        return {};
    return QString::fromUtf8(text, PQgetlength(m_result.get(), m_row, column));
}

std::string_view PgStatement::utf8(int column) const
{
    const char* text = value(column);
    if (!text)
        return {};
    return {text, static_cast<std::size_t>(PQgetlength(m_result.get(), m_row, column))};
}

int PgStatement::columnCount() const
{
    if (m_result)
        return PQnfields(m_result.get());
    PGresult* described = PQdescribePrepared(m_db.connection().native(), m_name.constData());
    const int count = described ? PQnfields(described) : 0;
    PQclear(described);
    return count;
}

} // namespace fd
