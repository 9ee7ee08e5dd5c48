// funneldesk: the GUI. Parses the command line, opens the database and shows the window.
#include "common/Translations.h"
#include "MainWindow.h"
#include "OpenDatabase.h"

#include "common/Clock.h"
#include "common/DataLocation.h"
#include "common/DateTimeText.h"
#include "common/HeapPages.h"
#include "common/Location.h"
#include "common/OutputFile.h"
#include "common/ProcessPrivacy.h"
#include "models/Formatting.h"
#include "service/Maintenance.h"
#include "service/Session.h"
#include "views/SettingsDialog.h"
#include "views/WelcomeDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <optional>

#include <cstdio>
#include <functional>
#include <memory>

#include <unistd.h>

namespace {

// Milliseconds since the process started (not since main): the kernel's start time of
// this process against the machine's uptime, both from /proc.
qint64 msSinceProcessStart(qint64 fallback)
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return fallback;
    const QByteArray statLine = stat.readAll();
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const QList<QByteArray> fields = statLine.mid(statLine.lastIndexOf(')') + 2).split(' ');
    const double upSeconds = uptime.readAll().split(' ').value(0).toDouble();
    const long ticks = sysconf(_SC_CLK_TCK);
    if (fields.size() < 20 || ticks <= 0)
        return fallback;
    const double startSeconds = fields.at(19).toDouble() / static_cast<double>(ticks);
    return static_cast<qint64>((upSeconds - startSeconds) * 1000.0);
}

// The process's resident set now (VmRSS), for the memory target of the lists.
long long residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() / 1024;
    }
    return -1;
}

// Replaces a window with one on another file or server (File → Open, Open recent, Connect to
// server…): `opened` when the database is open already (Connect to server… opened it), else
// `other` is opened here.
std::function<void(fd::MainWindow*, const QString& other, fd::OwnedDatabase opened)>
    openInNewWindow;

// A window's requests to open something else go to openInNewWindow.
void followRequests(fd::MainWindow* window)
{
    QObject::connect(window, &fd::MainWindow::openRequested, window,
                     [window](const QString& p) { openInNewWindow(window, p, nullptr); });
    QObject::connect(window, &fd::MainWindow::connected, window, [window](const QString& key) {
        openInNewWindow(window, key, window->takeConnected());
    });
}

// --help and --version need no display: they are answered before the GUI starts.
std::optional<int> answerWithoutDisplay(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--version" || arg == "-v") {
            std::printf("funneldesk %s\n", FUNNELDESK_VERSION);
            return 0;
        }
        if (arg == "--help" || arg == "-h") {
            std::printf(
                "Usage: funneldesk [--db DATABASE | PATH] [--view NAME] [--screenshot OUT.png]\n"
                "FunnelDesk helpdesk.\n\n"
                "  --db DATABASE         a SQLite file's path, or a PostgreSQL server as a URI\n"
                "                        (postgresql://user@host:port/database) or as libpq\n"
                "                        key=value pairs (\"host=db dbname=funneldesk\"); leave\n"
                "                        the password out: it is asked for, or read from\n"
                "                        ~/.pgpass or PGPASSWORD. One given here is taken, and\n"
                "                        blanked out of the command line that ps shows\n"
                "  PATH                  a SQLite file (a file manager passes it alone)\n"
                "  --view NAME           start on overview, onboarding, post-sales, retention,\n"
                "                        advocacy, customers, tickets or tasks; settings opens\n"
                "                        Tools → Settings… over the overview\n"
                "  --screenshot OUT.png  render the window, save it as a PNG and exit\n"
                "  -v, --version         print the version\n\n"
                "Environment:\n"
                "  FUNNELDESK_DB         used when neither --db nor PATH is given; the same\n"
                "                        forms as --db\n");
            return 0;
        }
    }
    return std::nullopt;
}

// openInNewWindow's work: `current` closes once the window on `other` shows.
void replaceWindow(fd::MainWindow* current, const QString& other, fd::OwnedDatabase next)
{
    if (!next) {
        QString why;
        bool stopped = false;
        next = fd::openDatabaseForWindow(other, why, current, &stopped);
        if (!next) {
            if (!stopped) // Cancel in the password dialog: nothing to say
                QMessageBox::warning(current, QStringLiteral("FunnelDesk"), why);
            return;
        }
    }
    auto* replacement = new fd::MainWindow(std::move(next), fd::Clock::system());
    replacement->setAttribute(Qt::WA_DeleteOnClose);
    fd::MainWindow::rememberFile(other);
    followRequests(replacement);
    replacement->show();
    current->close();
}

