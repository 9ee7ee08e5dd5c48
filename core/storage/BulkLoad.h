#pragma once

#include <QByteArray>
#include <QList>

namespace fd {

class Database;

// For writing millions of rows into an empty database inside one transaction: drops the
// secondary indexes and triggers on creation and recreates them, from their own stored
// SQL, in finish(), then rebuilds the ticket search index in one pass. Building an index
// once is several times cheaper than updating it row by row. Everything happens inside
// the caller's transaction, so a rollback restores the schema as it was.
class BulkLoad {
public:
    explicit BulkLoad(Database& db);
    void finish();

private:
    Database& m_db;
    QList<QByteArray> m_indexes;
    QList<QByteArray> m_triggers;
};

} // namespace fd
