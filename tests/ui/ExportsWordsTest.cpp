// Issue 15, second round (the hostile tester's #4, #5 and #8): export notices that cover
// nothing and go away, one remembered folder for every save (new databases too), and the
// window's words: no command-line flags, display names in the import wizard and the
// dashboards' headers, one word for a new customer, "No score", plural units.
#include "AgentChooser.h"
#include "ExportConfirmation.h"
#include "MainWindow.h"
#include "models/ReportText.h"
#include "SaveDialogs.h"
#include "storage/AgentRepository.h"
#include "support/ModalAnswer.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "ui/ExportsSupport.h"
#include "views/CustomerDetail.h"
#include "views/CustomersView.h"
#include "views/DashboardView.h"
#include "views/ImportWizard.h"
#include "views/WelcomeDialog.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace fd;

namespace {

using Asked = test::SaveAnswers;

// The part of `w` its ancestors let be seen, in `window`'s coordinates.
QRect shownRect(QWidget* w, QWidget* window)
{
    QRect r(w->mapTo(window, QPoint()), w->size());
    for (QWidget* p = w->parentWidget(); p && p != window; p = p->parentWidget())
        r &= QRect(p->mapTo(window, QPoint()), p->size());
    return r;
}

// Every control or text a person uses that the notice lies over.
QStringList coveredBy(ExportConfirmation* notice, QWidget* window)
{
    const QRect box(notice->mapTo(window, QPoint()), notice->size());
    QStringList covered;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisible() || w->isWindow() || w == notice || notice->isAncestorOf(w) ||
            w->isAncestorOf(notice))
            continue;
        if (!qobject_cast<QAbstractButton*>(w) && !qobject_cast<QLineEdit*>(w) &&
            !qobject_cast<QLabel*>(w) && !qobject_cast<QAbstractScrollArea*>(w))
            continue;
        const QRect shown = shownRect(w, window);
        if (shown.intersects(box))
            covered << QStringLiteral("%1 “%2”").arg(
                QString::fromLatin1(w->metaObject()->className()), w->objectName());
    }
    return covered;
}

} // namespace

TEST_CASE("An export notice covers nothing, goes away by itself or with the view, and waits for "
          "the pointer",
          "[ui][exports]")
{
    test::Scratch scratch;
    const QString path = test::demoFile(scratch, QStringLiteral("notice.sqlite"), 60, 200, 400);
    Asked asked;
    MainWindow window(test::openDatabase(path));
    window.resize(1280, 800);
    window.show();
    window.showView(MainWindow::View::Onboarding);
    auto* dashboard = qobject_cast<DashboardView*>(window.viewWidget(MainWindow::View::Onboarding));
    REQUIRE(dashboard);
    REQUIRE(QTest::qWaitFor([&] { return dashboard->isReady(); }, 20000));

    asked.answer = scratch.file(QStringLiteral("stuck.csv"));
    test::buttonNamed(*dashboard, QStringLiteral("Export CSV…"))->click();
    ExportConfirmation* notice = ExportConfirmation::current(&window);
    REQUIRE(notice);
    QTest::qWait(50); // the layout gives the notice its row
    CHECK(notice->isVisible());
    CHECK(coveredBy(notice, &window) == QStringList{});
    // Inside the window, above the status bar.
    const QRect box(notice->mapTo(&window, QPoint()), notice->size());
    CHECK(window.rect().contains(box));
    CHECK(box.bottom() < window.statusBar()->mapTo(&window, QPoint()).y());
    test::screenshot(window, QStringLiteral("export-notice-row"));

    SECTION("the countdown waits while the pointer is on it, then takes it away")
    {
        auto* timer = notice->findChild<QTimer*>(QStringLiteral("exportConfirmationTimer"));
        REQUIRE(timer);
        CHECK(timer->isActive());
        CHECK(timer->interval() == ExportConfirmation::kShownMs);
        CHECK(timer->interval() >= 10000); // time to read a path and reach Open folder
        QEvent enter(QEvent::Enter);
        QApplication::sendEvent(notice, &enter);
        CHECK_FALSE(timer->isActive());
        QEvent leave(QEvent::Leave);
        QApplication::sendEvent(notice, &leave);
        CHECK(timer->isActive());
        timer->start(0); // its time is up
        REQUIRE(QTest::qWaitFor([&] { return !ExportConfirmation::current(&window); }, 5000));
    }
    SECTION("another view takes it away; the tickets' notice covers none of the ticket pane")
    {
        window.showView(MainWindow::View::Tickets);
        CHECK_FALSE(ExportConfirmation::current(&window));
        asked.answer = scratch.file(QStringLiteral("tickets.csv"));
        test::triggerMenu(window, QStringLiteral("Export this &list…"));
        REQUIRE(QTest::qWaitFor([&] { return ExportConfirmation::current(&window) != nullptr; },
                                20000));
        QTest::qWait(50);
        CHECK(coveredBy(ExportConfirmation::current(&window), &window) == QStringList{});
        test::screenshot(window, QStringLiteral("export-notice-tickets"));
    }
}

