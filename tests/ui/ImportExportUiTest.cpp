// File → Import (the wizard, page by page, on the Kaggle export) and File → Export (all
// fields, and the list as shown), each running in the background.
#include "MainWindow.h"

#include "models/CustomerTableModel.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "views/CustomersView.h"
#include "views/ImportWizard.h"

#include <catch2/catch.hpp>

#include <QCheckBox>

#include <QAbstractButton>
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>

using namespace fd;

TEST_CASE("The import wizard takes the Kaggle export from file to imported", "[ui][import][ui-pg]")
{
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("w.sqlite"));
    MainWindow window(test::openDatabase(path));
    window.resize(1280, 800);
    window.show();
    ImportWizard wizard(test::databaseAt(path), Clock::system(), &window);
    wizard.show();
    wizard.setFile(QStringLiteral(FUNNELDESK_TEST_FIXTURES "/kaggle-support-tickets.csv"),
                   ImportMapping::Entity::Tickets);

    wizard.next(); // the first rows
    REQUIRE(wizard.currentId() == ImportWizard::PreviewPage);
    CHECK(wizard.preview()->rowCount() == 20);
    CHECK(wizard.preview()->horizontalHeaderItem(2)->text() == QStringLiteral("Customer Email"));

    wizard.next(); // the mapping, filled in from the header
    REQUIRE(wizard.currentId() == ImportWizard::MappingPage);
    CHECK(wizard.overrides().contains(QStringLiteral("customer_email=Customer Email")));
    CHECK(wizard.overrides().contains(QStringLiteral("created_at=")));
    test::screenshot(wizard, QStringLiteral("import-mapping"));

    SECTION("unmapping every customer column stops the wizard and says why")
    {
        for (int row = 0; row < wizard.mapping()->rowCount(); ++row) {
            const QString field = wizard.mapping()->item(row, 0)->text();
            if (field == QStringLiteral("Customer email") ||
                field == QStringLiteral("Customer name"))
                static_cast<QComboBox*>(wizard.mapping()->cellWidget(row, 1))->setCurrentIndex(0);
        }
        CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    }

    SECTION("the dry run, then the import")
    {
        wizard.next();
        REQUIRE(wizard.currentId() == ImportWizard::CheckPage);
        REQUIRE(test::succeeded(wizard.task()));
        CHECK(wizard.checkText().startsWith(
            QStringLiteral("Dry run: 8,469 of 8,469 rows would be imported")));
        CHECK(test::openDatabase(path)->scalar("SELECT count(*) FROM ticket") == 0);
        // No bad rows: no offer to write them anywhere.
        auto* skip = wizard.findChild<QCheckBox*>();
        REQUIRE(skip);
        CHECK_FALSE(skip->isVisible());

        QSignalSpy imported(&wizard, &ImportWizard::importFinished);
        wizard.next();
        REQUIRE(wizard.currentId() == ImportWizard::ImportPage);
        REQUIRE(imported.wait(60000));
        CHECK(imported.at(0).at(0).toBool());
        CHECK(wizard.resultText().contains(QStringLiteral("Imported 8,469 of 8,469 rows")));
        test::screenshot(wizard, QStringLiteral("import-result"));
        CHECK(test::openDatabase(path)->scalar("SELECT count(*) FROM ticket") == 8469);
    }
}

