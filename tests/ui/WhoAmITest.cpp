// "Who am I" (issue 15): a file with no agents is no dead end. An action that needs the
// agent at the keyboard asks (AgentChooser), "Add me…" adds one through core, the answer is
// remembered per file, and the action goes on: the reply is sent, the move and the
// touchpoint are recorded with that agent.
#include "MainWindow.h"

#include "AgentChooser.h"
#include "CurrentAgent.h"
#include "domain/Customer.h"
#include "domain/Ticket.h"
#include "models/TicketTableModel.h"
#include "storage/AgentRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/TicketCommentRepository.h"
#include "storage/TicketListRepository.h"
#include "storage/TicketRepository.h"
#include "support/ModalAnswer.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "views/CustomerDetail.h"
#include "views/CustomersView.h"
#include "views/TicketDetail.h"
#include "views/TicketsView.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace fd;

namespace {

// A file as the import wizard leaves it: customers and tickets, no agents.
QString fileWithoutAgents(const test::Scratch& scratch, const QString& name, qint64* ticketId)
{
    const QString path = scratch.file(name);
    auto db = test::openDatabase(path);
    Customer c;
    c.name = QStringLiteral("Imported Co");
    c.since = QDate::currentDate().addDays(-10);
    const qint64 customer = *CustomerRepository(*db).add(c);
    Ticket t;
    t.customerId = customer;
    t.subject = QStringLiteral("Where is my invoice?");
    t.createdAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    *ticketId = *TicketRepository(*db).add(t, t.createdAt);
    REQUIRE(AgentRepository(*db).all()->empty());
    return path;
}

// Answers "Who are you?" with Add me: name and email typed, Continue.
std::shared_ptr<test::ModalAnswer> addMe(const QString& name, const QString& email,
                                         const QString& picture = QString())
{
    return test::whenModal(QStringLiteral("agentChooser"), [=](QWidget* w) {
        auto* chooser = qobject_cast<AgentChooser*>(w);
        if (!chooser)
            return;
        if (!chooser->nameEdit()->isVisibleTo(chooser))
            chooser->addMeButton()->click();
        QTest::keyClicks(chooser->nameEdit(), name);
        QTest::keyClicks(chooser->emailEdit(), email);
        if (!picture.isEmpty())
            chooser->grab().save(QStringLiteral(FUNNELDESK_SCREENSHOT_DIR "/") + picture +
                                     QStringLiteral(".png"),
                                 "PNG");
        chooser->continueButton()->click();
    });
}

} // namespace