// --screenshot OUT: once the view shows its data, the window (or the settings dialog over it)
// saved as a PNG, and the program ends.
void saveScreenshotWhenReady(fd::MainWindow* window, const QString& out, const QString& path,
                             const QElapsedTimer& sinceMain,
                             const QPointer<fd::SettingsDialog>& settings, bool settingsView)
{
    // Once the view shows its data: a dashboard counts in the background first.
    auto* poll = new QTimer(window);
    poll->setInterval(10);
    QObject::connect(
        poll, &QTimer::timeout, window,
        [window, out, path, &sinceMain, poll, settings, settingsView] {
            if (!window->isCurrentViewReady() || (settings && !settings->previewsSettled()))
                return;
            poll->stop();
            // Laid out as a person would first see it: the data's widgets get their
            // geometry from the events queued with them.
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QCoreApplication::processEvents();
            // --view settings: the dialog, over the window (a rep's: the window and its refusal).
            const QPixmap picture = settingsView && settings ? settings->grab() : window->grab();
            std::printf("painted in %lld ms\n", msSinceProcessStart(sinceMain.elapsed()));
            std::printf("resident memory %lld MB\n", residentMegabytes());
            // Through OutputFile: whole or not at all, never over the open database.
            const fd::Status saved = fd::OutputFile::writeWhole(
                out, {fd::OutputFile::openDatabase(path)},
                [&picture](QIODevice& device) -> fd::Status {
                    if (!picture.save(&device, "PNG"))
                        return fd::failure(
                            QStringLiteral("The screenshot could not be encoded as PNG."));
                    return {};
                });
            if (!saved)
                std::fprintf(stderr, "%s\n", qPrintable(saved.error()));
            QApplication::exit(saved ? 0 : 1);
        });
    poll->start();
}

// The GUI's options.
struct GuiOptions {
    QCommandLineOption db;
    QCommandLineOption screenshot;
    QCommandLineOption view;
};

GuiOptions guiOptions()
{
    return {QCommandLineOption(
                QStringLiteral("db"),
                QApplication::translate("main", "A SQLite file's path, or a PostgreSQL server as a "
                                                "postgresql:// URI or libpq key=value pairs."),
                QStringLiteral("DATABASE")),
            QCommandLineOption(
                QStringLiteral("screenshot"),
                QApplication::translate("main", "Render the window, save it as a PNG and exit."),
                QStringLiteral("OUT.png")),
            QCommandLineOption(
                QStringLiteral("view"),
                QApplication::translate(
                    "main", "Start on a view: overview, onboarding, post-sales, "
                            "retention, advocacy, customers, tickets or tasks; settings opens "
                            "the Settings dialog."),
                QStringLiteral("NAME"))};
}

// The command line into `parser`: the exit code when it is answered (--help, --version) or wrong.
std::optional<int> parseCommandLine(QCommandLineParser& parser, const GuiOptions& options)
{
    parser.setApplicationDescription(QApplication::translate("main", "FunnelDesk helpdesk"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({options.db, options.screenshot, options.view});
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 QApplication::translate("main", "The database, as --db DATABASE."),
                                 QStringLiteral("[PATH]"));
    if (!parser.parse(QApplication::arguments())) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("funneldesk %s\n", FUNNELDESK_VERSION);
        return 0;
    }
    return std::nullopt;
}

// The database to open, into `path`: --db or PATH, else FUNNELDESK_DB, else the last file
// opened, else the default location (on the very first start, the rep's choice). The exit
// code when the program ends instead.
std::optional<int> chooseDatabase(const QCommandLineParser& parser, const GuiOptions& options,
                                  QString& path)
{
    // A file named alone (`funneldesk FILE`, as the file manager's Open does: the .desktop
    // file's %f) is --db's: opened, or refused, the same way.
    const QStringList named = parser.positionalArguments();
    if (named.size() > 1 || (named.size() == 1 && parser.isSet(options.db))) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QApplication::translate(
                         "main", "FunnelDesk opens one database at a time; name it "
                                 "once, as --db DATABASE or as PATH alone.")));
        return 2;
    }
    // --db or PATH, else FUNNELDESK_DB, else the last file opened, else the default location.
    path = parser.isSet(options.db) ? parser.value(options.db)
           : !named.isEmpty()       ? (named.constFirst().startsWith(QLatin1String("file:"))
                                           ? QUrl(named.constFirst()).toLocalFile()
                                           : named.constFirst())
                                    : qEnvironmentVariable("FUNNELDESK_DB");
    if (path.isEmpty()) {
        const QStringList recent = fd::MainWindow::recentFiles();
        path = recent.isEmpty() ? fd::defaultDatabasePath() : recent.constFirst();
        // The very first start: nothing to reopen, so the rep chooses what to open.
        if (recent.isEmpty() && !QFileInfo::exists(path) && !parser.isSet(options.screenshot)) {
            fd::WelcomeDialog welcome(
                path, QFileInfo(path).absoluteDir().filePath(QStringLiteral("demo.sqlite")),
                fd::Clock::system());
            if (welcome.exec() != QDialog::Accepted)
                return 0;
            path = welcome.path();
        }
        // FunnelDesk's own folder may be made; Database::open() creates no folder a user named.
        if (path == fd::defaultDatabasePath())
            QDir().mkpath(QFileInfo(path).absolutePath());
    }
    return std::nullopt;
}

