// No typed input is lost (issue 15): the canned-reply editor, New customer, New ticket,
// Log touchpoint and the reply composer ask (UnsavedChanges.h) or keep a draft, and close
// at once when nothing was typed.
#include "MainWindow.h"

#include "CurrentAgent.h"
#include "domain/CannedReply.h"
#include "domain/Customer.h"
#include "domain/Ticket.h"
#include "models/TicketTableModel.h"
#include "storage/AgentRepository.h"
#include "storage/CannedReplyRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/TicketListRepository.h"
#include "storage/TicketRepository.h"
#include "support/ModalAnswer.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "views/CannedRepliesDialog.h"
#include "views/CustomerDetail.h"
#include "views/CustomerDialog.h"
#include "views/CustomersView.h"
#include "views/ImportWizard.h"
#include "views/NewTicketDialog.h"
#include "views/TicketDetail.h"
#include "views/TicketsView.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace fd;

namespace {

QString smallDemo(const test::Scratch& scratch)
{
    return test::demoFile(scratch, QStringLiteral("unsaved.sqlite"), 40, 60, 80);
}

QPushButton* dialogButton(QWidget* dialog, QDialogButtonBox::StandardButton which)
{
    auto* box = dialog->findChild<QDialogButtonBox*>();
    return box ? box->button(which) : nullptr;
}

} // namespace

TEST_CASE("The canned-reply editor asks before unsaved edits are dropped, and Cancel keeps them",
          "[ui][unsaved]")
{
    test::Scratch scratch;
    const QString path = smallDemo(scratch);
    auto db = test::openDatabase(path);
    CannedRepliesDialog dialog(*db);
    dialog.show();
    auto* list = dialog.findChild<QListWidget*>();
    auto* body = dialog.findChild<QPlainTextEdit*>();
    REQUIRE(list);
    REQUIRE(body);
    REQUIRE(list->count() >= 2);
    list->setCurrentRow(0);
    const qint64 firstId = CannedReplyRepository(*db).all()->at(0).id;
    const QString firstBody = CannedReplyRepository(*db).all()->at(0).body;
    const QString secondTitle = list->item(1)->text();

    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, QStringLiteral(" PS: typed"));
    const QString edited = body->toPlainText();
    REQUIRE(dialog.hasUnsavedEdits());

    SECTION("Cancel: the entry and its edits stay where they were")
    {
        auto asked =
            test::answerUnsaved(QMessageBox::Cancel, QStringLiteral("unsaved-canned-reply"));
        list->setCurrentRow(1);
        CHECK(asked->seen == 1);
        CHECK(list->currentRow() == 0);
        CHECK(dialog.shownRow() == 0);
        CHECK(body->toPlainText() == edited);
        CHECK(CannedReplyRepository(*db).all()->at(0).body == firstBody);

        // Escape and Close ask too; Cancel keeps the dialog open.
        auto again = test::answerUnsaved(QMessageBox::Cancel);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        CHECK(again->seen == 1);
        CHECK(dialog.isVisible());
        CHECK(body->toPlainText() == edited);
    }
    SECTION("Save: the edits are written, then the entry picked shows")
    {
        auto asked = test::answerUnsaved(QMessageBox::Save);
        list->setCurrentRow(1);
        CHECK(asked->seen == 1);
        CHECK(list->currentItem()->text() == secondTitle);
        auto stored = CannedReplyRepository(*db).all();
        REQUIRE(stored);
        const auto first = std::find_if(stored->begin(), stored->end(),
                                        [&](const CannedReply& r) { return r.id == firstId; });
        REQUIRE(first != stored->end());
        CHECK(first->body == edited);
    }
    SECTION("Discard: nothing is written, the entry picked shows; New asks too")
    {
        auto asked = test::answerUnsaved(QMessageBox::Discard);
        list->setCurrentRow(1);
        CHECK(asked->seen == 1);
        CHECK(list->currentItem()->text() == secondTitle);
        CHECK(CannedReplyRepository(*db).all()->at(0).body == firstBody);
        body->moveCursor(QTextCursor::End);
        QTest::keyClicks(body, QStringLiteral("more"));
        auto onNew = test::answerUnsaved(QMessageBox::Cancel);
        for (auto* button : dialog.findChildren<QPushButton*>()) {
            if (button->text() == QStringLiteral("&New"))
                button->click();
        }
        CHECK(onNew->seen == 1);
        CHECK(body->toPlainText().endsWith(QStringLiteral("more")));
    }
    SECTION("nothing edited: picking another entry asks nothing")
    {
        body->setPlainText(firstBody); // back to what is stored
        auto asked = test::answerUnsaved(QMessageBox::Cancel);
        list->setCurrentRow(1);
        QTest::qWait(100);
        CHECK(asked->seen == 0);
        CHECK(list->currentRow() == 1);
    }
}

