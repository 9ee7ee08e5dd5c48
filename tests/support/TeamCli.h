// The CLI's team on a throwaway server schema, for the tests of `team` and of migrate's hand-over
// (tests/cli/TeamCliTest.cpp, TeamRefusalCliTest.cpp, TeamMigrateCliTest.cpp).
#pragma once

#include "support/CliRun.h"
#include "support/PgTestSchema.h"

#include <catch2/catch.hpp>

namespace fd::test {

// A schema made by `init` through the CLI, as the superuser (its owner).
inline void initialise(const PgTestSchema& schema)
{
    const CliRun made = runCliOn(cliDb(schema), {QStringLiteral("init")});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
}

// `funneldesk-cli team ARGS` on `schema`, signed in as `login` (empty: the superuser).
inline CliRun team(const PgTestSchema& schema, const QStringList& args, const QString& login = {})
{
    return runCliOn(cliDb(schema, login), QStringList{QStringLiteral("team")} + args);
}

// Adds `login` as the agent `name` with `role`, as the owner; the login gets no password
// (--no-password: the cluster's socket trusts local users).
inline void addLogin(const PgTestSchema& schema, const QString& login, const QString& name,
                     const QString& role)
{
    const CliRun added = team(schema, {QStringLiteral("add"), QStringLiteral("--login"), login,
                                       QStringLiteral("--name"), name, QStringLiteral("--role"),
                                       role, QStringLiteral("--no-password")});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(added.out.trimmed().toLongLong() > 0);
    // psql folds an unquoted name to lower case: the hint quotes it.
    CHECK(added.err.contains(QStringLiteral("(psql's \\password \"%1\")").arg(login)));
}

// The owner gives `login`, a login of the cluster FunnelDesk did not make, to the new agent
// `name` (rep): `add agent`, then `team add --agent` (only the owner adopts a login that exists;
// migrations/012_team_logins.sql).
inline void adoptLogin(const PgTestSchema& schema, const QString& login, const QString& name)
{
    const CliRun agent = runCliOn(cliDb(schema), {QStringLiteral("add"), QStringLiteral("agent"),
                                                  QStringLiteral("--name"), name});
    INFO(agent.err.toStdString());
    REQUIRE(agent.exitCode == 0);
    const CliRun linked =
        team(schema, {QStringLiteral("add"), QStringLiteral("--login"), login,
                      QStringLiteral("--agent"), name, QStringLiteral("--no-password")});
    INFO(linked.err.toStdString());
    REQUIRE(linked.exitCode == 0);
}

} // namespace fd::test