TEST_CASE("The first reply on a file with no agents asks who you are, adds you, and is sent",
          "[ui][agent]")
{
    test::Scratch scratch;
    qint64 ticketId = 0;
    const QString path = fileWithoutAgents(scratch, QStringLiteral("imported.sqlite"), &ticketId);
    MainWindow window(test::openDatabase(path));
    window.resize(1280, 800);
    window.show();
    window.showView(MainWindow::View::Tickets);
    auto* view = qobject_cast<TicketsView*>(window.viewWidget(MainWindow::View::Tickets));
    REQUIRE(view);
    // "Me" is not a dead end: it offers "Add me…".
    auto* me = view->findChild<QComboBox*>(QStringLiteral("meAgent"));
    REQUIRE(me);
    CHECK(me->findText(QStringLiteral("Add me…")) >= 0);

    view->selectTicket(ticketId);
    TicketDetail* detail = view->detail();
    REQUIRE(detail->ticketId() == ticketId);
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    detail->composer()->setFocus();
    QTest::keyClicks(detail->composer(), QStringLiteral("Thanks, it is on its way."));

    auto asked = addMe(QStringLiteral("Dana Reyes"), QStringLiteral("dana@example.com"),
                       QStringLiteral("who-are-you-add-me"));
    QTest::keyClick(detail->composer(), Qt::Key_Return, Qt::ControlModifier);
    CHECK(asked->seen == 1);

    auto db = test::openDatabase(path, Database::Access::ReadOnly);
    auto dana = AgentRepository(*db).findByKey(QStringLiteral("Dana Reyes"));
    REQUIRE(dana);
    REQUIRE(*dana);
    CHECK((*dana)->email == QStringLiteral("dana@example.com"));
    auto comments = TicketCommentRepository(*db).forTicket(ticketId);
    REQUIRE(comments);
    REQUIRE(comments->size() == 1);
    CHECK(comments->front().body == QStringLiteral("Thanks, it is on its way."));
    CHECK(comments->front().authorAgentId == (*dana)->id);
    CHECK(detail->composer()->toPlainText().isEmpty());
    CHECK(CurrentAgent::remembered(test::agentKey(path)) == (*dana)->id);
    CHECK(me->currentText() == QStringLiteral("Dana Reyes")); // "Me" follows the answer

    // The next reply on this file asks nothing.
    auto again = addMe(QStringLiteral("Nobody"), QString());
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    detail->composer()->setFocus();
    QTest::keyClicks(detail->composer(), QStringLiteral("One more thing."));
    QTest::keyClick(detail->composer(), Qt::Key_Return, Qt::ControlModifier);
    QTest::qWait(100);
    CHECK(again->seen == 0);
    again.reset(); // its watch ends here
    CHECK(TicketCommentRepository(*db).forTicket(ticketId)->size() == 2);
    test::screenshot(window, QStringLiteral("who-are-you-reply-sent"));

    SECTION("a second file still asks; cancelled, the reply waits in the composer")
    {
        qint64 otherTicket = 0;
        const QString other =
            fileWithoutAgents(scratch, QStringLiteral("other.sqlite"), &otherTicket);
        auto otherDb = test::openDatabase(other);
        TicketDetail pane(*otherDb, Clock::system());
        pane.show();
        pane.showTicket(otherTicket);
        QTest::keyClicks(pane.composer(), QStringLiteral("Hello"));
        auto cancelled = test::whenModal(QStringLiteral("agentChooser"), [](QWidget* w) {
            qobject_cast<QDialog*>(w)->reject(); // nothing typed in it: closes at once
        });
        CHECK_FALSE(pane.send(pane.composer()->toPlainText(), CommentKind::PublicReply));
        CHECK(cancelled->seen == 1);
        CHECK(pane.composer()->toPlainText() == QStringLiteral("Hello"));
        CHECK(TicketCommentRepository(*otherDb).forTicket(otherTicket)->empty());
        CHECK_FALSE(CurrentAgent::remembered(other));
    }
}

TEST_CASE("Move… and Log touchpoint… ask who you are through the same chooser", "[ui][agent]")
{
    test::Scratch scratch;
    const QString path = test::demoFile(scratch, QStringLiteral("agents.sqlite"), 30, 20, 40);
    Agent chosen;
    {
        auto db = test::openDatabase(path);
        auto agents = AgentRepository(*db).all();
        REQUIRE(agents);
        REQUIRE(agents->size() >= 2);
        chosen = agents->at(1);
        REQUIRE(chosen.active);
        REQUIRE_FALSE(chosen.name.contains(QLatin1Char('\''))); // quoted in the check below
    }
    MainWindow window(test::openDatabase(path));
    window.resize(1280, 800);
    window.show();
    window.showView(MainWindow::View::Customers);
    auto* view = qobject_cast<CustomersView*>(window.viewWidget(MainWindow::View::Customers));
    REQUIRE(view);
    view->table()->selectRow(0);
    CustomerDetail* detail = view->detail();
    REQUIRE(detail->isEnabled());
    auto db = test::openDatabase(path, Database::Access::ReadOnly);

    // Move: the chooser lists the agents; the rep picks one; the move names them.
    auto picked = test::whenModal(QStringLiteral("agentChooser"), [&](QWidget* w) {
        auto* chooser = qobject_cast<AgentChooser*>(w);
        QListWidget* list = chooser->agentList();
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->data(Qt::UserRole).toLongLong() == chosen.id)
                list->setCurrentRow(row);
        }
        chooser->grab().save(QStringLiteral(FUNNELDESK_SCREENSHOT_DIR "/who-are-you-choose.png"),
                             "PNG");
        chooser->continueButton()->click();
    });
    const int stage = static_cast<int>(Stage::Advocacy);
    REQUIRE(detail->move(stage, QStringLiteral("Spoke at our conference"), false));
    CHECK(picked->seen == 1);
    CHECK(CurrentAgent::remembered(test::agentKey(path)) == chosen.id);
    CHECK(db->scalar("SELECT count(*) FROM stage_transition WHERE actor = '" +
                     chosen.name.toStdString() + "'") == 1);

    // Log touchpoint…, with the answer forgotten: asked again inside the dialog, "Add me…";
    // the touchpoint names the new agent.
    CurrentAgent::forget(test::agentKey(path));
    auto logged = test::whenModal(
        QString(),
        [](QWidget* dialog) {
            QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(),
                             QStringLiteral("Asked about SSO"));
            for (auto* button : dialog->findChildren<QPushButton*>()) {
                if (button->text() == QStringLiteral("Log"))
                    button->click();
            }
        },
        1, QStringLiteral("Log a touchpoint"));
    auto chooser = addMe(QStringLiteral("Lee Park"), QStringLiteral("lee@example.com"));
    for (auto* button : detail->findChildren<QPushButton*>()) {
        if (button->text() == QStringLiteral("Log touchpoint…"))
            button->click();
    }
    CHECK(logged->seen == 1);
    CHECK(chooser->seen == 1);
    auto lee = AgentRepository(*db).findByKey(QStringLiteral("lee@example.com"));
    REQUIRE(lee);
    REQUIRE(*lee);
    CHECK(db->scalar("SELECT agent_id FROM touchpoint WHERE summary = 'Asked about SSO'") ==
          (*lee)->id);
    CHECK(CurrentAgent::remembered(test::agentKey(path)) == (*lee)->id);
}