TEST_CASE("Escape in New customer asks when fields were typed and closes at once when not",
          "[ui][unsaved]")
{
    test::Scratch scratch;
    const QString path = smallDemo(scratch);
    MainWindow window(test::openDatabase(path));
    window.show();

    SECTION("nothing typed: Escape closes without a question")
    {
        CustomerDialog dialog(Clock::system(), &window);
        dialog.show();
        auto asked = test::answerUnsaved(QMessageBox::Cancel);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QTest::qWait(100);
        CHECK(asked->seen == 0);
        CHECK_FALSE(dialog.isVisible());
        CHECK(dialog.result() == QDialog::Rejected);
    }
    SECTION("typed: Escape, Cancel and the window's close ask; Cancel keeps the fields")
    {
        CustomerDialog dialog(Clock::system(), &window);
        dialog.setSave([](const Customer&) { return QString(); });
        dialog.show();
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Ada Lovelace"));
        auto escape =
            test::answerUnsaved(QMessageBox::Cancel, QStringLiteral("unsaved-new-customer"));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        CHECK(escape->seen == 1);
        CHECK(dialog.isVisible());
        CHECK(dialog.nameEdit()->text() == QStringLiteral("Ada Lovelace"));

        auto cancel = test::answerUnsaved(QMessageBox::Cancel);
        dialogButton(&dialog, QDialogButtonBox::Cancel)->click();
        CHECK(cancel->seen == 1);
        CHECK(dialog.isVisible());

        auto close = test::answerUnsaved(QMessageBox::Discard);
        dialog.close();
        CHECK(close->seen == 1);
        CHECK_FALSE(dialog.isVisible());
        CHECK(dialog.result() == QDialog::Rejected);
    }
    SECTION("typed and Save: the customer is added as OK would")
    {
        CustomerDialog dialog(Clock::system(), &window);
        QStringList saved;
        dialog.setSave([&](const Customer& c) {
            saved << c.name;
            return QString();
        });
        dialog.show();
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Ada Lovelace"));
        auto asked = test::answerUnsaved(QMessageBox::Save);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        CHECK(asked->seen == 1);
        CHECK(saved == QStringList{QStringLiteral("Ada Lovelace")});
        CHECK(dialog.result() == QDialog::Accepted);
    }
    SECTION("typed but not savable: only Discard and Cancel, and why")
    {
        CustomerDialog dialog(Clock::system(), &window);
        dialog.show();
        QTest::keyClicks(dialog.emailEdit(), QStringLiteral("not an address"));
        QString text;
        bool hasSave = true;
        auto asked = test::whenModal(QStringLiteral("unsavedChanges"), [&](QWidget* w) {
            auto* box = qobject_cast<QMessageBox*>(w);
            text = box->informativeText();
            hasSave = box->button(QMessageBox::Save) != nullptr;
            box->button(QMessageBox::Discard)->click();
        });
        QTest::keyClick(&dialog, Qt::Key_Escape);
        CHECK(asked->seen == 1);
        CHECK_FALSE(hasSave);
        CHECK(text.startsWith(dialog.problem()));
        CHECK_FALSE(dialog.isVisible());
    }
}

TEST_CASE("New ticket and Log touchpoint ask before typed input is lost", "[ui][unsaved]")
{
    test::Scratch scratch;
    const QString path = smallDemo(scratch);
    auto db = test::openDatabase(path);
    MainWindow window(test::openDatabase(path));
    window.show();

    NewTicketDialog ticket(*db, Clock::system(), std::nullopt, std::nullopt, &window);
    ticket.show();
    QTest::keyClicks(ticket.subjectEdit(), QStringLiteral("Cannot log in"));
    auto asked = test::answerUnsaved(QMessageBox::Cancel);
    QTest::keyClick(&ticket, Qt::Key_Escape);
    CHECK(asked->seen == 1);
    CHECK(ticket.isVisible());
    CHECK(ticket.subjectEdit()->text() == QStringLiteral("Cannot log in"));

    // Log touchpoint…: the summary typed, then Escape: asked, Cancel, then Discard.
    window.showView(MainWindow::View::Customers);
    auto* view = qobject_cast<CustomersView*>(window.viewWidget(MainWindow::View::Customers));
    REQUIRE(view);
    view->table()->selectRow(0);
    REQUIRE(view->detail()->isEnabled());
    int questions = 0;
    bool keptSummary = false;
    auto logDialog = test::whenModal(
        QString(),
        [&](QWidget* dialog) {
            auto* summary = dialog->findChild<QPlainTextEdit*>();
            QTest::keyClicks(summary, QStringLiteral("Called about the invoice"));
            auto first = test::answerUnsaved(QMessageBox::Cancel);
            QTest::keyClick(dialog, Qt::Key_Escape);
            questions += first->seen;
            keptSummary = dialog->isVisible() &&
                          summary->toPlainText() == QStringLiteral("Called about the invoice");
            auto second = test::answerUnsaved(QMessageBox::Discard);
            QTest::keyClick(dialog, Qt::Key_Escape);
            questions += second->seen;
        },
        1, QStringLiteral("Log a touchpoint"));
    for (auto* button : view->detail()->findChildren<QPushButton*>()) {
        if (button->text() == QStringLiteral("Log touchpoint…"))
            button->click();
    }
    CHECK(logDialog->seen == 1);
    CHECK(questions == 2);
    CHECK(keptSummary);
}

