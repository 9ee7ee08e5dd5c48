// The [postgres] tests' team on a schema of its own (PgGuardTest, PgAuditPauseTest): the schema
// made by init as the superuser (its owner and first manager), a rep login and a manager login,
// one customer with one ticket; and the one-value reads and refusals their raw SQL checks.
#pragma once

#include "domain/Customer.h"
#include "domain/Ticket.h"
#include "service/Customers.h"
#include "service/Session.h"
#include "service/Team.h"
#include "service/Tickets.h"
#include "storage/Database.h"
#include "storage/postgres/PgTeam.h"
#include "support/PgTestSchema.h"

#include <catch2/catch.hpp>

namespace fd::test::pgteam {

// A FunnelDesk schema made by init as the superuser (its owner and first manager, agent
// "funneldesk"), with a rep login and a manager login of its own, and one customer with one
// ticket, made by the owner.
struct Team3 {
    PgTestSchema schema;
    OwnedDatabase owner;
    qint64 ownerAgent = 0;
    QString repLogin;
    qint64 repAgent = 0;
    QString managerLogin;
    qint64 managerAgent = 0;
    qint64 customer = 0;
    qint64 ticket = 0;

    Team3()
    {
        pg::Connection made = schema.initialised();
        REQUIRE(pg::Team::claimOwner(made));
        owner = open();
        REQUIRE(Session(*owner).rights().agentId);
        ownerAgent = *Session(*owner).rights().agentId;
        repLogin = schema.name() + QStringLiteral("_rep");
        managerLogin = schema.name() + QStringLiteral("_boss");
        const Result<qint64> rep = Team(*owner).addLogin(repLogin, QStringLiteral("Rhea Rep"),
                                                         AgentRole::Rep, std::nullopt);
        const Result<qint64> boss = Team(*owner).addLogin(
            managerLogin, QStringLiteral("Max Manager"), AgentRole::Manager, std::nullopt);
        INFO((rep ? QString() : QString(rep.error())).toStdString());
        REQUIRE(rep);
        REQUIRE(boss);
        repAgent = *rep;
        managerAgent = *boss;
        const FixedClock clock(testNow());
        Customer acme;
        acme.name = QStringLiteral("Acme");
        acme.since = QDate(2026, 11, 2);
        const auto added = Customers(*owner, clock).add(acme);
        REQUIRE(added);
        customer = added->value;
        Ticket t;
        t.customerId = customer;
        t.subject = QStringLiteral("Login fails");
        const auto opened = Tickets(*owner, clock).add(t);
        REQUIRE(opened);
        ticket = opened->value;
    }

    OwnedDatabase open(const QString& login = {})
    {
        Result<OwnedDatabase> opened = Session::open(
            schema.location(login.isEmpty() ? QString() : QStringLiteral("user=") + login), {});
        INFO((opened ? QString() : QString(opened.error())).toStdString());
        REQUIRE(opened);
        return std::move(*opened);
    }

    pg::Connection raw(const QString& login) const
    {
        return schema.connect(QStringLiteral("user=") + login);
    }
};

inline qint64 number(pg::Connection& conn, const QByteArray& sql)
{
    const auto rows = conn.exec(sql);
    INFO(sql.toStdString());
    REQUIRE(rows);
    REQUIRE(rows->count() == 1);
    return rows->int64(0, 0);
}

inline QString text(pg::Connection& conn, const QByteArray& sql)
{
    const auto rows = conn.exec(sql);
    INFO(sql.toStdString());
    REQUIRE(rows);
    REQUIRE(rows->count() == 1);
    return rows->text(0, 0);
}

inline void requireRefused(pg::Connection& conn, const QByteArray& sql)
{
    INFO(sql.toStdString());
    const auto done = conn.exec(sql);
    REQUIRE_FALSE(done);
    CHECK(done.error().sqlState == "42501");
}

inline QByteArray id(qint64 value)
{
    return QByteArray::number(value);
}

} // namespace fd::test::pgteam
