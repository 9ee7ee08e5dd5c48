// Issue 15, "Reports that are reports": the dashboard's PDF is a report (title, period,
// file, time, KPIs, vector charts, every table whole over several pages); every export
// confirms with its path and "Open folder"; every save dialog suggests a name and
// remembers the last folder.
#include "DashboardReport.h"
#include "ExportConfirmation.h"
#include "MainWindow.h"
#include "models/Formatting.h"
#include "models/ReportText.h"
#include "SaveDialogs.h"
#include "ui/ExportsSupport.h"

#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "views/DashboardView.h"
#include "views/TicketsView.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPdfWriter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QToolButton>

using namespace fd;

namespace {

using Answers = test::SaveAnswers;

QString demo(const test::Scratch& scratch)
{
    return test::demoFile(scratch, QStringLiteral("reports.sqlite"), 400, 2500, 9000);
}

void waitReady(DashboardView& view)
{
    REQUIRE(QTest::qWaitFor([&] { return view.isReady(); }, 20000));
}

} // namespace

TEST_CASE("A dashboard's PDF is a report: title, period, file, time, KPIs, vector charts, every "
          "table row",
          "[ui][sqlite-only][reports]")
{
    test::Scratch scratch;
    const QString path = demo(scratch);
    auto db = test::openDatabase(path);
    const FixedClock clock(test::testNow());
    auto [reports, stage, title] = GENERATE(table<QStringList, std::optional<Stage>, QString>({
        {QStringList{QStringLiteral("funnel"), QStringLiteral("flow")}, std::nullopt,
         QStringLiteral("Overview")},
        {QStringList{QStringLiteral("post-sales")}, Stage::PostSales, QStringLiteral("Post-sales")},
    }));
    DashboardView view(*db, clock, reports, stage);
    view.resize(1280, 800);
    static_cast<QWidget&>(view).show();
    waitReady(view);
    // 90 days: the weekly table has 13 or 14 rows, of which the screen shows 10.
    view.findChild<QComboBox*>()->setCurrentIndex(2);
    waitReady(view);
    const Report& report = view.report();
    const ReportTable* weekly = report.table(QStringLiteral("weekly"));
    REQUIRE(weekly);
    REQUIRE(weekly->rows.size() >= 13);

    const QString pdf =
        scratch.file(stage ? QStringLiteral("post-sales.pdf") : QStringLiteral("overview.pdf"));
    int pages = 0;
    REQUIRE(view.exportPdf(pdf, &pages));
    CHECK(pages > 1);
    const QByteArray bytes = test::fileBytes(pdf);
    REQUIRE(bytes.startsWith("%PDF"));
    // Vector charts and text, not a picture of the screen (the old PDF was one JPEG).
    CHECK_FALSE(bytes.contains("/Subtype /Image"));
    CHECK_FALSE(bytes.contains("/DCTDecode"));
    // Kept beside the screenshots, to look at (pdftoppm -png).
    QDir().mkpath(QStringLiteral(FUNNELDESK_SCREENSHOT_DIR));
    const QString kept = QStringLiteral(FUNNELDESK_SCREENSHOT_DIR "/") + QFileInfo(pdf).fileName();
    QFile::remove(kept);
    QFile::copy(pdf, kept);

    SECTION("the document behind it holds the heading and every table whole, header rows repeated")
    {
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        QPdfWriter writer(&sink);
        writer.setResolution(96);
        auto doc = DashboardReport::document(view.reportHeading(), report, {}, writer);
        const QString text = doc->toPlainText();
        CHECK(text.startsWith(title));
        CHECK(text.contains(QStringLiteral("Last 90 days")));
        // The file's name, not the user's folders; dates in the window's one style (ISO).
        CHECK(text.contains(QStringLiteral("File: ") + QFileInfo(path).fileName()));
        CHECK_FALSE(text.contains(QFileInfo(path).absolutePath()));
        CHECK(text.contains(shortDateTime(test::testNow())));
        CHECK(text.contains(periodDates(report.period)));
        CHECK_FALSE(text.contains(QLocale().toString(report.period.from.toLocalTime().date(),
                                                     QStringLiteral("d MMM yyyy"))));
        for (const Kpi& k : report.kpis)
            CHECK(text.contains(k.label));
        // Every table under its title, as its own paragraph.
        const QStringList paragraphs = text.split(QLatin1Char('\n'));
        for (const ReportTable& t : report.tables) {
            INFO(t.key.toStdString());
            CHECK(paragraphs.contains(t.title));
        }
        std::vector<QTextTable*> tables;
        for (QTextFrame* frame : doc->rootFrame()->childFrames()) {
            if (auto* t = qobject_cast<QTextTable*>(frame))
                tables.push_back(t);
        }
        std::size_t next = report.kpis.empty() ? 0 : 1; // the KPIs' table first
        for (const ReportTable& t : report.tables) {
            if (t.rows.empty())
                continue;
            REQUIRE(next < tables.size());
            QTextTable* table = tables[next++];
            CHECK(table->format().headerRowCount() == 1);
            REQUIRE(table->rows() == static_cast<int>(t.rows.size()) + 1);
            for (std::size_t r = 0; r < t.rows.size(); ++r) {
                for (int c = 0; c < t.columns.size(); ++c) {
                    const QString cell = table->cellAt(static_cast<int>(r) + 1, c)
                                             .firstCursorPosition()
                                             .block()
                                             .text();
                    CHECK(cell == displayCell(t, t.rows[r], c));
                }
            }
        }
        CHECK(next == tables.size());
    }

    SECTION("pdftotext finds the title, period, file, and every row of every table")
    {
        const QString text = test::pdfText(pdf);
        if (text.isEmpty()) {
            WARN("pdftotext is not installed (packaging/dev.sh installs poppler-utils): the PDF's "
                 "text is not read");
            return;
        }
        CHECK(text.contains(title));
        CHECK(text.contains(QStringLiteral("Last 90 days")));
        CHECK(text.contains(QFileInfo(path).fileName()));
        CHECK(text.contains(QStringLiteral("Page 2 of %1").arg(pages)));
        // Every week, the last three too.
        for (const QStringList& row : weekly->rows)
            CHECK(text.contains(row.at(0)));
        // Every row of every table, its cells in order on one line.
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (const ReportTable& t : report.tables) {
            for (const QStringList& row : t.rows) {
                QStringList words;
                for (int c = 0; c < row.size(); ++c)
                    words << QRegularExpression::escape(displayCell(t, row, c).simplified());
                const QRegularExpression pattern(words.join(QStringLiteral("\\s+")));
                const bool found = std::any_of(lines.begin(), lines.end(), [&](const QString& l) {
                    return pattern.match(l).hasMatch();
                });
                INFO(t.key.toStdString() << ": " << row.join(QStringLiteral(" | ")).toStdString());
                CHECK(found);
            }
        }
        // Every table under its heading (at the margin; the charts' titles are centred).
        // (pdftotext reads ligatures as one character; a long heading wraps onto two lines.)
        for (const ReportTable& t : report.tables) {
            const bool found = std::any_of(lines.begin(), lines.end(), [&](QString line) {
                if (line.startsWith(QLatin1Char(' ')))
                    return false;
                line = line.replace(QChar(0xFB01), QStringLiteral("fi"))
                           .replace(QChar(0xFB02), QStringLiteral("fl"))
                           .trimmed();
                return line.size() >= std::min<qsizetype>(t.title.size(), 15) &&
                       t.title.startsWith(line);
            });
            INFO(t.key.toStdString());
            CHECK(found);
        }
        // The charts are text too: their titles are searchable.
        CHECK(text.contains(weekly->title));
    }
}

