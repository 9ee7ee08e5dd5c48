// The window reads "now" through the Clock it is built with (MainWindow.h), never the system
// clock behind it: a dashboard's count, its period and the ticket list's SLA clocks all
// follow a fixed clock far from the real time, as core counts them at that time.
#include "common/Clock.h"
#include "domain/Sla.h"
#include "domain/Ticket.h"
#include "MainWindow.h"
#include "metrics/DashboardMetrics.h"
#include "models/TicketTableModel.h"
#include "service/Tickets.h"
#include "storage/CustomerRepository.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "views/CustomerDialog.h"
#include "views/DashboardView.h"
#include "views/TicketsView.h"

#include <catch2/catch.hpp>

#include <QTest>

using namespace fd;
using View = MainWindow::View;

TEST_CASE("The window reads the time from the Clock it is built with", "[ui][clock]")
{
    test::Scratch scratch;
    const QString path =
        test::demoFile(scratch, QStringLiteral("clock.sqlite"), 30, 60, 120); // made at testNow()
    // Five days after the demo, at 11:23 local: neither the real time nor a whole hour.
    const FixedClock clock(QDateTime(test::testNow().date().addDays(5), QTime(11, 23)).toUTC());
    REQUIRE(clock.now().daysTo(QDateTime::currentDateTimeUtc()) > 30);

    // A ticket opened an hour before the fixed now, not answered: its SLA clocks run.
    qint64 ticketId = 0;
    Ticket ticket;
    {
        auto db = test::openDatabase(path);
        auto first = CustomerRepository(*db).find(1); // the demo's first customer
        REQUIRE(first);
        REQUIRE(first->has_value());
        ticket.customerId = 1;
        ticket.subject = QStringLiteral("Clock check");
        ticket.priority = Priority::Urgent;
        ticket.createdAt = clock.now().addSecs(-3600);
        auto added = Tickets(*db, clock).add(ticket);
        REQUIRE(added);
        ticketId = added->value;
    }

    MainWindow window(test::openDatabase(path), clock);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    // The retention dashboard: counted at the fixed time, over the 30 days up to its day, with
    // the numbers core counts at that time (the at-risk and stuck counts run from "now").
    window.showView(View::Retention);
    auto* retention = qobject_cast<DashboardView*>(window.viewWidget(View::Retention));
    REQUIRE(retention);
    REQUIRE(QTest::qWaitFor([&] { return retention->isReady(); }, 30000));
    CHECK(retention->countedAt() == clock.now());
    CHECK(retention->period().to == Period::lastDays(clock.now(), 30).to);
    {
        auto db = test::openDatabase(path, Database::Access::ReadOnly);
        auto fixed =
            DashboardMetrics(*db, clock).report(QStringLiteral("retention"), retention->period());
        REQUIRE(fixed);
        REQUIRE(retention->report().kpis.size() == fixed->kpis.size());
        for (std::size_t i = 0; i < fixed->kpis.size(); ++i) {
            CAPTURE(fixed->kpis[i].key);
            CHECK(retention->report().kpis[i].value == fixed->kpis[i].value);
        }
    }

    // The ticket list: the new ticket's SLA clocks against the fixed now (an hour in), not
    // the real one (months past its targets).
    window.showView(View::Tickets);
    auto* tickets = qobject_cast<TicketsView*>(window.viewWidget(View::Tickets));
    REQUIRE(tickets);
    TicketTableModel* model = tickets->model();
    int row = -1;
    REQUIRE(QTest::qWaitFor(
        [&] {
            for (int r = 0; r < model->rowCount(); ++r)
                if (model->index(r, 0).data(TicketTableModel::TicketIdRole).toLongLong() ==
                    ticketId)
                    row = r;
            return row >= 0;
        },
        10000));
    const SlaStatus expected = Sla::evaluate(ticket, SlaTargets{}, clock.now());
    CHECK_FALSE(expected.breached());
    CHECK(model->index(row, TicketTableModel::SlaColumn).data(Qt::ToolTipRole).toString() ==
          QStringLiteral("First response: %1\nResolution: %2")
              .arg(Sla::describe(expected.firstResponse, clock.now()),
                   Sla::describe(expected.resolution, clock.now())));
}

TEST_CASE("A new customer's first sale is today by the dialog's Clock", "[ui][clock]")
{
    const FixedClock clock(QDateTime(QDate(2025, 2, 3), QTime(15, 0)).toUTC());
    CustomerDialog dialog(clock);
    CHECK(dialog.customer().since == QDate(2025, 2, 3));
}
