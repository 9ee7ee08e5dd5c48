// Issue 15, "Numbers that are current": after any write made in the window, and any write by
// another connection to the same file, the counts, lists, detail panes and dashboards show
// the data as it is; each dashboard says when it counted and counts again on F5; a refresh
// keeps the rep's place in a list and the detail pane's customer or ticket.
#include "MainWindow.h"

#include "BackgroundTask.h"
#include "common/Clock.h"
#include "DataChanges.h"
#include "domain/Customer.h"
#include "domain/Ticket.h"
#include "domain/Touchpoint.h"
#include "metrics/DashboardMetrics.h"
#include "models/CustomerTableModel.h"
#include "models/TicketTableModel.h"
#include "service/Customers.h"
#include "stages/StageEngine.h"
#include "storage/CustomerRepository.h"
#include "storage/StatsRepository.h"
#include "storage/TicketRepository.h"
#include "storage/TouchpointRepository.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "ui/CurrentNumbersSupport.h"
#include "views/CustomerDetail.h"
#include "views/CustomersView.h"
#include "views/DashboardView.h"
#include "views/ImportWizard.h"
#include "views/NewTicketDialog.h"
#include "views/TicketDetail.h"
#include "views/TicketsView.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFocusEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <set>

using namespace fd;
using View = MainWindow::View;
using namespace fd::test::current;

namespace {

qint64 addZephyr(const QString& path, int daysAgo = 40)
{
    auto db = test::openDatabase(path);
    Customer c;
    c.name = QStringLiteral("Zephyr Quokka Ltd");
    c.since = QDate::currentDate().addDays(-daysAgo); // onboarding; a touchpoint moves it on
    auto added = Customers(*db, Clock::system()).add(c);
    REQUIRE(added);
    return added->value;
}

QString openCount(CustomersView* view, qint64 customerId)
{
    const int row = view->model()->rowOf(customerId);
    REQUIRE(row >= 0);
    return view->model()->index(row, CustomerTableModel::OpenTicketsColumn).data().toString();
}

} // namespace

TEST_CASE("The change counter moves for another connection's commit, not for its own",
          "[ui][sqlite-only][current][storage]")
{
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("counter.sqlite"));
    auto mine = test::openDatabase(path);
    auto other = test::openDatabase(path);
    const auto start = mine->dataVersion();
    REQUIRE(start);
    Customer c;
    c.name = QStringLiteral("Mine");
    c.since = QDate::currentDate();
    REQUIRE(CustomerRepository(*mine).add(c));
    CHECK(mine->dataVersion() == start); // its own commit
    c.name = QStringLiteral("Theirs");
    REQUIRE(CustomerRepository(*other).add(c));
    const auto after = mine->dataVersion();
    REQUIRE(after);
    CHECK(*after != *start);
}

