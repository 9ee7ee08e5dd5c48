// The words the window shows (issue 15, Words): display names and never a stable key
// ("post_sales", "on_hold", "self_service"), no literal mnemonic '&', one date style, and
// counts that agree in number ("1 customer", "2 customers").
#include "MainWindow.h"

#include "common/Clock.h"
#include "demo/Generator.h"
#include "domain/Customer.h"
#include "domain/Enums.h"
#include "domain/Ticket.h"
#include "models/CustomerTableModel.h"
#include "models/Formatting.h"
#include "models/ReportText.h"
#include "models/TicketTableModel.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "views/CustomerDetail.h"
#include "views/CustomersView.h"
#include "views/DashboardView.h"
#include "views/ImportWizard.h"
#include "views/TicketsView.h"

#include <catch2/catch.hpp>

#include <QAbstractBarSeries>
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QWizard>

#include <functional>
#include <set>

using namespace fd;

namespace {

// Every stable key of every domain enum.
template <typename E> void addKeys(std::set<QString>& keys)
{
    for (std::size_t i = 0; i < enumCount<E>(); ++i)
        keys.insert(toString(static_cast<E>(i)));
}

const std::set<QString>& allKeys()
{
    static const std::set<QString> keys = [] {
        std::set<QString> k;
        addKeys<Stage>(k);
        addKeys<CustomerStatus>(k);
        addKeys<TicketStatus>(k);
        addKeys<Priority>(k);
        addKeys<Category>(k);
        addKeys<TouchpointKind>(k);
        addKeys<Direction>(k);
        addKeys<AgentRole>(k);
        addKeys<CommentKind>(k);
        return k;
    }();
    return keys;
}

// A text that is a key, or holds one written with an underscore ("Moves: post_sales").
bool showsKey(const QString& text)
{
    for (const QString& key : allKeys()) {
        if (text == key || (key.contains(QLatin1Char('_')) && text.contains(key)))
            return true;
    }
    return false;
}

// What a person can read in `root` as it is shown: labels, buttons, window titles, combo
// items, date edits, every visible item view's cells (first 60 rows), headers and
// tooltips, and the charts' titles, axis labels and legends.
QStringList readableTexts(QWidget* root)
{
    QStringList texts;
    auto visible = [root](QWidget* w) { return w && (w == root || w->isVisibleTo(root)); };
    texts << root->windowTitle();
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.append(root);
    for (QWidget* w : widgets) {
        if (!visible(w))
            continue;
        if (!w->toolTip().isEmpty())
            texts << w->toolTip();
        if (auto* label = qobject_cast<QLabel*>(w))
            texts << label->text();
        else if (auto* button = qobject_cast<QAbstractButton*>(w))
            texts << button->text();
        else if (auto* edit = qobject_cast<QDateTimeEdit*>(w))
            texts << edit->text();
        if (auto* combo = qobject_cast<QComboBox*>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i);
        }
        if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model()) {
            const QAbstractItemModel* model = view->model();
            for (int c = 0; c < model->columnCount(); ++c)
                texts << model->headerData(c, Qt::Horizontal).toString();
            for (int r = 0; r < std::min(model->rowCount(), 60); ++r) {
                for (int c = 0; c < model->columnCount(); ++c) {
                    texts << model->index(r, c).data().toString()
                          << model->index(r, c).data(Qt::ToolTipRole).toString();
                }
            }
        }
        if (auto* chartView = qobject_cast<QChartView*>(w)) {
            QChart* chart = chartView->chart();
            texts << chart->title();
            for (QAbstractAxis* axis : chart->axes()) {
                if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis))
                    texts << categories->categories();
            }
            for (QAbstractSeries* series : chart->series()) {
                if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
                    for (QBarSet* set : bars->barSets())
                        texts << set->label();
                }
            }
        }
    }
    texts.removeAll(QString());
    return texts;
}

QStringList keysShown(QWidget* root)
{
    QStringList found;
    for (const QString& text : readableTexts(root)) {
        if (showsKey(text))
            found << text;
    }
    return found;
}

// A '&' that Qt would turn into a mnemonic (not "&&", not an HTML entity in rich text).
bool hasMnemonic(const QString& text, bool rich)
{
    static const QRegularExpression entity(QStringLiteral("^&(#\\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);"));
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (rich && entity.match(QStringView(text).mid(i)).hasMatch())
            continue;
        if (!text.at(i + 1).isSpace())
            return true;
    }
    return false;
}