TEST_CASE("Add me refuses a name core refuses and keeps what was typed", "[ui][agent]")
{
    test::Scratch scratch;
    const QString path = test::demoFile(scratch, QStringLiteral("dupes.sqlite"), 10, 5, 10);
    auto db = test::openDatabase(path);
    const Agent existing = AgentRepository(*db).all()->front();
    AgentChooser chooser(*db, QStringLiteral("to test"), nullptr, AgentChooser::Start::AddMe);
    chooser.show();
    QTest::keyClicks(chooser.nameEdit(), QStringLiteral("1234"));
    CHECK_FALSE(chooser.continueButton()->isEnabled());
    CHECK(chooser.problem().contains(QStringLiteral("only digits")));
    chooser.nameEdit()->setText(existing.name.toUpper());
    REQUIRE(chooser.continueButton()->isEnabled());
    chooser.continueButton()->click();
    CHECK(chooser.isVisible()); // refused by AgentRepository::add: a duplicate name
    CHECK(chooser.nameEdit()->text() == existing.name.toUpper());
    CHECK_FALSE(chooser.chosen());
    CHECK_FALSE(CurrentAgent::remembered(test::agentKey(path)));
}

TEST_CASE("Who are you? with several agents chooses none for the rep: Enter signs as no one until "
          "one is picked",
          "[ui][agent][choose]")
{
    test::Scratch scratch;
    const QString path = test::demoFile(scratch, QStringLiteral("team.sqlite"), 10, 5, 10);
    auto db = test::openDatabase(path);
    const auto agents = AgentRepository(*db).all();
    REQUIRE(agents->size() >= 2);
    AgentChooser chooser(*db, QStringLiteral("to test"));
    chooser.show();
    REQUIRE(QTest::qWaitForWindowActive(&chooser));
    QListWidget* list = chooser.agentList();
    CHECK(list->hasFocus());
    CHECK(list->selectedItems().isEmpty());
    CHECK_FALSE(chooser.continueButton()->isEnabled());
    QTest::keyClick(list, Qt::Key_Return); // was: signed as the first agent listed
    CHECK(chooser.isVisible());
    CHECK_FALSE(chooser.chosen());
    CHECK_FALSE(CurrentAgent::remembered(test::agentKey(path)));
    test::screenshot(chooser, QStringLiteral("who-are-you-none-chosen"));

    // Down picks the first, shown selected; Enter goes on with that one.
    QTest::keyClick(list, Qt::Key_Down);
    REQUIRE(chooser.continueButton()->isEnabled());
    const qint64 first = list->item(0)->data(Qt::UserRole).toLongLong();
    QTest::keyClick(list, Qt::Key_Return);
    REQUIRE(chooser.chosen());
    CHECK(chooser.chosen()->id == first);
    CHECK(CurrentAgent::remembered(test::agentKey(path)) == first);
}
