// Trust when the file goes away under the window (issue 15, "No typed input is lost"): a
// file deleted under an open window refuses the next write with one sentence naming it,
// keeps what was typed, says so by itself, and saves a copy of everything it holds; closing
// the window while a job writes a file cancels the job and leaves no temporary behind.
#include "MainWindow.h"

#include "DataChanges.h"
#include "ExportConfirmation.h"
#include "metrics/DashboardMetrics.h"
#include "metrics/ReportFormat.h"
#include "SaveDialogs.h"
#include "storage/Backup.h"
#include "support/ModalAnswer.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "ui/ExportsSupport.h"
#include "views/CustomerDetail.h"
#include "views/CustomersView.h"
#include "views/DashboardView.h"
#include "views/ProblemLabel.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace fd;

namespace {

const QString kGone = QStringLiteral(
    "was deleted or moved while FunnelDesk had it open; nothing more can be saved to it.");

} // namespace

TEST_CASE("A file deleted under the window: the write is refused in one sentence, the input kept, "
          "a copy saved",
          "[ui][sqlite-only][filegone]")
{
    test::Scratch scratch;
    REQUIRE(QDir().mkpath(scratch.file(QStringLiteral("del"))));
    const QString path = test::demoFile(scratch, QStringLiteral("del/d.sqlite"), 40, 60, 80);
    test::rememberFirstAgent(path);
    MainWindow window(test::openDatabase(path));
    window.dataChanges()->setPollInterval(0); // the test looks when it wants to
    window.show();
    window.showView(MainWindow::View::Customers);
    auto* view = qobject_cast<CustomersView*>(window.viewWidget(MainWindow::View::Customers));
    REQUIRE(view);
    view->table()->selectRow(0);
    const qint64 customers = test::openDatabase(path, Database::Access::ReadOnly)
                                 ->scalar("SELECT count(*) FROM customer");
    REQUIRE(customers > 0);

    // `rm -rf del` from a shell.
    REQUIRE(QDir(scratch.file(QStringLiteral("del"))).removeRecursively());

    QString problem;
    bool kept = false;
    auto logged = test::whenModal(
        QString(),
        [&](QWidget* dialog) {
            auto* summary = dialog->findChild<QPlainTextEdit*>();
            QTest::keyClicks(summary, QStringLiteral("Called about the invoice"));
            for (auto* button : dialog->findChildren<QPushButton*>()) {
                if (button->text() == QStringLiteral("Log"))
                    button->click();
            }
            for (auto* label : dialog->findChildren<QLabel*>()) {
                if (label->text().contains(QStringLiteral("deleted"))) {
                    problem = label->text();
                    // Every line of it in view, none cut off at the dialog's bottom.
                    CHECK(label->height() >= label->heightForWidth(label->width()));
                    CHECK(label->geometry().bottom() < label->parentWidget()->height());
                }
            }
            kept = dialog->isVisible() &&
                   summary->toPlainText() == QStringLiteral("Called about the invoice");
            QDir().mkpath(QStringLiteral(FUNNELDESK_SCREENSHOT_DIR));
            dialog->grab().save(
                QStringLiteral(FUNNELDESK_SCREENSHOT_DIR "/filegone-write-refused.png"), "PNG");
            auto discard = test::answerUnsaved(QMessageBox::Discard);
            QTest::keyClick(dialog, Qt::Key_Escape);
        },
        1, QStringLiteral("Log a touchpoint"));
    for (auto* button : view->detail()->findChildren<QPushButton*>()) {
        if (button->text() == QStringLiteral("Log touchpoint…"))
            button->click();
    }
    REQUIRE(logged->seen == 1);
    CHECK(problem == QStringLiteral("“%1” %2").arg(QDir::toNativeSeparators(path), kGone));
    CHECK(kept);

    // Move… is refused the same way: in its dialog, the input kept, before anyone is asked
    // who moves the customer (hostile tester: it did nothing, silently).
    QString moveProblem;
    bool moveKept = false;
    auto moving = test::whenModal(
        QString(),
        [&](QWidget* dialog) {
            auto* reason = dialog->findChild<QLineEdit*>();
            dialog->findChild<QComboBox*>()->setCurrentIndex(0);
            QTest::keyClicks(reason, QStringLiteral("Asked to be moved"));
            for (auto* button : dialog->findChildren<QPushButton*>()) {
                if (button->text() == QStringLiteral("Move"))
                    button->click();
            }
            for (auto* label : dialog->findChildren<ProblemLabel*>())
                moveProblem += label->text();
            moveKept = dialog->isVisible() && reason->text() == QStringLiteral("Asked to be moved");
            auto discard = test::answerUnsaved(QMessageBox::Discard);
            QTest::keyClick(dialog, Qt::Key_Escape);
        },
        1, QStringLiteral("Move "));
    test::buttonNamed(*view->detail(), QStringLiteral("Move…"))->click();
    CHECK(moving->seen == 1);
    CHECK(moveProblem.contains(kGone));
    CHECK(moveKept);

    // The window's next look at the file says so, once, and offers the rescue.
    window.dataChanges()->poll();
    CHECK(window.dataChanges()->isGone());
    auto* box = window.findChild<QMessageBox*>(QStringLiteral("fileGone"));
    REQUIRE(box);
    REQUIRE(box->isVisible());
    CHECK(box->text() == QStringLiteral("“%1” %2").arg(QDir::toNativeSeparators(path), kGone));
    test::screenshot(*box, QStringLiteral("filegone-offer"));
    window.dataChanges()->poll();
    CHECK(window.findChildren<QMessageBox*>(QStringLiteral("fileGone")).size() == 1);

    const QString copy = scratch.file(QStringLiteral("rescued.sqlite"));
    SaveDialogs::setAsker([&](const QString&, const QString&, const QString&) { return copy; });
    QPushButton* save = nullptr;
    for (auto* button : box->findChildren<QPushButton*>()) {
        if (button->text() == QStringLiteral("Save a copy as…"))
            save = button;
    }
    REQUIRE(save);
    save->click();
    SaveDialogs::setAsker({});
    REQUIRE(QFileInfo::exists(copy));
    auto rescued = test::openDatabase(copy, Database::Access::ReadOnly);
    CHECK(rescued->scalar("SELECT count(*) FROM customer") == customers);
    auto* notice = ExportConfirmation::current(&window);
    REQUIRE(notice);
    CHECK(notice->path() == copy);
    test::screenshot(window, QStringLiteral("filegone-copy-saved"));

    // A copy is saved: the window closes without asking again, and makes nothing where the
    // file was.
    window.close();
    CHECK_FALSE(window.isVisible());
    CHECK_FALSE(QFileInfo::exists(scratch.file(QStringLiteral("del"))));
}