// Labels in `root` whose '&' shows as it is: no buddy takes the mnemonic (a plain label),
// or rich text (which has no mnemonics at all); window titles with one.
QStringList literalMnemonics(QWidget* root)
{
    QStringList found;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.append(root);
    for (QWidget* w : widgets) {
        if (!w || (w != root && !w->isVisibleTo(root)))
            continue;
        if (w->isWindow() && hasMnemonic(w->windowTitle(), false))
            found << w->windowTitle();
        auto* label = qobject_cast<QLabel*>(w);
        if (!label)
            continue;
        const bool rich =
            label->textFormat() == Qt::RichText ||
            (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
        if (hasMnemonic(label->text(), rich) && (rich || !label->buddy()))
            found << label->text();
    }
    return found;
}

// Opens what `open` opens; each modal window that appears meanwhile is handed to `look`
// and then closed (rejected), so `open` returns.
void eachModal(const std::function<void()>& open, const std::function<void(QWidget*)>& look)
{
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        look(modal);
        if (auto* dialog = qobject_cast<QDialog*>(modal))
            dialog->reject();
        else
            modal->close();
    });
    poll.start();
    open();
    QTest::qWait(150); // a dialog shown with open() rather than exec()
    poll.stop();
    if (QWidget* left = QApplication::activeModalWidget()) {
        look(left);
        left->close();
    }
}

// Every menu action that opens a window: menus walked, each action triggered with the
// modal windows it opens looked at and closed. Quit, Recompute and the recent files are
// left alone (they close, change or open something rather than ask).
void eachMenuDialog(MainWindow& window, const std::function<void(const QString&, QWidget*)>& look)
{
    for (QAction* menuAction : window.menuBar()->actions()) {
        QMenu* menu = menuAction->menu();
        if (!menu)
            continue;
        for (QAction* action : menu->actions()) {
            if (action->isSeparator() || action->menu() || !action->isEnabled() ||
                action->shortcut() == QKeySequence(QKeySequence::Quit) ||
                action->text().contains(QStringLiteral("Recompute")))
                continue;
            const QString name = action->text();
            eachModal([action] { action->trigger(); }, [&](QWidget* modal) { look(name, modal); });
        }
    }
}

DashboardView* dashboardOf(MainWindow& window, MainWindow::View view)
{
    window.showView(view);
    auto* dashboard = qobject_cast<DashboardView*>(window.viewWidget(view));
    REQUIRE(dashboard);
    REQUIRE(QTest::qWaitFor([&] { return dashboard->isReady(); }, 20000));
    QTest::qWait(50); // widgets added to a shown layout show on the next turn of the event loop
    return dashboard;
}

constexpr MainWindow::View kDashboards[] = {
    MainWindow::View::Overview, MainWindow::View::Onboarding, MainWindow::View::PostSales,
    MainWindow::View::Retention, MainWindow::View::Advocacy};

// The customers and tickets views with their first row's detail shown.
void showFirstCustomerAndTicket(MainWindow& window)
{
    window.showView(MainWindow::View::Customers);
    auto* customers = qobject_cast<CustomersView*>(window.viewWidget(MainWindow::View::Customers));
    REQUIRE(customers);
    REQUIRE(customers->model()->rowCount() > 0);
    customers->selectCustomer(
        customers->model()->index(0, 0).data(CustomerTableModel::CustomerIdRole).toLongLong());
    window.showView(MainWindow::View::Tickets);
    auto* tickets = qobject_cast<TicketsView*>(window.viewWidget(MainWindow::View::Tickets));
    REQUIRE(tickets);
    REQUIRE(tickets->model()->rowCount() > 0);
    tickets->selectTicket(
        tickets->model()->index(0, 0).data(TicketTableModel::TicketIdRole).toLongLong());
}

} // namespace

