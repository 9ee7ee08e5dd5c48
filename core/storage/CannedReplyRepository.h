#pragma once

#include "common/Result.h"
#include "domain/CannedReply.h"

#include <QCoreApplication>

#include <vector>

namespace fd {

class Database;

class CannedReplyRepository {
    Q_DECLARE_TR_FUNCTIONS(fd::CannedReplyRepository)

public:
    explicit CannedReplyRepository(Database& db) : m_db(db) {}

    Result<qint64> add(const CannedReply& reply);
    Result<std::vector<CannedReply>> all();

    // Bulk path for writers that hold their own transaction; throws SqlError.
    qint64 insert(const CannedReply& reply);

private:
    Database& m_db;
};

} // namespace fd
