// The main window on a generated database: every view shows its data, the customers
// view filters as a rep types, and a screenshot of each view is written to look at.
#include "MainWindow.h"

#include "demo/Generator.h"
#include "models/CustomerTableModel.h"
#include "storage/StatsRepository.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "domain/Contact.h"
#include "domain/Customer.h"
#include "domain/Touchpoint.h"
#include "storage/CustomerRepository.h"
#include "views/CustomerDetail.h"
#include "views/CustomersView.h"
#include "views/CustomerDialog.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QPushButton>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTreeWidget>
#include <QTest>

using namespace fd;

namespace {

QString demoFile(const test::Scratch& scratch)
{
    return test::demoFile(scratch, QStringLiteral("ui.sqlite"), 400, 2500, 9000);
}

using test::screenshot;

} // namespace

TEST_CASE("The overview shows the database's counts", "[ui]")
{
    test::Scratch scratch;
    MainWindow window(test::openDatabase(demoFile(scratch)));
    window.resize(1280, 800);
    window.show();
    QStringList texts;
    for (const QLabel* label : window.viewWidget(MainWindow::View::Overview)->findChildren<QLabel*>())
        texts << label->text();
    const QLocale locale;
    CHECK(texts.contains(locale.toString(400)));
    CHECK(texts.contains(locale.toString(2500)));
    CHECK(texts.contains(locale.toString(9000)));
    CHECK(texts.join(QLatin1Char(' ')).contains(QStringLiteral("ui.sqlite")));
    screenshot(window, QStringLiteral("overview"));
}

TEST_CASE("Each stage view lists that stage's active customers", "[ui]")
{
    test::Scratch scratch;
    const QString path = demoFile(scratch);
    auto counts = StatsRepository(*test::openDatabase(path)).counts();
    REQUIRE(counts);
    MainWindow window(test::openDatabase(path));
    window.resize(1280, 800);
    window.show();
    const std::pair<MainWindow::View, const char*> views[] = {
        {MainWindow::View::Onboarding, "onboarding"}, {MainWindow::View::PostSales, "post-sales"},
        {MainWindow::View::Retention, "retention"}, {MainWindow::View::Advocacy, "advocacy"}};
    for (std::size_t i = 0; i < std::size(views); ++i) {
        window.showView(views[i].first);
        CHECK(window.currentView() == views[i].first);
        auto* view = qobject_cast<CustomersView*>(window.viewWidget(views[i].first));
        REQUIRE(view);
        CHECK(view->model()->rowCount() == counts->activeByStage[i]);
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        screenshot(window, QLatin1String(views[i].second));
    }
}

TEST_CASE("The customers view filters as the rep types", "[ui]")
{
    test::Scratch scratch;
    MainWindow window(test::openDatabase(demoFile(scratch)));
    window.resize(1280, 800);
    window.show();
    window.showView(MainWindow::View::Customers);
    auto* view = qobject_cast<CustomersView*>(window.viewWidget(MainWindow::View::Customers));
    REQUIRE(view);
    const int all = view->model()->rowCount();
    CHECK(all > 300); // active customers of 400
    screenshot(window, QStringLiteral("customers"));

    const QString company = view->model()->data(view->model()->index(0, CustomerTableModel::CompanyColumn)).toString();
    auto* search = view->findChild<QLineEdit*>();
    REQUIRE(search);
    QTest::keyClicks(search, company);
    // The search waits for a pause in typing.
    CHECK(view->model()->rowCount() == all);
    REQUIRE(QTest::qWaitFor([&] { return view->model()->rowCount() < all; }, 2000));
    for (int row = 0; row < view->model()->rowCount(); ++row)
        CHECK(view->model()->data(view->model()->index(row, CustomerTableModel::CompanyColumn)).toString() == company);
    screenshot(window, QStringLiteral("customers-search"));
}

TEST_CASE("View names for --view", "[ui]")
{
    CHECK(MainWindow::viewNamed(QStringLiteral("post-sales")) == MainWindow::View::PostSales);
    CHECK(MainWindow::viewNamed(QStringLiteral("customers")) == MainWindow::View::Customers);
    CHECK(MainWindow::viewNamed(QStringLiteral("tickets")) == MainWindow::View::Tickets);
    CHECK_FALSE(MainWindow::viewNamed(QStringLiteral("ticket")).has_value());
}

