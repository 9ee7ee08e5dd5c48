// The Catch2 main shared by every test executable: it creates the Qt application object
// (a QApplication when the suite tests widgets) before any test runs.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QtGlobal>

#include <ctime>

#ifdef FUNNELDESK_TEST_WIDGETS
#include <QApplication>
#include <QStandardPaths>
#endif

int main(int argc, char* argv[])
{
    // Every test runs in a fixed zone, so local-time day counts do not depend on the machine.
    qputenv("TZ", "Europe/Berlin");
    tzset();
    qunsetenv("FUNNELDESK_DB");
#ifdef FUNNELDESK_TEST_WIDGETS
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Remembered window layouts go to a test folder, never the user's settings.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FunnelDeskTests"));
#else
    QCoreApplication app(argc, argv);
#endif
    return Catch::Session().run(argc, argv);
}
