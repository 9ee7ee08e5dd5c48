#pragma once

#include "common/Result.h"
#include "domain/Ticket.h"

#include <QCoreApplication>

#include <span>
#include <vector>

namespace fd {

class Database;

class TicketCommentRepository {
    Q_DECLARE_TR_FUNCTIONS(fd::TicketCommentRepository)

public:
    explicit TicketCommentRepository(Database& db) : m_db(db) {}

    // Errors: an empty body or one Validation::textProblem refuses (an ESC, a bidi
    // override), no time, an unknown ticket, the database's.
    Result<qint64> add(const TicketComment& comment);
    // A ticket's thread, oldest first.
    Result<std::vector<TicketComment>> forTicket(qint64 ticketId);

    // Bulk path for writers that hold their own transaction; throws SqlError.
    qint64 insert(const TicketComment& comment);
    void insert(std::span<const TicketComment> comments);

private:
    Database& m_db;
};

} // namespace fd
