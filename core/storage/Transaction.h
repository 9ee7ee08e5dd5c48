#pragma once

#include <QByteArray>

namespace fd {

class Database;

// A scoped write transaction on any backend: Database::beginTransaction() on construction
// (SQLite: BEGIN IMMEDIATE, so the busy handler applies before anything is read), ROLLBACK in
// the destructor unless commit() ran. Inside an open transaction it nests as a SAVEPOINT.
// Throws SqlError; SQLite refuses to begin or commit when the file is no longer at its path
// (Database::hasMoved(), Database::movedSentence()).
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
