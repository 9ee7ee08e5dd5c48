// The application layer for tickets (issue 16): the CLI and the GUI add, change and
// answer tickets, and sweep SLA breaches, only through here.
#pragma once

#include "common/Result.h"
#include "domain/Sla.h"
#include "domain/Ticket.h"
#include "service/Written.h"

#include <optional>
#include <vector>

namespace fd {

class Clock;
class Database;

// "Now" comes from the injectable Clock (UTC seconds), so tests fix it.
class Tickets {
public:
    // `db` and `clock` must outlive this object.
    Tickets(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    // Adds the ticket (and its channel's inbound touchpoint) written at now; a ticket
    // without createdAt is created now. In ONE transaction with the re-evaluation of its
    // customer (a ticket can move it: PRODUCT.md §3), whole or not at all. value: its id.
    // Errors: TicketRepository::validate's sentence as of now, an unknown customer, the
    // database's.
    Result<Written<qint64>> add(Ticket ticket);
    // Saves the editable fields of ticket.id at now (a status change runs the SLA clocks,
    // TicketRepository::update), in ONE transaction with the re-evaluation of its customer.
    // `opened` is the ticket as the rep read it (find()): the save edits its version. When
    // another save came between (issue 17, "No lost updates"), nothing is written and the
    // error, of Error::Kind::Conflict, names who changed what and when: "Ticket #123 was
    // changed by Emma Hansen at 10:42 (status → Pending) after you opened it; your change was
    // not saved." (Conflicts). A reply (reply()) is appended and never conflicts.
    Result<Written<void>> update(const Ticket& ticket, const Ticket& opened);
    // A public reply or an internal note on comment.ticketId, dated now (comment.at is
    // stamped); a public reply by an agent sets the ticket's first response once
    // (TicketCommentRepository::add); an agent's first reply to a new ticket opens it, an
    // edit of its status that a rep who opened it as new then cannot save over. No stage
    // rule reads comments: nothing is re-evaluated.
    // value: the comment's id. Errors: an empty body or one Validation::textProblem refuses,
    // an unknown ticket, the database's.
    Result<qint64> reply(TicketComment comment);
    // The SLA sweep (PRODUCT.md, issue 14 §2): records every breach of an open ticket that
    // happened by now; the number of tickets that gained one. The GUI runs it on open and
    // every minute, `report` before it counts. On a server one client sweeps at a time
    // (TeamJob::kSlaSweep): while another holds the sweep's lock this records nothing and
    // gives 0, as that client's sweep records the same breaches.
    Result<int> sweepBreaches();

    // Reads. Empty when no ticket has the id.
    Result<std::optional<Ticket>> find(qint64 ticketId);
    // The ticket's replies and notes, oldest first.
    Result<std::vector<TicketComment>> thread(qint64 ticketId);
    // The file's SLA targets (settings; PRODUCT.md's defaults when unset), in hours.
    Result<SlaTargets> slaTargets();

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace fd