TEST_CASE("Dashboards show display names: no stage, status, priority or kind key in any cell, "
          "chart or title",
          "[ui][words]")
{
    test::Scratch scratch;
    // Made now, as the dashboards count the periods up to now: every table has rows.
    const QString path = scratch.file(QStringLiteral("words.sqlite"));
    {
        auto db = test::openDatabase(path);
        GeneratorOptions options;
        options.customers = 400;
        options.tickets = 2500;
        options.touchpoints = 9000;
        REQUIRE(Generator::run(*db, options, Clock::system()));
    }
    MainWindow window(test::openDatabase(path));
    window.resize(1280, 800);
    window.show();
    QStringList all;
    for (const MainWindow::View view : kDashboards) {
        DashboardView* dashboard = dashboardOf(window, view);
        const QStringList keys = keysShown(dashboard);
        CAPTURE(static_cast<int>(view), keys);
        CHECK(keys.isEmpty());
        all.append(readableTexts(dashboard));
        // Each table's cells are what the report holds, in words: a key cell as its name.
        for (const ReportTable& t : dashboard->report().tables) {
            for (const QStringList& row : t.rows) {
                for (int c = 0; c < row.size(); ++c) {
                    if (t.cellKind(c) == CellKind::Stage && enumFromString<Stage>(row.at(c)))
                        CHECK(displayCell(t, row, c) ==
                              displayName(*enumFromString<Stage>(row.at(c))));
                }
            }
        }
    }
    test::screenshot(window, QStringLiteral("words-advocacy"));
    window.showView(MainWindow::View::PostSales);
    test::screenshot(window, QStringLiteral("words-post-sales"));
    window.showView(MainWindow::View::Overview);
    test::screenshot(window, QStringLiteral("words-overview"));
    // The check looked at the words it is about: statuses, priorities, kinds and stages.
    CHECK(all.contains(displayName(TicketStatus::OnHold)));
    CHECK(all.contains(displayName(Priority::Urgent)));
    CHECK(all.contains(displayName(Stage::PostSales)));
    CHECK(std::any_of(all.begin(), all.end(), [](const QString& t) {
        for (std::size_t i = 0; i < enumCount<TouchpointKind>(); ++i) {
            if (t == displayName(static_cast<TouchpointKind>(i)))
                return true;
        }
        return false;
    }));

    SECTION("the lists, the detail panes and their dialogs too")
    {
        showFirstCustomerAndTicket(window);
        window.showView(MainWindow::View::Customers);
        auto* customers =
            qobject_cast<CustomersView*>(window.viewWidget(MainWindow::View::Customers));
        CHECK(keysShown(&window).isEmpty());
        for (QAbstractButton* button : customers->detail()->findChildren<QAbstractButton*>()) {
            if (!button->text().endsWith(QStringLiteral("…")) || !button->isEnabled())
                continue;
            eachModal([button] { button->click(); },
                      [&](QWidget* dialog) {
                          CAPTURE(button->text(), keysShown(dialog));
                          CHECK(keysShown(dialog).isEmpty());
                      });
        }
        window.showView(MainWindow::View::Tickets);
        CHECK(keysShown(&window).isEmpty());
    }
}

TEST_CASE("A touchpoint kind has one name: the log dialog, the ticket form and the timeline agree",
          "[ui][words]")
{
    for (std::size_t i = 0; i < enumCount<TouchpointKind>(); ++i) {
        const auto kind = static_cast<TouchpointKind>(i);
        CAPTURE(toString(kind));
        // In a sentence the same words, only the first letter lower case.
        CHECK(kindWords(kind).mid(1) == displayName(kind).mid(1));
        CHECK(kindWords(kind).at(0) == displayName(kind).at(0).toLower());
    }
}

