// Issue 15 (Step 9, last items): Tab leaves every date field of the window for the next field,
// as it already did in the guarded forms: a dashboard's custom period and Export's dates
// walked day, month and year first (three Tabs per date).
#include "MainWindow.h"

#include "support/ModalAnswer.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "ui/DrillSupport.h"
#include "views/DashboardView.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QTest>

using namespace fd;
using View = MainWindow::View;

namespace {

// The focus after Tab (or Shift+Tab) in `field`, which has the focus first.
QWidget* focusAfterTab(QDateTimeEdit* field, bool back = false)
{
    field->setFocus(Qt::TabFocusReason);
    REQUIRE(QTest::qWaitFor([&] { return field->hasFocus(); }));
    QTest::keyClick(field, back ? Qt::Key_Backtab : Qt::Key_Tab,
                    back ? Qt::ShiftModifier : Qt::NoModifier);
    return QApplication::focusWidget();
}

} // namespace

TEST_CASE("Tab leaves a dashboard's period dates and Export's dates for the next field",
          "[ui][keys][dates]")
{
    test::Scratch scratch;
    const QString path = test::demoFile(scratch, QStringLiteral("dates.sqlite"), 60, 200, 400);
    auto shown = test::shownWindow(path);
    MainWindow& window = *shown;

    for (const View view : {View::Overview, View::Retention}) {
        DashboardView* dashboard = test::dashboardOf(window, view);
        QComboBox* range = nullptr;
        for (auto* combo : dashboard->findChildren<QComboBox*>()) {
            if (combo->findText(QStringLiteral("Custom")) >= 0)
                range = combo;
        }
        REQUIRE(range);
        range->setCurrentIndex(range->findText(QStringLiteral("Custom")));
        const auto dates = dashboard->findChildren<QDateEdit*>();
        REQUIRE(dates.size() == 2);
        QDateEdit* from = dates[0]->x() < dates[1]->x() ? dates[0] : dates[1];
        QDateEdit* to = from == dates[0] ? dates[1] : dates[0];
        REQUIRE(QTest::qWaitFor([&] { return from->isVisible() && to->isVisible(); }));
        INFO("view " << static_cast<int>(view));
        CHECK(focusAfterTab(from) == to);
        CHECK(focusAfterTab(to, true) == from);
        QWidget* next = focusAfterTab(to);
        CHECK(next != to);
        CHECK(next != nullptr);
    }

    // File → Export to CSV…: "Only from" ticked, Tab from the first date goes to the second.
    bool answered = false;
    auto exportDialog = test::whenModal(
        QString(),
        [&](QWidget* w) {
            auto* dialog = qobject_cast<QDialog*>(w);
            if (!dialog)
                return;
            dialog->findChild<QCheckBox*>()->setChecked(true);
            const auto dates = dialog->findChildren<QDateEdit*>();
            REQUIRE(dates.size() == 2);
            QDateEdit* from = dates[0]->x() < dates[1]->x() ? dates[0] : dates[1];
            QDateEdit* to = from == dates[0] ? dates[1] : dates[0];
            CHECK(focusAfterTab(from) == to);
            answered = true;
            dialog->reject();
        },
        1, QStringLiteral("Export to CSV"));
    QAction* exportAction = nullptr;
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E))
            exportAction = action;
    }
    REQUIRE(exportAction);
    exportAction->trigger();
    CHECK(answered);
}
