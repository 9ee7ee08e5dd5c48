#include "storage/TicketCommentRepository.h"

#include "domain/Validation.h"
#include "storage/Database.h"
#include "storage/InsertOne.h"
#include "storage/MultiRowInsert.h"
#include "storage/TicketRepository.h"
#include "storage/Transaction.h"

namespace fd {

namespace {

constexpr std::string_view kInsert =
    "INSERT INTO ticket_comment (ticket_id, kind, author_agent_id, at, body) VALUES ";

void bindRow(Statement& q, int i, const TicketComment& c)
{
    q.bind(i, c.ticketId);
    q.bindStatic(i + 1, enumName(c.kind));
    q.bind(i + 2, c.authorAgentId);
    q.bind(i + 3, c.at);
    q.bind(i + 4, c.body.isNull() ? QStringLiteral("") : c.body);
}

} // namespace

qint64 TicketCommentRepository::insert(const TicketComment& c)
{
    return insertOne(m_db, kInsert, 5, c, bindRow);
}

void TicketCommentRepository::insert(std::span<const TicketComment> comments)
{
    insertRows(m_db, kInsert, 5, comments, bindRow);
}

Result<qint64> TicketCommentRepository::add(const TicketComment& comment)
{
    if (comment.body.trimmed().isEmpty())
        return failure(tr("A reply or note needs some text."));
    if (const QString problem = Validation::textProblem(comment.body, tr("reply"));
        !problem.isEmpty())
        return failure(problem);
    if (!comment.at.isValid())
        return failure(tr("A reply or note needs the time it was written."));
    return m_db.guard([&]() -> Result<qint64> {
        Transaction tx(m_db);
        auto ticket = m_db.query("SELECT created_at FROM ticket WHERE id = ?");
        ticket->bind(1, comment.ticketId);
        if (!ticket->step())
            return failure(tr("There is no ticket with id %1.").arg(comment.ticketId));
        // Not before the ticket arrived: a rep's clock behind the one that stamped the ticket
        // would otherwise date the reply, and the first response, before it (Validation
        // refuses every later save of such a ticket).
        TicketComment stamped = comment;
        stamped.at = std::max(comment.at, ticket->dateTime(0));
        const qint64 id = insert(stamped);
        // An agent's public reply is the ticket's response (its SLA clock stops there).
        if (stamped.kind == CommentKind::PublicReply && stamped.authorAgentId) {
            if (auto responded = TicketRepository(m_db).respond(stamped.ticketId, stamped.at);
                !responded)
                return failure(responded.error());
        }
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
