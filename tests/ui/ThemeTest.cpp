// Step 14, dark mode: the window follows the desktop's palette, as a dark Fusion or KDE theme
// sets it (QApplication::setPalette, which is what the platform theme does too, with or without
// QT_QPA_PLATFORMTHEME), also when the theme is switched while it runs; FunnelDesk's own colours
// (the stages, the SLA red, the charts) come in a light/dark pair picked by the background's
// lightness and keep a 3:1 contrast with it. The overview, the tickets list and a customer are
// saved in light and in dark as theme/NAME-light|dark-xSCALE.png (ctest runs the [sizes] tests
// again at scale factor 2) to be looked at.
#include "MainWindow.h"

#include "charts/BarChart.h"
#include "models/TicketTableModel.h"
#include "StageColors.h"
#include "support/UiTestSupport.h"
#include "views/CustomerDetail.h"
#include "views/CustomersView.h"
#include "views/TicketDetail.h"
#include "views/TicketsView.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPalette>
#include <QTableView>

#include <cmath>

using namespace fd;

namespace {

// A dark desktop's palette, as Fusion's dark scheme or KDE's Breeze Dark gives it.
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe8, 0xe8, 0xe8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::ToolTipBase, QColor(0x31, 0x36, 0x3b));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x33, 0x36, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x48, 0x4b, 0x51));
    p.setColor(QPalette::Midlight, QColor(0x3c, 0x3f, 0x44));
    p.setColor(QPalette::Mid, QColor(0x55, 0x58, 0x5e));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, QColor(0x10, 0x10, 0x10));
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
}

// The application's palette for the test's span, then the one before.
class PaletteGuard {
public:
    PaletteGuard() : m_before(QApplication::palette()) {}
    ~PaletteGuard() { QApplication::setPalette(m_before); }

private:
    QPalette m_before;
};

double luminance(const QColor& c)
{
    auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QString scaleTag()
{
    return QStringLiteral("x%1").arg(qApp->devicePixelRatio());
}

void shoot(QWidget& window, const QString& name, const QString& theme)
{
    QDir().mkpath(QStringLiteral(FUNNELDESK_SCREENSHOT_DIR "/theme"));
    test::screenshot(window, QStringLiteral("theme/") + name + QLatin1Char('-') + theme +
                                 QLatin1Char('-') + scaleTag());
}

} // namespace

TEST_CASE(
    "The stage colours, the SLA red and the band colours read on a light and on a dark background",
    "[ui][theme]")
{
    for (const QPalette& palette : {QPalette(Qt::white), darkPalette()}) {
        const QColor base = palette.color(QPalette::Base);
        INFO("dark " << isDark(palette));
        for (Stage stage :
             {Stage::Onboarding, Stage::PostSales, Stage::Retention, Stage::Advocacy}) {
            INFO(displayName(stage).toStdString()
                 << " " << stageColor(stage, palette).name().toStdString());
            CHECK(contrast(stageColor(stage, palette), base) >= 3.0);
            // A badge's words on the stage's colour.
            CHECK(contrast(textOn(stageColor(stage, palette)), stageColor(stage, palette)) >= 4.5);
        }
        INFO("problem " << problemColor(palette).name().toStdString());
        CHECK(contrast(problemColor(palette), base) >= 4.5); // text, not a bar: 4.5:1
        for (ScoreBand band : {ScoreBand::Healthy, ScoreBand::Watch, ScoreBand::AtRisk})
            CHECK(contrast(bandColor(band, palette), base) >= 3.0);
    }
    CHECK_FALSE(isDark(QPalette(Qt::white)));
    CHECK(isDark(darkPalette()));
    // A colour picked under one theme is the other's after a switch.
    CHECK(themed(stageColor(Stage::Retention, QPalette(Qt::white)), darkPalette()) ==
          stageColor(Stage::Retention, darkPalette()));
    CHECK(themed(problemColor(darkPalette()), QPalette(Qt::white)) ==
          problemColor(QPalette(Qt::white)));
}