TEST_CASE("No label, title or form row shows a literal '&': every mnemonic has its buddy",
          "[ui][words]")
{
    CHECK(hasMnemonic(QStringLiteral("&File"), false));
    CHECK_FALSE(hasMnemonic(QStringLiteral("Tom && Jerry"), false));
    CHECK_FALSE(hasMnemonic(QStringLiteral("<b>A &amp; B</b>"), true));

    test::Scratch scratch;
    const QString path = test::demoFile(scratch, QStringLiteral("amp.sqlite"), 200, 800, 2000);
    MainWindow window(test::openDatabase(path));
    window.resize(1280, 800);
    window.show();
    for (const MainWindow::View view : kDashboards) {
        dashboardOf(window, view);
        CAPTURE(static_cast<int>(view));
        CHECK(literalMnemonics(&window).isEmpty());
    }
    showFirstCustomerAndTicket(window);
    CHECK(literalMnemonics(&window).isEmpty());

    // Every dialog the menus open (Export to CSV, the import wizard, New customer, …).
    QStringList opened;
    eachMenuDialog(window, [&](const QString& action, QWidget* dialog) {
        opened << action;
        CAPTURE(action, literalMnemonics(dialog));
        CHECK(literalMnemonics(dialog).isEmpty());
        if (action.contains(QStringLiteral("Export to CSV")))
            test::screenshot(*dialog, QStringLiteral("words-export-dialog"));
    });
    CHECK(opened.contains(QStringLiteral("&Export to CSV…")));
    CHECK(opened.contains(QStringLiteral("&Import from CSV…")));

    // The detail panes' dialogs: Move…, Log touchpoint…, Edit…, Add contact…
    window.showView(MainWindow::View::Customers);
    auto* customers = qobject_cast<CustomersView*>(window.viewWidget(MainWindow::View::Customers));
    int dialogs = 0;
    for (QAbstractButton* button : customers->detail()->findChildren<QAbstractButton*>()) {
        if (!button->text().endsWith(QStringLiteral("…")) || !button->isEnabled())
            continue;
        eachModal([button] { button->click(); },
                  [&](QWidget* dialog) {
                      ++dialogs;
                      CAPTURE(button->text(), literalMnemonics(dialog));
                      CHECK(literalMnemonics(dialog).isEmpty());
                  });
    }
    CHECK(dialogs >= 3);

    // Each page of the import wizard.
    ImportWizard wizard(test::databaseAt(path), Clock::system(), &window);
    wizard.show();
    CHECK(literalMnemonics(&wizard).isEmpty());
    test::screenshot(wizard, QStringLiteral("words-import-file"));
    wizard.setFile(QStringLiteral(FUNNELDESK_TEST_FIXTURES "/kaggle-support-tickets.csv"),
                   ImportMapping::Entity::Tickets);
    for (int page = 0; page < 2; ++page) {
        wizard.next();
        CAPTURE(wizard.currentId());
        CHECK(literalMnemonics(&wizard).isEmpty());
    }
}

TEST_CASE("The window writes every date one way: lists, panes, dashboards, tooltips and date edits",
          "[ui][words]")
{
    test::Scratch scratch;
    const QString path = test::demoFile(scratch, QStringLiteral("dates.sqlite"), 200, 800, 2000);
    MainWindow window(test::openDatabase(path));
    window.resize(1280, 800);
    window.show();
    QStringList texts;
    for (const MainWindow::View view : kDashboards) {
        DashboardView* dashboard = dashboardOf(window, view);
        // The custom period's date edits too.
        for (QDateTimeEdit* edit : dashboard->findChildren<QDateTimeEdit*>())
            texts << edit->text();
        texts << readableTexts(dashboard);
    }
    showFirstCustomerAndTicket(window);
    texts << readableTexts(&window);
    window.showView(MainWindow::View::Customers);
    texts << readableTexts(&window);
    auto* customers = qobject_cast<CustomersView*>(window.viewWidget(MainWindow::View::Customers));
    for (QAbstractButton* button : customers->detail()->findChildren<QAbstractButton*>()) {
        if (button->text().endsWith(QStringLiteral("…")) && button->isEnabled())
            eachModal([button] { button->click(); },
                      [&](QWidget* dialog) { texts << readableTexts(dialog); });
    }
    eachMenuDialog(window, [&](const QString& action, QWidget* dialog) {
        if (action.contains(QStringLiteral("Export to CSV"))) {
            for (QDateTimeEdit* edit : dialog->findChildren<QDateTimeEdit*>())
                texts << edit->text();
        }
    });

    // Dates in any other style: a month in words, a day with slashes or dots, a weekday.
    QStringList months;
    for (int m = 1; m <= 12; ++m)
        months << QLocale::c().monthName(m, QLocale::ShortFormat);
    const QRegularExpression other(
        QStringLiteral("\\b(\\d{1,2} (%1)\\b|(%1) \\d{1,2}\\b|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b|"
                       "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)")
            .arg(months.join(QLatin1Char('|'))));
    const QRegularExpression iso(QStringLiteral("\\b\\d{4}-\\d{2}-\\d{2}\\b"));
    QStringList others;
    int isoDates = 0;
    for (const QString& text : texts) {
        if (other.match(text).hasMatch())
            others << text;
        if (iso.match(text).hasMatch())
            ++isoDates;
    }
    CAPTURE(others.mid(0, 10));
    CHECK(others.isEmpty());
    CHECK(isoDates > 50); // the lists, the timeline, the weekly tables and the date edits
    CHECK(shortDate(QDate(2026, 11, 24)) == QStringLiteral("2026-11-24"));
}

