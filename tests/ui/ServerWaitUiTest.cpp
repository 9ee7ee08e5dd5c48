// The window while a read of its UI thread waits for a paused server (issue 19, Step 13: "The
// stall ends in a timeout sentence within a stated time, never in a frozen window"): the
// window's wait hook (ui/ServerWait.h) keeps the event loop turning in slices, so a timer
// started before the read fires during the wait and the status bar says "Waiting for the
// PostgreSQL server at …"; the read still ends in the timeout sentence ("did not answer for N
// seconds"), the window says the connection is lost, and a statement tried from inside the
// wait is refused, never sent. [postgres]: through tests/pg/with-cluster.sh, offscreen.
#include "DataChanges.h"
#include "domain/Customer.h"
#include "MainWindow.h"
#include "ServerWait.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/postgres/PgConnection.h"
#include "support/PgServerFaults.h"
#include "support/PgTestSchema.h"
#include "support/UiTestSupport.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCursor>
#include <QDir>
#include <QLabel>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace fd;

namespace {

constexpr int kDeadlineMs = 60000; // a bound on a hang: nothing here is timed

using test::openServer;

// What a timer started before the read saw at its ticks.
struct Seen {
    int ticks = 0;
    int ticksWaiting = 0; // while the status bar said the window waits
    // The status bar then, each message once: a read of another thread that fails meanwhile
    // may show its own sentence there for a moment (the wait lets its queued events through),
    // so the wait's is looked for among them rather than as the last one.
    QStringList said;
    bool busyCursor = false;
    bool shotSaved = false;
    qint64 insideAnswer = -1; // a read tried from inside the wait (scalar's 0: it failed)
};

} // namespace

TEST_CASE("faults: while a read waits for a paused server the window's timers tick and its status "
          "bar says it waits; the read still ends in the timeout sentence, and nothing is sent "
          "from inside the wait",
          "[ui][postgres][faults]")
{
    test::PgTestSchema schema;
    schema.initialised();
    {
        auto db = openServer(schema);
        Customer acme;
        acme.name = QStringLiteral("Acme");
        acme.since = QDate(2026, 11, 2);
        REQUIRE(CustomerRepository(*db).add(acme));
    }
    MainWindow window(openServer(schema));
    window.resize(1100, 700);
    window.show();
    window.showView(MainWindow::View::Customers);
    REQUIRE(QTest::qWaitFor([&] { return window.isCurrentViewReady(); }, kDeadlineMs));
    auto* status = window.findChild<ServerWaitStatus*>();
    REQUIRE(status);
    auto beside = openServer(schema); // another connection of the UI thread

    QTimer clock;
    clock.setInterval(100);
    status->keepTicking(&clock);
    Seen seen;
    QObject::connect(&clock, &QTimer::timeout, [&] {
        ++seen.ticks;
        if (status->text().isEmpty())
            return;
        ++seen.ticksWaiting;
        if (!seen.said.contains(window.statusBar()->currentMessage()))
            seen.said << window.statusBar()->currentMessage();
        const QCursor* cursor = QApplication::overrideCursor();
        seen.busyCursor = cursor && cursor->shape() == Qt::BusyCursor;
        if (!seen.shotSaved) {
            QDir().mkpath(QStringLiteral(FUNNELDESK_SCREENSHOT_DIR));
            seen.shotSaved = window.grab().save(
                QStringLiteral(FUNNELDESK_SCREENSHOT_DIR "/server-wait-pg.png"), "PNG");
            try { // refused, never sent: the storage layer throws its error, or answers 0
                seen.insideAnswer = beside->scalar("SELECT 9");
            } catch (...) {
                seen.insideAnswer = 0;
            }
        }
    });
    clock.start();
    const int refusedBefore = pg::Connection::refusals();
    QString why;
    {
        test::ServerPause pause;
        seen = Seen{}; // what the timer saw before (the window's first reads) does not count
        // Reads on the UI thread now: the data's version, then the counts (DataChanges.h).
        window.dataChanges()->announce();
        INFO("ticks " << seen.ticks << " waiting " << seen.ticksWaiting << " passes "
                      << status->passes()
                      << " said: " << seen.said.join(QStringLiteral(" | ")).toStdString());
        REQUIRE(QTest::qWaitFor([&] { return window.isConnectionLost(); }, kDeadlineMs));
        auto* lost = window.findChild<QLabel*>(QStringLiteral("connectionLost"));
        REQUIRE(lost);
        why = lost->toolTip();
    } // the server runs again
    clock.stop();
    INFO(why.toStdString());
    INFO(seen.said.join(QStringLiteral(" | ")).toStdString());
    CHECK(why.contains(QStringLiteral("did not answer for")));
    // During the wait: the timer fired several times, the status bar named the server and the
    // limit, the cursor was busy, and the window could be rendered.
    CHECK(seen.ticksWaiting >= 3);
    CHECK(std::any_of(seen.said.cbegin(), seen.said.cend(), [](const QString& message) {
        return message.startsWith(QStringLiteral("Waiting for the PostgreSQL server at ")) &&
               message.contains(QStringLiteral("FunnelDesk gives up after"));
    }));
    CHECK(seen.busyCursor);
    CHECK(seen.shotSaved);
    // The read tried from inside failed at once, unsent; the wait's status is gone after.
    CHECK(seen.insideAnswer == 0);
    CHECK(pg::Connection::refusals() > refusedBefore);
    CHECK(status->text().isEmpty());
    CHECK_FALSE(window.statusBar()->currentMessage().startsWith(QStringLiteral("Waiting for")));
    CHECK(QApplication::overrideCursor() == nullptr);
    CHECK(beside->scalar("SELECT 7") == 7); // its connection was never disturbed
}
