// I/O faults in the window (issue 19, "in the GUI, its dialog"): saving a new ticket while the
// disk refuses a write shows the error's one sentence in the window's dialog, brings the New
// ticket dialog back with everything typed, and writes nothing; saved again once the disk
// takes it, the ticket is there once.
#include "MainWindow.h"

#include "common/Clock.h"
#include "domain/Customer.h"
#include "service/Customers.h"
#include "storage/AgentRepository.h"
#include "support/FaultVfs.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "views/CustomersView.h"
#include "views/NewTicketDialog.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace fd;
using View = MainWindow::View;
using test::FaultKind;

TEST_CASE("A write fault while saving a new ticket: the error dialog, and the ticket as typed",
          "[ui][faults][sqlite-only]")
{
    const FaultKind kind = GENERATE(FaultKind::Write, FaultKind::Full);
    test::FaultVfs vfs; // before the window's connections open
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("desk.sqlite"));
    qint64 customer = 0;
    {
        auto db = test::openSqliteFile(path);
        Customer c = test::customerNamed(QStringLiteral("Zephyr Quokka Ltd"));
        auto added = Customers(*db, Clock::system()).add(c);
        REQUIRE(added);
        customer = added->value;
        Agent me;
        me.name = QStringLiteral("Ana Agent");
        REQUIRE(AgentRepository(*db).add(me));
    }
    test::rememberFirstAgent(path); // "Me": the new ticket is assigned without asking
    MainWindow window(test::openSqliteFile(path));
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showView(View::Customers);
    auto* customers = qobject_cast<CustomersView*>(window.viewWidget(View::Customers));
    customers->selectCustomer(customer);

    const QString subject = QStringLiteral("Cannot invite the team");
    int shown = 0;
    QString refusal;
    QString typedAgain;
    auto* drive = new QTimer(&window);
    drive->setInterval(20);
    QObject::connect(drive, &QTimer::timeout, &window, [&] {
        auto* dialog = qobject_cast<NewTicketDialog*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        if (++shown == 1) {
            dialog->subjectEdit()->setText(subject);
            test::faults::arm(kind, 1); // the save's first write fails
            ok->click();
            return;
        }
        // Back after the refusal: the window's dialog says why, the form holds what was typed.
        drive->stop();
        test::faults::disarm();
        for (QMessageBox* box : window.findChildren<QMessageBox*>())
            if (box->isVisible()) {
                refusal = box->text();
                box->close();
            }
        typedAgain = dialog->subjectEdit()->text();
        ok->click();
    });
    drive->start();
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    INFO("the dialog said: " << refusal.toStdString());
    CHECK(shown == 2);
    CHECK(typedAgain == subject);
    CHECK(!refusal.isEmpty());
    CHECK(!refusal.contains(QLatin1Char('\n')));
    CHECK(refusal.contains(kind == FaultKind::Full ? QStringLiteral("full")
                                                   : QStringLiteral("failed")));

    // Saved once, on the second try.
    auto db = test::openSqliteFile(path);
    auto q = db->query("SELECT count(*) FROM ticket WHERE subject = ?");
    q->bind(1, subject);
    REQUIRE(q->step());
    CHECK(q->int64(0) == 1);
}
