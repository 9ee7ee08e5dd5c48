#include "service/Session.h"

#include "storage/Database.h"

namespace fd {

void CloseDatabase::operator()(Database* db) const noexcept
{
    delete db;
}

namespace {

// On a server the signed-in login's agent is "Me" (issue 17, "Who is working").
Result<OwnedDatabase> owned(Result<std::unique_ptr<Database>> opened)
{
    if (!opened)
        return failure(opened.error());
    const TeamRights rights = (*opened)->teamRights();
    if (rights.team && rights.agentId)
        (*opened)->setActingAgent(rights.agentId);
    return OwnedDatabase(std::move(*opened));
}

} // namespace

Result<OwnedDatabase> Session::open(const Location& where, const Options& options)
{
    return owned(Database::open(where, options));
}

Result<OwnedDatabase> Session::open(const QString& path, const Options& options)
{
    return owned(Database::open(path, options));
}

Error Session::movedSentence(const QString& path)
{
    return Database::movedSentence(path);
}

Session::Backend Session::backend() const
{
    return m_db.backend();
}

const QString& Session::path() const
{
    return m_db.path();
}

Location Session::location() const
{
    return m_db.location();
}

QString Session::display() const
{
    return m_db.display();
}

bool Session::isReadOnly() const
{
    return m_db.isReadOnly();
}

bool Session::isInReadOnlyFolder() const
{
    return m_db.isInReadOnlyFolder();
}

bool Session::readsWithoutLocks() const
{
    return m_db.readsWithoutLocks();
}

bool Session::hasMoved() const
{
    return m_db.hasMoved();
}

Error Session::movedSentence() const
{
    return m_db.movedSentence();
}

Result<qint64> Session::dataVersion()
{
    return m_db.dataVersion();
}

Status Session::listenForChanges()
{
    return m_db.listenForChanges();
}

Result<int> Session::takeNotifications()
{
    return m_db.takeNotifications();
}

int Session::socket() const
{
    return m_db.socket();
}

Status Session::reconnect()
{
    return m_db.reconnect();
}

Session::Reconnector Session::reconnector() const
{
    return m_db.reconnector();
}

Status Session::adopt(const std::shared_ptr<Reconnection>& made)
{
    return m_db.adopt(made);
}

void Session::interrupt()
{
    m_db.interrupt();
}

void Session::setActingAgent(std::optional<qint64> agentId)
{
    m_db.setActingAgent(agentId);
}

std::optional<qint64> Session::actingAgent() const
{
    return m_db.actingAgent();
}

Encryption Session::encryption() const
{
    return m_db.encryption();
}

TeamRights Session::rights() const
{
    return m_db.teamRights();
}

Error Session::needsManager(const QString& what, const TeamRights& rights)
{
    return {Database::tr("%1 needs a manager's rights; %2 is a rep.").arg(what, rights.login),
            Error::Kind::NoRight};
}

Status Session::requireManager(const QString& what) const
{
    const TeamRights mine = rights();
    if (mine.manager)
        return {};
    return failure(needsManager(what, mine));
}

} // namespace fd
