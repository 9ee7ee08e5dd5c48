// The window of a rep on a server (issue 17, Step 11, "Who is working" and "Rights enforced by
// the server"): what the role may not do is greyed out and says why, and "Me" is the login's
// agent, not asked for. [postgres]: run through tests/pg/with-cluster.sh.
#include "MainWindow.h"
#include "service/Session.h"
#include "service/Team.h"
#include "storage/Database.h"
#include "storage/postgres/PgTeam.h"
#include "support/PgTestSchema.h"
#include "support/UiTestSupport.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QMenu>
#include <QMenuBar>
#include <QTest>

using namespace fd;

namespace {

QAction* action(MainWindow& window, const QString& text)
{
    for (QAction* found : window.findChildren<QAction*>()) {
        if (found->text() == text)
            return found;
    }
    FAIL("no action " << text.toStdString());
    return nullptr;
}

} // namespace

TEST_CASE("A rep's window greys out a manager's actions and says why; Me is the login's agent",
          "[ui][postgres][team]")
{
    test::PgTestSchema schema;
    {
        pg::Connection owner = schema.initialised();
        REQUIRE(pg::Team::claimOwner(owner));
    }
    const QString login = schema.name() + QStringLiteral("_ui");
    {
        Result<OwnedDatabase> owner = Session::open(schema.location(), {});
        REQUIRE(owner);
        REQUIRE(Team(**owner).addLogin(login, QStringLiteral("Rosa Rep"), AgentRole::Rep,
                                       std::nullopt));
    }
    Result<OwnedDatabase> opened =
        Session::open(schema.location(QStringLiteral("user=") + login), {});
    INFO((opened ? QString() : QString(opened.error())).toStdString());
    REQUIRE(opened);
    MainWindow window(std::move(*opened));
    window.resize(1280, 800);
    window.show();

    const QString isRep = QStringLiteral(" needs a manager's rights; %1 is a rep.").arg(login);
    QAction* import = action(window, QStringLiteral("&Import from CSV…"));
    CHECK_FALSE(import->isEnabled());
    CHECK(import->toolTip() == QStringLiteral("Importing") + isRep);
    QAction* canned = action(window, QStringLiteral("&Canned replies…"));
    CHECK_FALSE(canned->isEnabled());
    CHECK(canned->toolTip() == QStringLiteral("Editing the canned replies") + isRep);
    QAction* settings =
        action(window, QStringLiteral("&Settings…")); // Tools → Settings… (issue 18)
    CHECK_FALSE(settings->isEnabled());
    CHECK(settings->toolTip() == QStringLiteral("Changing the team's settings") + isRep);
    // A rep's own work stays.
    CHECK(action(window, QStringLiteral("&New customer…"))->isEnabled());
    CHECK(action(window, QStringLiteral("New &ticket…"))->isEnabled());
    CHECK(action(window, QStringLiteral("&Export to CSV…"))->isEnabled());

    // "Me" is Rosa, and is not a choice.
    window.showView(MainWindow::View::Tickets);
    QTest::qWait(200);
    auto* me = window.findChild<QComboBox*>(QStringLiteral("meAgent"));
    REQUIRE(me);
    CHECK(me->currentText() == QStringLiteral("Rosa Rep"));
    CHECK_FALSE(me->isEnabled());
    CHECK(me->toolTip().contains(QStringLiteral("Signed in as “%1”").arg(login)));
    test::screenshot(window, QStringLiteral("team-rep-tickets"));

    // The File and Edit menus as the rep sees them.
    for (int i : {0, 1}) {
        QMenu* menu = window.menuBar()->actions().at(i)->menu();
        REQUIRE(menu);
        menu->popup(window.mapToGlobal(QPoint(10 + 60 * i, 30)));
        QTest::qWait(150);
        test::screenshot(*menu, QStringLiteral("team-rep-menu-%1").arg(i));
        menu->hide();
    }
}
