// Issue 15, second round: tests for two fixes of c127588 that had none. The customer pane's
// Move… offers the other stages with the next one chosen (CustomerDetail::openMoveDialog);
// a dashboard table cell with no value reads "—" in the window and its PDF, and stays empty
// in CSV (core metrics/CellText).
#include "MainWindow.h"
#include "metrics/DashboardMetrics.h"
#include "ui/ExportsSupport.h"
#include "views/CustomerDetail.h"
#include "views/CustomersView.h"
#include "views/DashboardView.h"

#include "support/TestSupport.h"
#include "support/UiTestSupport.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace fd;

namespace {

// The id of an active customer in `stage` (a key, "onboarding"), read on a read-only connection.
qint64 customerIn(const QString& path, const char* stage)
{
    auto db = test::openDatabase(path, Database::Access::ReadOnly);
    auto q =
        db->query(std::string("SELECT id FROM customer WHERE status = 'active' AND stage = '") +
                  stage + "' ORDER BY id LIMIT 1");
    REQUIRE(q->step());
    return q->int64(0);
}

struct MoveChoices {
    QStringList items;
    QString chosen;
    QString hint; // shown when nothing is chosen
};

// Opens Move… on the customer pane, reads the stage list and the chosen stage, saves a
// screenshot as `shot` and cancels.
MoveChoices moveChoices(CustomersView& customers, const QString& shot)
{
    MoveChoices seen;
    bool done = false;
    QTimer::singleShot(0, [&] {
        QTest::qWait(100);
        // CHECK, not REQUIRE: an exception must not cross Qt's event loop.
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        CHECK(dialog);
        auto* stage = dialog ? dialog->findChild<QComboBox*>() : nullptr;
        CHECK(stage);
        if (!stage) {
            if (dialog)
                dialog->reject();
            done = true;
            return;
        }
        for (int i = 0; i < stage->count(); ++i)
            seen.items << stage->itemText(i);
        seen.chosen = stage->currentText();
        seen.hint = stage->placeholderText();
        test::screenshot(*dialog, shot);
        dialog->reject();
        done = true;
    });
    test::buttonNamed(*customers.detail(), QObject::tr("Move…"))->click();
    REQUIRE(QTest::qWaitFor([&] { return done; }, 5000));
    return seen;
}

} // namespace

TEST_CASE(
    "Move… offers every stage but the customer's own, the next one chosen, and none after Advocacy",
    "[ui][words][move]")
{
    test::Scratch scratch;
    const QString path = test::demoFile(scratch, QStringLiteral("move.sqlite"), 300, 200, 300);
    test::rememberFirstAgent(path);
    MainWindow window(test::openDatabase(path));
    window.resize(1024, 768);
    window.show();
    window.showView(MainWindow::View::Customers);
    auto* customers = qobject_cast<CustomersView*>(window.viewWidget(MainWindow::View::Customers));
    REQUIRE(customers);

    const QStringList all{displayName(Stage::Onboarding), displayName(Stage::PostSales),
                          displayName(Stage::Retention), displayName(Stage::Advocacy)};
    auto [stage, key, next] = GENERATE(table<Stage, const char*, QString>({
        {Stage::Onboarding, "onboarding", displayName(Stage::PostSales)},
        {Stage::Retention, "retention", displayName(Stage::Advocacy)},
        // The last stage has no next: nothing is chosen (and Move stays off until the rep picks).
        {Stage::Advocacy, "advocacy", QString()},
    }));
    CAPTURE(key);
    customers->selectCustomer(customerIn(path, key));
    QTest::qWait(100);
    const MoveChoices seen =
        moveChoices(*customers, QStringLiteral("move-from-") + QLatin1String(key));
    QStringList others = all;
    others.removeAll(displayName(stage));
    CHECK(seen.items == others);
    CHECK(seen.chosen == next);
    if (next.isEmpty()) // nothing chosen: the box says what to do, not blank
        CHECK_FALSE(seen.hint.isEmpty());
}

TEST_CASE(
    "A dashboard cell with no value reads — in the window and the PDF, and stays empty in CSV",
    "[ui][words][novalue]")
{
    test::Scratch scratch;
    const QString path = test::demoFile(scratch, QStringLiteral("novalue.sqlite"), 200, 400, 600);
    auto db = test::openDatabase(path);
    const FixedClock clock(test::testNow());
    DashboardView view(*db, clock, {QStringLiteral("funnel"), QStringLiteral("flow")},
                       std::nullopt);
    view.resize(1280, 800);
    static_cast<QWidget&>(view).show();
    REQUIRE(QTest::qWaitFor([&] { return view.isReady(); }, 20000));

    // Core's funnel row for Advocacy: no conversion (no next stage), an empty cell.
    const ReportTable* funnel = view.report().table(QStringLiteral("funnel"));
    REQUIRE(funnel);
    const int conversion =
        static_cast<int>(funnel->columns.indexOf(DashboardMetrics::tr("conversion %")));
    REQUIRE(conversion > 0);
    const auto advocacy =
        std::find_if(funnel->rows.begin(), funnel->rows.end(), [](const QStringList& row) {
            return row.value(0) == QLatin1String("advocacy");
        });
    REQUIRE(advocacy != funnel->rows.end());
    REQUIRE(advocacy->value(conversion).isEmpty());
    const int row = static_cast<int>(advocacy - funnel->rows.begin());

    SECTION("the window's table shows —")
    {
        auto* shown = view.findChild<QTableWidget*>(QStringLiteral("funnel"));
        REQUIRE(shown);
        REQUIRE(shown->item(row, 0));
        CHECK(shown->item(row, 0)->text() == displayName(Stage::Advocacy));
        REQUIRE(shown->item(row, conversion));
        CHECK(shown->item(row, conversion)->text() == QStringLiteral("—"));
    }
    SECTION("the PDF's funnel row has — where the window has it")
    {
        const QString pdf = scratch.file(QStringLiteral("novalue.pdf"));
        REQUIRE(view.exportPdf(pdf));
        const QString text = test::pdfText(pdf);
        if (text.isEmpty()) {
            WARN("pdftotext is not installed (packaging/dev.sh installs poppler-utils): the PDF's "
                 "text is not read");
            return;
        }
        // Advocacy, customers, at start, entered, moved on, then the conversion: "—", not a blank.
        const QRegularExpression line(
            QStringLiteral("^\\s*Advocacy\\s+\\d+\\s+\\d+\\s+\\d+\\s+\\d+\\s+—\\s"),
            QRegularExpression::MultilineOption);
        CAPTURE(text);
        CHECK(text.contains(line));
    }
    SECTION("the CSV of the table keeps the empty value")
    {
        const QString csv = scratch.file(QStringLiteral("funnel.csv"));
        REQUIRE(view.exportTable(QStringLiteral("funnel"), csv, false));
        QFile file(csv);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(file.readAll()).split(QRegularExpression(QStringLiteral("\r?\n")));
        QStringList cells;
        for (const QString& l : lines) {
            if (l.startsWith(QLatin1String("advocacy,")))
                cells = l.split(QLatin1Char(','));
        }
        REQUIRE(cells.size() == funnel->columns.size());
        CHECK(cells.at(conversion).isEmpty());
        CHECK_FALSE(lines.join(QLatin1Char('\n')).contains(QStringLiteral("—")));
    }
}