TEST_CASE("A table longer than a page runs onto the next pages, its header row repeated on each",
          "[ui][reports]")
{
    test::Scratch scratch;
    const QString path = demo(scratch);
    auto db = test::openDatabase(path);
    const FixedClock clock(test::testNow());
    DashboardView view(*db, clock, {QStringLiteral("funnel"), QStringLiteral("flow")},
                       std::nullopt);
    view.resize(1280, 800);
    static_cast<QWidget&>(view).show();
    waitReady(view);
    view.setPeriod(
        {QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC), test::testNow().addDays(1)});
    waitReady(view);
    const ReportTable* weekly = view.report().table(QStringLiteral("weekly"));
    REQUIRE(weekly);
    REQUIRE(weekly->rows.size() > 100);
    const QString pdf = scratch.file(QStringLiteral("all-time.pdf"));
    int pages = 0;
    REQUIRE(view.exportPdf(pdf, &pages));
    CHECK(pages >= 4);
    const QString text = test::pdfText(pdf);
    if (text.isEmpty()) {
        WARN("pdftotext is not installed (packaging/dev.sh installs poppler-utils): the PDF's text "
             "is not read");
        return;
    }
    // Every week is there, in order, and the header row heads each page the table is on.
    const QStringList pageTexts = text.split(QLatin1Char('\f'));
    const QRegularExpression header(
        QStringLiteral("^\\s*Week\\s+Onboarding\\s+Post-sales\\s+Retention\\s+Advocacy\\s*$"),
        QRegularExpression::MultilineOption);
    int pagesWithWeeks = 0;
    for (const QString& page : pageTexts) {
        if (!page.contains(QRegularExpression(QStringLiteral("^\\s*20\\d\\d-\\d\\d-\\d\\d\\s"),
                                              QRegularExpression::MultilineOption)))
            continue;
        ++pagesWithWeeks;
        CHECK(page.contains(header));
    }
    CHECK(pagesWithWeeks >= 2);
    qsizetype at = 0;
    for (const QStringList& row : weekly->rows) {
        at = text.indexOf(row.at(0), at);
        INFO(row.at(0).toStdString());
        CHECK(at >= 0);
    }
}