TEST_CASE("Every save, a new database too, starts in the last folder any save used",
          "[ui][sqlite-only][exports]")
{
    test::Scratch scratch;
    const QString path = test::demoFile(scratch, QStringLiteral("folders.sqlite"), 30, 60, 100);
    Asked asked;
    QDir(scratch.file(QString())).mkpath(QStringLiteral("saved"));
    const QString saved = QFileInfo(scratch.file(QStringLiteral("saved"))).absoluteFilePath();
    {
        QFile taken(QDir(saved).filePath(QStringLiteral("funneldesk.sqlite")));
        REQUIRE(taken.open(QIODevice::WriteOnly));
    }
    MainWindow window(test::openDatabase(path));
    window.show();
    // A backup saved into `saved`…
    asked.answer = QDir(saved).filePath(QStringLiteral("copy.sqlite"));
    test::triggerMenu(window, QStringLiteral("&Back up…"));
    REQUIRE(QTest::qWaitFor([&] { return QFileInfo::exists(asked.answer); }, 20000));
    CHECK(SaveDialogs::lastFolder() == saved);
    // …so File → New database… starts there, with a name not taken.
    asked.answer.clear();
    test::triggerMenu(window, QStringLiteral("&New database…"));
    REQUIRE(asked.suggested.size() == 2);
    CHECK(asked.suggested.last() == QDir(saved).filePath(QStringLiteral("funneldesk-2.sqlite")));

    // The welcome dialog's Create asks the same way, and what it was given is the path.
    WelcomeDialog welcome(scratch.file(QStringLiteral("first.sqlite")),
                          scratch.file(QStringLiteral("demo.sqlite")), Clock::system());
    welcome.show();
    asked.answer = QDir(saved).filePath(QStringLiteral("ours.sqlite"));
    test::buttonNamed(welcome, QStringLiteral("&Create a new database…"))->click();
    CHECK(asked.suggested.last() == QDir(saved).filePath(QStringLiteral("first.sqlite")));
    CHECK(welcome.path() == asked.answer);
}

