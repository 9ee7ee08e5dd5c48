// The Catch2 main shared by every test executable: it creates the Qt application object
// (a QApplication when the suite tests widgets) before any test runs. Catch2's implementation is
// compiled once, in CatchImplementation.cpp.
#define CATCH_CONFIG_EXTERNAL_INTERFACES // Catch's TestEventListenerBase
#include <catch2/catch.hpp>

#include "support/CatchSession.h"

#include <QCoreApplication>
#include <QtGlobal>

#include <ctime>

#ifdef FUNNELDESK_TEST_WIDGETS
#include "common/Translations.h"
#include "HealthSweep.h"

#include <QApplication>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>

// Each test case starts with nothing remembered: a layout, a rep's name or a recent file
// left by another case would change what its windows show (a list's columns saved by one
// window at another size, say).
struct FreshSettings : Catch::TestEventListenerBase {
    using TestEventListenerBase::TestEventListenerBase;
    void testCaseStarting(const Catch::TestCaseInfo&) override { QSettings().clear(); }
};
CATCH_REGISTER_LISTENER(FreshSettings)

// The offscreen platform warns "This plugin does not support propagateSizeHints()" for every
// window shown: thousands of lines that bury a failing case's own output in the CI log (stop
// 31's "ui pg" failure could not be read there). Only that line is dropped.
QtMessageHandler g_nextHandler = nullptr;
void dropOffscreenNoise(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg &&
        message == QLatin1String("This plugin does not support propagateSizeHints()"))
        return;
    g_nextHandler(type, context, message);
}
#endif

int main(int argc, char* argv[])
{
    // Every test runs in a fixed zone, so local-time day counts do not depend on the machine.
    qputenv("TZ", "Europe/Berlin");
    tzset();
    // ... and in English, whatever the machine's language: the sentences the tests look for
    // are the catalogue's source, and the programs they start follow LANG and LANGUAGE
    // (common/Translations.h). A test of another language sets it on the process it starts.
    for (const char* name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LC_NUMERIC", "LC_TIME"})
        qunsetenv(name);
    qputenv("LANG", "C.UTF-8");
    qunsetenv("FUNNELDESK_DB");
#if defined(__SANITIZE_ADDRESS__)
    // The programs a test starts (funneldesk-cli 1,386 times in the CLI suite's SQLite pass
    // alone) skip AddressSanitizer's registration of globals. GCC 12 registers UBSan's check
    // records as globals too, 335,812 of the CLI's 350,943, and that took a start of the
    // sanitizer build from 0.05 to 0.12-0.17 s. This process read its options before main and
    // keeps its checks for overflows of globals (core's tests run all of core in their own
    // process); the programs it starts keep every other check (docs/PERFORMANCE.md, "CI's
    // test command, fifth round").
    if (const QByteArray asan = qgetenv("ASAN_OPTIONS"); !asan.contains("report_globals"))
        qputenv("ASAN_OPTIONS",
                asan.isEmpty() ? QByteArray("report_globals=0") : asan + ":report_globals=0");
#endif
#ifdef FUNNELDESK_TEST_WIDGETS
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The headless screen is a 1920 × 1080 desktop's, not offscreen's 800 × 600: a window
    // fits its screen (ui/WindowFit.h), so the screen decides the size a window opens at.
    QTemporaryDir screenDir;
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen") {
        QFile config(screenDir.filePath(QStringLiteral("screen.json")));
        if (config.open(QIODevice::WriteOnly) &&
            config.write(
                R"({"screens": [{"name": "desktop", "x": 0, "y": 0, "width": 1920, "height": 1080, )"
                R"("logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})") > 0 &&
            config.flush() &&
            // Readable by a test's child process under another user (setpriv).
            QFile::setPermissions(screenDir.path(), QFile::ReadOwner | QFile::WriteOwner |
                                                        QFile::ExeOwner | QFile::ReadOther |
                                                        QFile::ExeOther | QFile::ReadGroup |
                                                        QFile::ExeGroup) &&
            config.setPermissions(config.permissions() | QFile::ReadOther | QFile::ReadGroup))
            qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.fileName().toLocal8Bit());
    }
    g_nextHandler = qInstallMessageHandler(dropOffscreenNoise);
    QApplication app(argc, argv);
    // Remembered window layouts go to a folder of this process's own, never the user's
    // settings nor another test process's (CTest runs several side by side).
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("FunnelDeskTests"));
    fd::installPluralForms();             // as the window does
    fd::HealthSweep::setAutomatic(false); // HealthSweepTest runs its own
#else
    QCoreApplication app(argc, argv);
#endif
    return fd::test::runCatchSession(argc, argv);
}
