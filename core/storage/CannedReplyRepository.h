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
    Status update(const CannedReply& reply);
    Status remove(qint64 id);
    Result<std::vector<CannedReply>> all();

    // The text a rep inserts: the placeholders {customer.name}, {agent.name} and
    // {ticket.id} filled in; other braces are left as written.
    static QString fill(const QString& body, const QString& customerName,
                        const QString& agentName, qint64 ticketId);

    // Bulk path for writers that hold their own transaction; throws SqlError.
    qint64 insert(const CannedReply& reply);

private:
    Database& m_db;
};

} // namespace fd
