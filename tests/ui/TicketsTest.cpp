// The tickets view: the model under Qt's checks, queues and search, and a rep's path from
// a new ticket to a solved one, with the customer's stage move in the status bar.
#include "MainWindow.h"

#include "BackgroundTask.h"
#include "common/Clock.h"
#include "CurrentAgent.h"
#include "demo/Generator.h"
#include "domain/Customer.h"
#include "domain/Ticket.h"
#include "domain/Touchpoint.h"
#include "models/TicketTableModel.h"
#include "service/Customers.h"
#include "stages/StageEngine.h"
#include "storage/AgentRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/TicketListRepository.h"
#include "storage/TicketRepository.h"
#include "storage/TouchpointRepository.h"
#include "support/ModalAnswer.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "views/CannedRepliesDialog.h"
#include "views/CannedReplyPicker.h"
#include "views/CustomerDialog.h"
#include "views/NewTicketDialog.h"
#include "views/TicketDetail.h"
#include "views/TicketsView.h"
#include "views/WelcomeDialog.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

#include <QLabel>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QMessageBox>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace fd;

namespace {

QString demoFile(const test::Scratch& scratch)
{
    // 2,500 tickets: several pages of 200 in every queue that matters.
    return test::demoFile(scratch, QStringLiteral("tickets.sqlite"), 300, 2500, 6000);
}

using test::screenshot;

} // namespace

