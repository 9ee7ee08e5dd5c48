// What the tests of current numbers share: a demo file, the window's dashboards, and a
// dashboard compared with a fresh count of the same reports (issue 15).
#pragma once

#include "BackgroundTask.h"
#include "common/Clock.h"
#include "DataChanges.h"
#include "domain/Customer.h"
#include "domain/Ticket.h"
#include "domain/Touchpoint.h"
#include "MainWindow.h"
#include "metrics/DashboardMetrics.h"
#include "models/CustomerTableModel.h"
#include "models/TicketTableModel.h"
#include "service/Customers.h"
#include "stages/StageEngine.h"
#include "storage/CustomerRepository.h"
#include "storage/StatsRepository.h"
#include "storage/TicketRepository.h"
#include "storage/TouchpointRepository.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "views/CustomerDetail.h"
#include "views/CustomersView.h"
#include "views/DashboardView.h"
#include "views/ImportWizard.h"
#include "views/NewTicketDialog.h"
#include "views/TicketDetail.h"
#include "views/TicketsView.h"
#include <catch2/catch.hpp>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFocusEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <set>

namespace fd::test::current {

using View = MainWindow::View;

inline QString demoFile(const test::Scratch& scratch)
{
    return test::demoFile(scratch, QStringLiteral("current.sqlite"), 400, 2500, 9000);
}

// The reports a view shows together, as MainWindow builds it.
inline QStringList reportsOf(View view)
{
    switch (view) {
    case View::Onboarding:
        return {QStringLiteral("onboarding")};
    case View::PostSales:
        return {QStringLiteral("post-sales")};
    case View::Retention:
        return {QStringLiteral("retention")};
    case View::Advocacy:
        return {QStringLiteral("advocacy")};
    default:
        return {QStringLiteral("funnel"), QStringLiteral("flow")};
    }
}

// The view's numbers counted now on a connection of their own, merged as the view merges
// them: what the dashboard must show after a write.
inline Report freshReport(const QString& path, View view, const Period& period)
{
    auto db = test::openDatabase(path, Database::Access::ReadOnly);
    DashboardMetrics metrics(*db, Clock::system());
    Report all;
    for (const QString& name : reportsOf(view)) {
        auto report = metrics.report(name, period);
        REQUIRE(report);
        if (all.name.isEmpty()) {
            all = std::move(*report);
            continue;
        }
        all.kpis.insert(all.kpis.end(), report->kpis.begin(), report->kpis.end());
        all.tables.insert(all.tables.end(), report->tables.begin(), report->tables.end());
    }
    return all;
}

// Every KPI and every table row the same; the first difference, in words, else empty.
inline QString difference(const Report& shown, const Report& fresh)
{
    if (shown.kpis.size() != fresh.kpis.size())
        return QStringLiteral("%1 KPIs shown, %2 counted")
            .arg(shown.kpis.size())
            .arg(fresh.kpis.size());
    for (std::size_t i = 0; i < shown.kpis.size(); ++i) {
        if (shown.kpis[i].key != fresh.kpis[i].key || shown.kpis[i].value != fresh.kpis[i].value)
            return QStringLiteral("KPI %1 shows %2, counted %3")
                .arg(fresh.kpis[i].key)
                .arg(shown.kpis[i].value.value_or(-1))
                .arg(fresh.kpis[i].value.value_or(-1));
    }
    if (shown.tables.size() != fresh.tables.size())
        return QStringLiteral("%1 tables shown, %2 counted")
            .arg(shown.tables.size())
            .arg(fresh.tables.size());
    for (std::size_t i = 0; i < shown.tables.size(); ++i) {
        if (shown.tables[i].rows != fresh.tables[i].rows)
            return QStringLiteral("table %1 differs").arg(fresh.tables[i].key);
    }
    return {};
}

inline DashboardView* dashboard(MainWindow& window, View view)
{
    auto* d = qobject_cast<DashboardView*>(window.viewWidget(view));
    REQUIRE(d);
    return d;
}

inline void waitReady(DashboardView* d)
{
    REQUIRE(QTest::qWaitFor([&] { return d->isReady(); }, 30000));
}

// A dashboard on its own at the window's default size (1280 x 800), shown, once it has counted.
inline void showReady(DashboardView* d)
{
    d->resize(1280, 800);
    d->setVisible(true);
    waitReady(d);
}

// No background job of the window is running (the SLA sweep on open, a dashboard's count).
inline void waitQuiet(MainWindow& window)
{
    REQUIRE(
        QTest::qWaitFor([&] { return window.findChildren<BackgroundTask*>().isEmpty(); }, 60000));
}

// The dashboard shown counts again after a write and then shows what a fresh count says;
// `before` is what it showed before the write, which the write must have changed.
inline void requireCurrent(MainWindow& window, View view, const QString& path, const Report& before)
{
    DashboardView* d = dashboard(window, view);
    waitReady(d);
    const Report fresh = freshReport(path, view, d->period());
    REQUIRE_FALSE(difference(before, fresh).isEmpty()); // the write changed these numbers
    const QString problem = difference(d->report(), fresh);
    INFO(problem.toStdString());
    CHECK(problem.isEmpty());
}

inline QString countsText(MainWindow& window)
{
    for (auto* label : window.statusBar()->findChildren<QLabel*>()) {
        if (label->text().contains(QStringLiteral(" open tickets")))
            return label->text();
    }
    return {};
}

inline QString expectedCounts(const QString& path)
{
    auto counts =
        StatsRepository(*test::openDatabase(path, Database::Access::ReadOnly)).quickCounts();
    REQUIRE(counts);
    return QStringLiteral("%1 customers · %2 open tickets")
        .arg(QLocale().toString(counts->customers), QLocale().toString(counts->openTickets));
}

} // namespace fd::test::current
