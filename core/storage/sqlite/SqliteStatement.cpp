#include "storage/sqlite/SqliteStatement.h"

#include "storage/SqlError.h"

#include <sqlite3.h>

namespace fd {

SqliteStatement::SqliteStatement(sqlite3* db, std::string_view sql)
{
    const int rc = sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        throw SqlError(sqlite3_extended_errcode(db), QString::fromUtf8(sqlite3_errmsg(db)),
                       QByteArray(sql.data(), static_cast<qsizetype>(sql.size())));
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

void SqliteStatement::fail(int rc) const
{
    sqlite3* db = sqlite3_db_handle(m_stmt);
    const char* sql = sqlite3_sql(m_stmt);
    throw SqlError(db ? sqlite3_extended_errcode(db) : rc,
                   QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)),
                   QByteArray(sql ? sql : ""));
}

void SqliteStatement::bindNull(int index)
{
    if (const int rc = sqlite3_bind_null(m_stmt, index); rc != SQLITE_OK)
        fail(rc);
}

void SqliteStatement::bind(int index, qint64 value)
{
    if (const int rc = sqlite3_bind_int64(m_stmt, index, value); rc != SQLITE_OK)
        fail(rc);
}

void SqliteStatement::bind(int index, double value)
{
    if (const int rc = sqlite3_bind_double(m_stmt, index, value); rc != SQLITE_OK)
        fail(rc);
}

void SqliteStatement::bind(int index, QByteArray utf8)
{
    m_texts.push_back(std::move(utf8));
    const QByteArray& kept = m_texts.back();
    const int rc = sqlite3_bind_text(m_stmt, index, kept.constData(), static_cast<int>(kept.size()),
                                     SQLITE_STATIC);
    if (rc != SQLITE_OK)
        fail(rc);
}

void SqliteStatement::bind(int index, std::string_view utf8)
{
    const int rc = sqlite3_bind_text(m_stmt, index, utf8.data(), static_cast<int>(utf8.size()),
                                     SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        fail(rc);
}

void SqliteStatement::bindStatic(int index, std::string_view utf8)
{
    const int rc =
        sqlite3_bind_text(m_stmt, index, utf8.data(), static_cast<int>(utf8.size()), SQLITE_STATIC);
    if (rc != SQLITE_OK)
        fail(rc);
}

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    // Keep the first error's text: reset would not change it, but a later call might.
    sqlite3* db = sqlite3_db_handle(m_stmt);
    SqlError error(sqlite3_extended_errcode(db), QString::fromUtf8(sqlite3_errmsg(db)),
                   QByteArray(sqlite3_sql(m_stmt)));
    sqlite3_reset(m_stmt);
    throw error;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_texts.clear();
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString SqliteStatement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

std::string_view SqliteStatement::utf8(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return {data, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column))};
}

int SqliteStatement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

} // namespace fd