TEST_CASE("Counts agree in number: 1 customer, 2 customers, 1 open ticket", "[ui][words]")
{
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("plural.sqlite"));
    MainWindow window(test::openDatabase(path));
    window.resize(1280, 800);
    window.show();
    auto statusText = [&] {
        QStringList texts;
        for (QLabel* label : window.statusBar()->findChildren<QLabel*>())
            texts << label->text();
        return texts.join(QStringLiteral(" | "));
    };
    Customer ann;
    ann.name = QStringLiteral("Ann One");
    ann.email = QStringLiteral("ann.one@example.org");
    ann.since = QDate(2026, 1, 5);
    REQUIRE(window.addCustomer(ann));
    CHECK(statusText().contains(QStringLiteral("1 customer · 0 open tickets")));
    Customer two = ann;
    two.name = QStringLiteral("Ann Two");
    two.email = QStringLiteral("ann.two@example.org");
    REQUIRE(window.addCustomer(two));
    CHECK(statusText().contains(QStringLiteral("2 customers · 0 open tickets")));

    window.showView(MainWindow::View::Customers);
    auto* customers = qobject_cast<CustomersView*>(window.viewWidget(MainWindow::View::Customers));
    auto summaryOf = [](QWidget* view) {
        QStringList texts;
        for (QLabel* label : view->findChildren<QLabel*>()) {
            if (label->isVisibleTo(view))
                texts << label->text();
        }
        return texts;
    };
    customers->setSearch(QStringLiteral("Ann One"));
    CHECK(summaryOf(customers).contains(QStringLiteral("1 customer")));
    customers->setSearch(QStringLiteral("Ann"));
    CHECK(summaryOf(customers).contains(QStringLiteral("2 customers")));
    customers->showOnly(
        {customers->model()->index(0, 0).data(CustomerTableModel::CustomerIdRole).toLongLong()},
        QStringLiteral("a test"));
    CHECK(summaryOf(customers).contains(QStringLiteral("1 customer: a test"))); // the drill bar

    Ticket ticket;
    ticket.customerId =
        customers->model()->index(0, 0).data(CustomerTableModel::CustomerIdRole).toLongLong();
    ticket.subject = QStringLiteral("Cannot log in");
    REQUIRE(window.addTicket(ticket) > 0);
    CHECK(statusText().contains(QStringLiteral("2 customers · 1 open ticket")));
    auto* tickets = qobject_cast<TicketsView*>(window.viewWidget(MainWindow::View::Tickets));
    CHECK(summaryOf(tickets).contains(QStringLiteral("1 ticket")));

    // No "(s)" left anywhere the window shows words.
    for (QWidget* root : {static_cast<QWidget*>(&window)}) {
        for (const QString& text : readableTexts(root))
            CHECK_FALSE(text.contains(QStringLiteral("(s)")));
    }
}

TEST_CASE("Dashboard tables group their numbers as the tiles do", "[ui][words]")
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK(displayCell(CellKind::Number, QStringLiteral("1242")) == QStringLiteral("1,242"));
    CHECK(displayCell(CellKind::Number, QStringLiteral("1242")) ==
          kpiText(Kpi{QStringLiteral("n"), QStringLiteral("N"), 1242.0, QString(), {}}));
    CHECK(displayCell(CellKind::Number, QStringLiteral("12")) == QStringLiteral("12"));
    CHECK(displayCell(CellKind::Number, QStringLiteral("4.25")) == QStringLiteral("4.25"));
    CHECK(displayCell(CellKind::Number, QStringLiteral("1234.5")) == QStringLiteral("1,234.5"));
    CHECK(displayCell(CellKind::Number, QString()) == QStringLiteral("—"));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    CHECK(displayCell(CellKind::Number, QStringLiteral("1242")) == QStringLiteral("1.242"));
    CHECK(displayCell(CellKind::Number, QStringLiteral("4.25")) == QStringLiteral("4,25"));
    QLocale::setDefault(before);
}
