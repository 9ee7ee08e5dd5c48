#include "storage/Database.h"

#include "common/Location.h"
#include "common/Quoted.h"
#include "storage/postgres/PgDatabase.h"
#include "storage/sqlite/SqliteDatabase.h"

namespace fd {

Database::Database(QString path, bool readOnly) : m_path(std::move(path)), m_readOnly(readOnly)
{
}

Database::~Database() = default;

Result<std::unique_ptr<Database>> Database::open(const Location& where, const Options& options)
{
    if (where.isFile())
        return open(where.path(), options);
    return PgDatabase::open(where, options);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const Options& options)
{
    return SqliteDatabase::open(path, options);
}

Location Database::location() const
{
    return Location::file(m_path);
}

QString Database::display() const
{
    return location().display();
}

Database::Query Database::query(std::string_view sql)
{
    auto it = m_statements.find(std::string(sql));
    if (it == m_statements.end())
        it = m_statements.emplace(std::string(sql), prepare(sql)).first;
    return Query(it->second);
}

qint64 Database::scalar(std::string_view sql)
{
    auto q = query(sql);
    return q->step() ? q->int64(0) : 0;
}

Error Database::movedSentence() const
{
    return movedSentence(m_path);
}

Error Database::movedSentence(const QString& path)
{
    return {
        tr("%1 was deleted or moved while FunnelDesk had it open; nothing more can be saved to it.")
            .arg(quotedPath(path)),
        Error::Kind::Gone};
}

Result<void> Database::reconnect()
{
    Result<std::shared_ptr<Reconnection>> made = reconnector()();
    if (!made)
        return failure(made.error());
    return adopt(*made);
}

} // namespace fd
