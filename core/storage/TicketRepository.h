#pragma once

#include "common/Result.h"
#include "domain/Sla.h"
#include "domain/Ticket.h"
#include "domain/Touchpoint.h"

#include <QCoreApplication>

#include <functional>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace fd {

class Database;
class Statement;

class TicketRepository {
    Q_DECLARE_TR_FUNCTIONS(fd::TicketRepository)

public:
    explicit TicketRepository(Database& db) : m_db(db) {}

    // Adds the ticket and the inbound touchpoint of its channel linked to it, in one
    // transaction: tickets are part of the customer's touchpoint history. The ticket is
    // written at `now` (UTC): its SLA columns are derived by Sla::settle with the file's
    // targets (pause, solve time, breaches that happened), whatever the caller set in them.
    // Errors: validate()'s sentence, an unknown customer, a database error.
    Result<qint64> add(const Ticket& ticket, const QDateTime& now);
    Result<std::optional<Ticket>> find(qint64 id);
    // ForWrite: inside a transaction that writes the row back whole, no other session may write
    // it until that transaction ends (Dialect::lockedForWrite; update, respond, recordBreaches).
    enum class Lock { None, ForWrite };
    Result<std::optional<Ticket>> find(qint64 id, Lock lock);
    // Saves a ticket's editable fields (not its customer, channel or creation time). A
    // status change at `now` runs the SLA clocks (pause, resume, solve, reopen) and records
    // any breach that happened before it. The save edits ticket.version.number: when the
    // row has another (another rep saved it since), nothing is written and the error is
    // Error::Kind::Conflict (service/Tickets words who changed what). It stamps the row as
    // edited at `now` by Database::actingAgent().
    Status update(const Ticket& ticket, const QDateTime& now);
    // An agent's public reply at `at`: sets first_response_at when there is none or `at` is
    // earlier (the first response is the earliest reply, whichever was saved first), and moves
    // a new ticket to open. For TicketCommentRepository::add, inside its transaction. It reads the
    // ticket under the row's write lock (Dialect::lockedForWrite), so a save by another
    // session waits for it or comes first and is kept, never undone.
    Status respond(qint64 ticketId, const QDateTime& at);
    // Records every breach of an open ticket that happened by `now`; the number of tickets
    // that gained one. The GUI calls it on open and every minute, `check` and the queues
    // read what it wrote.
    Result<int> recordBreaches(const QDateTime& now);
    Result<SlaTargets> slaTargets();

    // Checks a ticket's own fields as of `now` (UTC), Validation::check; empty when it
    // is valid. add checks as of the `now` it is given, update the ticket it would store as
    // of the `now` it is given.
    static QString validate(const Ticket& ticket,
                            const QDateTime& now = QDateTime::currentDateTimeUtc());

    // Bulk path for writers that hold their own transaction; throws SqlError. A positive
    // id is kept (bulk writers plan ids ahead), otherwise SQLite picks the next one.
    // Writes the ticket and its linked touchpoint as given: a bulk writer reads the SLA
    // targets once and calls Sla::settle on each ticket first (the import, the generator).
    // `stored`, when given, sees each arrival touchpoint written (a bulk import counts them,
    // TouchpointSummaries::keep).
    using ArrivalStored = std::function<void(const Touchpoint&)>;
    qint64 insert(const Ticket& ticket, const ArrivalStored& stored = {});
    // Many tickets, then their touchpoints, several rows per statement (when every
    // ticket carries its planned id).
    void insert(std::span<const Ticket> tickets, const ArrivalStored& stored = {});

    // The inbound touchpoint of its channel that a ticket records when it is created.
    static Touchpoint arrival(const Ticket& ticket, qint64 ticketId);

    // Every column of a ticket, as `read` decodes them from the start of a row; the table
    // is aliased `t`.
    static constexpr std::string_view kColumns =
        "t.id, t.customer_id, t.contact_id, t.subject, t.description, t.status, t.priority, "
        "t.channel, t.category, t.assignee_id, t.created_at, t.first_response_at, t.solved_at, "
        "t.csat, t.tags, t.external_ref, t.sla_paused_secs, t.sla_paused_since, "
        "t.first_response_breached_at, t.resolution_breached_at";
    static constexpr int kColumnCount = 20;
    static Ticket read(Statement& q);

    // find(), and the SELECT list after kColumns that reads the version (schema v6): the
    // lists leave it out.
    static constexpr std::string_view kVersionColumns = ", t.version, t.changed_at, t.changed_by";

    // How write() marks the row. An edit (a valid `at`, UTC) adds one to its version and
    // records `at` and Database::actingAgent() as its last change; with `expected` the row
    // is written only while its version is that one. No `at`: the SLA clocks or the first
    // response only, no edit of the rep's (the version stays).
    struct Stamp {
        QDateTime at;
        std::optional<qint64> expected;
    };
    // Every column of a ticket that exists but its customer, written again as given, for
    // writers that hold their own transaction (an import merging a ticket's rows, stamped as
    // an edit at the system clock's now); no checks, no SLA clocks. Throws SqlError.
    void write(const Ticket& ticket);
    // As above, stamped; false when `stamp.expected` is not the row's version (nothing
    // written).
    bool write(const Ticket& ticket, const Stamp& stamp);

private:
    Database& m_db;
};

} // namespace fd
