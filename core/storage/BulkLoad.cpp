#include "storage/BulkLoad.h"

#include "storage/Database.h"

namespace fd {

BulkLoad::BulkLoad(Database& db) : m_db(db)
{
    QList<QByteArray> names;
    {
        auto q = db.query("SELECT type, name, sql FROM sqlite_schema WHERE type IN ('index', "
                          "'trigger') AND sql IS NOT NULL ORDER BY type, name");
        while (q->step()) {
            const auto type = q->utf8(0);
            names << QByteArray("DROP ") + QByteArray(type.data(), qsizetype(type.size())) + ' ' +
                         q->text(1).toUtf8();
            (type == "index" ? m_indexes : m_triggers) << q->text(2).toUtf8();
        }
    }
    for (const QByteArray& drop : names)
        db.execute(drop.constData());
}

void BulkLoad::finish()
{
    for (const QByteArray& sql : m_indexes)
        m_db.execute(sql.constData());
    m_db.execute("INSERT INTO ticket_fts (ticket_fts) VALUES ('rebuild')");
    for (const QByteArray& sql : m_triggers)
        m_db.execute(sql.constData());
}

} // namespace fd