TEST_CASE("The tickets model passes QAbstractItemModelTester in every queue and sort",
          "[ui][model][ui-pg]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(demoFile(scratch));
    FixedClock clock(test::testNow());
    TicketTableModel model(*db, clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    for (int queue = 0; queue <= static_cast<int>(TicketListQuery::Queue::All); ++queue) {
        model.setQueue(static_cast<TicketListQuery::Queue>(queue));
        for (int column = 0; column < TicketTableModel::ColumnCount; ++column) {
            model.sort(column, Qt::AscendingOrder);
            model.sort(column, Qt::DescendingOrder);
        }
    }
    model.setSearch(QStringLiteral("invoice"));
    model.setSearch(QString());
    CHECK(model.lastError().isEmpty());

    SECTION("every ticket, read by windows, comes once and newest first")
    {
        model.setQueue(TicketListQuery::Queue::All);
        model.sort(TicketTableModel::CreatedColumn, Qt::DescendingOrder);
        REQUIRE(model.rowCount() == 2500);
        QSet<qint64> seen;
        qint64 previous = std::numeric_limits<qint64>::max();
        for (int row = 0; row < model.rowCount(); ++row) {
            const qint64 id =
                model.data(model.index(row, 0), TicketTableModel::TicketIdRole).toLongLong();
            seen.insert(id);
            const QDateTime at = TicketRepository(*db).find(id)->value().createdAt;
            CHECK(at.toSecsSinceEpoch() <= previous);
            previous = at.toSecsSinceEpoch();
        }
        CHECK(seen.size() == 2500);
    }

    SECTION("every ticket sorts by creation time only, and says so")
    {
        model.setQueue(TicketListQuery::Queue::All);
        QSignalSpy notice(&model, &TicketTableModel::notice);
        model.sort(TicketTableModel::SubjectColumn, Qt::AscendingOrder);
        CHECK(notice.size() == 1);
        CHECK(model.query().sortColumn == TicketListQuery::Column::Created);
    }
}

TEST_CASE("The tickets view: my queue, search by number, and the screenshot", "[ui][ui-pg]")
{
    test::Scratch scratch;
    const QString path = demoFile(scratch);
    Agent me;
    {
        auto db = test::openDatabase(path);
        auto agents = AgentRepository(*db).all();
        REQUIRE(agents);
        REQUIRE_FALSE(agents->empty());
        me = agents->front();
    }
    CurrentAgent::remember(test::agentKey(path), me.id);
    MainWindow window(test::openDatabase(path));
    window.resize(1280, 800);
    window.show();
    window.showView(MainWindow::View::Tickets);
    auto* view = qobject_cast<TicketsView*>(window.viewWidget(MainWindow::View::Tickets));
    REQUIRE(view);
    CHECK(view->model()->query().queue == TicketListQuery::Queue::MyOpen);
    const int mine = view->model()->rowCount();
    REQUIRE(mine > 0);
    for (int row = 0; row < mine; ++row) {
        CHECK(view->model()
                  ->data(view->model()->index(row, TicketTableModel::AssigneeColumn))
                  .toString() == me.name);
        CHECK_FALSE(QStringList{QStringLiteral("Solved"), QStringLiteral("Closed")}.contains(
            view->model()
                ->data(view->model()->index(row, TicketTableModel::StatusColumn))
                .toString()));
    }
    REQUIRE(view->detail()->ticketId() > 0); // the first ticket is open in the pane
    CHECK(view->detail()->slaText().contains(QStringLiteral("First response")));
    // A wrapping line never breaks inside a date-time or a length ("2026-12-01 / 10:53").
    auto* meta = view->detail()->findChild<QLabel*>(QStringLiteral("ticketMeta"));
    REQUIRE(meta);
    CHECK(meta->text().contains(QStringLiteral("Opened ")));
    CHECK_FALSE(meta->text().contains(QRegularExpression(QStringLiteral("\\d \\d"))));
    CHECK_FALSE(
        view->detail()->slaText().contains(QRegularExpression(QStringLiteral("\\d (h|min|d)\\b"))));
    screenshot(window, QStringLiteral("tickets"));

    const qint64 wanted = view->detail()->ticketId();
    view->selectQueue(static_cast<int>(TicketListQuery::Queue::All));
    view->setSearch(QStringLiteral("#%1").arg(wanted));
    REQUIRE(view->model()->rowCount() == 1);
    CHECK(view->model()
              ->data(view->model()->index(0, 0), TicketTableModel::TicketIdRole)
              .toLongLong() == wanted);
    screenshot(window, QStringLiteral("tickets-search"));
}

TEST_CASE("A rep opens a ticket for a new customer, answers with a canned reply and solves it",
          "[ui][ui-pg]")
{
    test::Scratch scratch;
    const QString path = demoFile(scratch);
    Agent me;
    qint64 customerId = 0;
    {
        auto db = test::openDatabase(path);
        me = AgentRepository(*db).all()->front();
        Customer c;
        c.name = QStringLiteral("Zephyr Quokka Ltd");
        c.since = QDate::currentDate().addDays(-40); // onboarding; a touchpoint moves it on
        customerId = *CustomerRepository(*db).add(c);
    }
    CurrentAgent::remember(test::agentKey(path), me.id);
    MainWindow window(test::openDatabase(path));
    window.resize(1280, 800);
    window.show();
    auto db = test::openDatabase(path, Database::Access::ReadOnly);

    // The dialog explains what is missing until the ticket can be saved.
    NewTicketDialog dialog(*db, Clock::system(), std::nullopt, me.id, &window);
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled());
    QTest::keyClicks(dialog.customerSearch(), QStringLiteral("Zephyr Quo"));
    REQUIRE(QTest::qWaitFor([&] { return dialog.customerMatches()->count() == 1; }, 2000));
    CHECK(dialog.problem() == QStringLiteral("A ticket needs a subject."));
    QTest::keyClicks(dialog.subjectEdit(), QStringLiteral("Cannot invite the team"));
    CHECK(ok->isEnabled());
    Ticket ticket = dialog.ticket();
    CHECK(ticket.customerId == customerId);
    CHECK(ticket.assigneeId == me.id);

    // Creating it records an inbound touchpoint: the customer leaves onboarding at once.
    const qint64 id = window.addTicket(ticket);
    REQUIRE(id > 0);
    CHECK(window.statusBar()->currentMessage().startsWith(
        QStringLiteral("Zephyr Quokka Ltd moved from Onboarding to Post-sales: 40 days")));
    CHECK(window.currentView() == MainWindow::View::Tickets);
    auto* view = qobject_cast<TicketsView*>(window.viewWidget(MainWindow::View::Tickets));
    TicketDetail* detail = view->detail();
    REQUIRE(detail->ticketId() == id);

    // Ctrl+Space in the composer: type to filter, Enter inserts with placeholders filled.
    detail->composer()->setFocus();
    QTest::keyClick(detail->composer(), Qt::Key_Space, Qt::ControlModifier);
    CannedReplyPicker* picker = nullptr;
    REQUIRE(QTest::qWaitFor(
        [&] { return (picker = detail->findChild<CannedReplyPicker*>()) != nullptr; }, 2000));
    QTest::keyClicks(picker->findChild<QLineEdit*>(), QStringLiteral("looking"));
    CHECK(picker->visibleCount() == 1);
    QTest::keyClick(picker->findChild<QLineEdit*>(), Qt::Key_Return);
    const QString text = detail->composer()->toPlainText();
    CHECK(text.startsWith(QStringLiteral("Hi Zephyr Quokka Ltd,")));
    CHECK(text.contains(QStringLiteral("ticket #%1 now").arg(id)));
    CHECK(text.endsWith(me.name));

    // Sending it is the first response; the new ticket opens.
    QTest::keyClick(detail->composer(), Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(detail->composer()->toPlainText().isEmpty());
    Ticket stored = **TicketRepository(*db).find(id);
    CHECK(stored.status == TicketStatus::Open);
    CHECK(stored.firstResponseAt.isValid());
    CHECK(detail->slaText().contains(QStringLiteral("First response met")));
    screenshot(window, QStringLiteral("ticket-detail"));

    // Solved from the status field, with a rating.
    auto* status = detail->findChild<QComboBox*>(QStringLiteral("ticketStatus"));
    REQUIRE(status);
    status->setCurrentIndex(static_cast<int>(TicketStatus::Solved));
    emit status->activated(status->currentIndex());
    stored = **TicketRepository(*db).find(id);
    CHECK(stored.status == TicketStatus::Solved);
    CHECK(stored.solvedAt.isValid());
    CHECK(detail->slaText().contains(QStringLiteral("Resolution met")));
}

TEST_CASE("Canned replies are added, edited and removed in their dialog", "[ui]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(demoFile(scratch));
    CannedRepliesDialog dialog(*db);
    const int before = dialog.count();
    REQUIRE(before > 0); // the demo team has some
    dialog.startNew();
    QSignalSpy failed(&dialog, &CannedRepliesDialog::failed);
    CHECK_FALSE(dialog.saveCurrent(QStringLiteral("  "), QStringLiteral("text")));
    CHECK(failed.size() == 1);
    REQUIRE(
        dialog.saveCurrent(QStringLiteral("Apology"), QStringLiteral("Sorry, {customer.name}.")));
    CHECK(dialog.count() == before + 1);
    REQUIRE(dialog.saveCurrent(QStringLiteral("Apology (short)"), QStringLiteral("Sorry!")));
    CHECK(dialog.count() == before + 1); // edited, not added
    REQUIRE(dialog.removeCurrent());
    CHECK(dialog.count() == before);
}

TEST_CASE("Recomputing stages runs in the background and can be cancelled", "[ui]")
{
    test::Scratch scratch;
    const QString path = demoFile(scratch); // generated in March: by now many have moved on
    MainWindow window(test::openDatabase(path));
    window.resize(1280, 800);
    window.show();
    auto db = test::openDatabase(path, Database::Access::ReadOnly);
    const qint64 before = db->scalar("SELECT count(*) FROM stage_transition");

    SECTION("cancelled: nothing changes")
    {
        BackgroundTask* task = window.recomputeStages();
        REQUIRE(task);
        QSignalSpy finished(task, &BackgroundTask::finished);
        task->cancel();
        REQUIRE(finished.wait(20000));
        if (!finished.at(0).at(0).toBool()) { // Cancel came before the work finished
            CHECK(finished.at(0).at(1).toString().contains(
                QStringLiteral("was cancelled; nothing was changed")));
            CHECK(db->scalar("SELECT count(*) FROM stage_transition") == before);
        }
    }

    SECTION("finished: the moves are written and the status bar says how many")
    {
        BackgroundTask* task = window.recomputeStages();
        REQUIRE(task);
        CHECK(window.recomputeStages() == nullptr); // one job at a time
        QSignalSpy finished(task, &BackgroundTask::finished);
        REQUIRE(finished.wait(20000));
        CHECK(finished.at(0).at(0).toBool());
        const qint64 after = db->scalar("SELECT count(*) FROM stage_transition");
        CHECK(after > before);
        CHECK(window.statusBar()->currentMessage().startsWith(
            QStringLiteral("Stages recomputed; customers moved: ")));
    }
    SECTION(
        "rules that fight: the status bar says how many were left where they were, and which rules")
    {
        // A customer in retention with a ticket today, and rules under which that ticket
        // both settles it and sends it back.
        auto rw = test::openDatabase(path);
        StageEngine engine(*rw, Clock::system());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Customer c;
        c.name = QStringLiteral("Fickle");
        c.since = now.toLocalTime().date().addDays(-300);
        Touchpoint call;
        call.kind = TouchpointKind::Phone;
        call.occurredAt = now.addDays(-299);
        Customers customers(*rw, Clock::system());
        auto added = customers.add(c);
        REQUIRE(added);
        call.customerId = added->value;
        REQUIRE(customers.logTouchpoint(call));
        Ticket t;
        t.customerId = call.customerId;
        t.subject = QStringLiteral("Help");
        t.createdAt = now;
        REQUIRE(TicketRepository(*rw).add(t, now));
        REQUIRE(engine.saveRules({QStringLiteral("retention.regress.min_tickets=1"),
                                  QStringLiteral("postsales.settled.max_tickets=5")}));
        BackgroundTask* task = window.recomputeStages();
        REQUIRE(task);
        QSignalSpy finished(task, &BackgroundTask::finished);
        REQUIRE(finished.wait(20000));
        CHECK(finished.at(0).at(0).toBool());
        const QString message = window.statusBar()->currentMessage();
        INFO(message.toStdString());
        CHECK(message.endsWith(
            QStringLiteral(" 1 customer was left where it was: rules postsales.settled and "
                           "retention.regress send it back and forth; change one of them.")));

        // A ticket added in the window leaves the customer where it was, and says so.
        const qint64 moves = rw->scalar("SELECT count(*) FROM stage_transition");
        Ticket again;
        again.customerId = call.customerId;
        again.subject = QStringLiteral("Again");
        REQUIRE(window.addTicket(again) > 0);
        CHECK(rw->scalar("SELECT count(*) FROM stage_transition") == moves);
        CHECK(window.statusBar()->currentMessage().startsWith(
            QStringLiteral("Fickle (customer %1) was left in ").arg(call.customerId)));
    }
}

TEST_CASE("The welcome dialog makes the demo data in the background, or opens it when it is there",
          "[ui][sqlite-only]")
{
    test::Scratch scratch;
    const QString demo = scratch.file(QStringLiteral("data/demo.sqlite"));
    {
        WelcomeDialog welcome(scratch.file(QStringLiteral("data/funneldesk.sqlite")), demo,
                              Clock::system());
        welcome.show();
        BackgroundTask* task = welcome.openDemo();
        REQUIRE(task);
        QSignalSpy finished(task, &BackgroundTask::finished);
        REQUIRE(finished.wait(60000));
        CHECK(finished.at(0).at(0).toBool());
        CHECK(welcome.result() == QDialog::Accepted);
        CHECK(welcome.path() == demo);
    }
    auto db = test::openDatabase(demo, Database::Access::ReadOnly);
    CHECK(db->scalar("SELECT count(*) FROM customer") == GeneratorOptions{}.customers);

    WelcomeDialog again(scratch.file(QStringLiteral("data/funneldesk.sqlite")), demo,
                        Clock::system());
    CHECK(again.openDemo() == nullptr); // already there: opened at once
    CHECK(again.path() == demo);
}

TEST_CASE("A dark palette keeps every text legible", "[ui]")
{
    test::Scratch scratch;
    const QString path = demoFile(scratch);
    const QPalette light = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb3));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(0x7a, 0xb7, 0xff));
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    QApplication::setPalette(dark);
    {
        MainWindow window(test::openDatabase(path));
        window.resize(1280, 800);
        window.show();
        window.showView(MainWindow::View::Tickets);
        auto* view = qobject_cast<TicketsView*>(window.viewWidget(MainWindow::View::Tickets));
        view->selectQueue(static_cast<int>(TicketListQuery::Queue::AllOpen));
        REQUIRE(view->detail()->ticketId() > 0);
        // The palette reaches the lists: their base is the dark one.
        CHECK(view->table()->palette().color(QPalette::Base) == dark.color(QPalette::Base));
        screenshot(window, QStringLiteral("tickets-dark"));
        window.showView(MainWindow::View::Retention);
        screenshot(window, QStringLiteral("retention-dark"));
    }
    QApplication::setPalette(light);
}

