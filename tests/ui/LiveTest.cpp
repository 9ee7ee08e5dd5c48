// Team mode in the window (issue 17, "Live"): two windows on one server, one writes and the
// other shows it without polling (LISTEN/NOTIFY), its selection and scroll position kept; a
// connection the server ends or a server that stops and starts again: the window says so,
// connects again by itself and shows the data again; a session that keeps the SLA sweep's lock
// is named. [postgres]: through
// tests/pg/with-cluster.sh, offscreen; screenshots of each state to look at.
#include "DataChanges.h"
#include "domain/Customer.h"
#include "MainWindow.h"
#include "models/CustomerTableModel.h"
#include "service/TeamJob.h"
#include "SlaSweep.h"
#include "storage/AgentRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/postgres/PgSchema.h"
#include "storage/TicketRepository.h"
#include "support/PgTestSchema.h"
#include "support/UiTestSupport.h"
#include "views/CustomersView.h"
#include "views/TicketDetail.h"
#include "views/TicketsView.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace fd;

namespace {

constexpr int kDeadlineMs = 60000; // generous: the machine may be busy; nothing here is timed

using test::openServer;

qint64 addCustomer(Database& db, const QString& name)
{
    Customer customer;
    customer.name = name;
    customer.since = QDate(2026, 11, 2);
    const Result<qint64> added = CustomerRepository(db).add(customer);
    INFO((added ? QString() : QString(added.error())).toStdString());
    REQUIRE(added);
    return *added;
}

bool shows(QWidget& window, const QString& text)
{
    for (QLabel* label : window.findChildren<QLabel*>()) {
        if (label->isVisible() && label->text() == text)
            return true;
    }
    return false;
}

qint64 selectedId(QTableView* table)
{
    const QModelIndex current = table->currentIndex();
    return current.isValid() && table->selectionModel()->isRowSelected(current.row(), QModelIndex())
               ? current.data(CustomerTableModel::CustomerIdRole).toLongLong()
               : 0;
}

CustomersView* customersOf(MainWindow& window)
{
    window.showView(MainWindow::View::Customers);
    auto* view = qobject_cast<CustomersView*>(window.viewWidget(MainWindow::View::Customers));
    REQUIRE(view);
    return view;
}

QString envValue(const char* name)
{
    const QString value = qEnvironmentVariable(name);
    INFO(name << " is not set: run this test through tests/pg/with-cluster.sh");
    REQUIRE_FALSE(value.isEmpty());
    return value;
}

} // namespace

TEST_CASE("live: two windows on one server; one writes, the other's list shows it with its "
          "selection and scroll kept",
          "[ui][postgres][live]")
{
    test::PgTestSchema schema;
    {
        pg::Connection conn = schema.connect();
        REQUIRE(pg::Schema::init(conn, QStringLiteral("Europe/Berlin")));
    }
    {
        auto setup = openServer(schema);
        for (int i = 1; i <= 80; ++i)
            addCustomer(*setup, QStringLiteral("Customer %1").arg(i, 2, 10, QLatin1Char('0')));
    }
    MainWindow writer(openServer(schema));
    MainWindow watcher(openServer(schema));
    // No polling at all in the watching window: only the server's notifications can tell it.
    watcher.dataChanges()->setPollInterval(0);
    REQUIRE(watcher.dataChanges()->pollInterval() == 0);
    REQUIRE(watcher.dataChanges()->isListening());
    writer.resize(1100, 700);
    watcher.resize(1100, 700);
    writer.show();
    watcher.show();
    CustomersView* list = customersOf(watcher);
    REQUIRE(QTest::qWaitFor([&] { return shows(watcher, QStringLiteral("80 customers")); },
                            kDeadlineMs));
    // The rep stands on a customer far down the list.
    QTableView* table = list->table();
    table->setFocus();
    table->selectRow(50);
    table->scrollTo(table->model()->index(50, 0), QAbstractItemView::PositionAtCenter);
    QTest::qWait(50);
    const qint64 standing = selectedId(table);
    REQUIRE(standing > 0);
    const int scrolled = table->verticalScrollBar()->value();
    REQUIRE(scrolled > 0);

    // Another rep adds a customer in the other window.
    Customer added;
    added.name = QStringLiteral("Aardvark Ltd");
    added.since = QDate(2026, 11, 20);
    REQUIRE(writer.addCustomer(added));
    REQUIRE(QTest::qWaitFor([&] { return shows(watcher, QStringLiteral("81 customers")); },
                            kDeadlineMs));
    CHECK(list->model()->rowCount() == 81);
    CHECK(selectedId(table) == standing);
    CHECK(list->detail() != nullptr);
    CHECK(table->verticalScrollBar()->value() == scrolled);
    bool listed = false;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        listed = listed || table->model()->index(row, 0).data().toString() == added.name;
    CHECK(listed);
    test::screenshot(watcher, QStringLiteral("live-other-window-shows-new-customer"));
}

