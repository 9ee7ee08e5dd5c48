// The application layer for the audit log (issue 17, "Audit log, on both backends"): the CLI's
// `audit` and the detail panes' History tabs read it only through here. What the log holds and
// how it is written: storage/AuditSchema.h.
#pragma once

#include "common/Result.h"
#include "domain/AuditEntry.h"
#include "service/AuditText.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace fd {

class Database;

namespace service {

class Audit {
    Q_DECLARE_TR_FUNCTIONS(fd::service::Audit)

public:
    // `db` must outlive this object.
    explicit Audit(Database& db) : m_db(db) {}

    // What to list: one customer's or one ticket's entries (not both), between two local days.
    struct Query {
        std::optional<qint64> customerId; // the customer's row and everything that belongs to it
        std::optional<qint64> ticketId;   // the ticket's row, its replies and its touchpoints
        QDate from;                       // local day, inclusive; invalid: from the start
        QDate to;                         // local day, inclusive; invalid: up to now
        bool newestFirst = false;         // the History tab's order; oldest first otherwise
        qint64 limit = -1;                // at most this many; -1: all
    };
    // The entries, each with its agent's name now. Errors: both a customer and a ticket
    // ("Name a customer or a ticket, not both."); `to` before `from`; the database's sentence.
    Result<std::vector<AuditEntry>> list(const Query& query);

    // Every agent's name by id, active or not, for AuditText (the entries' values). Errors: the
    // database's sentence.
    Result<AgentNames> agentNames();

private:
    Database& m_db;
};

} // namespace service
} // namespace fd
