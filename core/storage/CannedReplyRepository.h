#pragma once

#include "common/Result.h"
#include "domain/CannedReply.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

#include <vector>

namespace fd {

class Database;

class CannedReplyRepository {
    Q_DECLARE_TR_FUNCTIONS(fd::CannedReplyRepository)

public:
    explicit CannedReplyRepository(Database& db) : m_db(db) {}

    // Errors: an empty title or text, a title or text that Validation::textProblem refuses
    // (an ESC, a bidi override), the database's.
    Result<qint64> add(const CannedReply& reply);
    // The title and body of reply.id. The save edits reply.version.number: when the row has
    // another (someone saved it since), nothing is written and the error is
    // Error::Kind::Conflict. It stamps the row as edited at `at` (UTC) by
    // Database::actingAgent(). Errors besides: add's, a reply that no longer exists, the
    // database's.
    Status update(const CannedReply& reply, const QDateTime& at = QDateTime::currentDateTimeUtc());
    // Empty when no canned reply has the id.
    Result<std::optional<CannedReply>> find(qint64 id);
    Status remove(qint64 id);
    Result<std::vector<CannedReply>> all();

    // The text a rep inserts: the placeholders {customer.name}, {agent.name} and
    // {ticket.id} filled in; other braces are left as written.
    static QString fill(const QString& body, const QString& customerName, const QString& agentName,
                        qint64 ticketId);

    // Bulk path for writers that hold their own transaction; throws SqlError.
    qint64 insert(const CannedReply& reply);

private:
    Database& m_db;
};

} // namespace fd
