// Step 14: the window in German. With the German catalogue installed (as funneldesk does
// under LANG=de_DE.UTF-8, common/Translations.h) and German as the locale, the menus, views,
// dialogs and the import wizard speak German, dates are written 24.11.2026 and numbers 1.234;
// each menu's accelerators are distinct. Screenshots (de-*.png) to look at for clipped words.
#include "common/Clock.h"
#include "MainWindow.h"

#include "charts/BarChart.h"
#include "common/Translations.h"
#include "CurrentAgent.h"
#include "DrillSupport.h"
#include "models/CustomerTableModel.h"
#include "models/Formatting.h"
#include "models/TicketTableModel.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "views/ConnectDialog.h"
#include "views/CustomerDetail.h"
#include "views/CustomerDialog.h"
#include "views/CustomersView.h"
#include "views/DashboardView.h"
#include "views/ImportWizard.h"
#include "views/NewTicketDialog.h"
#include "views/SettingsDialog.h"
#include "views/TicketDetail.h"
#include "views/TicketsView.h"
#include "views/WelcomeDialog.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTableView>
#include <QTest>

#include <set>

using namespace fd;

namespace {

// German for the scope of a test case: the catalogue and the locale, then back to what was.
class InGerman {
public:
    InGerman()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        m_language = installTranslations(QLocale(QLocale::German, QLocale::Germany));
    }
    ~InGerman()
    {
        QLocale::setDefault(m_previous);
        installTranslations(m_previous);
    }
    InGerman(const InGerman&) = delete;
    InGerman& operator=(const InGerman&) = delete;
    QString language() const { return m_language; }

private:
    QLocale m_previous;
    QString m_language;
};

QString demoFile(const test::Scratch& scratch)
{
    return test::demoFile(scratch, QStringLiteral("de.sqlite"), 400, 2500, 9000);
}

