// Core does not know the command line (common/FrontEndHints.h): its sentences about opening a
// file, a setting, the demo's counts and the team's logins name no flag. The command line adds
// its flags and commands (app/cli/CliHints.cpp); the window, which sets none of these hints,
// shows the sentence whole without them.
#include "core/FrontEnds.h"
#include "demo/Generator.h"
#include "service/TeamSettings.h"
#include "storage/Database.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QFileInfo>

using namespace fd;

namespace {

QString openFailure(const QString& path)
{
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    auto db = Database::open(path, options);
    REQUIRE_FALSE(db);
    return db.error();
}

QString generateFailure(qint64 customers, qint64 tickets, qint64 touchpoints)
{
    GeneratorOptions options;
    options.customers = customers;
    options.tickets = tickets;
    options.touchpoints = touchpoints;
    auto valid = Generator::validate(options);
    REQUIRE_FALSE(valid);
    return valid.error();
}

} // namespace

TEST_CASE("Core's sentences name the command line's flags only through the CLI's hints",
          "[hints][flags]")
{
    test::Scratch scratch;
    const QString missing = scratch.file(QStringLiteral("missing.sqlite"));
    auto unknownSetting = [] {
        return QString(TeamSettings::checked({QStringLiteral("colour=blue")}).error());
    };
    {
        test::FrontEnd cli(test::FrontEnd::Cli);
        CHECK(openFailure({}) ==
              QStringLiteral("No database file was given; pass --db PATH or set FUNNELDESK_DB."));
        CHECK(openFailure(missing).endsWith(
            QStringLiteral(" does not exist; check the path or create it with `funneldesk-cli --db "
                           "PATH generate`.")));
        CHECK(unknownSetting().startsWith(QStringLiteral(
            "“colour” is not a setting (funneldesk-cli settings list shows them all); "
            "the settings begin with stage_rule.")));
        CHECK(generateFailure(0, 0, 0) ==
              QStringLiteral("Generate at least one customer (--customers)."));
        CHECK(generateFailure(10, 20, 10) ==
              QStringLiteral("A demo needs at least as many touchpoints (--touchpoints) as tickets "
                             "(--tickets), not 10 "
                             "for 20: every ticket records a touchpoint of its channel."));
    }
    for (const auto which : {test::FrontEnd::Window, test::FrontEnd::None}) {
        test::FrontEnd window(which);
        CHECK(openFailure({}) == QStringLiteral("No database file was given."));
        CHECK(openFailure(missing).endsWith(QStringLiteral(" does not exist; check the path.")));
        CHECK(openFailure(missing).contains(QFileInfo(missing).fileName()));
        CHECK(unknownSetting() ==
              QStringLiteral("“colour” is not a setting; the settings begin with stage_rule., "
                             "stage_target., at_risk., health., sla., plan. or playbook."));
        CHECK(generateFailure(0, 0, 0) == QStringLiteral("Generate at least one customer."));
        CHECK(generateFailure(2000000000, 0, 0) ==
              QStringLiteral("At most 1000000 customers fit a demo on a workstation (ten times "
                             "data set L), not 2000000000."));
        CHECK(generateFailure(10, 20, 10) ==
              QStringLiteral("A demo needs at least as many touchpoints as tickets, not 10 for 20: "
                             "every ticket records a "
                             "touchpoint of its channel."));
        for (const QString& sentence :
             {openFailure({}), openFailure(missing), unknownSetting(), generateFailure(0, 0, 0)})
            CHECK_FALSE(sentence.contains(QStringLiteral("--")));
    }
}
