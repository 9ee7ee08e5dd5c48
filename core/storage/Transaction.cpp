#include "storage/Transaction.h"

#include "storage/Database.h"

#include <sqlite3.h>

namespace fd {

namespace {
int g_savepointCounter = 0;
}

Transaction::Transaction(Database& db) : m_db(db)
{
    if (sqlite3_get_autocommit(db.handle())) {
        db.execute("BEGIN IMMEDIATE");
    } else {
        m_savepoint = "fd_sp_" + QByteArray::number(++g_savepointCounter);
        db.execute(QByteArray("SAVEPOINT " + m_savepoint).constData());
    }
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    // Roll back only what is still open, so the first error stays the one reported;
    // an error here must not escape a destructor.
    if (m_savepoint.isEmpty()) {
        if (!sqlite3_get_autocommit(m_db.handle()))
            sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    } else if (!sqlite3_get_autocommit(m_db.handle())) {
        const QByteArray sql = QByteArray("ROLLBACK TO ") + m_savepoint + "; RELEASE " + m_savepoint;
        sqlite3_exec(m_db.handle(), sql.constData(), nullptr, nullptr, nullptr);
    }
}

void Transaction::commit()
{
    if (m_savepoint.isEmpty())
        m_db.execute("COMMIT");
    else
        m_db.execute(QByteArray("RELEASE " + m_savepoint).constData());
    m_open = false;
}

} // namespace fd
