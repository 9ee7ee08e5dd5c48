#include "storage/Transaction.h"

#include "storage/Database.h"

namespace fd {

namespace {
int g_savepointCounter = 0;
}

Transaction::Transaction(Database& db) : m_db(db)
{
    if (!db.inTransaction()) {
        db.beginTransaction();
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
    if (!m_db.inTransaction())
        return;
    if (m_savepoint.isEmpty()) {
        m_db.executeQuietly("ROLLBACK");
    } else {
        const QByteArray sql =
            QByteArray("ROLLBACK TO ") + m_savepoint + "; RELEASE " + m_savepoint;
        m_db.executeQuietly(sql.constData());
    }
}

void Transaction::commit()
{
    if (m_savepoint.isEmpty())
        m_db.commitTransaction();
    else
        m_db.execute(QByteArray("RELEASE " + m_savepoint).constData());
    m_open = false;
}

} // namespace fd
