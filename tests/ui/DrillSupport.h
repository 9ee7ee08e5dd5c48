// For the tests of the window's dashboards and lists (DrillDownTest, ListsTest,
// ListsRefreshTest, MainWindowTest): the window shown, a dashboard counted and ready, and the
// words of a list's drill bar.
#pragma once

#include "MainWindow.h"
#include "support/TestSupport.h"
#include "views/DashboardView.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QTest>

#include <memory>

namespace fd::test {

// The window on `path` at 1280 × 800, shown and active.
inline std::unique_ptr<MainWindow> shownWindow(const QString& path)
{
    auto window = std::make_unique<MainWindow>(openDatabase(path));
    window->resize(1280, 800);
    window->show();
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
    return window;
}

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
    return bar->isVisible() ? bar->findChild<QLabel*>(QStringLiteral("drillText"))->text()
                            : QString();
}

} // namespace fd::test
