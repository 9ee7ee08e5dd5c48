#pragma once

#include "common/Result.h"
#include "domain/Ticket.h"
#include "domain/Touchpoint.h"

#include <QCoreApplication>

#include <optional>
#include <span>
#include <vector>

namespace fd {

class Database;

class TicketRepository {
    Q_DECLARE_TR_FUNCTIONS(fd::TicketRepository)

public:
    explicit TicketRepository(Database& db) : m_db(db) {}

    // Adds the ticket and the inbound touchpoint of its channel linked to it, in one
    // transaction: tickets are part of the customer's touchpoint history.
    Result<qint64> add(const Ticket& ticket);
    Result<std::optional<Ticket>> find(qint64 id);

    // Checks a ticket's own fields; empty when it is valid.
    static QString validate(const Ticket& ticket);

    // Bulk path for writers that hold their own transaction; throws SqlError. A positive
    // id is kept (bulk writers plan ids ahead), otherwise SQLite picks the next one.
    // Writes the ticket and its linked touchpoint.
    qint64 insert(const Ticket& ticket);
    // Many tickets, then their touchpoints, several rows per statement (when every
    // ticket carries its planned id).
    void insert(std::span<const Ticket> tickets);

    // The inbound touchpoint of its channel that a ticket records when it is created.
    static Touchpoint arrival(const Ticket& ticket, qint64 ticketId);

private:
    Database& m_db;
};

} // namespace fd
