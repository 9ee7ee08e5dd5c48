#include "storage/CannedReplyRepository.h"

#include "domain/Validation.h"
#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/RowStamp.h"
#include "storage/Transaction.h"

namespace fd {

namespace {

// Why `reply` cannot be saved (empty when it can): add's and update's rule.
QString problemOf(const CannedReply& reply)
{
    if (reply.title.trimmed().isEmpty() || reply.body.trimmed().isEmpty())
        return CannedReplyRepository::tr("A canned reply needs a title and a text.");
    if (QString problem =
            Validation::lineProblem(reply.title, CannedReplyRepository::tr("canned reply's title"));
        !problem.isEmpty())
        return problem;
    return Validation::textProblem(reply.body, CannedReplyRepository::tr("canned reply's text"));
}

} // namespace

qint64 CannedReplyRepository::insert(const CannedReply& reply)
{
    auto q = m_db.query(
        m_db.dialect().insertReturningId("INSERT INTO canned_reply (title, body) VALUES (?, ?)"));
    q->bind(1, reply.title);
    q->bind(2, reply.body);
    return m_db.insertedId(*q);
}

Result<qint64> CannedReplyRepository::add(const CannedReply& reply)
{
    if (const QString problem = problemOf(reply); !problem.isEmpty())
        return failure(problem);
    return m_db.guard([&] {
        Transaction tx(m_db);
        const qint64 id = insert(reply);
        tx.commit();
        return id;
    });
}

Status CannedReplyRepository::update(const CannedReply& reply, const QDateTime& at)
{
    if (const QString problem = problemOf(reply); !problem.isEmpty())
        return failure(problem);
    return m_db.guard([&]() -> Status {
        auto q = m_db.query(std::string("UPDATE canned_reply SET title = ?, body = ?") +
                            RowStamp::kSet + " WHERE id = ? AND version = ?");
        q->bind(1, reply.title);
        q->bind(2, reply.body);
        RowStamp::bind(*q, 3, m_db, at);
        q->bind(5, reply.id);
        q->bind(6, reply.version.number);
        q->exec();
        if (m_db.changes() > 0)
            return {};
        // Nothing written: gone, or edited since (read only on this path).
        auto exists = m_db.query("SELECT 1 FROM canned_reply WHERE id = ?");
        exists->bind(1, reply.id);
        if (!exists->step())
            return failure(tr("The canned reply “%1” no longer exists.").arg(reply.title));
        return failure(RowStamp::conflict(tr("The canned reply “%1”").arg(reply.title)));
    });
}

Result<std::optional<CannedReply>> CannedReplyRepository::find(qint64 id)
{
    return m_db.guard([&]() -> std::optional<CannedReply> {
        auto q = m_db.query("SELECT id, title, body, version, changed_at, changed_by FROM "
                            "canned_reply WHERE id = ?");
        q->bind(1, id);
        if (!q->step())
            return std::nullopt;
        return CannedReply{q->int64(0), q->text(1), q->text(2), RowStamp::read(*q, 3)};
    });
}

Status CannedReplyRepository::remove(qint64 id)
{
    return m_db.guard([&] {
        auto q = m_db.query("DELETE FROM canned_reply WHERE id = ?");
        q->bind(1, id);
        q->exec();
    });
}

QString CannedReplyRepository::fill(const QString& body, const QString& customerName,
                                    const QString& agentName, qint64 ticketId)
{
    QString text = body;
    text.replace(QStringLiteral("{customer.name}"), customerName)
        .replace(QStringLiteral("{agent.name}"), agentName)
        .replace(QStringLiteral("{ticket.id}"), QString::number(ticketId));
    return text;
}

Result<std::vector<CannedReply>> CannedReplyRepository::all()
{
    return m_db.guard([&] {
        std::vector<CannedReply> result;
        auto q =
            m_db.query("SELECT id, title, body, version, changed_at, changed_by FROM canned_reply "
                       "ORDER BY title, id");
        while (q->step())
            result.push_back({q->int64(0), q->text(1), q->text(2), RowStamp::read(*q, 3)});
        return result;
    });
}

} // namespace fd