TEST_CASE("Closing a window whose file is gone asks to save a copy first, and Cancel keeps it open",
          "[ui][sqlite-only][filegone]")
{
    test::Scratch scratch;
    const QString path = test::demoFile(scratch, QStringLiteral("gone.sqlite"), 10, 10, 10);
    MainWindow window(test::openDatabase(path));
    window.dataChanges()->setPollInterval(0);
    window.show();
    REQUIRE(QFile::rename(path, scratch.file(QStringLiteral("moved.sqlite"))));

    auto cancel = test::whenModal(QStringLiteral("fileGoneOnClose"), [](QWidget* w) {
        QDir().mkpath(QStringLiteral(FUNNELDESK_SCREENSHOT_DIR));
        w->grab().save(QStringLiteral(FUNNELDESK_SCREENSHOT_DIR "/filegone-on-close.png"), "PNG");
        if (auto* box = qobject_cast<QMessageBox*>(w))
            box->button(QMessageBox::Cancel)->click();
    });
    window.close();
    CHECK(cancel->seen == 1);
    CHECK(window.isVisible());

    auto discard = test::whenModal(QStringLiteral("fileGoneOnClose"), [](QWidget* w) {
        for (auto* button : w->findChildren<QPushButton*>()) {
            if (button->text() == QStringLiteral("Close without saving"))
                button->click();
        }
    });
    window.close();
    CHECK(discard->seen == 1);
    CHECK_FALSE(window.isVisible());
}

