// Issue 15 (hostile tester): the New ticket dialog said "A ticket needs a subject." before
// anything was typed. A dialog's problem line speaks once the user has typed (ProblemLabel).
#include "domain/Customer.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "views/NewTicketDialog.h"
#include "views/ProblemLabel.h"

#include <catch2/catch.hpp>

#include <QLineEdit>
#include <QTest>

using namespace fd;

TEST_CASE("New ticket for a customer says nothing until the user types", "[ui][validation][problemline]")
{
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("ui.sqlite"));
    auto db = test::openDatabase(path);
    Customer acme;
    acme.name = QStringLiteral("Acme");
    acme.email = QStringLiteral("ops@acme.example");
    acme.since = QDate::currentDate().addDays(-30);
    auto id = CustomerRepository(*db).add(acme);
    REQUIRE(id);
    NewTicketDialog dialog(*db, *id, std::nullopt);
    dialog.show();
    auto* line = dialog.findChild<ProblemLabel*>();
    REQUIRE(line);
    CHECK(!line->problem().isEmpty()); // there is a problem: no subject
    CHECK(line->text().isEmpty());     // but nothing typed yet, so nothing said
    auto edits = dialog.findChildren<QLineEdit*>();
    QLineEdit* subject = nullptr;
    for (QLineEdit* e : edits)
        if (e->text().isEmpty())
            subject = e;
    REQUIRE(subject);
    QTest::keyClicks(subject, QStringLiteral("x"));
    QTest::keyClick(subject, Qt::Key_Backspace);
    CHECK(line->text() == line->problem());
    CHECK(!line->text().isEmpty());
}
