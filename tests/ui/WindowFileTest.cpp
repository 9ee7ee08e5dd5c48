// The window and its file: File → Back up, a read-only file's banner, the layout remembered,
// two windows on one file.
#include "CurrentAgent.h"
#include "MainWindow.h"
#include "storage/AgentRepository.h"

#include "charts/BarChart.h"
#include "demo/Generator.h"
#include "domain/Contact.h"
#include "domain/Customer.h"
#include "domain/Touchpoint.h"
#include "metrics/DashboardMetrics.h"
#include "models/CustomerTableModel.h"
#include "models/TicketTableModel.h"
#include "storage/CustomerRepository.h"
#include "storage/IntegrityCheck.h"
#include "storage/StatsRepository.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "ui/DrillSupport.h"
#include "views/CustomerDetail.h"
#include "views/CustomerDialog.h"
#include "views/CustomersView.h"
#include "views/DashboardView.h"
#include "views/TicketDetail.h"
#include "views/TicketsView.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace fd;

namespace {

QString demoFile(const test::Scratch& scratch)
{
    return test::demoFile(scratch, QStringLiteral("ui.sqlite"), 400, 2500, 9000);
}

using test::screenshot;

} // namespace

namespace {

using test::dashboardOf;

} // namespace

TEST_CASE("File → Back up writes a sound copy, and opened files are remembered",
          "[ui][sqlite-only]")
{
    test::Scratch scratch;
    const QString path = demoFile(scratch);
    MainWindow window(test::openDatabase(path));
    const QString copy = scratch.file(QStringLiteral("copy.sqlite"));
    CHECK(window.backUpTo(copy).isEmpty());
    auto counts = StatsRepository(*test::openDatabase(copy, Database::Access::ReadOnly)).counts();
    REQUIRE(counts);
    CHECK(counts->customers == 400);
    CHECK(window.backUpTo(copy).isEmpty()); // the dialog asked; the old copy is replaced
    CHECK_FALSE(window.backUpTo(scratch.file(QStringLiteral("no/such/folder/x.sqlite"))).isEmpty());

    MainWindow::rememberFile(copy);
    MainWindow::rememberFile(path);
    const QStringList recent = MainWindow::recentFiles();
    REQUIRE(recent.size() >= 2);
    CHECK(recent.at(0) == QFileInfo(path).absoluteFilePath());
    CHECK(recent.at(1) == QFileInfo(copy).absoluteFilePath());
}

TEST_CASE("A read-only file opens with a banner and no way to change it", "[ui]")
{
    test::Scratch scratch;
    const QString path = demoFile(scratch);
    QFile::setPermissions(path, QFile::ReadOwner);
    MainWindow window(test::openDatabase(path, Database::Access::ReadOnly));
    window.resize(1280, 800);
    window.show();
    auto* banner = window.findChild<QLabel*>(QStringLiteral("readOnlyBanner"));
    REQUIRE(banner);
    CHECK(banner->isVisible());
    window.showView(MainWindow::View::Customers);
    auto* view = qobject_cast<CustomersView*>(window.viewWidget(MainWindow::View::Customers));
    REQUIRE(view);
    view->table()->selectRow(0);
    const auto buttons = view->detail()->findChildren<QPushButton*>();
    for (QPushButton* button : buttons) {
        if (button->text() != QStringLiteral("Why?")) {
            INFO(button->text().toStdString());
            CHECK_FALSE(button->isEnabled());
        }
    }
    screenshot(window, QStringLiteral("read-only"));
}

TEST_CASE("Column widths and splitters are remembered, and the status bar counts", "[ui]")
{
    test::Scratch scratch;
    const QString path = demoFile(scratch);
    int width = 0;
    {
        MainWindow window(test::openDatabase(path));
        window.resize(1280, 800);
        window.show();
        window.showView(MainWindow::View::Customers);
        auto* view = qobject_cast<CustomersView*>(window.viewWidget(MainWindow::View::Customers));
        width = view->table()->columnWidth(CustomerTableModel::CompanyColumn) + 37;
        view->table()->setColumnWidth(CustomerTableModel::CompanyColumn, width);
        QStringList texts;
        for (const QLabel* label : window.statusBar()->findChildren<QLabel*>())
            texts << label->text();
        CHECK(texts.contains(
            QStringLiteral("400 customers · %1 open tickets")
                .arg(test::openDatabase(path)->scalar("SELECT count(*) FROM ticket WHERE status IN "
                                                      "('new', 'open', 'pending', 'on_hold')"))));
        dashboardOf(window, MainWindow::View::Overview); // its tables are built, and named
        window.close();
    }
    // Only the lists' columns are kept: the dashboards' tables are rebuilt on each refresh.
    QSettings settings;
    settings.beginGroup(QStringLiteral("layout"));
    QStringList kept;
    for (const QString& key : settings.allKeys()) {
        if (key.endsWith(QLatin1String("/columns")))
            kept << key;
    }
    CHECK(kept == QStringList{QStringLiteral("customersTable/columns")});
    MainWindow again(test::openDatabase(path));
    again.showView(MainWindow::View::Customers);
    auto* view = qobject_cast<CustomersView*>(again.viewWidget(MainWindow::View::Customers));
    CHECK(view->table()->columnWidth(CustomerTableModel::CompanyColumn) == width);
}

TEST_CASE("Two windows on one file work side by side", "[ui]")
{
    // The decision: a second FunnelDesk on the same file opens beside the first (WAL lets
    // readers and one writer at a time share it; writes wait for each other, never clash).
    test::Scratch scratch;
    const QString path = demoFile(scratch);
    MainWindow first(test::openDatabase(path));
    MainWindow second(test::openDatabase(path));
    first.show();
    second.show();
    Customer a;
    a.name = QStringLiteral("From the first window");
    a.since = QDate::currentDate();
    Customer b = a;
    b.name = QStringLiteral("From the second window");
    REQUIRE(first.addCustomer(a));
    REQUIRE(second.addCustomer(b));
    auto* list = qobject_cast<CustomersView*>(first.viewWidget(MainWindow::View::Customers));
    list->setSearch(QStringLiteral("From the"));
    CHECK(list->model()->rowCount() == 2); // the first window sees the second's customer
    auto problems = IntegrityCheck::run(*test::openDatabase(path, Database::Access::ReadOnly));
    REQUIRE(problems);
    CHECK(problems->isEmpty());
}