// The letter after a single '&' ("&Datei" → 'd'); none for a text without one.
QChar accelerator(const QString& text)
{
    static const QRegularExpression mark(QStringLiteral(R"((?<!&)&(?!&)(\w))"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    const auto match = mark.match(text);
    return match.hasMatch() ? match.captured(1).front().toLower() : QChar();
}

// Each menu's (and the menu bar's) accelerators are distinct: Alt+D opens one menu, D in a
// menu picks one item.
void checkAccelerators(const QList<QAction*>& actions, const QString& where)
{
    std::set<QChar> seen;
    for (QAction* action : actions) {
        if (action->isSeparator() || action->text().isEmpty())
            continue;
        const QChar key = accelerator(action->text());
        INFO(where.toStdString() << ": " << action->text().toStdString());
        if (!key.isNull())
            CHECK(seen.insert(key).second);
        if (QMenu* sub = action->menu())
            checkAccelerators(sub->actions(), action->text());
    }
}

// Visible labels and buttons of `root` that show less than their text needs: a clipped word.
QStringList clipped(QWidget& root)
{
    QStringList found;
    for (QLabel* label : root.findChildren<QLabel*>()) {
        if (!label->isVisibleTo(&root) || label->wordWrap() || label->text().isEmpty() ||
            !label->pixmap().isNull() || label->textFormat() == Qt::RichText ||
            Qt::mightBeRichText(label->text()))
            continue;
        // As drawn: a buddy's accelerator mark is no character ("&Datei" shows "Datei").
        QString shown = label->text().section(QLatin1Char('\n'), 0, 0);
        shown.replace(QStringLiteral("&&"), QChar(0x1))
            .remove(QLatin1Char('&'))
            .replace(QChar(0x1), QLatin1Char('&'));
        const int needed = label->fontMetrics().horizontalAdvance(shown);
        if (label->contentsRect().width() + 1 < needed && label->toolTip().isEmpty())
            found << QStringLiteral("label “%1”: %2 of %3 px")
                         .arg(label->text())
                         .arg(label->contentsRect().width())
                         .arg(needed);
    }
    for (QAbstractButton* button : root.findChildren<QAbstractButton*>()) {
        if (!button->isVisibleTo(&root) || button->text().isEmpty())
            continue;
        if (button->width() < button->minimumSizeHint().width())
            found << QStringLiteral("button “%1”: %2 of %3 px")
                         .arg(button->text())
                         .arg(button->width())
                         .arg(button->minimumSizeHint().width());
    }
    return found;
}

} // namespace

TEST_CASE("The window in German: menus, views, a customer, the settings and the import wizard",
          "[ui][german]")
{
    test::Scratch scratch;
    const QString path = demoFile(scratch);
    test::rememberFirstAgent(path);
    InGerman german;
    REQUIRE(german.language() == QStringLiteral("de"));

    MainWindow window(test::openDatabase(path));
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    QStringList menus;
    for (QAction* action : window.menuBar()->actions())
        menus << action->text();
    CHECK(menus == QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"),
                               QStringLiteral("E&xtras"), QStringLiteral("&Ansicht"),
                               QStringLiteral("&Hilfe")});
    checkAccelerators(window.menuBar()->actions(), QStringLiteral("menu bar"));

    // The overview: its title, its tiles, German numbers.
    DashboardView* overview = test::dashboardOf(window, MainWindow::View::Overview);
    REQUIRE(overview);
    QStringList labels;
    for (QLabel* label : overview->findChildren<QLabel*>())
        labels << label->text();
    INFO(labels.join(QStringLiteral(" | ")).toStdString());
    CHECK(labels.contains(QStringLiteral("<b>Übersicht</b>")));
    {
        const QStringList cut = clipped(window);
        INFO(cut.join(QStringLiteral("; ")).toStdString());
        CHECK(cut.isEmpty());
    }
    QTest::qWait(500); // the charts laid out at their widths
    // Every chart's axis labels and legend whole ("After-Sales-Support", not "After-S…").
    for (BarChart* chart : overview->findChildren<BarChart*>()) {
        INFO(chart->objectName().toStdString() << " " << chart->width() << " px wide");
        CHECK(chart->elidedLabels() == 0);
    }
    test::screenshot(window, QStringLiteral("de-overview"));

    // A stage's dashboard, whose tiles and charts have the longest German words.
    const std::pair<MainWindow::View, const char*> stages[] = {
        {MainWindow::View::PostSales, "de-post-sales"},
        {MainWindow::View::Retention, "de-retention"}};
    for (const auto& [view, name] : stages) {
        DashboardView* dashboard = test::dashboardOf(window, view);
        QTest::qWait(500);
        INFO(name);
        for (BarChart* chart : dashboard->findChildren<BarChart*>()) {
            INFO(chart->objectName().toStdString() << " " << chart->width() << " px wide");
            CHECK(chart->elidedLabels() == 0);
        }
        const QStringList cut = clipped(window);
        INFO(cut.join(QStringLiteral("; ")).toStdString());
        CHECK(cut.isEmpty());
        test::screenshot(window, QLatin1String(name));
    }

    // The tickets: the queue, its columns and the first ticket, dated the German way.
    window.showView(MainWindow::View::Tickets);
    auto* tickets = qobject_cast<TicketsView*>(window.viewWidget(MainWindow::View::Tickets));
    REQUIRE(tickets);
    REQUIRE(QTest::qWaitFor([&] { return tickets->model()->rowCount() > 0; }, 5000));
    CHECK(tickets->model()
              ->headerData(TicketTableModel::SubjectColumn, Qt::Horizontal, Qt::DisplayRole)
              .toString() == QStringLiteral("Betreff"));
    tickets->table()->selectRow(0);
    REQUIRE(QTest::qWaitFor([&] { return tickets->detail()->ticketId() > 0; }, 2000));
    auto* meta = tickets->detail()->findChild<QLabel*>(QStringLiteral("ticketMeta"));
    REQUIRE(meta);
    INFO(meta->text().toStdString());
    CHECK(meta->text().startsWith(QStringLiteral("Eröffnet ")));
    CHECK(meta->text().contains(QRegularExpression(QStringLiteral(R"(\d\d\.\d\d\.\d{4})"))));
    {
        const QStringList cut = clipped(window);
        INFO(cut.join(QStringLiteral("; ")).toStdString());
        CHECK(cut.isEmpty());
    }
    test::screenshot(window, QStringLiteral("de-tickets"));

    // A customer, with its stage, history and contacts.
    window.showView(MainWindow::View::Customers);
    auto* customers = qobject_cast<CustomersView*>(window.viewWidget(MainWindow::View::Customers));
    REQUIRE(customers);
    REQUIRE(QTest::qWaitFor([&] { return customers->model()->rowCount() > 0; }, 5000));
    customers->table()->selectRow(0);
    REQUIRE(QTest::qWaitFor([&] { return customers->detail()->customerId() > 0; }, 2000));
    QTest::qWait(100);
    {
        const QStringList cut = clipped(window);
        INFO(cut.join(QStringLiteral("; ")).toStdString());
        CHECK(cut.isEmpty());
    }
    test::screenshot(window, QStringLiteral("de-customer"));

    // Tools → Settings…, as `funneldesk --view settings --screenshot` shows it.
    SettingsDialog* settings = window.openSettings();
    REQUIRE(settings);
    settings->resize(980, 680);
    for (int i = 0; i < 3000 && !settings->previewsSettled(); ++i)
        QTest::qWait(20);
    REQUIRE(settings->previewsSettled());
    CHECK(settings->windowTitle().contains(QStringLiteral("Einstellungen")));
    {
        const QStringList cut = clipped(*settings);
        INFO(cut.join(QStringLiteral("; ")).toStdString());
        CHECK(cut.isEmpty());
    }
    test::screenshot(*settings, QStringLiteral("de-settings"));
    // Its other pages: targets, SLA, health score, success plans, playbooks, agents.
    auto* pages = settings->findChild<QListWidget*>();
    REQUIRE(pages);
    for (int page = 1; page < pages->count(); ++page) {
        pages->setCurrentRow(page);
        QTest::qWait(50);
        INFO(pages->item(page)->text().toStdString());
        const QStringList cut = clipped(*settings);
        INFO(cut.join(QStringLiteral("; ")).toStdString());
        CHECK(cut.isEmpty());
        test::screenshot(*settings, QStringLiteral("de-settings-%1").arg(page));
    }
    settings->close();

    // File → Import from CSV…: its first page.
    ImportWizard wizard(test::databaseAt(path), Clock::system(), &window);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    QTest::qWait(50);
    CHECK(wizard.windowTitle() == QStringLiteral("Aus CSV importieren"));
    {
        const QStringList cut = clipped(wizard);
        INFO(cut.join(QStringLiteral("; ")).toStdString());
        CHECK(cut.isEmpty());
    }
    test::screenshot(wizard, QStringLiteral("de-import"));
}