TEST_CASE("live: a connection the server ends is said lost, then the window connects again by "
          "itself and reads again",
          "[ui][postgres][live]")
{
    test::PgTestSchema schema;
    {
        pg::Connection conn = schema.connect();
        REQUIRE(pg::Schema::init(conn, QStringLiteral("Europe/Berlin")));
    }
    auto db = openServer(schema);
    addCustomer(*db, QStringLiteral("Acme"));
    addCustomer(*db, QStringLiteral("Globex"));
    const qint64 pid = db->scalar("SELECT pg_backend_pid()");
    MainWindow window(std::move(db));
    window.dataChanges()->setPollInterval(0); // the socket alone tells it
    window.resize(1100, 700);
    window.show();
    customersOf(window);
    REQUIRE(
        QTest::qWaitFor([&] { return shows(window, QStringLiteral("2 customers")); }, kDeadlineMs));

    // An administrator ends the window's session.
    REQUIRE(schema.admin().exec("SELECT pg_terminate_backend($1)", {pid}));
    // It is said lost (at once, from the socket), and comes back by itself a second later.
    REQUIRE(QTest::qWaitFor([&] { return window.isConnectionLost(); }, kDeadlineMs));
    REQUIRE(QTest::qWaitFor([&] { return !window.isConnectionLost(); }, kDeadlineMs));
    CHECK(window.findChild<QWidget*>(QStringLiteral("connectionLostPage")) == nullptr);
    // It reads, and listens, again: another's write shows.
    {
        auto other = openServer(schema);
        addCustomer(*other, QStringLiteral("Initech"));
    }
    CHECK(
        QTest::qWaitFor([&] { return shows(window, QStringLiteral("3 customers")); }, kDeadlineMs));
    test::screenshot(window, QStringLiteral("live-reconnected"));
}

