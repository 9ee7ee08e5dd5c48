// The CLI's team on a throwaway server schema, for the tests of `team` and of migrate's hand-over
// (tests/cli/TeamCliTest.cpp, TeamMigrateCliTest.cpp).
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

} // namespace fd::test
