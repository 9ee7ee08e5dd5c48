// The main window on a generated database: it shows the file's counts, and a screenshot
// is written for a person to look at.
#include "MainWindow.h"

#include "demo/Generator.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QLabel>
#include <QLocale>

using namespace fd;

TEST_CASE("The main window shows the database's counts", "[ui]")
{
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("ui.sqlite"));
    {
        auto db = test::openDatabase(path);
        GeneratorOptions options;
        options.customers = 120;
        options.tickets = 900;
        options.touchpoints = 4000;
        REQUIRE(Generator::run(*db, options, FixedClock(test::testNow())));
    }
    MainWindow window(test::openDatabase(path));
    window.show();

    QStringList texts;
    for (const QLabel* label : window.findChildren<QLabel*>())
        texts << label->text();
    const QLocale locale;
    CHECK(texts.contains(locale.toString(120)));
    CHECK(texts.contains(locale.toString(900)));
    CHECK(texts.contains(locale.toString(4000)));
    CHECK(texts.join(QLatin1Char(' ')).contains(QStringLiteral("ui.sqlite")));

    QDir().mkpath(QStringLiteral(FUNNELDESK_SCREENSHOT_DIR));
    const QString png = QStringLiteral(FUNNELDESK_SCREENSHOT_DIR "/main-window.png");
    REQUIRE(window.grab().save(png, "PNG"));
}