TEST_CASE("Every write made in the window is counted again by the dashboards",
          "[ui][current][dashboard][ui-pg]")
{
    test::Scratch scratch;
    const QString path = demoFile(scratch);
    const qint64 zephyr = addZephyr(path);
    test::rememberFirstAgent(path); // who logs, moves and creates
    MainWindow window(test::openDatabase(path));
    window.resize(1280, 800);
    window.show();
    window.showView(View::Overview);
    DashboardView* overview = dashboard(window, View::Overview);
    auto* customers =
        qobject_cast<CustomersView*>(window.viewWidget(View::Customers)); // built, not shown
    waitQuiet(window);
    waitReady(overview);
    window.dataChanges()->setPollInterval(0); // only this window's own announcements
    const Report before = overview->report();
    CustomerDetail* detail = customers->detail();
    detail->showCustomer(zephyr);

    SECTION("a touchpoint moves a customer on: the overview shown counts it at once")
    {
        Touchpoint call;
        call.customerId = zephyr;
        call.kind = TouchpointKind::Phone;
        call.occurredAt = QDateTime::currentDateTimeUtc();
        call.summary = QStringLiteral("Walked through SSO setup");
        REQUIRE(detail->logTouchpoint(call));
        CHECK_FALSE(overview->isReady()); // counting again
        requireCurrent(window, View::Overview, path, before);
        CHECK(countsText(window) == expectedCounts(path));
    }

    SECTION("a manual move")
    {
        REQUIRE(detail->move(static_cast<int>(Stage::Advocacy),
                             QStringLiteral("Spoke at our conference"), false));
        requireCurrent(window, View::Overview, path, before);
    }

    SECTION("a new ticket (Ctrl+N): a stage's dashboard, hidden, counts again when shown")
    {
        DashboardView* postSales = dashboard(window, View::PostSales); // built, hidden, counted
        waitReady(postSales);
        const Report postSalesBefore = postSales->report();
        Ticket t;
        t.customerId = zephyr;
        t.subject = QStringLiteral("Cannot invite the team");
        REQUIRE(window.addTicket(t) > 0);
        REQUIRE(window.currentView() == View::Tickets);
        CHECK(postSales->isStale()); // hidden: counted when next shown
        window.showView(View::Overview);
        requireCurrent(window, View::Overview, path, before);
        window.showView(View::PostSales);
        requireCurrent(window, View::PostSales, path, postSalesBefore);
        CHECK(countsText(window) == expectedCounts(path));
    }

    SECTION("a ticket solved in its pane")
    {
        window.showView(View::Tickets);
        auto* tickets = qobject_cast<TicketsView*>(window.viewWidget(View::Tickets));
        tickets->selectQueue(static_cast<int>(TicketListQuery::Queue::AllOpen));
        REQUIRE(tickets->model()->rowCount() > 0);
        tickets->table()->selectRow(0);
        const qint64 id = tickets->detail()->ticketId();
        Ticket solved = **TicketRepository(*test::openDatabase(path)).find(id);
        solved.status = TicketStatus::Solved;
        REQUIRE(tickets->detail()->save(solved));
        CHECK(countsText(window) == expectedCounts(path));
        window.showView(View::Overview);
        requireCurrent(window, View::Overview, path, before);
    }

    SECTION("Recompute, in the background: counted again once, not twice")
    {
        QSignalSpy changed(window.dataChanges(), &DataChanges::changed);
        window.dataChanges()->setPollInterval(200); // the job's own connection is noticed too
        BackgroundTask* task = window.recomputeStages();
        REQUIRE(task);
        QSignalSpy finished(task, &BackgroundTask::finished);
        REQUIRE(finished.wait(30000));
        REQUIRE(finished.at(0).at(0).toBool());
        requireCurrent(window, View::Overview, path, before);
        QTest::qWait(1000); // polls that must not announce the job's write again
        CHECK(changed.size() == 1);
    }
}

TEST_CASE("After an import of customers the overview counts them", "[ui][current][import]")
{
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("new.sqlite"));
    const QString csv = scratch.file(QStringLiteral("customers.csv"));
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("name,email,since\n");
        for (int i = 0; i < 580; ++i)
            file.write(QStringLiteral("Customer %1,c%1@example.com,%2\n")
                           .arg(i)
                           .arg(QDate::currentDate().addDays(-(i % 700)).toString(Qt::ISODate))
                           .toUtf8());
    }
    MainWindow window(test::openDatabase(path));
    window.resize(1280, 800);
    window.show();
    DashboardView* overview = dashboard(window, View::Overview);
    window.showView(View::Overview);
    waitQuiet(window);
    waitReady(overview);
    window.dataChanges()->setPollInterval(0); // the wizard's own announcement
    const Report before = overview->report();
    CHECK(before.kpi(QStringLiteral("onboarding_customers"))->value == 0);

    window.openImportWizard();
    auto* wizard = window.findChild<ImportWizard*>();
    REQUIRE(wizard);
    wizard->setFile(csv, ImportMapping::Entity::Customers);
    wizard->next();
    wizard->next();
    wizard->next(); // the dry run
    REQUIRE(wizard->currentId() == ImportWizard::CheckPage);
    REQUIRE(wizard->task());
    QSignalSpy checked(wizard->task(), &BackgroundTask::finished);
    REQUIRE(checked.wait(60000));
    QSignalSpy imported(wizard, &ImportWizard::importFinished);
    wizard->next();
    REQUIRE(imported.wait(60000));
    REQUIRE(imported.at(0).at(0).toBool());
    requireCurrent(window, View::Overview, path, before);
    double all = 0;
    for (const char* key : {"onboarding_customers", "post_sales_customers", "retention_customers",
                            "advocacy_customers"})
        all += overview->report().kpi(QLatin1String(key))->value.value_or(0);
    CHECK(all == 580);
    CHECK(countsText(window) == expectedCounts(path));
    wizard->close();
}