TEST_CASE("The window's words: no flags, display names, one word for new, No score, plural units",
          "[ui][words]")
{
    test::Scratch scratch;
    const QString path = test::demoFile(scratch, QStringLiteral("words.sqlite"), 80, 300, 600);

    SECTION("Add me: a taken email is refused without command-line words")
    {
        auto db = test::openDatabase(path);
        const Agent existing = AgentRepository(*db).all()->front();
        AgentChooser chooser(*db, QStringLiteral("to test"), nullptr, AgentChooser::Start::AddMe);
        chooser.show();
        chooser.nameEdit()->setText(QStringLiteral("Someone New"));
        chooser.emailEdit()->setText(existing.email);
        REQUIRE(chooser.continueButton()->isEnabled());
        chooser.continueButton()->click();
        CHECK(chooser.isVisible()); // refused by AgentRepository::add
        QString problem;
        for (auto* label : chooser.findChildren<QLabel*>()) {
            if (label->text().contains(QStringLiteral("already")))
                problem = label->text();
        }
        INFO(problem.toStdString());
        CHECK(problem.contains(existing.email));
        CHECK(problem.contains(existing.name));
        CHECK_FALSE(problem.contains(QStringLiteral("--")));
        CHECK_FALSE(problem.contains(QRegularExpression(QStringLiteral("agent \\d"))));
        // A name of digits alone: refused, also without a flag.
        chooser.nameEdit()->setText(QStringLiteral("1234"));
        CHECK_FALSE(chooser.problem().contains(QStringLiteral("--")));
    }
    SECTION("the import wizard names the fields of the kind imported, with that kind's hint")
    {
        const QString csv = scratch.file(QStringLiteral("customers.csv"));
        {
            QFile file(csv);
            REQUIRE(file.open(QIODevice::WriteOnly));
            file.write("Name,Email,Stage,Stage Entered "
                       "At\r\nAcme,ops@acme.example,onboarding,2026-01-05\r\n");
        }
        ImportWizard wizard(test::databaseAt(path), Clock::system());
        wizard.show();
        wizard.setFile(csv, ImportMapping::Entity::Customers);
        wizard.next();
        wizard.next();
        REQUIRE(wizard.currentId() == ImportWizard::MappingPage);
        QStringList fields;
        for (int r = 0; r < wizard.mapping()->rowCount(); ++r)
            fields << wizard.mapping()->item(r, 0)->text();
        INFO(fields.join(QStringLiteral(", ")).toStdString());
        for (const QString& field : fields) {
            CHECK(field.at(0).isUpper());
            CHECK_FALSE(field.contains(QLatin1Char('_')));
        }
        CHECK_FALSE(fields.contains(QStringLiteral("stage entered at")));
        CHECK_FALSE(wizard.currentPage()->subTitle().contains(QStringLiteral("Critical")));
        test::screenshot(wizard, QStringLiteral("import-mapping-customers"));
    }
    SECTION("dashboard tables: Title-style headers, and a new customer is “New” as in the matrix")
    {
        auto db = test::openDatabase(path);
        const FixedClock clock(test::testNow());
        DashboardView view(*db, clock, {QStringLiteral("funnel"), QStringLiteral("flow")},
                           std::nullopt);
        view.resize(1280, 800);
        static_cast<QWidget&>(view).show();
        view.findChild<QComboBox*>()->setCurrentIndex(2); // 90 days: customers entered
        REQUIRE(QTest::qWaitFor([&] { return view.isReady(); }, 20000));
        int headers = 0;
        bool newSeen = false;
        for (auto* table : view.findChildren<QTableWidget*>()) {
            for (int c = 0; c < table->columnCount(); ++c) {
                const QString header = table->horizontalHeaderItem(c)->text();
                INFO(table->objectName().toStdString() << ": " << header.toStdString());
                CHECK_FALSE(header.at(0).isLower());
                ++headers;
            }
            for (int r = 0; r < table->rowCount(); ++r) {
                for (int c = 0; c < table->columnCount(); ++c) {
                    CHECK(table->item(r, c)->text() != QStringLiteral("(new)"));
                    newSeen = newSeen || table->item(r, c)->text() == QStringLiteral("New");
                }
            }
        }
        CHECK(headers > 5);
        CHECK(newSeen);
    }
    SECTION("Log touchpoint's empty score says No score")
    {
        test::rememberFirstAgent(path);
        MainWindow window(test::openDatabase(path));
        window.show();
        window.showView(MainWindow::View::Customers);
        auto* view = qobject_cast<CustomersView*>(window.viewWidget(MainWindow::View::Customers));
        REQUIRE(view);
        view->table()->selectRow(0);
        QString shown;
        auto dialog = test::whenModal(
            QString(),
            [&](QWidget* d) {
                auto* score = d->findChild<QSpinBox*>();
                REQUIRE(score);
                shown = score->text();
                test::screenshot(*d, QStringLiteral("log-touchpoint-no-score"));
                qobject_cast<QDialog*>(d)->reject();
            },
            1, QStringLiteral("Log a touchpoint"));
        test::buttonNamed(*view->detail(), QStringLiteral("Log touchpoint…"))->click();
        REQUIRE(dialog->seen == 1);
        CHECK(shown == QStringLiteral("No score"));
    }
    SECTION("units agree with their number")
    {
        auto text = [](double value, const char* unit) {
            return kpiText(Kpi{
                QStringLiteral("k"), QStringLiteral("K"), value, QString::fromLatin1(unit), {}});
        };
        CHECK(text(1, "days") == QStringLiteral("1 day"));
        CHECK(text(2, "days") == QStringLiteral("2 days"));
        CHECK(text(1, "hours") == QStringLiteral("1 hour"));
        CHECK(text(1.5, "hours") == QStringLiteral("1.5 hours"));
        CHECK(text(25, "%") == QStringLiteral("25 %"));
        CHECK(kpiText(Kpi{}) == QStringLiteral("—"));
    }
}
