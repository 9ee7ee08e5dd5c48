// Hostile tester: under umask 000, `HOME=/h funneldesk-cli add customer --name U` made
// ~/.local/share/funneldesk 0777, so another user could delete or plant files in it. The CLI
// adds 077 to its umask first thing (common/ProcessPrivacy.h): every folder and file it
// creates is 0700 / 0600 at the widest, whatever umask it was started with.
#include "support/PrivateTree.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>

using namespace fd;

TEST_CASE("Every folder and file funneldesk-cli creates is private under umask 000",
          "[cli][security][umask]")
{
    test::Scratch scratch;
    const QString home = scratch.file(QStringLiteral("home"));
    REQUIRE(QDir().mkpath(home));
    const auto run = [&](const QStringList& args) {
        QProcess cli;
        test::startUnderUmask0(cli, QStringLiteral(FUNNELDESK_CLI_PATH), args, home);
        REQUIRE(cli.waitForFinished(120000));
        INFO(args.join(QLatin1Char(' ')).toStdString()
             << ": " << cli.readAllStandardError().toStdString());
        REQUIRE(cli.exitCode() == 0);
    };
    // The default database, in the folder the CLI makes for it.
    run({QStringLiteral("add"), QStringLiteral("customer"), QStringLiteral("--name"),
         QStringLiteral("U")});
    const QString folder = home + QStringLiteral("/.local/share/funneldesk");
    REQUIRE(QFileInfo::exists(folder + QStringLiteral("/funneldesk.sqlite")));
    // A backup, an export, a generated file.
    run({QStringLiteral("backup"), home + QStringLiteral("/copy.sqlite")});
    run({QStringLiteral("export"), QStringLiteral("customers"), QStringLiteral("--out"),
         home + QStringLiteral("/customers.csv")});
    run({QStringLiteral("--db"), home + QStringLiteral("/g.sqlite"), QStringLiteral("generate"),
         QStringLiteral("--customers"), QStringLiteral("5")});
    const auto created = test::createdUnder(home);
    // Three folders and four files; the export, a read-only command, leaves no -wal or -shm.
    CHECK(created.size() >= 7);
    test::requirePrivate(created);
}