TEST_CASE("live: a server that stops shows Reconnecting… with Reconnect now, and the window comes "
          "back when it starts",
          "[ui][postgres][live]")
{
    test::PgTestSchema schema;
    {
        pg::Connection conn = schema.connect();
        REQUIRE(pg::Schema::init(conn, QStringLiteral("Europe/Berlin")));
    }
    auto db = openServer(schema);
    addCustomer(*db, QStringLiteral("Acme"));
    addCustomer(*db, QStringLiteral("Globex"));
    const QString display = db->display();
    MainWindow window(std::move(db));
    window.resize(1100, 700);
    window.show();
    customersOf(window);
    REQUIRE(
        QTest::qWaitFor([&] { return shows(window, QStringLiteral("2 customers")); }, kDeadlineMs));

    const QString ctl = envValue("FUNNELDESK_TEST_PG_CTL");
    REQUIRE(QProcess::execute(QStringLiteral("sh"),
                              {QStringLiteral("-c"), ctl + QStringLiteral(" stop -m fast")}) == 0);
    struct Restart { // whatever happens below, the later tests find the server running
        QString ctl;
        bool started = false;
        void start()
        {
            if (!started)
                started = QProcess::execute(
                              QStringLiteral("sh"),
                              {QStringLiteral("-c"), ctl + QStringLiteral(" start -w")}) == 0;
        }
        ~Restart() { start(); }
    } restart{ctl};

    REQUIRE(QTest::qWaitFor([&] { return window.isConnectionLost(); }, kDeadlineMs));
    auto* state = window.findChild<QLabel*>(QStringLiteral("reconnectState"));
    auto* now = window.findChild<QPushButton*>(QStringLiteral("reconnectNow"));
    REQUIRE(state);
    REQUIRE(now);
    CHECK(QTest::qWaitFor([&] { return now->isVisible(); }, kDeadlineMs));
    // The first try fails while the server is down, and the next is counted down to.
    REQUIRE(QTest::qWaitFor([&] { return state->text().startsWith(QStringLiteral("Not yet:")); },
                            kDeadlineMs));
    CHECK(state->text().contains(QStringLiteral("Reconnecting in")));
    CHECK(window.isConnectionLost());
    auto* lost = window.findChild<QLabel*>(QStringLiteral("connectionLost"));
    REQUIRE(lost);
    CHECK(lost->text().contains(
        QStringLiteral("The connection to the PostgreSQL server at %1 was lost").arg(display)));
    test::screenshot(window, QStringLiteral("live-reconnecting"));
    // Reconnect now tries at once (and fails again, the server being down).
    now->click();
    CHECK(QTest::qWaitFor(
        [&] { return now->isEnabled() && state->text().startsWith(QStringLiteral("Not yet:")); },
        kDeadlineMs));

    restart.start();
    REQUIRE(restart.started);
    // Back by itself (the next try of the countdown), its data read again.
    REQUIRE(QTest::qWaitFor([&] { return !window.isConnectionLost(); }, kDeadlineMs));
    CHECK(
        QTest::qWaitFor([&] { return shows(window, QStringLiteral("2 customers")); }, kDeadlineMs));
    bool named = false;
    for (QLabel* label : window.findChildren<QLabel*>())
        named = named || label->text().endsWith(QStringLiteral("(connection lost)"));
    CHECK_FALSE(named);
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->text() == QStringLiteral("&New customer…"))
            CHECK(action->isEnabled());
    }
    test::screenshot(window, QStringLiteral("live-back-after-restart"));
}

TEST_CASE(
    "live: a ticket open in two windows shows who else is viewing it, in both, until one leaves it",
    "[ui][postgres][live]")
{
    test::PgTestSchema schema;
    {
        pg::Connection conn = schema.connect();
        REQUIRE(pg::Schema::init(conn, QStringLiteral("Europe/Berlin")));
    }
    qint64 emma = 0;
    qint64 sam = 0;
    {
        auto setup = openServer(schema);
        Ticket ticket;
        ticket.customerId = addCustomer(*setup, QStringLiteral("Acme"));
        ticket.subject = QStringLiteral("Printer on fire");
        ticket.status = TicketStatus::Open;
        ticket.createdAt = QDateTime::currentDateTimeUtc();
        REQUIRE(TicketRepository(*setup).add(ticket, ticket.createdAt));
        Agent agent;
        agent.name = QStringLiteral("Emma Hansen");
        emma = AgentRepository(*setup).add(agent).value_or(0);
        agent.name = QStringLiteral("Sam Roe");
        sam = AgentRepository(*setup).add(agent).value_or(0);
        REQUIRE(emma > 0);
        REQUIRE(sam > 0);
    }
    // Each window's rep is the agent its connection acts for (signed in as).
    auto emmaDb = openServer(schema);
    auto samDb = openServer(schema);
    emmaDb->setActingAgent(emma);
    samDb->setActingAgent(sam);
    MainWindow emmaWindow(std::move(emmaDb));
    MainWindow samWindow(std::move(samDb));
    TicketsView* views[2] = {};
    int i = 0;
    for (MainWindow* window : {&emmaWindow, &samWindow}) {
        window->resize(1100, 700);
        window->show();
        window->showView(MainWindow::View::Tickets);
        auto* tickets = qobject_cast<TicketsView*>(window->viewWidget(MainWindow::View::Tickets));
        REQUIRE(tickets);
        REQUIRE(QTest::qWaitFor([&] { return tickets->table()->model()->rowCount() == 1; },
                                kDeadlineMs));
        tickets->table()->selectRow(0);
        REQUIRE(QTest::qWaitFor([&] { return tickets->detail()->ticketId() > 0; }, kDeadlineMs));
        views[i++] = tickets;
    }
    CHECK(QTest::qWaitFor(
        [&] {
            return views[0]->detail()->alsoViewingText() == QStringLiteral("Also viewing: Sam Roe");
        },
        kDeadlineMs));
    CHECK(QTest::qWaitFor(
        [&] {
            return views[1]->detail()->alsoViewingText() ==
                   QStringLiteral("Also viewing: Emma Hansen");
        },
        kDeadlineMs));
    test::screenshot(emmaWindow, QStringLiteral("live-also-viewing"));
    // Sam goes to the customers: Emma's pane no longer names him.
    samWindow.showView(MainWindow::View::Customers);
    CHECK(QTest::qWaitFor([&] { return views[0]->detail()->alsoViewingText().isEmpty(); },
                          kDeadlineMs));
}