TEST_CASE("A dashboard counted after its file is gone shows the file's own numbers, and nothing is "
          "made at the old path",
          "[ui][sqlite-only][filegone]")
{
    test::Scratch scratch;
    const QString path = test::demoFile(scratch, QStringLiteral("counted.sqlite"), 40, 60, 80);
    test::rememberFirstAgent(path);
    MainWindow window(test::openDatabase(path));
    window.dataChanges()->setPollInterval(0);
    window.show();
    auto* overview = qobject_cast<DashboardView*>(window.viewWidget(MainWindow::View::Overview));
    REQUIRE(overview);
    REQUIRE(QTest::qWaitFor([&] { return overview->isReady(); }, 30000));
    const QByteArray before = ReportFormat::json(overview->report()); // what the file holds
    REQUIRE_FALSE(before.isEmpty());
    REQUIRE(QFile::rename(path, scratch.file(QStringLiteral("elsewhere.sqlite"))));

    SECTION("gone")
    {
    }
    SECTION("another file put at its path")
    {
        // A different, smaller file where the window's was: its numbers must not show.
        test::demoFile(scratch, QStringLiteral("other.sqlite"), 5, 5, 5);
        REQUIRE(QFile::rename(scratch.file(QStringLiteral("other.sqlite")), path));
    }
    const bool replaced = QFileInfo::exists(path);

    // F5, and a stage dashboard opened for the first time: counted from the window's own
    // connection, which still reads the whole file; no box, no empty file made at the path.
    overview->refresh();
    REQUIRE(QTest::qWaitFor([&] { return overview->isReady(); }, 30000));
    CHECK(ReportFormat::json(overview->report()) == before);
    window.showView(MainWindow::View::Retention);
    auto* retention = qobject_cast<DashboardView*>(window.viewWidget(MainWindow::View::Retention));
    REQUIRE(retention);
    REQUIRE(QTest::qWaitFor([&] { return retention->isReady(); }, 30000));
    const auto expected =
        DashboardMetrics(*test::openDatabase(scratch.file(QStringLiteral("elsewhere.sqlite")),
                                             Database::Access::ReadOnly),
                         Clock::system())
            .report(QStringLiteral("retention"), retention->period());
    REQUIRE(expected);
    CHECK(ReportFormat::json(retention->report()) == ReportFormat::json(*expected));
    CHECK_FALSE(qobject_cast<QMessageBox*>(QApplication::activeModalWidget()));
    CHECK(QFileInfo::exists(path) == replaced);

    auto discard = test::whenModal(QStringLiteral("fileGoneOnClose"), [](QWidget* w) {
        for (auto* button : w->findChildren<QPushButton*>()) {
            if (button->text() == QStringLiteral("Close without saving"))
                button->click();
        }
    });
    window.close();
    CHECK(discard->seen == 1);
}

TEST_CASE("Closing the window while the automatic backup writes cancels it and leaves no temporary",
          "[ui][sqlite-only][filegone]")
{
    test::Scratch scratch;
    const QString path = test::demoFile(scratch, QStringLiteral("busy.sqlite"), 40, 60, 80);
    const QString folder = Backup::rollingFolder(path);
    // The daily backup stops after its first step until it is cancelled (a slow disk, a
    // big file): the window is closed while it is halfway.
    std::atomic_int steps{0};
    std::atomic_bool halfway{false};
    Backup::setStepHook([&](const std::atomic_bool& cancelled) {
        if (steps++ != 0)
            return;
        halfway = true;
        const QDeadlineTimer guard(30000); // against a hang only
        while (!cancelled && !guard.hasExpired())
            QThread::msleep(5);
    });
    QStringList temporaries;
    {
        MainWindow window(test::openDatabase(path));
        window.show();
        REQUIRE(QTest::qWaitFor([&] { return halfway.load(); }, 30000));
        const QStringList midway = QDir(folder).entryList(QDir::Files | QDir::Hidden);
        CHECK_FALSE(midway.isEmpty()); // the backup's temporary, being written
        window.close();
        temporaries = QDir(folder).entryList(QDir::Files | QDir::Hidden);
    }
    Backup::setStepHook({});
    // What is left is complete backups only (the one made on closing, if the file changed).
    for (const QString& name : temporaries) {
        INFO(name.toStdString());
        CHECK_FALSE(name.startsWith(QLatin1Char('.')));
    }
}
