#include "storage/CannedReplyRepository.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

namespace fd {

qint64 CannedReplyRepository::insert(const CannedReply& reply)
{
    auto q = m_db.query("INSERT INTO canned_reply (title, body) VALUES (?, ?)");
    q->bind(1, reply.title);
    q->bind(2, reply.body);
    q->exec();
    return m_db.lastInsertId();
}

Result<qint64> CannedReplyRepository::add(const CannedReply& reply)
{
    if (reply.title.trimmed().isEmpty() || reply.body.trimmed().isEmpty())
        return failure(tr("A canned reply needs a title and a text."));
    return m_db.guard([&] {
        Transaction tx(m_db);
        const qint64 id = insert(reply);
        tx.commit();
        return id;
    });
}

Result<std::vector<CannedReply>> CannedReplyRepository::all()
{
    return m_db.guard([&] {
        std::vector<CannedReply> result;
        auto q = m_db.query("SELECT id, title, body FROM canned_reply ORDER BY title, id");
        while (q->step())
            result.push_back({q->int64(0), q->text(1), q->text(2)});
        return result;
    });
}

} // namespace fd