TEST_CASE("live: a session that keeps the SLA sweep's lock is named in the status bar after five "
          "turns, and no "
          "longer once it lets go",
          "[ui][postgres][live]")
{
    test::PgTestSchema schema;
    {
        pg::Connection conn = schema.connect();
        REQUIRE(pg::Schema::init(conn, QStringLiteral("Europe/Berlin")));
    }
    // A login that took the sweep's keys and keeps them (in psql, say), as TeamJob does.
    auto keeper = openServer(schema);
    std::optional<std::optional<TeamJob>> kept;
    {
        Result<std::optional<TeamJob>> taken = TeamJob::take(*keeper, TeamJob::kSlaSweep);
        REQUIRE(taken);
        REQUIRE(taken->has_value());
        kept.emplace(std::move(*taken));
    }
    MainWindow window(openServer(schema));
    window.resize(1100, 700);
    window.show();
    auto* sweep = window.findChild<SlaSweep*>();
    REQUIRE(sweep);
    const QString login = keeper->teamRights().login;
    REQUIRE_FALSE(login.isEmpty());
    // The turns come each minute; here one after the other (a call while one runs is ignored).
    const auto named = [&] {
        return window.statusBar()->currentMessage().contains(QStringLiteral("“%1”").arg(login));
    };
    REQUIRE(QTest::qWaitFor(
        [&] {
            if (named())
                return true;
            sweep->sweepNow();
            return false;
        },
        kDeadlineMs));
    const QString said = window.statusBar()->currentMessage();
    INFO(said.toStdString());
    CHECK(said.startsWith(
        QStringLiteral("No SLA breach recorded for %1 minutes").arg(SlaSweep::kStuckTurns)));
    CHECK(said.contains(QStringLiteral("“FunnelDesk”")));
    // An empty database on a server is not called a file.
    auto* heading = window.findChild<QLabel*>(QStringLiteral("emptyFileHeading"));
    REQUIRE(heading);
    CHECK(heading->isVisible());
    CHECK(heading->text().contains(QStringLiteral("This database has no customers yet")));
    test::screenshot(window, QStringLiteral("live-sla-sweep-lock-kept"));

    // It lets go: a turn ends without naming anyone.
    QSignalSpy turns(sweep, &SlaSweep::turnDone);
    const auto oneTurn = [&] {
        const int before = static_cast<int>(turns.count());
        REQUIRE(QTest::qWaitFor(
            [&] {
                sweep->sweepNow(); // ignored while one runs
                return turns.count() > before;
            },
            kDeadlineMs));
    };
    kept.reset();
    oneTurn(); // one may have been under way with the lock still held
    window.statusBar()->clearMessage();
    oneTurn();
    CHECK_FALSE(named());

    // Other windows that happen to sweep at each turn (each a new session): never a keeper.
    for (int turn = 0; turn < SlaSweep::kStuckTurns + 2; ++turn) {
        auto other = openServer(schema);
        std::optional<TeamJob> taken; // once this window's own sweep (if one runs) lets go
        REQUIRE(QTest::qWaitFor(
            [&] {
                Result<std::optional<TeamJob>> tried = TeamJob::take(*other, TeamJob::kSlaSweep);
                REQUIRE(tried);
                taken = std::move(*tried);
                return taken.has_value();
            },
            kDeadlineMs));
        oneTurn();
    }
    CHECK_FALSE(named());
}