TEST_CASE("New ticket: of customers who share a name the rep chooses one, and Tab into the matches "
          "chooses none",
          "[ui][tickets][choose]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("acme.sqlite")));
    auto add = [&](const QString& name, const QString& company, const QString& email) {
        Customer c;
        c.name = name;
        c.company = company;
        c.email = email;
        c.since = QDate::currentDate().addDays(-5);
        auto id = CustomerRepository(*db).add(c);
        REQUIRE(id);
        return *id;
    };
    const qint64 plain = add(QStringLiteral("Acme"), QString(), QStringLiteral("ops@acme.example"));
    const qint64 limited = add(QStringLiteral("Acme"), QStringLiteral("Acme Ltd"),
                               QStringLiteral("help@acmeltd.example"));
    add(QStringLiteral("Acme Tools"), QString(), QString());
    NewTicketDialog dialog(*db, Clock::system(), std::nullopt, std::nullopt);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    QListWidget* matches = dialog.customerMatches();
    QTest::keyClicks(dialog.customerSearch(), QStringLiteral("Acme"));
    REQUIRE(QTest::qWaitFor([&] { return matches->count() == 3; }, 2000));
    // The two called "Acme" say which customer each is and what tells them apart.
    QMap<qint64, QString> labels;
    for (int row = 0; row < matches->count(); ++row)
        labels.insert(matches->item(row)->data(Qt::UserRole).toLongLong(),
                      matches->item(row)->text());
    CHECK(labels.value(plain) ==
          QStringLiteral("Acme (customer %1) — ops@acme.example").arg(plain));
    CHECK(labels.value(limited) == QStringLiteral("Acme (customer %1) — Acme Ltd").arg(limited));
    CHECK(labels.values().contains(QStringLiteral("Acme Tools")));

    // Tab out of the customer field: into the matches, and no customer is chosen for the rep.
    QTest::keyClick(dialog.customerSearch(), Qt::Key_Tab);
    CHECK(matches->hasFocus());
    CHECK(dialog.ticket().customerId == 0);
    CHECK(dialog.problem() ==
          QStringLiteral(
              "2 customers are called “Acme”: choose the one this ticket is for in the list."));
    QTest::keyClick(matches, Qt::Key_Return); // nothing under the cursor: nothing chosen
    CHECK(dialog.ticket().customerId == 0);
    QTest::keyClick(matches, Qt::Key_Tab);
    CHECK(dialog.subjectEdit()->hasFocus());
    CHECK(dialog.ticket().customerId == 0);
    test::screenshot(dialog, QStringLiteral("new-ticket-same-names"));

    // Down chooses the first listed, and shows it chosen; Down again the next.
    dialog.customerSearch()->setFocus(Qt::BacktabFocusReason);
    QTest::keyClick(dialog.customerSearch(), Qt::Key_Down);
    CHECK(matches->hasFocus());
    REQUIRE(matches->selectedItems().size() == 1);
    CHECK(dialog.ticket().customerId == matches->item(0)->data(Qt::UserRole).toLongLong());
    QTest::keyClick(matches, Qt::Key_Down);
    CHECK(dialog.ticket().customerId == matches->item(1)->data(Qt::UserRole).toLongLong());
    CHECK(matches->item(1)->isSelected());
}

