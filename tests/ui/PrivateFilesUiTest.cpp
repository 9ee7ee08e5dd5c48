// Issue 19, Security: every file the window writes for the user — a dashboard's PDF, its
// charts as PNG, one chart, a table as CSV, a backup, File → Export, Export this list, an
// import's rejects — is 0600 under any umask, and so is one written over a 0644 file (as
// exports were before; the wizard never writes its rejects over a file, it picks another name). The
// CLI's files: tests/cli/PrivateFilesCliTest.cpp.
#include "charts/BarChart.h"
#include "MainWindow.h"
#include "ui/ExportsSupport.h"
#include "views/DashboardView.h"
#include "views/ImportWizard.h"

#include "support/TestSupport.h"
#include "support/UiTestSupport.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <sys/stat.h>

using namespace fd;

namespace {

mode_t modeOf(const QString& path)
{
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return st.st_mode & 07777;
}

// This process's umask while the window writes; restored at the end.
class Umask {
public:
    explicit Umask(mode_t mask) : m_before(::umask(mask)) {}
    ~Umask() { ::umask(m_before); }
    Umask(const Umask&) = delete;
    Umask& operator=(const Umask&) = delete;

private:
    mode_t m_before;
};

} // namespace

TEST_CASE(
    "Every file the window writes for the user is 0600, new or replacing a 0644 one, under umask 0",
    "[ui][sqlite-only][exports][security]")
{
    test::Scratch scratch;
    const QString path = test::demoFile(scratch, QStringLiteral("private.sqlite"), 200, 800, 2000);
    test::SaveAnswers answers;
    const QString folder = QDir(scratch.file(QString())).absolutePath();
    const bool replacing = GENERATE(false, true);
    INFO((replacing ? "over an existing 0644 file" : "a new file"));
    const auto target = [&](const char* name) {
        const QString file = QDir(folder).filePath(QString::fromLatin1(name));
        QFile::remove(file);
        if (replacing) {
            QFile old(file);
            REQUIRE(old.open(QIODevice::WriteOnly));
            old.write("an older export\n");
            old.close();
            REQUIRE(::chmod(QFile::encodeName(file).constData(), 0644) == 0);
        }
        return file;
    };

    MainWindow window(test::openDatabase(path));
    window.resize(1280, 800);
    window.show();
    window.showView(MainWindow::View::Onboarding);
    auto* dashboard = qobject_cast<DashboardView*>(window.viewWidget(MainWindow::View::Onboarding));
    REQUIRE(dashboard);
    REQUIRE(QTest::qWaitFor([&] { return dashboard->isReady(); }, 20000));
    const Umask open(0);

    answers.answer = target("onboarding.pdf");
    test::buttonNamed(*dashboard, QStringLiteral("Export PDF…"))->click();
    CHECK(modeOf(answers.answer) == 0600);
    answers.answer = target("charts.png");
    test::buttonNamed(*dashboard, QStringLiteral("Charts as PNG…"))->click();
    CHECK(modeOf(answers.answer) == 0600);
    answers.answer = target("stuck.csv");
    test::buttonNamed(*dashboard, QStringLiteral("Export CSV…"))->click();
    CHECK(modeOf(answers.answer) == 0600);
    auto* chart = dashboard->findChild<BarChart*>();
    REQUIRE(chart);
    const QString one = target("chart.png");
    const Status saved = chart->savePng(one);
    INFO((saved ? std::string() : saved.error().toStdString()));
    REQUIRE(saved);
    CHECK(modeOf(one) == 0600);

    answers.answer = target("backup.sqlite");
    if (replacing)
        QFile::remove(answers.answer); // a backup is never written over a file: the menu asks first
    test::triggerMenu(window, QStringLiteral("&Back up…"));
    CHECK(modeOf(answers.answer) == 0600);

    const QString everything = target("all-tickets.csv");
    REQUIRE(test::succeeded(window.exportData(CsvExporter::Entity::Tickets, {}, everything)));
    CHECK(modeOf(everything) == 0600);
    window.showView(MainWindow::View::Customers);
    const QString list = target("list.csv");
    REQUIRE(test::succeeded(window.exportCurrentList(list, false)));
    CHECK(modeOf(list) == 0600);

    // The import wizard's rejects go to the folder of the last save (this one).
    const QString input = scratch.file(QStringLiteral("in.csv"));
    {
        QFile file(input);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Ticket ID,Email,Subject,Status,Created\n"
                   "9001,a@x.example,Fine,open,2024-03-05 10:00\n"
                   "9002,b@x.example,Bad,Whenever,2024-03-05 10:00\n");
    }
    target("in.rejects.csv"); // there already when replacing: the wizard then picks another name
    ImportWizard wizard(test::databaseAt(path), Clock::system(), &window);
    wizard.show();
    wizard.setFile(input, ImportMapping::Entity::Tickets);
    wizard.next();
    wizard.next();
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::CheckPage);
    REQUIRE(test::succeeded(wizard.task()));
    auto* skip = wizard.findChild<QCheckBox*>();
    REQUIRE(skip);
    const QString rejects = QDir::fromNativeSeparators(skip->toolTip());
    REQUIRE(rejects.startsWith(folder + QStringLiteral("/in.rejects")));
    skip->setChecked(true);
    QSignalSpy imported(&wizard, &ImportWizard::importFinished);
    wizard.next();
    REQUIRE(imported.wait(60000));
    REQUIRE(imported.at(0).at(0).toBool());
    CHECK(test::fileBytes(rejects).contains("Whenever"));
    CHECK(modeOf(rejects) == 0600);
}
