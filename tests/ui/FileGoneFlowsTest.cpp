// The last flows of a file gone under the window (issue 15, Step 9's final hostile tester and
// last review): the window routes a refusal on its kind (Error::Kind::Gone), not its words;
// every write that asks "Who are you?" refuses first (requireCurrentAgent); Cancel in a
// dialog offers no Save that cannot work (UnsavedChanges::ask); the file label says the
// file is gone. And, beside them, a list emptied by a search shows an empty state instead of
// the last customer or ticket (ListPane::keepShownListed).
#include "MainWindow.h"

#include "DataChanges.h"
#include "domain/Enums.h"
#include "storage/Database.h"
#include "storage/TicketListRepository.h"
#include "support/ModalAnswer.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "ui/ExportsSupport.h"
#include "views/CannedRepliesDialog.h"
#include "views/CustomerDetail.h"
#include "views/CustomersView.h"
#include "views/ProblemLabel.h"
#include "views/TicketDetail.h"
#include "views/TicketsView.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace fd;

namespace {

const QString kGone = QStringLiteral(
    "was deleted or moved while FunnelDesk had it open; nothing more can be saved to it.");

QAction* actionNamed(MainWindow& window, const QString& text)
{
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->text() == text)
            return action;
    }
    FAIL("no action " << text.toStdString());
    return nullptr;
}

QMessageBox* visibleBox(const MainWindow& window, const QString& name)
{
    for (auto* box : window.findChildren<QMessageBox*>()) {
        if (box->isVisible() && box->objectName() == name)
            return box;
    }
    return nullptr;
}

// What the "unsaved changes" question offered, then Discard.
struct Offered {
    bool save = true;
    bool discard = false;
    QString keep;
    QString words;
};

std::shared_ptr<test::ModalAnswer> readUnsaved(Offered* offered, const QString& picture = QString())
{
    return test::whenModal(QStringLiteral("unsavedChanges"), [=](QWidget* w) {
        auto* box = qobject_cast<QMessageBox*>(w);
        if (!box)
            return;
        offered->save = box->button(QMessageBox::Save) != nullptr;
        offered->discard = box->button(QMessageBox::Discard) != nullptr;
        offered->keep =
            box->button(QMessageBox::Cancel) ? box->button(QMessageBox::Cancel)->text() : QString();
        offered->words = box->text() + QLatin1Char('\n') + box->informativeText();
        if (!picture.isEmpty())
            box->grab().save(QStringLiteral(FUNNELDESK_SCREENSHOT_DIR "/") + picture +
                                 QStringLiteral(".png"),
                             "PNG");
        if (auto* discard = box->button(QMessageBox::Discard))
            discard->click();
        else
            box->reject();
    });
}

void checkNoSave(const Offered& offered)
{
    CHECK_FALSE(offered.save);
    CHECK(offered.discard);
    CHECK(offered.keep == QStringLiteral("Keep editing"));
    CHECK(offered.words.contains(kGone));
}

struct GoneWindow {
    test::Scratch scratch;
    QString path;
    std::unique_ptr<MainWindow> window;

    explicit GoneWindow(bool rememberAgent)
    {
        path = test::demoFile(scratch, QStringLiteral("flows.sqlite"), 30, 40, 40);
        if (rememberAgent)
            test::rememberFirstAgent(path);
        else
            CurrentAgent::forget(path);
        window = std::make_unique<MainWindow>(test::openDatabase(path));
        window->dataChanges()->setPollInterval(0); // the test looks when it wants to
        window->resize(1280, 800);
        window->show();
    }
    void moveAway()
    {
        REQUIRE(QFile::rename(path, scratch.file(QStringLiteral("elsewhere.sqlite"))));
    }
    CustomersView* customers()
    {
        window->showView(MainWindow::View::Customers);
        auto* view = qobject_cast<CustomersView*>(window->viewWidget(MainWindow::View::Customers));
        REQUIRE(view);
        return view;
    }
    TicketsView* tickets()
    {
        window->showView(MainWindow::View::Tickets);
        auto* view = qobject_cast<TicketsView*>(window->viewWidget(MainWindow::View::Tickets));
        REQUIRE(view);
        return view;
    }
    // Closes without the close question (the file is gone: "Close without saving").
    ~GoneWindow()
    {
        auto close = test::whenModal(QStringLiteral("fileGoneOnClose"), [](QWidget* w) {
            for (auto* button : w->findChildren<QPushButton*>()) {
                if (button->text() == QStringLiteral("Close without saving"))
                    button->click();
            }
        });
        window->close();
    }
};

} // namespace