TEST_CASE("A write by another process on the same file is noticed within a poll", "[ui][current]")
{
    test::Scratch scratch;
    const QString path = demoFile(scratch);
    MainWindow window(test::openDatabase(path));
    window.resize(1280, 800);
    window.show();
    auto* customers = qobject_cast<CustomersView*>(window.viewWidget(View::Customers));
    window.showView(View::Overview);
    DashboardView* overview = dashboard(window, View::Overview);
    waitQuiet(window);
    waitReady(overview);
    const Report before = overview->report();
    const int listed = customers->model()->rowCount();

    QSignalSpy changed(window.dataChanges(), &DataChanges::changed);
    addZephyr(path); // another connection: another FunnelDesk, the CLI
    REQUIRE(changed.wait(10000));
    CHECK(countsText(window) == expectedCounts(path));
    requireCurrent(window, View::Overview, path, before);
    window.showView(View::Customers); // hidden meanwhile: read when shown
    CHECK(customers->model()->rowCount() == listed + 1);
}

TEST_CASE("After Ctrl+N the customer's row shows the new open ticket", "[ui][current][ui-pg]")
{
    test::Scratch scratch;
    const QString path = demoFile(scratch);
    const qint64 zephyr = addZephyr(path);
    test::rememberFirstAgent(path); // who logs, moves and creates
    MainWindow window(test::openDatabase(path));
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    window.showView(View::Customers);
    auto* customers = qobject_cast<CustomersView*>(window.viewWidget(View::Customers));
    customers->setSearch(QStringLiteral("Zephyr Quokka"));
    customers->selectCustomer(zephyr);
    REQUIRE(customers->detail()->customerId() == zephyr);
    window.dataChanges()->setPollInterval(0);
    CHECK(openCount(customers, zephyr) == QStringLiteral("0"));

    // The dialog opens with the selected customer; a subject, and OK.
    bool filled = false;
    auto* fill = new QTimer(&window);
    fill->setInterval(20);
    QObject::connect(fill, &QTimer::timeout, &window, [&] {
        auto* dialog = qobject_cast<NewTicketDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        fill->stop();
        dialog->subjectEdit()->setText(QStringLiteral("Cannot invite the team"));
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        filled = ok->isEnabled();
        if (filled)
            ok->click();
        else
            dialog->reject();
    });
    fill->start();
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    REQUIRE(filled);
    CHECK(window.currentView() == View::Tickets);
    window.showView(View::Customers);
    CHECK(openCount(customers, zephyr) == QStringLiteral("1"));
    CHECK(customers->detail()->customerId() == zephyr);
}

TEST_CASE("After Recompute no Stuck tile lists a customer who left its stage",
          "[ui][current][dashboard][ui-pg]")
{
    test::Scratch scratch;
    const QString path = demoFile(scratch); // generated in March: by now many have moved on
    MainWindow window(test::openDatabase(path));
    window.resize(1280, 800);
    window.show();
    const View stages[] = {View::Onboarding, View::PostSales, View::Retention, View::Advocacy};
    std::map<View, std::vector<qint64>> stuckBefore;
    for (View view : stages) {
        window.showView(view);
        waitReady(dashboard(window, view));
    }
    waitQuiet(window);
    for (View view : stages) {
        const Kpi* stuck = dashboard(window, view)->report().kpi(QStringLiteral("stuck"));
        REQUIRE(stuck);
        REQUIRE(stuck->drill.listed);
        stuckBefore[view] = stuck->drill.ids;
    }
    window.dataChanges()->setPollInterval(0);

    BackgroundTask* task = window.recomputeStages();
    REQUIRE(task);
    QSignalSpy finished(task, &BackgroundTask::finished);
    REQUIRE(finished.wait(30000));
    REQUIRE(finished.at(0).at(0).toBool());

    auto db = test::openDatabase(path, Database::Access::ReadOnly);
    CustomerRepository stored(*db);
    int movedOut = 0; // stuck before, in another stage now: what a stale tile would list
    for (View view : stages) {
        const Stage stage = static_cast<Stage>(static_cast<int>(view) - 1);
        INFO(displayName(stage).toStdString());
        for (qint64 id : stuckBefore[view])
            movedOut += (*stored.find(id))->stage != stage;
        window.showView(view);
        DashboardView* d = dashboard(window, view);
        waitReady(d);
        const Kpi* stuck = d->report().kpi(QStringLiteral("stuck"));
        REQUIRE(stuck);
        for (qint64 id : stuck->drill.ids) {
            INFO("customer " << id);
            CHECK((*stored.find(id))->stage == stage);
        }
        // The tile opens exactly its list, all of it in the stage.
        auto* tile = d->findChild<QToolButton*>(QStringLiteral("stuck"));
        REQUIRE(tile);
        tile->click();
        auto* customers = qobject_cast<CustomersView*>(window.viewWidget(View::Customers));
        CHECK(customers->model()->rowCount() == static_cast<int>(stuck->drill.ids.size()));
    }
    REQUIRE(movedOut > 0); // the recompute did move stuck customers out of their stage
}

