// Issue 15 (hostile tester, final round): the import wizard told window users "add
// --map-value status:…" (core's sentences now name no flag; the wizard's words come from
// ui/ImportHints.cpp), and wrote its rejected rows beside the file read, which may be a
// read-only folder, a USB stick or a share: they now go to the folder of the last save, else
// the data folder, and say where with "Open folder", as every export does. An import refused
// on the last page ("go back to the page … and tick …") had no Back there (leftover).
#include "ExportConfirmation.h"
#include "MainWindow.h"
#include "SaveDialogs.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "views/ImportWizard.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QUrl>
#include <QWizard>

using namespace fd;

namespace {

// The German export, copied into a folder of its own (the "USB stick").
QString germanFile(test::Scratch& scratch)
{
    REQUIRE(QDir().mkpath(scratch.file(QStringLiteral("stick"))));
    const QString input = scratch.file(QStringLiteral("stick/tickets.csv"));
    REQUIRE(QFile::copy(
        QStringLiteral(FUNNELDESK_TEST_FIXTURES "/import-quirks/c06c_german_values.csv"), input));
    return input;
}

} // namespace

TEST_CASE("The import wizard's sentences name its own pages, never a command-line flag",
          "[ui][import][ui-pg][hints]")
{
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("w.sqlite"));
    MainWindow window(test::openDatabase(path));
    window.show();
    ImportWizard wizard(test::databaseAt(path), Clock::system(), &window);
    wizard.show();
    wizard.setFile(germanFile(scratch), ImportMapping::Entity::Tickets);
    wizard.next();
    wizard.next();
    wizard.next(); // the dry run: "Offen", "Hoch", … are not known
    REQUIRE(wizard.currentId() == ImportWizard::CheckPage);
    REQUIRE(test::succeeded(wizard.task()));
    INFO(wizard.checkText().toStdString());
    CHECK(wizard.checkText().contains(QStringLiteral("rejected")));
    CHECK(wizard.checkText().contains(
        QStringLiteral("choose what it means in the list of values FunnelDesk does not know")));
    CHECK_FALSE(wizard.checkText().contains(QStringLiteral("--")));
}

TEST_CASE("The import writes its rejected rows where the last save went, not beside the file read, "
          "and says where",
          "[ui][import][ui-pg][rejects]")
{
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("w.sqlite"));
    const QString input = germanFile(scratch);
    QString saves = scratch.file(QStringLiteral("saves"));
    REQUIRE(QDir().mkpath(saves));

    SECTION("the folder of the last save")
    {
        SaveDialogs::rememberFolder(saves + QStringLiteral("/overview-2026-11-30.pdf"));
    }
    SECTION("nothing saved yet: the data folder")
    {
        QSettings().clear();
        saves = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QFile::remove(saves + QStringLiteral("/tickets.rejects.csv"));
    }
    MainWindow window(test::openDatabase(path));
    window.show();
    ImportWizard wizard(test::databaseAt(path), Clock::system(), &window);
    wizard.show();
    wizard.setFile(input, ImportMapping::Entity::Tickets);
    wizard.next();
    wizard.next();
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::CheckPage);
    REQUIRE(test::succeeded(wizard.task()));
    const QString rejects = QDir(saves).filePath(QStringLiteral("tickets.rejects.csv"));
    auto* skip = wizard.findChild<QCheckBox*>();
    REQUIRE(skip);
    CHECK(skip->toolTip() == QDir::toNativeSeparators(rejects)); // whole there; the text may cut it
    CHECK(skip->text().endsWith(QStringLiteral("tickets.rejects.csv")));
    skip->setChecked(true);

    QSignalSpy imported(&wizard, &ImportWizard::importFinished);
    wizard.next();
    REQUIRE(imported.wait(60000));
    REQUIRE(imported.at(0).at(0).toBool());
    CHECK(QFileInfo::exists(rejects));
    CHECK_FALSE(QFileInfo::exists(scratch.file(QStringLiteral("stick/tickets.rejects.csv"))));

    // Its path and "Open folder", on the last page, as every export's notice.
    ExportConfirmation* notice = ExportConfirmation::current(&wizard);
    REQUIRE(notice);
    CHECK(notice->path() == QFileInfo(rejects).absoluteFilePath());
    CHECK(notice->isVisible());
    QUrl opened;
    ExportConfirmation::setOpener([&](const QUrl& folder) {
        opened = folder;
        return true;
    });
    notice->findChild<QPushButton*>(QStringLiteral("openFolder"))->click();
    ExportConfirmation::setOpener({});
    CHECK(opened == QUrl::fromLocalFile(QFileInfo(rejects).absolutePath()));
    test::screenshot(wizard, QStringLiteral("import-rejects-saved"));
    QFile::remove(rejects);
}

TEST_CASE("An import refused on the last page offers Back to the page its sentence names, and "
          "imports from there",
          "[ui][import][ui-pg][back]")
{
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("w.sqlite"));
    MainWindow window(test::openDatabase(path));
    window.show();
    ImportWizard wizard(test::databaseAt(path), Clock::system(), &window);
    wizard.show();
    // A name of its own: its rejects file never takes the name another test waits for.
    const QString input = scratch.file(QStringLiteral("refused-then-back.csv"));
    REQUIRE(QFile::copy(
        QStringLiteral(FUNNELDESK_TEST_FIXTURES "/import-quirks/c06c_german_values.csv"), input));
    wizard.setFile(input, ImportMapping::Entity::Tickets);
    wizard.next();
    wizard.next();
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::CheckPage);
    REQUIRE(test::succeeded(wizard.task()));
    auto* skip = wizard.findChild<QCheckBox*>();
    REQUIRE(skip);
    REQUIRE_FALSE(skip->isChecked());
    CHECK(wizard.button(QWizard::NextButton)->text() ==
          QStringLiteral("&Import")); // was "Next >": it imports

    // Import without the bad rows ticked: refused, and the sentence says to go back.
    QSignalSpy imported(&wizard, &ImportWizard::importFinished);
    wizard.next();
    REQUIRE(imported.wait(60000));
    REQUIRE_FALSE(imported.at(0).at(0).toBool());
    INFO(wizard.resultText().toStdString());
    CHECK(wizard.resultText().contains(QStringLiteral("go back to the page")));
    QAbstractButton* back = wizard.button(QWizard::BackButton);
    CHECK(back->isVisible()); // was: no Back on the last page
    CHECK(back->isEnabled());
    CHECK_FALSE(
        wizard.button(QWizard::FinishButton)->isEnabled()); // nothing was imported to finish
    CHECK(wizard.button(QWizard::CancelButton)->isEnabled());
    test::screenshot(wizard, QStringLiteral("import-refused-back"));

    // Back: the check again, the box ticked, Import: the good rows land.
    back->click();
    REQUIRE(wizard.currentId() == ImportWizard::CheckPage);
    REQUIRE(test::succeeded(wizard.task()));
    CHECK(wizard.checkText().contains(QStringLiteral("rejected")));
    skip->setChecked(true);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::ImportPage);
    REQUIRE(imported.wait(60000));
    CHECK(imported.at(1).at(0).toBool());
    CHECK_FALSE(wizard.button(QWizard::BackButton)->isVisible()); // imported: Finish alone
    CHECK(wizard.button(QWizard::FinishButton)->isEnabled());
    CHECK_FALSE(wizard.button(QWizard::CancelButton)->isEnabled());
    const QString written = skip->toolTip(); // the whole path (the text may cut it in the middle)
    CHECK(QFile::remove(QDir::fromNativeSeparators(written))); // the rejects file, where it said
}