TEST_CASE("The window routes a refusal on its kind, not on its words",
          "[ui][sqlite-only][filegone][flows]")
{
    GoneWindow gone(true);
    CustomersView* view = gone.customers();
    const Error moved = Database::movedSentence(gone.path);
    REQUIRE(moved.is(Error::Kind::Gone));

    // The same words of another kind: a box with the sentence, not the offer to save a copy.
    emit view->detail()->failed(Error(QString(moved), Error::Kind::Other));
    CHECK_FALSE(visibleBox(*gone.window, QStringLiteral("fileGone")));
    QMessageBox* plain = visibleBox(*gone.window, QString());
    REQUIRE(plain);
    CHECK(plain->text() == QString(moved));
    plain->close();

    // Of the kind Gone: the offer, with "Save a copy as…".
    emit view->detail()->failed(moved);
    QMessageBox* offer = visibleBox(*gone.window, QStringLiteral("fileGone"));
    REQUIRE(offer);
    CHECK(offer->text() == QString(moved));
    offer->close();
}

TEST_CASE(
    "New ticket and a reply on a file that is gone are refused before anyone is asked who they are",
    "[ui][sqlite-only][filegone][flows]")
{
    GoneWindow gone(false); // nobody chosen yet for this file: "Who are you?" would be asked
    CustomersView* customers = gone.customers();
    customers->table()->selectRow(0);
    REQUIRE(customers->detail()->customerId() > 0);
    gone.moveAway();
    int asked = 0;
    auto chooser = test::whenModal(
        QStringLiteral("agentChooser"),
        [&](QWidget* w) {
            ++asked;
            qobject_cast<QDialog*>(w)->reject();
        },
        4);

    SECTION("New ticket, assigned to Me")
    {
        QString problem;
        bool kept = false;
        Offered offered;
        auto creating = test::whenModal(
            QString(),
            [&](QWidget* dialog) {
                auto* subject = dialog->findChildren<QLineEdit*>().at(1);
                QTest::keyClicks(subject, QStringLiteral("Printer on fire"));
                for (auto* button : dialog->findChildren<QPushButton*>()) {
                    if (button->text() == QStringLiteral("Create ticket"))
                        button->click();
                }
                problem = dialog->findChild<ProblemLabel*>()->text();
                kept = dialog->isVisible() && subject->text() == QStringLiteral("Printer on fire");
                test::screenshot(*dialog, QStringLiteral("filegone-new-ticket-refused"));
                // Cancel: nothing can be saved to the file, so no Save is offered.
                auto discard = readUnsaved(&offered, QStringLiteral("filegone-unsaved-question"));
                QTest::keyClick(dialog, Qt::Key_Escape);
            },
            1, QStringLiteral("New ticket"));
        actionNamed(*gone.window, QStringLiteral("New &ticket…"))->trigger();
        REQUIRE(creating->seen == 1);
        CHECK(problem.endsWith(kGone));
        CHECK(kept);
        checkNoSave(offered);
    }
    SECTION("a reply")
    {
        TicketsView* tickets = gone.tickets();
        tickets->table()->selectRow(0);
        TicketDetail* detail = tickets->detail();
        REQUIRE(detail->ticketId() > 0);
        detail->composer()->setPlainText(QStringLiteral("We are on it."));
        CHECK_FALSE(detail->send(detail->composer()->toPlainText(), CommentKind::PublicReply));
        CHECK(detail->composer()->toPlainText() == QStringLiteral("We are on it.")); // kept
        // Said as the window says a refused write: the offer to save a copy.
        QMessageBox* offer = visibleBox(*gone.window, QStringLiteral("fileGone"));
        REQUIRE(offer);
        CHECK(offer->text().endsWith(kGone));
        offer->close();
        detail->composer()->clear(); // closing the window asks nothing more
    }
    QTest::qWait(100); // a chooser would have been answered by now
    CHECK(asked == 0);
}

