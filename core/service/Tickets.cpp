#include "service/Tickets.h"

#include "service/Conflicts.h"
#include "service/TeamJob.h"
#include "service/WriteUnit.h"
#include "storage/TicketCommentRepository.h"
#include "storage/TicketRepository.h"

namespace fd {

using service_detail::writeAndReevaluate;

Result<Written<qint64>> Tickets::add(Ticket ticket)
{
    const QDateTime now = m_clock.now();
    if (!ticket.createdAt.isValid())
        ticket.createdAt = now;
    return writeAndReevaluate(m_db, m_clock, ticket.customerId,
                              [&] { return TicketRepository(m_db).add(ticket, now); });
}

Result<Written<void>> Tickets::update(const Ticket& ticket, const Ticket& opened)
{
    const QDateTime now = m_clock.now();
    Ticket edit = ticket;
    edit.version = opened.version;
    auto written = writeAndReevaluate(m_db, m_clock, ticket.customerId,
                                      [&] { return TicketRepository(m_db).update(edit, now); });
    if (written || !written.error().is(Error::Kind::Conflict))
        return written;
    // Rolled back; the row as it is now says who changed what (storage's sentence when it
    // cannot be read).
    auto current = TicketRepository(m_db).find(ticket.id);
    if (!current || !*current)
        return written;
    return failure(Conflicts::sentence(m_db, Conflicts::tr("Ticket #%1").arg(ticket.id),
                                       (*current)->version,
                                       Conflicts::changes(m_db, opened, **current), now));
}

Result<qint64> Tickets::reply(TicketComment comment)
{
    comment.at = m_clock.now();
    return TicketCommentRepository(m_db).add(comment);
}

Result<int> Tickets::sweepBreaches()
{
    Result<std::optional<TeamJob>> job = TeamJob::take(m_db, TeamJob::kSlaSweep);
    if (!job)
        return failure(job.error());
    if (!*job)
        return 0; // another client is sweeping now: its sweep records what is due
    return TicketRepository(m_db).recordBreaches(m_clock.now());
}

Result<std::optional<Ticket>> Tickets::find(qint64 ticketId)
{
    return TicketRepository(m_db).find(ticketId);
}

Result<std::vector<TicketComment>> Tickets::thread(qint64 ticketId)
{
    return TicketCommentRepository(m_db).forTicket(ticketId);
}

Result<SlaTargets> Tickets::slaTargets()
{
    return TicketRepository(m_db).slaTargets();
}

} // namespace fd