TEST_CASE(
    "The import wizard lists values it does not know, each with a drop-down, and imports with them",
    "[ui][import][ui-pg]")
{
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("de.sqlite"));
    MainWindow window(test::openDatabase(path));
    window.show();
    ImportWizard wizard(test::databaseAt(path), Clock::system(), &window);
    wizard.resize(900, 640);
    wizard.show();
    wizard.setFile(QStringLiteral(FUNNELDESK_TEST_FIXTURES "/import-quirks/c06c_german_values.csv"),
                   ImportMapping::Entity::Tickets);
    wizard.next();
    wizard.next();
    wizard.next(); // the dry run
    REQUIRE(wizard.currentId() == ImportWizard::CheckPage);
    REQUIRE(test::succeeded(wizard.task()));
    QTableWidget* values = wizard.unknownValues();
    REQUIRE(values->isVisible());
    REQUIRE(values->rowCount() == 4);
    CHECK(values->item(0, 1)->text() == QStringLiteral("Hoch"));
    CHECK(values->item(2, 1)->text() == QStringLiteral("Geschlossen"));
    CHECK(values->item(2, 2)->text() == QStringLiteral("1"));
    const auto choose = [&](int row, const QString& value) {
        auto* readAs = static_cast<QComboBox*>(values->cellWidget(row, 3));
        REQUIRE(readAs->findData(value) > 0);
        readAs->setCurrentIndex(readAs->findData(value));
    };
    choose(0, QStringLiteral("high"));
    choose(1, QStringLiteral("low"));
    choose(2, QStringLiteral("closed"));
    test::screenshot(wizard, QStringLiteral("import-unknown-values"));
    CHECK(wizard.valueMaps() == QStringList{QStringLiteral("priority:Hoch=high"),
                                            QStringLiteral("priority:Niedrig=low"),
                                            QStringLiteral("status:Geschlossen=closed")});

    // Checking again keeps the choices for the values still unknown.
    wizard.findChild<QPushButton*>(QStringLiteral("checkAgain"))->click();
    REQUIRE(test::succeeded(wizard.task()));
    CHECK(wizard.checkText().startsWith(
        QStringLiteral("Dry run: 1 of 2 rows would be imported, 1 rejected")));
    REQUIRE(values->rowCount() == 1);
    CHECK(values->item(0, 1)->text() == QStringLiteral("Offen"));
    choose(0, QStringLiteral("open"));
    wizard.findChild<QPushButton*>(QStringLiteral("checkAgain"))->click();
    REQUIRE(test::succeeded(wizard.task()));
    CHECK(values->rowCount() == 0);
    CHECK_FALSE(values->isVisible());
    CHECK(wizard.checkText().startsWith(
        QStringLiteral("Dry run: 2 of 2 rows would be imported, 0 rejected")));

    QSignalSpy imported(&wizard, &ImportWizard::importFinished);
    wizard.next();
    REQUIRE(imported.wait(60000));
    CHECK(imported.at(0).at(0).toBool());
    auto db = test::openDatabase(path);
    CHECK(db->scalar("SELECT count(*) FROM ticket WHERE status = 'open' AND priority = 'high'") ==
          1);
    CHECK(db->scalar("SELECT count(*) FROM ticket WHERE status = 'closed' AND priority = 'low'") ==
          1);
}

TEST_CASE("The import wizard finds a header below a report's title, as the import does",
          "[ui][import][ui-pg]")
{
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("z.sqlite"));
    MainWindow window(test::openDatabase(path));
    window.show();
    ImportWizard wizard(test::databaseAt(path), Clock::system(), &window);
    wizard.show();
    wizard.setFile(QStringLiteral(FUNNELDESK_TEST_FIXTURES "/helpdesk-layouts/zammad.csv"),
                   ImportMapping::Entity::Tickets);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::PreviewPage);
    CHECK(wizard.preview()->horizontalHeaderItem(0)->text() == QStringLiteral("#"));
    CHECK(wizard.preview()->rowCount() ==
          3); // the empty line and the "Timezone:" footer are not rows
    wizard.next();
    CHECK(wizard.overrides().contains(QStringLiteral("external_ref=#")));
    wizard.next();
    REQUIRE(test::succeeded(wizard.task()));
    CHECK(wizard.checkText().startsWith(
        QStringLiteral("Dry run: 3 of 3 rows would be imported, 0 rejected")));
}

TEST_CASE("File → Export writes every field, and Export this list writes what is shown",
          "[ui][export]")
{
    test::Scratch scratch;
    const QString path = test::demoFile(scratch, QStringLiteral("e.sqlite"), 200, 800, 2000);
    MainWindow window(test::openDatabase(path));
    window.resize(1280, 800);
    window.show();

    const QString tickets = scratch.file(QStringLiteral("tickets.csv"));
    CsvExporter::Options options;
    options.bom = true;
    REQUIRE(test::succeeded(window.exportData(CsvExporter::Entity::Tickets, options, tickets)));
    const QByteArray csv = test::fileBytes(tickets);
    CHECK(csv.startsWith("\xEF\xBB\xBF"
                         "id,external_ref,customer_name,"));
    CHECK(csv.count("\r\n") == 801);

    window.showView(MainWindow::View::Customers);
    auto* view = qobject_cast<CustomersView*>(window.viewWidget(MainWindow::View::Customers));
    view->setSearch(QStringLiteral("an"));
    const int shown = view->model()->rowCount();
    REQUIRE(shown > 0);
    const QString list = scratch.file(QStringLiteral("list.csv"));
    REQUIRE(test::succeeded(window.exportCurrentList(list, false)));
    const QList<QByteArray> lines = test::fileBytes(list).split('\n');
    REQUIRE(lines.size() == shown + 2); // header, rows, the empty rest after the last CRLF
    const QString first =
        view->model()->data(view->model()->index(0, CustomerTableModel::NameColumn)).toString();
    CHECK(lines.at(1).startsWith(QByteArray(first.toUtf8() + ',')));
}