TEST_CASE("Cancel in a dialog on a file that is gone offers keep editing or discard, no Save",
          "[ui][sqlite-only][filegone][flows]")
{
    GoneWindow gone(true);
    CustomersView* view = gone.customers();
    view->table()->selectRow(0);
    gone.moveAway();
    Offered offered;

    SECTION("Log touchpoint…, its write refused")
    {
        auto logging = test::whenModal(
            QString(),
            [&](QWidget* dialog) {
                QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(),
                                 QStringLiteral("Called about the invoice"));
                for (auto* button : dialog->findChildren<QPushButton*>()) {
                    if (button->text() == QStringLiteral("Log"))
                        button->click();
                }
                auto discard = readUnsaved(&offered);
                QTest::keyClick(dialog, Qt::Key_Escape);
            },
            1, QStringLiteral("Log a touchpoint"));
        test::buttonNamed(*view->detail(), QStringLiteral("Log touchpoint…"))->click();
        REQUIRE(logging->seen == 1);
    }
    SECTION("New customer…")
    {
        auto adding = test::whenModal(
            QString(),
            [&](QWidget* dialog) {
                QTest::keyClicks(dialog->findChild<QLineEdit*>(), QStringLiteral("Lena Novak"));
                auto discard = readUnsaved(&offered);
                QTest::keyClick(dialog, Qt::Key_Escape);
            },
            1, QStringLiteral("New customer"));
        actionNamed(*gone.window, QStringLiteral("&New customer…"))->trigger();
        REQUIRE(adding->seen == 1);
    }
    SECTION("Canned replies, another entry picked")
    {
        actionNamed(*gone.window, QStringLiteral("&Canned replies…"))->trigger();
        auto* canned = gone.window->findChild<CannedRepliesDialog*>();
        REQUIRE(canned);
        canned->startNew();
        QTest::keyClicks(canned->findChild<QLineEdit*>(), QStringLiteral("Apology"));
        REQUIRE(canned->hasUnsavedEdits());
        auto discard = readUnsaved(&offered);
        canned->reject();
        REQUIRE(discard->seen == 1);
    }
    checkNoSave(offered);
}

TEST_CASE("The window's file label says when the file is gone",
          "[ui][sqlite-only][filegone][flows]")
{
    GoneWindow gone(true);
    auto* label = gone.window->findChild<QLabel*>(QStringLiteral("windowFile"));
    REQUIRE(label);
    CHECK(label->text() == QDir::toNativeSeparators(gone.path));
    gone.moveAway();
    gone.window->dataChanges()->poll();
    CHECK(label->text() ==
          QDir::toNativeSeparators(gone.path) + QStringLiteral(" (deleted or moved)"));
    CHECK(label->toolTip().endsWith(kGone));
    if (QMessageBox* offer = visibleBox(*gone.window, QStringLiteral("fileGone")))
        offer->close();
}

TEST_CASE(
    "A search or filter that lists nothing shows an empty state, and the one shown comes back",
    "[ui][flows][emptystate]")
{
    GoneWindow window(true); // the file stays where it is
    SECTION("customers")
    {
        CustomersView* view = window.customers();
        view->table()->selectRow(2);
        const qint64 shown = view->detail()->customerId();
        REQUIRE(shown > 0);
        auto* empty = view->findChild<QLabel*>(QStringLiteral("emptyDetail"));
        REQUIRE(empty);
        CHECK_FALSE(empty->isVisible());

        view->setSearch(QStringLiteral("zzqx no such customer"));
        REQUIRE(view->table()->model()->rowCount() == 0);
        CHECK(empty->isVisible());
        CHECK(empty->text().startsWith(
            QStringLiteral("No customer matches “zzqx no such customer”.")));
        CHECK(view->detail()->customerId() == 0); // no action acts on a customer not listed
        CHECK_FALSE(view->detail()->isVisible());
        test::screenshot(*window.window, QStringLiteral("empty-customers"));

        view->setSearch(QString());
        CHECK_FALSE(empty->isVisible());
        CHECK(view->detail()->isVisible());
        CHECK(view->detail()->customerId() == shown);
    }
    SECTION("tickets")
    {
        TicketsView* view = window.tickets();
        view->selectQueue(static_cast<int>(TicketListQuery::Queue::AllOpen));
        REQUIRE(view->table()->model()->rowCount() > 1);
        view->table()->selectRow(1);
        const qint64 shown = view->detail()->ticketId();
        REQUIRE(shown > 0);
        view->detail()->composer()->setPlainText(QStringLiteral("Half a reply"));
        auto* empty = view->findChild<QLabel*>(QStringLiteral("emptyDetail"));
        REQUIRE(empty);

        view->setSearch(QStringLiteral("zzqx no such ticket"));
        REQUIRE(view->table()->model()->rowCount() == 0);
        CHECK(empty->isVisible());
        CHECK(empty->text().startsWith(QStringLiteral("No ticket matches “zzqx no such ticket”.")));
        CHECK(view->detail()->ticketId() == 0);
        test::screenshot(*window.window, QStringLiteral("empty-tickets"));

        QTest::keyClick(view->searchBox(), Qt::Key_Escape); // clears the search
        CHECK_FALSE(empty->isVisible());
        CHECK(view->detail()->ticketId() == shown);
        CHECK(view->detail()->composer()->toPlainText() ==
              QStringLiteral("Half a reply")); // the draft came back
        view->detail()->composer()->clear();   // closing the window asks nothing
    }
}
