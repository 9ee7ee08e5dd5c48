#pragma once

// The window's views in navigation order, with the name --view takes and the title the
// navigation list and the View menu show (translated in context fd::MainWindow). Private to
// MainWindow*.cpp.
#include "MainWindow.h"

#include <QtGlobal>

namespace fd::mainwindow {

struct ViewInfo {
    MainWindow::View view;
    const char* name; // for --view
    const char* title;
};

inline constexpr ViewInfo kViews[] = {
    {MainWindow::View::Overview, "overview", QT_TRANSLATE_NOOP("fd::MainWindow", "Overview")},
    {MainWindow::View::Onboarding, "onboarding", QT_TRANSLATE_NOOP("fd::MainWindow", "Onboarding")},
    {MainWindow::View::PostSales, "post-sales", QT_TRANSLATE_NOOP("fd::MainWindow", "Post-sales")},
    {MainWindow::View::Retention, "retention", QT_TRANSLATE_NOOP("fd::MainWindow", "Retention")},
    {MainWindow::View::Advocacy, "advocacy", QT_TRANSLATE_NOOP("fd::MainWindow", "Advocacy")},
    {MainWindow::View::Customers, "customers", QT_TRANSLATE_NOOP("fd::MainWindow", "Customers")},
    {MainWindow::View::Tickets, "tickets", QT_TRANSLATE_NOOP("fd::MainWindow", "Tickets")},
    {MainWindow::View::Tasks, "tasks", QT_TRANSLATE_NOOP("fd::MainWindow", "My tasks")},
};

} // namespace fd::mainwindow