TEST_CASE("Every export confirms with its path, and Open folder opens that folder",
          "[ui][sqlite-only][reports]")
{
    test::Scratch scratch;
    const QString path = demo(scratch);
    Answers answers;
    MainWindow window(test::openDatabase(path));
    window.resize(1280, 800);
    window.show();
    window.showView(MainWindow::View::Onboarding);
    auto* dashboard = qobject_cast<DashboardView*>(window.viewWidget(MainWindow::View::Onboarding));
    REQUIRE(dashboard);
    waitReady(*dashboard);
    QDir(scratch.file(QString())).mkpath(QStringLiteral("out"));
    const QString folder = QFileInfo(scratch.file(QStringLiteral("out"))).absoluteFilePath();

    auto confirmed = [&](const QString& file) {
        ExportConfirmation* notice = ExportConfirmation::current(&window);
        REQUIRE(notice);
        CHECK(notice->isVisible());
        CHECK(notice->path() == QDir(folder).filePath(file));
        auto* text = notice->findChild<QLabel*>(QStringLiteral("exportConfirmationText"));
        REQUIRE(text);
        CHECK(text->text().contains(
            QDir::toNativeSeparators(QDir(folder).filePath(file)).toHtmlEscaped()));
        CHECK(QFileInfo::exists(QDir(folder).filePath(file)));
        // The notice is inside the window, above the status bar.
        CHECK(window.rect().contains(notice->geometry()));
        answers.opened.clear();
        auto* open = notice->findChild<QPushButton*>(QStringLiteral("openFolder"));
        REQUIRE(open);
        open->click();
        REQUIRE(answers.opened.size() == 1);
        CHECK(answers.opened.front() == QUrl::fromLocalFile(folder));
    };

    answers.answer = QDir(folder).filePath(QStringLiteral("onboarding.pdf"));
    test::buttonNamed(*dashboard, QStringLiteral("Export PDF…"))->click();
    confirmed(QStringLiteral("onboarding.pdf"));
    test::screenshot(window, QStringLiteral("export-confirmation"));

    answers.answer = QDir(folder).filePath(QStringLiteral("charts.png"));
    test::buttonNamed(*dashboard, QStringLiteral("Charts as PNG…"))->click();
    confirmed(QStringLiteral("charts.png"));
    // One notice at a time: the newer replaces the older.
    CHECK(window.findChildren<ExportConfirmation*>().size() == 1);

    answers.answer = QDir(folder).filePath(QStringLiteral("stuck.csv"));
    test::buttonNamed(*dashboard, QStringLiteral("Export CSV…"))->click();
    confirmed(QStringLiteral("stuck.csv"));

    answers.answer = QDir(folder).filePath(QStringLiteral("backup.sqlite"));
    test::triggerMenu(window, QStringLiteral("&Back up…"));
    confirmed(QStringLiteral("backup.sqlite"));

    window.showView(MainWindow::View::Tickets);
    answers.answer = QDir(folder).filePath(QStringLiteral("tickets.csv"));
    test::triggerMenu(window, QStringLiteral("Export this &list…"));
    REQUIRE(QTest::qWaitFor(
        [&] {
            auto* notice = ExportConfirmation::current(&window);
            return notice && notice->path().endsWith(QStringLiteral("tickets.csv"));
        },
        20000));
    confirmed(QStringLiteral("tickets.csv"));
    test::screenshot(window, QStringLiteral("export-confirmation-list"));

    // Close takes it away.
    ExportConfirmation::current(&window)
        ->findChild<QToolButton*>(QStringLiteral("closeConfirmation"))
        ->click();
    REQUIRE(QTest::qWaitFor([&] { return !ExportConfirmation::current(&window); }, 5000));
}