TEST_CASE("A rep logs a call and sees the customer move, with the reason", "[ui]")
{
    test::Scratch scratch;
    const QString path = demoFile(scratch);
    {
        auto db = test::openDatabase(path);
        Customer c;
        c.name = QStringLiteral("Zephyr Quokka Ltd");
        c.since = QDate::currentDate().addDays(-40);
        REQUIRE(CustomerRepository(*db).add(c));
    }
    MainWindow window(test::openDatabase(path));
    window.resize(1280, 800);
    window.show();
    window.showView(MainWindow::View::Customers);
    auto* view = qobject_cast<CustomersView*>(window.viewWidget(MainWindow::View::Customers));
    REQUIRE(view);
    view->setSearch(QStringLiteral("Zephyr Quokka"));
    REQUIRE(view->model()->rowCount() == 1);
    view->table()->selectRow(0);
    CustomerDetail* detail = view->detail();
    REQUIRE(detail->isEnabled());

    QSignalSpy moved(detail, &CustomerDetail::moved);
    Touchpoint call;
    call.customerId = detail->customerId();
    call.kind = TouchpointKind::Phone;
    call.occurredAt = QDateTime::currentDateTimeUtc();
    call.summary = QStringLiteral("Walked through SSO setup");
    REQUIRE(detail->logTouchpoint(call));
    REQUIRE(moved.size() == 1);
    CHECK(moved.at(0).at(1).toString() == QStringLiteral("Zephyr Quokka Ltd moved to Post-sales"));
    CHECK(window.statusBar()->currentMessage().startsWith(QStringLiteral("Zephyr Quokka Ltd moved to Post-sales — why: Onboarding → Post-sales: 40 days")));
    CHECK(view->model()->data(view->model()->index(0, CustomerTableModel::StageColumn)).toString() == QStringLiteral("Post-sales"));
    auto* timeline = detail->findChild<QTreeWidget*>(QStringLiteral("timeline"));
    REQUIRE(timeline);
    REQUIRE(timeline->topLevelItemCount() == 3); // the move, the call, the entry
    CHECK(timeline->topLevelItem(0)->text(1) == QStringLiteral("Onboarding → Post-sales"));
    CHECK(timeline->topLevelItem(1)->text(2) == QStringLiteral("Walked through SSO setup"));
    CHECK(detail->explanation().contains(QStringLiteral("✗ 40 days since first sale (≥ 90)")));
    screenshot(window, QStringLiteral("customer-detail"));

    SECTION("a manual move needs a reason and can pin")
    {
        CHECK_FALSE(detail->move(static_cast<int>(Stage::Advocacy), QString(), true));
        REQUIRE(detail->move(static_cast<int>(Stage::Advocacy), QStringLiteral("Spoke at our conference"), true));
        CHECK(view->model()->data(view->model()->index(0, CustomerTableModel::StageColumn)).toString() == QStringLiteral("Advocacy"));
    }

    SECTION("the profile is edited in the customer dialog, and contacts are added")
    {
        auto stored = CustomerRepository(*test::openDatabase(path)).find(detail->customerId());
        REQUIRE(stored);
        CustomerDialog dialog(&window, {}, **stored);
        CHECK(dialog.nameEdit()->text() == QStringLiteral("Zephyr Quokka Ltd"));
        dialog.emailEdit()->setText(QStringLiteral("not an address"));
        CHECK(dialog.problem().contains(QStringLiteral("is not an email address")));
        dialog.emailEdit()->setText(QStringLiteral("ops@zephyr.example"));
        dialog.nameEdit()->setText(QStringLiteral("Zephyr Quokka Group"));
        dialog.statusBox()->setCurrentIndex(1); // churned
        REQUIRE(detail->saveProfile(dialog.customer()));
        auto saved = **CustomerRepository(*test::openDatabase(path)).find(detail->customerId());
        CHECK(saved.name == QStringLiteral("Zephyr Quokka Group"));
        CHECK(saved.email == QStringLiteral("ops@zephyr.example"));
        CHECK(saved.status == CustomerStatus::Churned);
        CHECK(saved.stage == Stage::PostSales); // the stage is the engine's, not the form's

        Contact anna;
        anna.customerId = detail->customerId();
        anna.name = QStringLiteral("Anna Berg");
        anna.email = QStringLiteral("anna@zephyr.example");
        anna.role = QStringLiteral("IT lead");
        anna.addedAt = QDateTime::currentDateTimeUtc();
        REQUIRE(detail->addContact(anna));
        REQUIRE(detail->contacts()->topLevelItemCount() == 1);
        CHECK(detail->contacts()->topLevelItem(0)->text(2) == QStringLiteral("IT lead"));
    }
}

