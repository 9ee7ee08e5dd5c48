// Issue 15 (hostile tester, final round, fault 7): the New ticket dialog said "A ticket needs
// a subject." on open and while the customer was typed, before the subject field was ever
// reached. A problem is said once the user has been in ITS field and left it, or has tried to
// save (ProblemLabel), in every dialog with a problem line: New customer, New ticket, Add
// contact, Log touchpoint.
#include "domain/Customer.h"
#include "domain/Validation.h"
#include "MainWindow.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "support/ModalAnswer.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "views/CustomerDetail.h"
#include "views/CustomerDialog.h"
#include "views/CustomersView.h"
#include "views/NewTicketDialog.h"
#include "views/ProblemLabel.h"

#include <catch2/catch.hpp>

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace fd;

namespace {

qint64 addAcme(Database& db)
{
    Customer acme;
    acme.name = QStringLiteral("Acme");
    acme.email = QStringLiteral("ops@acme.example");
    acme.since = QDate::currentDate().addDays(-30);
    auto id = CustomerRepository(db).add(acme);
    REQUIRE(id);
    return *id;
}

QPushButton* saveButton(QWidget& dialog)
{
    return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

// Clicks the detail pane's button `text` while `answer` handles the dialog it opens.
void openFromDetail(MainWindow& window, const QString& text, const QString& title,
                    std::function<void(QWidget*)> answer)
{
    auto* view = qobject_cast<CustomersView*>(window.viewWidget(MainWindow::View::Customers));
    REQUIRE(view);
    auto watch = test::whenModal(QString(), std::move(answer), 1, title);
    for (auto* button : view->detail()->findChildren<QPushButton*>()) {
        if (button->text() == text)
            button->click();
    }
    REQUIRE(watch->seen == 1);
}

} // namespace

TEST_CASE("New ticket for a customer says nothing until the user leaves the subject",
          "[ui][validation][problemline]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("ui.sqlite")));
    NewTicketDialog dialog(*db, Clock::system(), addAcme(*db), std::nullopt);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    auto* line = dialog.findChild<ProblemLabel*>();
    REQUIRE(line);
    CHECK(line->problem() == Validation::tr("A ticket needs a subject."));
    CHECK(line->text().isEmpty()); // on open: nothing said
    QLineEdit* subject = dialog.subjectEdit();
    REQUIRE(subject->hasFocus());
    QTest::keyClicks(subject, QStringLiteral("x"));
    QTest::keyClick(subject, Qt::Key_Backspace);
    CHECK(line->text().isEmpty()); // still in the field
    QTest::keyClick(subject, Qt::Key_Tab);
    CHECK_FALSE(subject->hasFocus());
    CHECK(line->text() == line->problem()); // left it empty: said, and live from now on
    QTest::keyClicks(subject, QStringLiteral("Cannot log in"));
    CHECK(line->text().isEmpty());
}

TEST_CASE("New ticket: typing the customer first says nothing about the subject",
          "[ui][validation][problemline]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("ui.sqlite")));
    addAcme(*db);
    NewTicketDialog dialog(*db, Clock::system(), std::nullopt, std::nullopt);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    auto* line = dialog.findChild<ProblemLabel*>();
    REQUIRE(line);
    REQUIRE(dialog.customerSearch()->hasFocus());
    QTest::keyClicks(dialog.customerSearch(), QStringLiteral("Acm"));
    REQUIRE(QTest::qWaitFor([&] { return dialog.customerMatches()->count() == 1; }, 2000));
    CHECK(line->problem() == Validation::tr("A ticket needs a subject."));
    CHECK(line->text().isEmpty()); // the customer is chosen; the subject was never reached
    dialog.subjectEdit()->setFocus(Qt::TabFocusReason); // the customer field left
    CHECK(line->text().isEmpty());                      // in the subject, not yet out of it
    dialog.customerSearch()->setFocus(Qt::BacktabFocusReason);
    CHECK(line->text() == line->problem());

    // A customer field left without a customer says so, about the customer.
    NewTicketDialog other(*db, Clock::system(), std::nullopt, std::nullopt);
    other.show();
    REQUIRE(QTest::qWaitForWindowActive(&other));
    auto* otherLine = other.findChild<ProblemLabel*>();
    other.subjectEdit()->setFocus(Qt::MouseFocusReason);
    CHECK(otherLine->text() == NewTicketDialog::tr("Choose the customer this ticket is for."));
}

TEST_CASE("A press on the disabled Create says the problem of a field never visited",
          "[ui][validation][problemline]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("ui.sqlite")));
    NewTicketDialog dialog(*db, Clock::system(), addAcme(*db), std::nullopt);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    auto* line = dialog.findChild<ProblemLabel*>();
    QPushButton* create = saveButton(dialog);
    REQUIRE_FALSE(create->isEnabled());
    CHECK(line->text().isEmpty());
    QTest::mouseClick(create, Qt::LeftButton);
    CHECK(line->text() == Validation::tr("A ticket needs a subject."));

    // Enter in a field is the same try.
    CustomerDialog customer(Clock::system());
    customer.show();
    REQUIRE(QTest::qWaitForWindowActive(&customer));
    auto* customerLine = customer.findChild<ProblemLabel*>();
    QTest::keyClicks(customer.emailEdit(), QStringLiteral("ops@acme.example"));
    CHECK(customerLine->text().isEmpty());
    QTest::keyClick(customer.emailEdit(), Qt::Key_Return);
    CHECK(customerLine->text() == Validation::tr("A customer needs a name."));
}

TEST_CASE(
    "New customer: the email's problem waits until the email is left, the name's until the name is",
    "[ui][validation][problemline]")
{
    CustomerDialog dialog(Clock::system());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    auto* line = dialog.findChild<ProblemLabel*>();
    REQUIRE(dialog.nameEdit()->hasFocus());
    dialog.emailEdit()->setFocus(Qt::MouseFocusReason); // the name field left, with a name missing
    CHECK(line->text() == Validation::tr("A customer needs a name."));

    CustomerDialog typed(Clock::system());
    typed.show();
    REQUIRE(QTest::qWaitForWindowActive(&typed));
    auto* typedLine = typed.findChild<ProblemLabel*>();
    REQUIRE(typed.nameEdit()->hasFocus());
    QTest::keyClicks(typed.nameEdit(), QStringLiteral("Acme Corp"));
    QTest::keyClick(typed.nameEdit(), Qt::Key_Tab);
    REQUIRE(typed.emailEdit()->hasFocus());
    QTest::keyClicks(typed.emailEdit(), QStringLiteral("ops acme"));
    const QString core =
        Validation::emailProblem(QStringLiteral("ops acme"), Validation::tr("email"));
    REQUIRE_FALSE(core.isEmpty());
    CHECK(typed.problem() == core);
    CHECK(typedLine->text().isEmpty()); // typing: not yet
    QTest::keyClick(typed.emailEdit(), Qt::Key_Tab);
    CHECK(typedLine->text() == core);
}

TEST_CASE("Add contact and Log touchpoint say a field's problem once that field is left",
          "[ui][validation][problemline]")
{
    test::Scratch scratch;
    const QString path = test::demoFile(scratch, QStringLiteral("d.sqlite"), 20, 20, 20);
    test::rememberFirstAgent(path);
    MainWindow window(test::openDatabase(path));
    window.show();
    window.showView(MainWindow::View::Customers);
    auto* view = qobject_cast<CustomersView*>(window.viewWidget(MainWindow::View::Customers));
    REQUIRE(view);
    view->table()->selectRow(0);

    QString onOpen = QStringLiteral("unset"), afterEmail = QStringLiteral("unset"),
            afterName = QStringLiteral("unset");
    openFromDetail(window, QStringLiteral("Add contact…"), QStringLiteral("New contact at"),
                   [&](QWidget* dialog) {
                       auto edits = dialog->findChildren<QLineEdit*>(); // name, email, phone, role
                       auto* line = dialog->findChild<ProblemLabel*>();
                       if (edits.size() < 4 || !line || !QTest::qWaitForWindowActive(dialog))
                           return;
                       onOpen = line->text();
                       edits[1]->setFocus(
                           Qt::TabFocusReason); // into the email, leaving the name empty
                       QTest::keyClicks(edits[1], QStringLiteral("pat@acme.example"));
                       QTest::keyClick(edits[1], Qt::Key_Tab);
                       afterEmail = line->text();
                       QTest::keyClicks(edits[0], QStringLiteral("P"));
                       QTest::keyClick(edits[0], Qt::Key_Backspace);
                       edits[2]->setFocus(Qt::MouseFocusReason);
                       afterName = line->text();
                       auto discard = test::answerUnsaved(QMessageBox::Discard);
                       QTest::keyClick(dialog, Qt::Key_Escape);
                   });
    CHECK(onOpen.isEmpty());
    // The name was left when the email was entered: its problem is said.
    CHECK(afterEmail == Validation::tr("A contact needs a name."));
    CHECK(afterName == Validation::tr("A contact needs a name."));

    QString scoreSet = QStringLiteral("unset"), summaryLeft = QStringLiteral("unset"),
            scoreLeft = QStringLiteral("unset");
    openFromDetail(window, QStringLiteral("Log touchpoint…"), QStringLiteral("Log a touchpoint"),
                   [&](QWidget* dialog) {
                       auto* summary = dialog->findChild<QPlainTextEdit*>();
                       auto* score = dialog->findChild<QSpinBox*>();
                       auto* line = dialog->findChild<ProblemLabel*>();
                       if (!summary || !score || !line || !QTest::qWaitForWindowActive(dialog))
                           return;
                       summary->setFocus(Qt::MouseFocusReason);
                       score->setValue(7); // a score on a phone call: a problem of the score field
                       scoreSet = line->text();
                       QTest::keyClicks(summary, QStringLiteral("Called about the invoice"));
                       QTest::keyClick(summary, Qt::Key_Tab); // the summary left, not the score
                       summaryLeft = line->text();
                       score->setFocus(Qt::TabFocusReason);
                       summary->setFocus(Qt::BacktabFocusReason);
                       scoreLeft = line->text();
                       auto discard = test::answerUnsaved(QMessageBox::Discard);
                       QTest::keyClick(dialog, Qt::Key_Escape);
                   });
    CHECK(scoreSet.isEmpty());
    CHECK(summaryLeft.isEmpty());
    CHECK(scoreLeft ==
          CustomerDetail::tr("Only a survey has a score; choose the survey kind or no score."));
}
