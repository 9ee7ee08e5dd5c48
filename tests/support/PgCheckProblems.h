// `check` on a Team3's schema (support/PgTeam3.h), as the [check] tests read it: its problems,
// exactly one beginning with a text, or none; and the name of one of the team's roles.
#pragma once

#include "service/Maintenance.h"
#include "support/PgTeam3.h"

#include <catch2/catch.hpp>

namespace fd::test::pgteam {

// check's problems, run as the owner; fails the test when check cannot run.
inline QStringList problems(Team3& team)
{
    const auto found = service::Maintenance(*team.owner).check();
    INFO((found ? QString() : QString(found.error())).toStdString());
    REQUIRE(found);
    return *found;
}

// check finds exactly one problem, and it begins with `start`.
inline void requireOnly(Team3& team, const QString& start)
{
    const QStringList found = problems(team);
    INFO(found.join(QLatin1Char('\n')).toStdString());
    REQUIRE(found.size() == 1);
    CHECK(found.front().startsWith(start));
}

inline void requireSound(Team3& team)
{
    const QStringList found = problems(team);
    INFO(found.join(QLatin1Char('\n')).toStdString());
    CHECK(found.isEmpty());
}

// fd_team_role(kind): "rep" or "manager".
inline QString teamRole(Team3& team, const char* kind)
{
    pg::Connection admin = team.schema.connect();
    return text(admin, "SELECT fd_team_role('" + QByteArray(kind) + "')");
}

} // namespace fd::test::pgteam
