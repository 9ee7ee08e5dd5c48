#include "storage/TicketCommentRepository.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

namespace fd {

qint64 TicketCommentRepository::insert(const TicketComment& c)
{
    auto q = m_db.query("INSERT INTO ticket_comment (ticket_id, kind, author_agent_id, at, body) "
                        "VALUES (?, ?, ?, ?, ?)");
    q->bind(1, c.ticketId);
    q->bind(2, enumName(c.kind));
    q->bind(3, c.authorAgentId);
    q->bind(4, c.at);
    q->bind(5, c.body.isNull() ? QStringLiteral("") : c.body);
    q->exec();
    return m_db.lastInsertId();
}

Result<qint64> TicketCommentRepository::add(const TicketComment& comment)
{
    if (comment.body.trimmed().isEmpty())
        return failure(tr("A reply or note needs some text."));
    if (!comment.at.isValid())
        return failure(tr("A reply or note needs the time it was written."));
    return m_db.guard([&]() -> Result<qint64> {
        Transaction tx(m_db);
        auto ticket = m_db.query("SELECT 1 FROM ticket WHERE id = ?");
        ticket->bind(1, comment.ticketId);
        if (!ticket->step())
            return failure(tr("There is no ticket with id %1.").arg(comment.ticketId));
        const qint64 id = insert(comment);
        tx.commit();
        return id;
    });
}

Result<std::vector<TicketComment>> TicketCommentRepository::forTicket(qint64 ticketId)
{
    return m_db.guard([&] {
        std::vector<TicketComment> result;
        auto q = m_db.query("SELECT id, ticket_id, kind, author_agent_id, at, body FROM "
                            "ticket_comment WHERE ticket_id = ? ORDER BY at, id");
        q->bind(1, ticketId);
        while (q->step()) {
            TicketComment c;
            c.id = q->int64(0);
            c.ticketId = q->int64(1);
            c.kind = enumFromString<CommentKind>(q->text(2)).value_or(CommentKind::PublicReply);
            c.authorAgentId = q->optionalInt64(3);
            c.at = q->dateTime(4);
            c.body = q->text(5);
            result.push_back(std::move(c));
        }
        return result;
    });
}

} // namespace fd