TEST_CASE("After Recompute the selection stays, and the pane keeps its customer or ticket",
          "[ui][current][ui-pg]")
{
    test::Scratch scratch;
    const QString path = demoFile(scratch);
    // Who a recompute now moves out of onboarding, and who stays there.
    qint64 leaves = 0;
    qint64 stays = 0;
    {
        auto db = test::openDatabase(path, Database::Access::ReadOnly);
        RecomputeOptions dryRun;
        dryRun.dryRun = true;
        auto report = StageEngine(*db, Clock::system()).recompute(dryRun);
        REQUIRE(report);
        std::set<qint64> moved;
        for (const StageChange& change : report->changes) {
            moved.insert(change.customerId);
            if (!leaves && change.from == Stage::Onboarding)
                leaves = change.customerId;
        }
        auto onboarding = db->query("SELECT id FROM customer WHERE stage = 'onboarding' AND status "
                                    "= 'active' ORDER BY name");
        std::vector<qint64> ids;
        while (onboarding->step())
            ids.push_back(onboarding->int64(0));
        for (auto it = ids.rbegin(); it != ids.rend() && !stays; ++it) // far down the list
            stays = moved.count(*it) ? 0 : *it;
    }
    REQUIRE(leaves > 0);
    REQUIRE(stays > 0);

    MainWindow window(test::openDatabase(path));
    window.resize(1280, 800);
    window.show();
    window.showView(View::Customers);
    auto* customers = qobject_cast<CustomersView*>(window.viewWidget(View::Customers));
    customers->setStageFilter(Stage::Onboarding);
    waitQuiet(window);
    window.dataChanges()->setPollInterval(0);
    const auto recompute = [&] {
        BackgroundTask* task = window.recomputeStages();
        REQUIRE(task);
        QSignalSpy finished(task, &BackgroundTask::finished);
        REQUIRE(finished.wait(30000));
        REQUIRE(finished.at(0).at(0).toBool());
    };
    QTableView* table = customers->table();
    const auto currentId = [](QTableView* t) {
        return t->currentIndex().isValid()
                   ? t->currentIndex().data(CustomerTableModel::CustomerIdRole).toLongLong()
                   : 0;
    };

    SECTION("a customer still listed stays selected, at the same scroll position")
    {
        customers->selectCustomer(stays);
        REQUIRE(currentId(table) == stays);
        const int scroll = table->verticalScrollBar()->value();
        recompute();
        CHECK(currentId(table) == stays);
        CHECK(table->selectionModel()->isRowSelected(table->currentIndex().row(), {}));
        CHECK(customers->detail()->customerId() == stays);
        CHECK(table->verticalScrollBar()->value() == scroll);
    }

    SECTION("a customer moved out of the filtered list stays in the pane, also after the list gets "
            "the focus")
    {
        customers->selectCustomer(leaves);
        REQUIRE(currentId(table) == leaves);
        recompute();
        CHECK(customers->model()->rowOf(leaves) < 0);
        CHECK(customers->detail()->customerId() == leaves);
        QFocusEvent focus(QEvent::FocusIn, Qt::TabFocusReason);
        QApplication::sendEvent(table, &focus);
        CHECK(customers->detail()->customerId() == leaves);
        CHECK_FALSE(table->currentIndex().isValid());
    }

    SECTION("a ticket far down the whole list stays selected, and a half-typed reply stays")
    {
        window.showView(View::Tickets);
        auto* tickets = qobject_cast<TicketsView*>(window.viewWidget(View::Tickets));
        tickets->selectQueue(static_cast<int>(TicketListQuery::Queue::All));
        REQUIRE(tickets->model()->rowCount() > 300);
        const QModelIndex far = tickets->model()->index(300, 0);
        tickets->table()->scrollTo(far);
        tickets->table()->selectRow(300);
        const qint64 ticket = tickets->detail()->ticketId();
        REQUIRE(ticket == far.data(TicketTableModel::TicketIdRole).toLongLong());
        tickets->detail()->composer()->setPlainText(QStringLiteral("Half a reply"));
        recompute();
        CHECK(tickets->detail()->ticketId() == ticket);
        REQUIRE(tickets->table()->currentIndex().isValid());
        CHECK(tickets->table()->currentIndex().data(TicketTableModel::TicketIdRole).toLongLong() ==
              ticket);
        CHECK(tickets->detail()->composer()->toPlainText() == QStringLiteral("Half a reply"));
    }
}
