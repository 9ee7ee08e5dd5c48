#include "storage/postgres/PgTeam.h"

#include "storage/Database.h"
#include "storage/Transaction.h"
#include "storage/postgres/PgConnection.h"
#include "storage/postgres/PgDatabase.h"

#include <libpq-fe.h>

namespace fd::pg {

namespace {

QString quoted(const QString& text)
{
    return QStringLiteral("“%1”").arg(text);
}

// The SCRAM-SHA-256 verifier of `password` for `login`, computed by libpq on this machine.
QString verifier(Database& db, const QString& login, const QString& password)
{
    Connection* conn = PgDatabase::connectionOf(db);
    const QByteArray user = login.toUtf8();
    QByteArray secret = password.toUtf8();
    char* made = PQencryptPasswordConn(conn->native(), secret.constData(), user.constData(), "scram-sha-256");
    secret.fill('\0');
    if (made == nullptr)
        return {};
    QString result = QString::fromLatin1(made);
    PQfreemem(made);
    return result;
}

} // namespace

Result<TeamRights> Team::rights(Connection& conn)
{
    const Outcome<Rows> rows =
        conn.exec("SELECT current_user, fd_is_manager(), "
                  "(SELECT id FROM agent WHERE login = current_user AND active = 1), "
                  "EXISTS (SELECT 1 FROM pg_roles WHERE rolname = fd_team_role('rep'))");
    if (!rows)
        return failure(rows.error().sentence);
    TeamRights rights;
    rights.login = rows->text(0, 0);
    rights.manager = rows->int64(0, 1) != 0;
    if (!rows->isNull(0, 2))
        rights.agentId = rows->int64(0, 2);
    rights.team = rows->int64(0, 3) != 0;
    return rights;
}

Status Team::claimOwner(Connection& conn, bool addIfMissing)
{
    const Outcome<Rows> claimed = conn.exec(R"sql(
WITH mine AS (SELECT 1 FROM agent WHERE login = current_user),
claimed AS (
    UPDATE agent SET login = current_user, role = 'manager', active = 1
    WHERE id = (SELECT min(id) FROM agent WHERE login IS NULL AND fd_nocase(name) = fd_nocase(current_user))
      AND NOT EXISTS (SELECT 1 FROM mine)
    RETURNING id)
INSERT INTO agent (name, role, login, active)
SELECT current_user, 'manager', current_user, 1
WHERE $1 AND NOT EXISTS (SELECT 1 FROM mine) AND NOT EXISTS (SELECT 1 FROM claimed)
)sql",
                                            {addIfMissing});
    if (!claimed)
        return failure(claimed.error().sentence);
    return {};
}

Result<qint64> Team::add(Database& db, const QString& login, const QString& name, const QString& role,
                         const std::optional<QString>& password)
{
    if (PgDatabase::connectionOf(db) == nullptr)
        return failure(tr("Teams are a server feature: a FunnelDesk file has no logins."));
    return db.guard([&]() -> Result<qint64> {
        Transaction tx(db);
        {
            auto q = db.query("SELECT name, login FROM agent WHERE fd_nocase(name) = fd_nocase(?) OR login = ?");
            q->bind(1, name);
            q->bind(2, login);
            if (q->step()) {
                if (q->text(1) == login)
                    return failure(tr("The login %1 is already the agent %2 here.").arg(quoted(login), q->text(0)));
                return failure(tr("An agent named %1 already exists; give the new login another name.")
                                   .arg(quoted(q->text(0))));
            }
        }
        QString hashed;
        if (password) {
            hashed = verifier(db, login, *password);
            if (hashed.isEmpty())
                return failure(tr("The password for %1 could not be prepared for the server.").arg(quoted(login)));
        }
        auto q = db.query("SELECT fd_team_add(?, ?, ?, ?)");
        q->bind(1, login);
        q->bind(2, name);
        q->bind(3, role);
        if (password)
            q->bind(4, hashed);
        else
            q->bindNull(4);
        q->step();
        const qint64 id = q->int64(0);
        q->reset();
        tx.commit();
        return id;
    });
}

Result<std::vector<Team::Member>> Team::members(Database& db)
{
    if (PgDatabase::connectionOf(db) == nullptr)
        return failure(tr("Teams are a server feature: a FunnelDesk file has no logins."));
    return db.guard([&] {
        std::vector<Member> all;
        auto q = db.query("SELECT a.id, a.name, a.login, a.role, a.active, coalesce(r.rolcanlogin, false) "
                          "FROM agent a LEFT JOIN pg_roles r ON r.rolname = a.login "
                          "WHERE a.login IS NOT NULL ORDER BY fd_nocase(a.name), a.id");
        while (q->step()) {
            Member member;
            member.agentId = q->int64(0);
            member.name = q->text(1);
            member.login = q->text(2);
            member.role = q->text(3);
            member.active = q->int64(4) != 0;
            member.canLogIn = q->int64(5) != 0;
            all.push_back(member);
        }
        return all;
    });
}

Status Team::disable(Database& db, const QString& login)
{
    if (PgDatabase::connectionOf(db) == nullptr)
        return failure(tr("Teams are a server feature: a FunnelDesk file has no logins."));
    return db.guard([&]() -> Status {
        Transaction tx(db);
        {
            auto q = db.query("SELECT 1 FROM agent WHERE login = ?");
            q->bind(1, login);
            if (!q->step())
                return failure(tr("No agent of %1 signs in as %2; `team list` shows who does.")
                                   .arg(db.display(), quoted(login)));
        }
        auto q = db.query("SELECT fd_team_disable(?)");
        q->bind(1, login);
        q->step();
        q->reset();
        tx.commit();
        return {};
    });
}

} // namespace fd::pg
