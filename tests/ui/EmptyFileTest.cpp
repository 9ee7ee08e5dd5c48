// Issue 15 (Step 9, last items): a new, empty file opened on an Overview of zeros with no
// hint. Now its dashboards say what to do first, with buttons that do it (Import… Ctrl+I, New
// customer… Ctrl+Shift+N), and the hint goes once the file holds a customer, also when the
// customer is added in the same window or by another process.
#include "MainWindow.h"

#include "DataChanges.h"
#include "storage/CustomerRepository.h"
#include "support/ModalAnswer.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "views/CustomerDialog.h"

#include <catch2/catch.hpp>

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace fd;
using View = MainWindow::View;

namespace {

QPushButton* buttonNamed(QWidget* hint, const QString& start)
{
    for (auto* button : hint->findChildren<QPushButton*>()) {
        if (button->text().startsWith(start))
            return button;
    }
    return nullptr;
}

} // namespace

TEST_CASE("An empty file's dashboards say what to do first, and the hint goes once a customer is "
          "added here",
          "[ui][sqlite-only][empty]")
{
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("new.sqlite"));
    test::openDatabase(path); // a new file: the schema, nothing in it
    MainWindow window(test::openDatabase(path));
    window.dataChanges()->setPollInterval(0);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showView(View::Overview);
    auto* hint = window.findChild<QWidget*>(QStringLiteral("emptyFileHint"));
    REQUIRE(hint);
    REQUIRE(QTest::qWaitFor([&] { return hint->isVisible(); }, 2000));
    QPushButton* import = buttonNamed(hint, QStringLiteral("Import from CSV…"));
    QPushButton* add = buttonNamed(hint, QStringLiteral("New customer…"));
    REQUIRE(import);
    REQUIRE(add);
    CHECK(import->text().contains(
        QKeySequence(Qt::CTRL | Qt::Key_I).toString(QKeySequence::NativeText)));
    CHECK(add->text().contains(
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N).toString(QKeySequence::NativeText)));
    CHECK(import->isEnabled());
    CHECK(add->isEnabled());
    auto* heading = hint->findChild<QLabel*>(QStringLiteral("emptyFileHeading"));
    REQUIRE(heading);
    CHECK(heading->text().contains(QStringLiteral("This file has no customers yet")));
    test::screenshot(window, QStringLiteral("empty-file-overview"));

    // The lists say on their own that they are empty: no hint over them.
    window.showView(View::Customers);
    CHECK_FALSE(hint->isVisible());
    window.showView(View::Retention);
    CHECK(hint->isVisible());

    // The hint's New customer… opens the form; the customer added, the hint is gone.
    auto answer = test::whenModal(QStringLiteral("customerDialog"), [](QWidget* w) {
        auto* dialog = qobject_cast<CustomerDialog*>(w);
        if (!dialog)
            return;
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("First Customer"));
        QTest::keyClicks(dialog->emailEdit(), QStringLiteral("first@example.com"));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    add->click();
    REQUIRE(answer->seen == 1);
    window.showView(View::Overview);
    QTest::qWait(50);
    CHECK_FALSE(hint->isVisible());
    test::screenshot(window, QStringLiteral("empty-file-after-first-customer"));
}

TEST_CASE("The empty file's hint goes when another process adds the first customer",
          "[ui][sqlite-only][empty]")
{
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("shared.sqlite"));
    test::openDatabase(path);
    MainWindow window(test::openDatabase(path));
    window.dataChanges()->setPollInterval(0);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showView(View::Overview);
    auto* hint = window.findChild<QWidget*>(QStringLiteral("emptyFileHint"));
    REQUIRE(hint);
    REQUIRE(QTest::qWaitFor([&] { return hint->isVisible(); }, 2000));
    REQUIRE(CustomerRepository(*test::openDatabase(path))
                .add(test::customerNamed(QStringLiteral("From the CLI"))));
    QSignalSpy changed(window.dataChanges(), &DataChanges::changed);
    REQUIRE(window.dataChanges()->poll());
    REQUIRE((changed.count() > 0 || changed.wait(5000)));
    CHECK_FALSE(hint->isVisible());
}
