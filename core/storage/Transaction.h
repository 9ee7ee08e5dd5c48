#pragma once

#include <QByteArray>

namespace fd {

class Database;

// A scoped write transaction: BEGIN IMMEDIATE on construction (so the busy handler
// applies before anything is read), ROLLBACK in the destructor unless commit() ran.
// Inside an open transaction it nests as a SAVEPOINT. Throws SqlError
// (SQLITE_READONLY_DBMOVED, Database::movedSentence()) instead of beginning when the file
// is no longer at its path (Database::hasMoved()).
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    Database& m_db;
    QByteArray m_savepoint; // empty for the outermost transaction
    bool m_open = true;
};

} // namespace fd