// A damaged file with an automatic backup beside it: offer to put the backup back, and open
// it into `db` (`problem`: why it did not open, or why the backup could not go back). Only for
// damage (Error::Kind::Damaged): a file that is locked, newer, read-only or unreadable is
// whole, and putting an older backup in its place would lose its newest data. No is the
// default: Return never replaces a file.
void offerBackup(const QString& path, const fd::Location& where, QString& problem,
                 fd::Error::Kind kind, fd::OwnedDatabase& db)
{
    if (kind != fd::Error::Kind::Damaged)
        return;
    const QStringList backups =
        where.isFile() ? fd::service::Maintenance::rollingBackups(path) : QStringList();
    if (QFileInfo::exists(path) && !backups.isEmpty()) {
        const QString when = fd::shortDateTime(QFileInfo(backups.last()).lastModified().toUTC());
        const auto answer = QMessageBox::question(
            nullptr, QStringLiteral("FunnelDesk"),
            QApplication::translate(
                "main",
                "%1\n\nRestore the automatic backup of %2? The damaged file is kept beside it.")
                .arg(problem, when),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer == QMessageBox::Yes) {
            auto aside = fd::service::Maintenance::replaceWithBackup(path, backups.last());
            if (!aside)
                problem = aside.error();
            else
                db = fd::openDatabaseForWindow(path, problem);
        }
    }
}

// Why nothing opens: on stderr, and in a dialog unless a screenshot was asked for. Exit code 1.
int refuse(const QString& why, bool screenshot)
{
    std::fprintf(stderr, "%s\n", qPrintable(why));
    if (!screenshot)
        QMessageBox::critical(nullptr, QStringLiteral("FunnelDesk"), why);
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    fd::keepFilesPrivate(); // first: all it creates is the user's only, whatever the umask
    QElapsedTimer sinceMain;
    sinceMain.start();
    fd::readLocalZoneOnce();
    Q_INIT_RESOURCE(resources); // the icons live in the static ui library
    if (auto answered = answerWithoutDisplay(argc, argv))
        return *answered;
    fd::startWithHugePageHeap(argv); // may start again: malloc in huge pages (common/HeapPages.h)
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("funneldesk"));
    QApplication::setOrganizationName(QStringLiteral("FunnelDesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("FunnelDesk"));
    fd::installTranslations(); // the system's language (LANG, LANGUAGE): "1 customer"
    QApplication::setApplicationVersion(QStringLiteral(FUNNELDESK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/funneldesk.svg")));

    QCommandLineParser parser;
    const GuiOptions options = guiOptions();
    const QCommandLineOption& screenshotOption = options.screenshot;
    const QCommandLineOption& viewOption = options.view;
    if (auto answered = parseCommandLine(parser, options))
        return *answered;
    fd::hidePasswordsInArguments(argc, argv); // read: ps shows no password from here on

    QString path;
    if (auto stop = chooseDatabase(parser, options, path))
        return *stop;
    // A postgresql:// URI or a libpq key=value string names a server (issue 16), never a file
    // to create; text libpq cannot read is refused here.
    const auto where = fd::Location::parse(path);
    if (!where)
        return refuse(where.error(), parser.isSet(screenshotOption));
    QString problem;
    bool cancelled = false;
    fd::Error::Kind problemKind = fd::Error::Kind::Other;
    auto db = fd::openDatabaseForWindow(path, problem, nullptr, &cancelled, &problemKind);
    if (cancelled)
        return 0; // Cancel in the password dialog: as Cancel in the first start's choice
    if (!db && !parser.isSet(screenshotOption))
        offerBackup(path, *where, problem, problemKind, db);
    if (!db)
        return refuse(problem, parser.isSet(screenshotOption));

    std::optional<fd::MainWindow::View> view;
    const bool settingsView = parser.value(viewOption) == QLatin1String("settings");
    if (parser.isSet(viewOption) && !settingsView) {
        view = fd::MainWindow::viewNamed(parser.value(viewOption));
        if (!view) {
            std::fprintf(stderr,
                         "“%s” is not a view; choose overview, onboarding, post-sales, "
                         "retention, advocacy, customers, tickets, tasks or settings.\n",
                         qPrintable(parser.value(viewOption)));
            return 2;
        }
    }
    auto* window = new fd::MainWindow(std::move(db),
                                      fd::Clock::system()); // the window's "now": the system clock
    window->setAttribute(Qt::WA_DeleteOnClose);
    fd::MainWindow::rememberFile(path);
    openInNewWindow = replaceWindow;
    followRequests(window);
    if (view)
        window->showView(*view);
    if (parser.isSet(screenshotOption))
        window->resize(1280, 800); // screenshots have one size, whatever was remembered
    window->show();
    QPointer<fd::SettingsDialog> settings;
    if (settingsView) {
        settings = window->openSettings(); // null, with the reason shown, for a rep
        if (settings && parser.isSet(screenshotOption))
            settings->resize(980, 680); // one size, like the window's
    }
    if (parser.isSet(screenshotOption))
        saveScreenshotWhenReady(window, parser.value(screenshotOption), path, sinceMain, settings,
                                settingsView);
    return QApplication::exec();
}
