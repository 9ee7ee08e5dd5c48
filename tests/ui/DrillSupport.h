// For the drill-down tests (DrillDownTest, ListsTest): a dashboard counted and ready, and the
// words of a list's drill bar.
#pragma once

#include "MainWindow.h"
#include "views/DashboardView.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QTest>

namespace fd::test {

// The dashboard of `view`, shown, once its numbers are counted.
inline DashboardView* dashboardOf(MainWindow& window, MainWindow::View view)
{
    window.showView(view);
    auto* dashboard = qobject_cast<DashboardView*>(window.viewWidget(view));
    REQUIRE(dashboard);
    REQUIRE(QTest::qWaitFor([&] { return dashboard->isReady(); }, 20000));
    return dashboard;
}

// The drill bar's words in a list view; empty when the bar is hidden.
inline QString barText(QWidget* view)
{
    auto* bar = view->findChild<QWidget*>(QStringLiteral("drillBar"));
    REQUIRE(bar);
    return bar->isVisible() ? bar->findChild<QLabel*>(QStringLiteral("drillText"))->text() : QString();
}

} // namespace fd::test