TEST_CASE("File → Back up writes a sound copy, and opened files are remembered", "[ui]")
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

TEST_CASE("Ctrl+F from the overview goes to the customers and focuses the search", "[ui]")
{
    test::Scratch scratch;
    MainWindow window(test::openDatabase(demoFile(scratch)));
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    CHECK(window.currentView() == MainWindow::View::Overview);
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    CHECK(window.currentView() == MainWindow::View::Customers);
    auto* view = qobject_cast<CustomersView*>(window.viewWidget(MainWindow::View::Customers));
    REQUIRE(view);
    CHECK(view->findChild<QLineEdit*>()->hasFocus());
}

TEST_CASE("The new-customer dialog says what is wrong as the rep types", "[ui]")
{
    CustomerDialog dialog;
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled());
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Acme Corp"));
    CHECK(ok->isEnabled());
    QTest::keyClicks(dialog.emailEdit(), QStringLiteral("ops@acme"));
    CHECK_FALSE(ok->isEnabled());
    CHECK(dialog.problem() == QStringLiteral("“ops@acme” is not an email address."));
    QTest::keyClicks(dialog.emailEdit(), QStringLiteral(".example"));
    CHECK(ok->isEnabled());
    CHECK(dialog.customer().email == QStringLiteral("ops@acme.example"));
}

TEST_CASE("Adding a customer shows it selected in the customers view", "[ui]")
{
    test::Scratch scratch;
    MainWindow window(test::openDatabase(demoFile(scratch)));
    window.resize(1280, 800);
    window.show();
    Customer c;
    c.name = QStringLiteral("Brand New Ltd");
    c.since = QDate::currentDate().addDays(-3);
    REQUIRE(window.addCustomer(c));
    CHECK(window.currentView() == MainWindow::View::Customers);
    CHECK(window.statusBar()->currentMessage() == QStringLiteral("Added Brand New Ltd in Onboarding"));
    auto* view = qobject_cast<CustomersView*>(window.viewWidget(MainWindow::View::Customers));
    const QModelIndex selected = view->table()->currentIndex();
    REQUIRE(selected.isValid());
    CHECK(view->model()->data(view->model()->index(selected.row(), CustomerTableModel::NameColumn)).toString() == QStringLiteral("Brand New Ltd"));
    CHECK(view->detail()->customerId() == selected.data(CustomerTableModel::CustomerIdRole).toLongLong());
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
    window.showView(MainWindow::View::Retention);
    auto* view = qobject_cast<CustomersView*>(window.viewWidget(MainWindow::View::Retention));
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
        CHECK(texts.contains(QStringLiteral("400 customers · %1 open tickets")
                                 .arg(test::openDatabase(path)->scalar(
                                     "SELECT count(*) FROM ticket WHERE status IN ('new', 'open', 'pending', 'on_hold')"))));
        window.close();
    }
    MainWindow again(test::openDatabase(path));
    again.showView(MainWindow::View::Customers);
    auto* view = qobject_cast<CustomersView*>(again.viewWidget(MainWindow::View::Customers));
    CHECK(view->table()->columnWidth(CustomerTableModel::CompanyColumn) == width);
    // A stage page keeps its own columns.
    auto* retention = qobject_cast<CustomersView*>(again.viewWidget(MainWindow::View::Retention));
    CHECK(retention->table()->columnWidth(CustomerTableModel::CompanyColumn) != width);
}