TEST_CASE("Save dialogs suggest a file name per kind, in the last folder any save used",
          "[ui][sqlite-only][reports]")
{
    test::Scratch scratch;
    const QString path = demo(scratch);
    Answers answers;
    MainWindow window(test::openDatabase(path));
    window.resize(1280, 800);
    window.show();
    window.showView(MainWindow::View::Onboarding);
    auto* dashboard = qobject_cast<DashboardView*>(window.viewWidget(MainWindow::View::Onboarding));
    REQUIRE(dashboard);
    waitReady(*dashboard);
    const QString today = QDate::currentDate().toString(Qt::ISODate);

    // Cancelled: nothing written, nothing remembered, no notice.
    answers.answer.clear();
    test::buttonNamed(*dashboard, QStringLiteral("Export PDF…"))->click();
    REQUIRE(answers.suggested.size() == 1);
    CHECK(answers.suggested.last() ==
          QDir(QDir::homePath()).filePath(QStringLiteral("onboarding-%1.pdf").arg(today)));
    CHECK_FALSE(ExportConfirmation::current(&window));

    QDir(scratch.file(QString())).mkpath(QStringLiteral("reports"));
    const QString reports = QFileInfo(scratch.file(QStringLiteral("reports"))).absoluteFilePath();
    answers.answer = QDir(reports).filePath(QStringLiteral("mine.pdf"));
    test::buttonNamed(*dashboard, QStringLiteral("Export PDF…"))->click();
    test::buttonNamed(*dashboard, QStringLiteral("Export PDF…"))->click();
    CHECK(answers.suggested.last() ==
          QDir(reports).filePath(QStringLiteral("onboarding-%1.pdf").arg(today)));

    // Every kind starts where the last save went (hostile tester #5: not one folder per
    // kind), each with its own name: the table's CSV, the charts' PNG, a dated backup.
    answers.answer.clear();
    test::buttonNamed(*dashboard, QStringLiteral("Export CSV…"))->click();
    CHECK(answers.suggested.last() ==
          QDir(reports).filePath(QStringLiteral("onboarding-stuck-%1.csv").arg(today)));
    test::buttonNamed(*dashboard, QStringLiteral("Charts as PNG…"))->click();
    CHECK(answers.suggested.last() ==
          QDir(reports).filePath(QStringLiteral("onboarding-charts-%1.png").arg(today)));
    test::triggerMenu(window, QStringLiteral("&Back up…"));
    CHECK(answers.suggested.last() ==
          QDir(reports).filePath(QFileInfo(path).fileName() +
                                 QStringLiteral(".%1.backup.sqlite").arg(today)));

    // Export this list: named after the list shown.
    window.showView(MainWindow::View::Tickets);
    test::triggerMenu(window, QStringLiteral("Export this &list…"));
    CHECK(QFileInfo(answers.suggested.last()).fileName() == QStringLiteral("tickets.csv"));

    // The folder is remembered across windows (QSettings), and a folder since removed is not
    // offered.
    CHECK(SaveDialogs::lastFolder() == reports);
    QDir(reports).removeRecursively();
    CHECK(SaveDialogs::lastFolder() == QDir::homePath());
}
