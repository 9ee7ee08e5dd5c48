// Issue 15 (Step 9, last items): the Customers view's owner filter offers the file's agents as
// they are now. It was filled once, when the view was built: an agent added later ("Add me…"
// in "Who are you?", or another process) was not offered until the window was reopened.
#include "MainWindow.h"

#include "AgentChooser.h"
#include "CurrentAgent.h"
#include "DataChanges.h"
#include "domain/Agent.h"
#include "domain/Customer.h"
#include "models/CustomerTableModel.h"
#include "storage/AgentRepository.h"
#include "storage/CustomerRepository.h"
#include "support/ModalAnswer.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "views/CustomersView.h"
#include "views/TicketsView.h"

#include <catch2/catch.hpp>

#include <QAbstractItemView>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace fd;
using View = MainWindow::View;

namespace {

QStringList entries(const QComboBox* box)
{
    QStringList texts;
    for (int i = 0; i < box->count(); ++i)
        texts << box->itemText(i);
    return texts;
}

} // namespace

TEST_CASE("The owner filter offers an agent added by Add me… or by another process, keeping the "
          "owner chosen",
          "[ui][sqlite-only][agent][lists]")
{
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("owners.sqlite"));
    qint64 ana = 0;
    {
        auto db = test::openDatabase(path);
        Agent a;
        a.name = QStringLiteral("Ana Owner");
        a.email = QStringLiteral("ana@example.com");
        ana = *AgentRepository(*db).add(a);
        Customer c = test::customerNamed(QStringLiteral("Owned Co"));
        c.ownerId = ana;
        REQUIRE(CustomerRepository(*db).add(c));
        REQUIRE(CustomerRepository(*db).add(test::customerNamed(QStringLiteral("Loose Co"))));
    }
    CurrentAgent::forget(path);
    MainWindow window(test::openDatabase(path));
    window.dataChanges()->setPollInterval(0); // looked at when the test says so
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showView(View::Customers);
    auto* customers = qobject_cast<CustomersView*>(window.viewWidget(View::Customers));
    auto* owner = customers->findChild<QComboBox*>(QStringLiteral("ownerFilter"));
    REQUIRE(owner);
    CHECK(entries(owner) == QStringList{QStringLiteral("All owners"), QStringLiteral("No owner"),
                                        QStringLiteral("Ana Owner")});
    owner->setCurrentIndex(owner->findText(QStringLiteral("Ana Owner")));
    CHECK(customers->model()->rowCount() == 1);

    // "Add me…" above the tickets queue adds Ben; the customers list is hidden meanwhile.
    window.showView(View::Tickets);
    auto* me = window.viewWidget(View::Tickets)->findChild<QComboBox*>(QStringLiteral("meAgent"));
    REQUIRE(me);
    auto answer = test::whenModal(QStringLiteral("agentChooser"), [](QWidget* w) {
        auto* chooser = qobject_cast<AgentChooser*>(w);
        if (!chooser)
            return;
        if (!chooser->nameEdit()->isVisibleTo(chooser))
            chooser->addMeButton()->click();
        QTest::keyClicks(chooser->nameEdit(), QStringLiteral("Ben Added"));
        QTest::keyClicks(chooser->emailEdit(), QStringLiteral("ben@example.com"));
        chooser->continueButton()->click();
    });
    const int addMe = me->findText(QStringLiteral("Add me…"));
    REQUIRE(addMe >= 0);
    me->setCurrentIndex(addMe);
    emit me->activated(addMe);
    REQUIRE(answer->seen == 1);
    window.showView(View::Customers);
    QTest::qWait(50);
    CHECK(entries(owner).contains(QStringLiteral("Ben Added")));
    CHECK(owner->currentText() == QStringLiteral("Ana Owner")); // the choice kept
    CHECK(customers->model()->rowCount() == 1);

    // Another process adds Cleo: noticed by the file's change counter.
    {
        auto other = test::openDatabase(path);
        Agent c;
        c.name = QStringLiteral("Cleo Elsewhere");
        c.email = QStringLiteral("cleo@example.com");
        REQUIRE(AgentRepository(*other).add(c));
    }
    QSignalSpy changed(window.dataChanges(), &DataChanges::changed);
    REQUIRE(window.dataChanges()->poll());
    REQUIRE((changed.count() > 0 || changed.wait(5000)));
    QTest::qWait(50);
    CHECK(entries(owner).contains(QStringLiteral("Cleo Elsewhere")));
    CHECK(owner->currentText() == QStringLiteral("Ana Owner"));
    test::screenshot(window, QStringLiteral("owner-filter-after-add"));
    window.showView(View::Tickets); // "Me" above the queue offers her too
    QTest::qWait(50);
    CHECK(entries(me).contains(QStringLiteral("Cleo Elsewhere")));
    CHECK(me->currentText() == QStringLiteral("Ben Added")); // who is at the keyboard stays
    window.showView(View::Customers);
    owner->showPopup();
    QTest::qWait(50);
    if (QWidget* popup = owner->view()->window())
        test::screenshot(*popup, QStringLiteral("owner-filter-popup"));
    owner->hidePopup();
    CurrentAgent::forget(path);
}