TEST_CASE("New ticket: \"add the customer first (Ctrl+Shift+N)\" works in the dialog and keeps "
          "what was typed",
          "[ui][tickets][choose]")
{
    test::Scratch scratch;
    const QString path = test::demoFile(scratch, QStringLiteral("new-customer.sqlite"), 20, 20, 20);
    test::rememberFirstAgent(path);
    MainWindow window(test::openDatabase(path));
    window.resize(1280, 800);
    window.show();
    qint64 created = 0;
    auto form = test::whenModal(
        QString(),
        [&](QWidget* w) {
            auto* dialog = qobject_cast<NewTicketDialog*>(w);
            if (!dialog)
                return;
            dialog->subjectEdit()->setText(QStringLiteral("Cannot log in"));
            dialog->customerSearch()->setFocus();
            dialog->customerSearch()->selectAll();
            QTest::keyClicks(dialog->customerSearch(), QStringLiteral("Quillon Brightwater"));
            CHECK(QTest::qWaitFor(
                [&] { return dialog->problem().startsWith(QStringLiteral("No customer matches")); },
                2000));
            CHECK(dialog->problem().contains(QStringLiteral("Ctrl+Shift+N")));
            // The key the sentence names, in the dialog: the customer's form, the name typed.
            auto customer = test::whenModal(QStringLiteral("customerDialog"), [](QWidget* c) {
                auto* form = qobject_cast<CustomerDialog*>(c);
                CHECK((form && form->nameEdit()->text() == QStringLiteral("Quillon Brightwater")));
                for (auto* box : c->findChildren<QDialogButtonBox*>())
                    box->button(QDialogButtonBox::Ok)->click();
            });
            auto* offered = dialog->findChild<QPushButton*>(QStringLiteral("newCustomer"));
            CHECK((offered && offered->isVisible())); // and a button for it
            CHECK(QTest::qWaitForWindowActive(dialog));
            QTest::keyClick(dialog->customerSearch(), Qt::Key_N,
                            Qt::ControlModifier | Qt::ShiftModifier);
            CHECK(customer->seen == 1);
            CHECK(dialog->subjectEdit()->text() == QStringLiteral("Cannot log in"));
            CHECK(dialog->problem().isEmpty());
            created = dialog->ticket().customerId;
            auto discard = test::answerUnsaved(QMessageBox::Discard);
            dialog->reject();
        },
        1, NewTicketDialog::tr("New ticket"));
    for (QAction* a : window.findChildren<QAction*>()) {
        if (a->text() == MainWindow::tr("New &ticket…"))
            a->trigger();
    }
    REQUIRE(form->seen == 1);
    REQUIRE(created > 0);
    auto db = test::openDatabase(path, Database::Access::ReadOnly);
    auto customer = CustomerRepository(*db).find(created);
    REQUIRE((customer && *customer));
    CHECK((*customer)->name == QStringLiteral("Quillon Brightwater"));
}