TEST_CASE("The window writes dates and numbers as the locale does, and year-month-day where a date "
          "could read two ways",
          "[ui][german]")
{
    const QDate day(2026, 11, 24);
    const QLocale previous;
    {
        InGerman german;
        CHECK(dateFormat() == QStringLiteral("dd.MM.yyyy"));
        CHECK(shortDate(day) == QStringLiteral("24.11.2026"));
        CHECK(shortDateTime(QDateTime(day, QTime(14, 5)).toUTC()) ==
              QStringLiteral("24.11.2026 14:05"));
        CHECK(dayOfYear(day) == QStringLiteral("24.11."));
        CHECK(yearMonth(day) == QStringLiteral("11.2026"));
        CHECK(yearQuarter(day) == QStringLiteral("Q4 2026"));
        CHECK(QLocale().toString(1234567) == QStringLiteral("1.234.567"));
        CHECK(QCoreApplication::translate("fd::Stage", "Post-sales") ==
              QStringLiteral("After-Sales-Support"));
    }
    CHECK(QCoreApplication::translate("fd::Stage", "Post-sales") == QStringLiteral("Post-sales"));
    for (const QLocale& locale : {QLocale::c(), QLocale(QLocale::English, QLocale::UnitedStates),
                                  QLocale(QLocale::English, QLocale::UnitedKingdom),
                                  QLocale(QLocale::French, QLocale::France)}) {
        QLocale::setDefault(locale);
        INFO(locale.name().toStdString());
        CHECK(shortDate(day) == QStringLiteral("2026-11-24"));
        CHECK(dayOfYear(day) == QStringLiteral("11-24"));
    }
    QLocale::setDefault(previous);
}

TEST_CASE("The dialogs in German: new ticket, customer, welcome, connect", "[ui][german]")
{
    test::Scratch scratch;
    const QString path = test::demoFile(scratch, QStringLiteral("dialogs.sqlite"), 20, 40, 80);
    InGerman german;
    REQUIRE(german.language() == QStringLiteral("de"));
    auto db = test::openDatabase(path);

    const auto look = [](QDialog& dialog, const char* name) {
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        QTest::qWait(50);
        INFO(name);
        const QStringList cut = clipped(dialog);
        INFO(cut.join(QStringLiteral("; ")).toStdString());
        CHECK(cut.isEmpty());
        checkAccelerators(dialog.findChildren<QAction*>(), QLatin1String(name));
        std::set<QChar> keys; // the buddies' and buttons' accelerators, distinct
        for (QLabel* label : dialog.findChildren<QLabel*>()) {
            const QChar key = accelerator(label->text());
            INFO(label->text().toStdString());
            if (label->isVisibleTo(&dialog) && !key.isNull())
                CHECK(keys.insert(key).second);
        }
        for (QAbstractButton* button : dialog.findChildren<QAbstractButton*>()) {
            const QChar key = accelerator(button->text());
            INFO(button->text().toStdString());
            if (button->isVisibleTo(&dialog) && !key.isNull())
                CHECK(keys.insert(key).second);
        }
        test::screenshot(dialog, QLatin1String(name));
        dialog.close();
    };
    {
        NewTicketDialog dialog(*db, Clock::system(), std::nullopt, std::nullopt);
        CHECK(dialog.windowTitle() == QStringLiteral("Neues Ticket"));
        look(dialog, "de-new-ticket");
    }
    {
        CustomerDialog dialog(Clock::system());
        CHECK(dialog.windowTitle() == QStringLiteral("Neuer Kunde"));
        look(dialog, "de-new-customer");
    }
    {
        WelcomeDialog dialog(scratch.file(QStringLiteral("first.sqlite")),
                             scratch.file(QStringLiteral("demo.sqlite")), Clock::system());
        look(dialog, "de-welcome");
    }
    {
        ConnectDialog dialog([](const Location&, QString& problem) {
            problem = QStringLiteral("not here");
            return false;
        });
        look(dialog, "de-connect");
    }
}
