// Issue 15 (Step 9, last items): the import wizard keeps its width from page to page when the
// rejects file's path is long. The check page's "Import the good rows and write the bad ones
// to …" and the last page's "Rejected rows: …" and its notice widened the wizard to the whole
// path; now the path is cut in the middle, whole in a tooltip.
#include "MainWindow.h"

#include "ExportConfirmation.h"
#include "SaveDialogs.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "views/ImportWizard.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace fd;

TEST_CASE("The import wizard keeps its width on every page when the rejects file's path is long",
          "[ui][import][ui-pg][sizes]")
{
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("w.sqlite"));
    // A save folder as deep as people keep them, and a long file name: the rejects go there.
    const QString saves =
        scratch.file(QStringLiteral("Support team shared exports/Migration from the old helpdesk, "
                                    "December 2026/Second attempt after the review"));
    REQUIRE(QDir().mkpath(saves));
    SaveDialogs::rememberFolder(saves + QStringLiteral("/overview.pdf"));
    const QString input = scratch.file(
        QStringLiteral("tickets-exported-from-the-old-helpdesk-for-the-migration.csv"));
    REQUIRE(QFile::copy(
        QStringLiteral(FUNNELDESK_TEST_FIXTURES "/import-quirks/c06c_german_values.csv"), input));
    const QString rejects = QDir::toNativeSeparators(QDir(saves).filePath(
        QStringLiteral("tickets-exported-from-the-old-helpdesk-for-the-migration.rejects.csv")));

    MainWindow window(test::openDatabase(path));
    window.resize(1280, 800);
    window.show();
    ImportWizard wizard(test::databaseAt(path), Clock::system(), &window);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    wizard.setFile(input, ImportMapping::Entity::Tickets);
    QTest::qWait(50);
    const int width = wizard.width();
    wizard.next();
    wizard.next();
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::CheckPage);
    REQUIRE(test::succeeded(wizard.task()));
    QTest::qWait(50);
    auto* skip = wizard.findChild<QCheckBox*>();
    REQUIRE(skip);
    REQUIRE(skip->isVisible());
    INFO("the check box reads: " << skip->text().toStdString());
    CHECK(wizard.width() == width);
    CHECK(skip->toolTip().contains(rejects));                     // whole where it is cut
    CHECK(skip->text().contains(QStringLiteral(".rejects.csv"))); // its name's end stays in view
    CHECK(skip->width() <= wizard.width());
    test::screenshot(wizard, QStringLiteral("import-long-rejects-check"));

    skip->setChecked(true);
    QSignalSpy imported(&wizard, &ImportWizard::importFinished);
    wizard.next();
    REQUIRE(imported.wait(60000));
    REQUIRE(imported.at(0).at(0).toBool());
    QTest::qWait(50);
    CHECK(wizard.width() == width);
    ExportConfirmation* notice = ExportConfirmation::current(&wizard);
    REQUIRE(notice);
    CHECK(notice->path() ==
          QFileInfo(rejects).absoluteFilePath()); // "Open folder" opens the real one
    auto* noticeText = notice->findChild<QLabel*>(QStringLiteral("exportConfirmationText"));
    REQUIRE(noticeText);
    CHECK(noticeText->toolTip().contains(rejects));
    test::screenshot(wizard, QStringLiteral("import-long-rejects-result"));
    QFile::remove(rejects);
}