TEST_CASE(
    "The overview, the tickets list and a customer in light and in dark, switched while running",
    "[ui][theme][sizes]")
{
    PaletteGuard guard;
    test::Scratch scratch;
    const QString path = test::demoFile(scratch, QStringLiteral("theme.sqlite"), 200, 600, 800);
    MainWindow window(test::openDatabase(path));
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    auto* tickets = qobject_cast<TicketsView*>(window.viewWidget(MainWindow::View::Tickets));
    auto* customers = qobject_cast<CustomersView*>(window.viewWidget(MainWindow::View::Customers));
    REQUIRE(tickets);
    REQUIRE(customers);

    auto shootAll = [&](const QString& theme) {
        window.showView(MainWindow::View::Overview);
        QTest::qWait(300);
        shoot(window, QStringLiteral("overview"), theme);
        window.showView(MainWindow::View::Tickets);
        // A breached ticket shown, so the SLA red is in the picture.
        const QAbstractItemModel* model = tickets->table()->model();
        int breached = 0;
        for (int r = 0; r < std::min(model->rowCount(), 200); ++r) {
            if (model->index(r, 0).data(TicketTableModel::BreachedRole).toBool()) {
                breached = r;
                break;
            }
        }
        tickets->table()->selectRow(breached);
        QTest::qWait(200);
        shoot(window, QStringLiteral("tickets"), theme);
        window.showView(MainWindow::View::Customers);
        customers->table()->selectRow(0);
        QTest::qWait(200);
        shoot(window, QStringLiteral("customer"), theme);
    };

    QApplication::setPalette(QPalette(QColor(0xef, 0xef, 0xef)));
    QTest::qWait(50);
    REQUIRE_FALSE(isDark(window.palette()));
    shootAll(QStringLiteral("light"));
    auto* badge = customers->detail()->findChild<QLabel*>();
    REQUIRE(badge);
    const QColor lightRed = problemColor();

    // The theme switched while the window is open: everything re-coloured.
    QApplication::setPalette(darkPalette());
    QTest::qWait(50);
    CHECK(isDark(window.palette()));
    CHECK(problemColor() != lightRed);
    shootAll(QStringLiteral("dark"));

    // The views' list on the left is dark too.
    for (QListWidget* list : window.findChildren<QListWidget*>()) {
        if (list->accessibleName() != QLatin1String("Views"))
            continue;
        const QImage picture = list->grab().toImage();
        INFO(list->styleSheet().toStdString()
             << " "
             << picture.pixelColor(picture.width() - 3, picture.height() - 3).name().toStdString());
        CHECK(picture.pixelColor(picture.width() - 3, picture.height() - 3).lightness() < 100);
    }
    // The ticket's SLA line names the dark theme's red.
    auto* slaLine = tickets->detail()->findChild<QLabel*>(QStringLiteral("slaLine"));
    REQUIRE(slaLine);
    CHECK_FALSE(slaLine->text().contains(lightRed.name()));
    // Every chart of the overview draws on the dark base with light words.
    window.showView(MainWindow::View::Overview);
    const auto charts = window.viewWidget(MainWindow::View::Overview)->findChildren<BarChart*>();
    CHECK_FALSE(charts.isEmpty());
    for (BarChart* chart : charts) {
        const QImage picture = chart->grab().toImage();
        const QColor corner = picture.pixelColor(3, 3);
        INFO("chart corner " << corner.name().toStdString());
        CHECK(corner.lightness() < 100);
    }
    // The SLA red of the list is the dark theme's, in words too ("breached … ago").
    const QAbstractItemModel* model = tickets->table()->model();
    for (int r = 0; r < std::min(model->rowCount(), 200); ++r) {
        const QModelIndex sla = model->index(r, TicketTableModel::SlaColumn);
        const QVariant brush = sla.data(Qt::ForegroundRole);
        if (!brush.isValid())
            continue;
        CHECK(brush.value<QBrush>().color() == problemColor());
        CHECK(sla.data().toString().contains(QStringLiteral("breached")));
    }
    // Every style sheet of ours names a colour of the dark theme, none of the light one's
    // problem red or note yellow.
    for (QWidget* w : window.findChildren<QWidget*>()) {
        if (!w->isVisible())
            continue; // a hidden notice catches up when shown (checked below)
        const QString sheet = w->styleSheet();
        INFO(w->metaObject()->className()
             << " " << w->objectName().toStdString() << ": " << sheet.toStdString());
        CHECK_FALSE(sheet.contains(lightRed.name()));
        CHECK_FALSE(sheet.contains(QStringLiteral("#fff4cc")));
        CHECK_FALSE(sheet.contains(QStringLiteral("#e0f2fe")));
    }

    // A notice hidden during the switch (another rep's change) is in the dark colours once shown.
    auto* conflict = customers->detail()->findChild<QLabel*>(QStringLiteral("customerConflict"));
    REQUIRE(conflict);
    window.showView(MainWindow::View::Customers);
    conflict->show();
    REQUIRE(conflict->isVisible());
    CHECK_FALSE(conflict->styleSheet().contains(QStringLiteral("#fff4cc")));
    conflict->hide();

    // And back to light.
    QApplication::setPalette(QPalette(QColor(0xef, 0xef, 0xef)));
    QTest::qWait(50);
    CHECK(problemColor() == lightRed);
}
