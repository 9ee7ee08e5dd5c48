#include "service/Team.h"

#include "common/Clock.h"
#include "service/Conflicts.h"
#include "storage/AgentRepository.h"
#include "storage/CannedReplyRepository.h"

namespace fd {

Result<qint64> Team::add(const Agent& agent)
{
    return AgentRepository(m_db).add(agent);
}

Result<std::optional<Agent>> Team::find(qint64 id)
{
    return AgentRepository(m_db).find(id);
}

Result<Agent> Team::findActive(const QString& key)
{
    return AgentRepository(m_db).findActive(key);
}

Result<std::vector<Agent>> Team::all()
{
    return AgentRepository(m_db).all();
}

Result<std::vector<CannedReply>> Replies::all()
{
    return CannedReplyRepository(m_db).all();
}

Result<qint64> Replies::add(const CannedReply& reply)
{
    return CannedReplyRepository(m_db).add(reply);
}

Status Replies::update(const CannedReply& reply, const CannedReply& opened)
{
    const QDateTime now = Clock::system().now();
    CannedReply edit = reply;
    edit.version = opened.version;
    auto saved = CannedReplyRepository(m_db).update(edit, now);
    if (saved || !saved.error().is(Error::Kind::Conflict))
        return saved;
    auto current = CannedReplyRepository(m_db).find(reply.id);
    if (!current || !*current)
        return saved;
    return failure(Conflicts::sentence(m_db, Conflicts::tr("The canned reply “%1”").arg(opened.title),
                                       (*current)->version, Conflicts::changes(opened, **current), now));
}

Status Replies::remove(qint64 id)
{
    return CannedReplyRepository(m_db).remove(id);
}

QString Replies::fill(const QString& body, const QString& customerName, const QString& agentName, qint64 ticketId)
{
    return CannedReplyRepository::fill(body, customerName, agentName, ticketId);
}

} // namespace fd
