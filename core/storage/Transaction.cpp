#include "storage/Transaction.h"

#include "storage/Database.h"
#include "storage/SqlError.h"

#include <sqlite3.h>

namespace fd {

namespace {
int g_savepointCounter = 0;
}

Transaction::Transaction(Database& db) : m_db(db)
{
    if (sqlite3_get_autocommit(db.handle())) {
        // Nothing is begun on a file that is no longer at its path (the commit hook would
        // refuse it at the end; a long job is told before it starts).
        if (db.hasMoved())
            throw SqlError(SQLITE_READONLY_DBMOVED, db.movedSentence());
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
    // A transaction that wrote nothing meets no commit hook: refused here all the same (one
    // stat), so a command never "succeeds" into a file that is gone.
    if (m_savepoint.isEmpty() && m_db.hasMoved())
        throw SqlError(SQLITE_READONLY_DBMOVED, m_db.movedSentence());
    if (m_savepoint.isEmpty())
        m_db.execute("COMMIT");
    else
        m_db.execute(QByteArray("RELEASE " + m_savepoint).constData());
    m_open = false;
}

} // namespace fd
