// Issue 14 §3 in the window: the dialogs show core's sentence and keep what was typed.
#include "domain/Customer.h"
#include "domain/Validation.h"
#include "MainWindow.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "views/CustomerDialog.h"

#include <catch2/catch.hpp>

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace fd;

namespace {

// The dialog's red line: the label that shows the problem.
QString shownProblem(const CustomerDialog& dialog)
{
    for (const QLabel* label : dialog.findChildren<QLabel*>()) {
        if (label->styleSheet().contains(QStringLiteral("#b91c1c")))
            return label->text();
    }
    return QStringLiteral("(no problem label)");
}

} // namespace

TEST_CASE("The New customer dialog refuses a bad email with core's sentence and keeps the input",
          "[ui][validation]")
{
    CustomerDialog dialog(Clock::system());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Acme Corp"));
    dialog.emailEdit()->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(dialog.emailEdit(), QStringLiteral("ops.acme.example"));
    QTest::keyClick(dialog.emailEdit(), Qt::Key_Tab); // said once the email is left (ProblemLabel)
    const QString core =
        Validation::emailProblem(QStringLiteral("ops.acme.example"), Validation::tr("email"));
    REQUIRE_FALSE(core.isEmpty());
    CHECK(shownProblem(dialog) == core);
    CHECK_FALSE(ok->isEnabled());
    CHECK(dialog.nameEdit()->text() == QStringLiteral("Acme Corp"));
    CHECK(dialog.emailEdit()->text() == QStringLiteral("ops.acme.example"));
    test::screenshot(dialog, QStringLiteral("new-customer-bad-email"));
}

TEST_CASE(
    "A duplicate email is refused in the New customer dialog, which stays open with the input",
    "[ui][validation]")
{
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("ui.sqlite"));
    {
        auto db = test::openDatabase(path);
        Customer acme;
        acme.name = QStringLiteral("Acme");
        acme.email = QStringLiteral("ops@acme.example");
        acme.since = QDate::currentDate().addDays(-30);
        REQUIRE(CustomerRepository(*db).add(acme));
    }
    MainWindow window(test::openDatabase(path));
    CustomerDialog dialog(Clock::system(), &window);
    dialog.setSave([&window](const Customer& c) {
        QString refused;
        window.addCustomer(c, &refused);
        return refused;
    });
    dialog.show();
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Acme Again"));
    QTest::keyClicks(dialog.emailEdit(), QStringLiteral("OPS@acme.example"));
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    REQUIRE(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(shownProblem(dialog).startsWith(
        QStringLiteral("The email “OPS@acme.example” already belongs to Acme (customer 1);")));
    CHECK(dialog.nameEdit()->text() == QStringLiteral("Acme Again"));
    CHECK(dialog.emailEdit()->text() == QStringLiteral("OPS@acme.example"));
    test::screenshot(dialog, QStringLiteral("new-customer-duplicate-email"));
    auto db = test::openDatabase(path, Database::Access::ReadOnly);
    CHECK(db->scalar("SELECT count(*) FROM customer") == 1);
}