TEST_CASE("A reply typed on one ticket waits there while the rep reads another",
          "[ui][unsaved][ui-pg]")
{
    test::Scratch scratch;
    const QString path = smallDemo(scratch);
    MainWindow window(test::openDatabase(path));
    window.show();
    window.showView(MainWindow::View::Tickets);
    auto* view = qobject_cast<TicketsView*>(window.viewWidget(MainWindow::View::Tickets));
    REQUIRE(view);
    view->selectQueue(static_cast<int>(TicketListQuery::Queue::All));
    REQUIRE(view->model()->rowCount() >= 2);
    view->table()->selectRow(0);
    TicketDetail* detail = view->detail();
    const qint64 first = detail->ticketId();
    QTest::keyClicks(detail->composer(), QStringLiteral("Half a reply"));

    view->table()->selectRow(1);
    REQUIRE(detail->ticketId() != first);
    CHECK(detail->composer()->toPlainText().isEmpty());
    CHECK(detail->drafts() == QList<qint64>{first});

    view->selectTicket(first);
    REQUIRE(detail->ticketId() == first);
    CHECK(detail->composer()->toPlainText() == QStringLiteral("Half a reply"));

    // Closing the window with a reply not sent asks; Cancel keeps the window and the text.
    auto cancel =
        test::answerUnsaved(QMessageBox::Cancel, QStringLiteral("unsaved-reply-on-close"));
    window.close();
    CHECK(cancel->seen == 1);
    CHECK(window.isVisible());
    CHECK(detail->composer()->toPlainText() == QStringLiteral("Half a reply"));
    auto discard = test::answerUnsaved(QMessageBox::Discard);
    window.close();
    CHECK(discard->seen == 1);
    CHECK_FALSE(window.isVisible());
}

TEST_CASE("The import wizard asks before a mapping the rep changed is thrown away", "[ui][unsaved]")
{
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("w.sqlite"));
    MainWindow window(test::openDatabase(path));
    window.show();
    ImportWizard wizard(test::databaseAt(path), Clock::system(), &window);
    wizard.setFile(QStringLiteral(FUNNELDESK_TEST_FIXTURES "/kaggle-support-tickets.csv"),
                   ImportMapping::Entity::Tickets);
    wizard.show();
    wizard.next();
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::MappingPage);

    SECTION("the automatic mapping untouched: Escape closes at once")
    {
        auto asked = test::answerUnsaved(QMessageBox::Cancel);
        QTest::keyClick(&wizard, Qt::Key_Escape);
        QTest::qWait(100);
        CHECK(asked->seen == 0);
        CHECK_FALSE(wizard.isVisible());
    }
    SECTION("a column changed: Escape asks; Cancel keeps the mapping, Discard closes")
    {
        auto* column = qobject_cast<QComboBox*>(wizard.mapping()->cellWidget(0, 1));
        REQUIRE(column);
        column->setCurrentIndex(column->currentIndex() == 0 ? 1 : 0);
        const QStringList mapped = wizard.overrides();
        auto cancel = test::answerUnsaved(QMessageBox::Cancel);
        QTest::keyClick(&wizard, Qt::Key_Escape);
        CHECK(cancel->seen == 1);
        CHECK(wizard.isVisible());
        CHECK(wizard.overrides() == mapped);
        auto discard = test::answerUnsaved(QMessageBox::Discard);
        wizard.close();
        CHECK(discard->seen == 1);
        CHECK_FALSE(wizard.isVisible());
    }
}
