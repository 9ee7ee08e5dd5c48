#include "service/Team.h"
#include "common/FrontEndHints.h"
#include "domain/Validation.h"

#include "common/Clock.h"
#include "service/Conflicts.h"
#include "storage/AgentRepository.h"
#include "storage/CannedReplyRepository.h"
#include "storage/Database.h"
#include "storage/postgres/PgTeam.h"

#include <QDir>

#include <algorithm>

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

QString Team::serverOnly(const QString& path)
{
    return tr("Teams are a server feature; “%1” is a FunnelDesk file, where agents have no logins.")
        .arg(QDir::toNativeSeparators(path));
}

namespace {

// The login as typed, trimmed; its problem in one sentence, empty when none.
QString loginProblem(const QString& login)
{
    if (login.isEmpty())
        return Team::tr(
            "The login is empty; give the name the person signs in to the server with.");
    if (login.toUtf8().size() > 63 || login.startsWith(QLatin1String("pg_"), Qt::CaseInsensitive) ||
        login.startsWith(QLatin1String("funneldesk_"), Qt::CaseInsensitive))
        return Team::tr(
                   "The login “%1” cannot be a login here: PostgreSQL keeps names that start with "
                   "pg_ and "
                   "FunnelDesk those that start with funneldesk_, and a name has at most 63 bytes.")
            .arg(login);
    return Validation::loginProblem(login); // ASCII only: no look-alike of another login
}

TeamLogin teamLogin(const pg::Team::Member& member)
{
    return {member.agentId,  member.name,
            member.login,    enumFromString<AgentRole>(member.role).value_or(AgentRole::Rep),
            member.active,   member.canLogIn,
            member.hasRights};
}

} // namespace

Result<qint64> Team::addLogin(const QString& given, const QString& givenName, AgentRole role,
                              const std::optional<QString>& password)
{
    if (m_db.backend() != Database::Backend::Postgres)
        return failure(serverOnly(m_db.path()));
    const QString login = given.trimmed();
    const QString name = givenName.trimmed();
    if (const QString problem = loginProblem(login); !problem.isEmpty())
        return failure(problem);
    if (name.isEmpty())
        return failure(tr("The name is empty; give the agent's name as the team knows it."));
    if (const QString problem = Validation::nameProblem(name, tr("agent name")); !problem.isEmpty())
        return failure(problem);
    if (std::all_of(name.begin(), name.end(), [](QChar c) { return c.isDigit(); }))
        return failure(
            tr("The name “%1” is digits only, which reads as an agent's id; give a name.")
                .arg(name));
    return pg::Team::add(m_db, login, name, toString(role), password);
}

Result<TeamLogin> Team::linkLogin(const QString& given, const QString& agent,
                                  std::optional<AgentRole> role,
                                  const std::optional<QString>& password)
{
    if (m_db.backend() != Database::Backend::Postgres)
        return failure(serverOnly(m_db.path()));
    const QString login = given.trimmed();
    if (const QString problem = loginProblem(login); !problem.isEmpty())
        return failure(problem);
    if (agent.trimmed().isEmpty())
        return failure(
            tr("No agent was named%1; give the id or the name of the agent that gets the login.")
                .arg(hints::clause(hints::Hint::LinkAgent)));
    const std::optional<QString> kind =
        role ? std::optional<QString>(toString(*role)) : std::nullopt;
    auto linked = pg::Team::link(m_db, login, agent.trimmed(), kind, password);
    if (!linked)
        return failure(linked.error());
    return teamLogin(*linked);
}

Result<std::vector<TeamLogin>> Team::logins(bool everyAgent)
{
    if (m_db.backend() != Database::Backend::Postgres)
        return failure(serverOnly(m_db.path()));
    auto members = pg::Team::members(m_db, everyAgent);
    if (!members)
        return failure(members.error());
    std::vector<TeamLogin> all;
    for (const pg::Team::Member& member : *members)
        all.push_back(teamLogin(member));
    return all;
}

Result<LoginDisabled> Team::disableLogin(const QString& login)
{
    if (m_db.backend() != Database::Backend::Postgres)
        return failure(serverOnly(m_db.path()));
    auto disabled = pg::Team::disable(m_db, login.trimmed());
    if (!disabled)
        return failure(disabled.error());
    switch (*disabled) {
    case pg::Team::Disabled::SignedOut:
        return LoginDisabled::SignedOut;
    case pg::Team::Disabled::RightsOnly:
        return LoginDisabled::RightsOnly;
    case pg::Team::Disabled::NotPlain:
        return LoginDisabled::NotPlain;
    case pg::Team::Disabled::WasLocked:
        break;
    }
    return LoginDisabled::WasLocked;
}

Result<LoginEnabled> Team::enableLogin(const QString& login)
{
    if (m_db.backend() != Database::Backend::Postgres)
        return failure(serverOnly(m_db.path()));
    auto enabled = pg::Team::enable(m_db, login.trimmed());
    if (!enabled)
        return failure(enabled.error());
    switch (*enabled) {
    case pg::Team::Enabled::Already:
        return LoginEnabled::Already;
    case pg::Team::Enabled::Login:
        return LoginEnabled::Login;
    case pg::Team::Enabled::Rights:
        break;
    }
    return LoginEnabled::Rights;
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
    return failure(
        Conflicts::sentence(m_db, Conflicts::tr("The canned reply “%1”").arg(opened.title),
                            (*current)->version, Conflicts::changes(opened, **current), now));
}

Status Replies::remove(qint64 id)
{
    return CannedReplyRepository(m_db).remove(id);
}

QString Replies::fill(const QString& body, const QString& customerName, const QString& agentName,
                      qint64 ticketId)
{
    return CannedReplyRepository::fill(body, customerName, agentName, ticketId);
}

} // namespace fd
