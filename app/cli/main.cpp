// funneldesk-cli: the headless front end. Parses the global options, picks the command
// and hands it its arguments; every command is a thin wiring of core functions.
#include "CliContext.h"
#include "CliHints.h"
#include "Commands.h"

#include "common/DataLocation.h"
#include "common/DateTimeText.h"
#include "common/HeapPages.h"
#include "common/Location.h"
#include "common/OutputFile.h"
#include "common/ProcessPrivacy.h"
#include "common/Translations.h"
#include "common/VisibleText.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <optional>
#include <string_view>

using namespace fd::cli;

namespace {

struct Command {
    const char* name;
    int (*run)(CliContext&);
    const char* synopsis;
    // Works on a PostgreSQL server as well as on a file (issue 16); the others say in one
    // sentence that they work on a file only.
    bool onServer = false;
    // The subcommands that read or write in bulk, space-separated ("*": the command itself), which
    // start again with their heap in huge pages (common/HeapPages.h): those that took 5,000 page
    // faults or more on data set L. Starting again costs about 25 ms and 700 faults, so the others
    // run as they are: `report flow` (2,000 faults) went from 0.05-0.08 to 0.08-0.11 s and `stats`
    // (3,000-3,800) from 0.10 to 0.16 s when every command started again, while `stages recompute`
    // (35,000) went from 0.97-1.52 to 0.65-1.25 s (docs/PERFORMANCE.md, "Huge pages for the heap").
    // A later word that only looks like a subcommand (`--out health`) costs those 25 ms, no more.
    const char* inBulk = nullptr;
};

constexpr Command kCommands[] = {
    {"init", init, "init", true},
    {"generate", generate, "generate --customers N --tickets N --touchpoints N [--seed S]", true,
     "*"},
    {"add", add, "add customer|contact|ticket|touchpoint|agent [options]", true},
    {"show", show, "show customer|ticket ID [--format json|table]", true},
    {"stages", stages,
     "stages recompute [--as-of DATE] [--dry-run] | explain ID | set ID STAGE --reason TEXT "
     "[--pin|--unpin] | preview --rule KEY.PARAM=VALUE ... | rules [--set KEY.PARAM=VALUE]",
     true, "recompute preview"},
    {"health", health, "health recompute [--dry-run] | explain ID | preview --set KEY=VALUE ...",
     true, "recompute preview"},
    {"tasks", tasks,
     "tasks list [--mine | --agent AGENT] [--overdue] [--limit N] | done ID [--agent AGENT] | ics "
     "--out FILE [--all] [--agent AGENT]",
     true},
    {"plans", plans, "plans list | set STAGE [DAYS:KIND:TITLE | every DAYS:KIND:TITLE ...]", true},
    {"playbooks", playbooks,
     "playbooks list | preview [--set KEY=LINE ...] [--days N] [--customers]", true},
    {"settings", settings, "settings list [--saved] | set KEY=VALUE ...", true},
    {"import", importData,
     "import customers|tickets|touchpoints FILE.csv [--map FIELD=COLUMN ...] [--date-format FMT] "
     "[--dry-run] [--skip-invalid --rejects FILE.csv] [--progress]",
     true, "*"},
    {"export", exportData,
     "export customers|tickets|touchpoints|transitions [--stage S] [--from DATE] [--to DATE] "
     "[--out FILE|-] [--bom]",
     true, "*"},
    {"report", report,
     "report funnel|onboarding|post-sales|retention|advocacy|flow|at-risk|health [--from DATE] "
     "[--to DATE] [--format csv|table|json] [--out FILE|-]",
     true, "onboarding post-sales retention at-risk health"},
    {"stats", stats, "stats", true},
    {"check", check, "check", true, "*"},
    {"backup", backup, "backup OUT.sqlite"},
    {"restore", restore, "restore FROM.sqlite", false, "*"},
    {"migrate", migrate, "migrate --to FILE.sqlite|URI [--progress]", true, "*"},
    {"team", team,
     "team add --login LOGIN (--name NAME --role rep|manager | --agent ID|NAME [--role R]) "
     "[--password-file FILE | --no-password] | list [--all] | disable LOGIN | enable LOGIN",
     true},
    {"audit", audit,
     "audit [--customer ID | --ticket ID] [--from DATE] [--to DATE] [--format csv|json|table]",
     true},
};

// Whether the command named in `argv` reads or writes in bulk (Command::inBulk), read before
// anything else: --db and its value are skipped, and the first other word names the command;
// any later word may name its subcommand. A word that names no command answers no.
bool commandInBulk(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if (arg == "--db") {
            ++i;
            continue;
        }
        if (arg.starts_with("--db="))
            continue;
        for (const Command& command : kCommands) {
            if (arg != command.name)
                continue;
            if (!command.inBulk)
                return false;
            for (std::string_view rest = command.inBulk; !rest.empty();) {
                const std::size_t space = std::min(rest.find(' '), rest.size());
                const std::string_view bulk = rest.substr(0, space);
                rest.remove_prefix(std::min(space + 1, rest.size()));
                if (bulk == "*" || std::find(argv + i + 1, argv + argc, bulk) != argv + argc)
                    return true;
            }
            return false;
        }
        return false;
    }
    return false;
}

int fail(QTextStream& err, const QString& sentence)
{
    err << fd::visibleText(sentence) << Qt::endl; // a --db or FUNNELDESK_DB value may hold anything
    return UserError;
}

// What to do instead of a file-only command on a server, in one sentence (reviewer: restore
// named pg_dump, which makes backups and restores none).
QString fileOnly(const QString& command, const QString& server)
{
    if (command == QLatin1String("backup"))
        return CliContext::
            tr("“%1” is a PostgreSQL server, and backup works on a FunnelDesk file only; back the "
               "server up with its own tools (pg_dump), or make a FunnelDesk file of it with "
               "`migrate --to COPY.sqlite`.")
                .arg(server);
    if (command == QLatin1String("restore"))
        return CliContext::
            tr("“%1” is a PostgreSQL server, and restore works on a FunnelDesk file only; a server "
               "is "
               "restored by its administrator from the server's own backups, and a FunnelDesk file "
               "goes into an empty server database with `funneldesk-cli --db FILE.sqlite migrate "
               "--to SERVER`.")
                .arg(server);
    return CliContext::tr("“%1” is a PostgreSQL server, and %2 works on a FunnelDesk file only.")
        .arg(server, command);
}

QString helpText()
{
    QString text =
        CliContext::tr("Usage: funneldesk-cli [--db PATH|URI] COMMAND [ARGS...]\n\n"
                       "FunnelDesk's command line: everything a manager scripts, headless.\n\n"
                       "Commands:\n");
    for (const Command& command : kCommands)
        text += QStringLiteral("  %1\n").arg(QLatin1String(command.synopsis));
    text += CliContext::tr("\nGlobal options:\n"
                           "  --db PATH     the database file (default: $FUNNELDESK_DB, else %1)\n"
                           "  --db URI      a PostgreSQL server: "
                           "postgresql://USER@HOST:PORT/DATABASE, or libpq's\n"
                           "                \"host=… dbname=…\"; the password comes from ~/.pgpass "
                           "or PGPASSWORD,\n"
                           "                or is asked on the terminal, and is never saved\n"
                           "  --help, -h    this help; COMMAND --help for a command's options\n"
                           "  --version     the program's version\n\n")
                .arg(fd::defaultDatabasePath());
    text += CliContext::exitCodeRule();
    return text;
}

// What was printed on standard output (help, version; commands use CliContext's) must have arrived:
// a full disk or a closed descriptor behind it is a failure (one sentence, exit 1), not a success
// that lost the output. A reader that went away (EPIPE, SIGPIPE being ignored) is not: nothing is
// said.
int finishStandardOutput(int code)
{
    errno = 0;
    const bool flushed = std::fflush(stdout) == 0;
    const int error = errno;
    if ((flushed && !std::ferror(stdout)) || error == EPIPE || code != Success)
        return code;
    const QString why = error != 0 ? QString::fromLocal8Bit(std::strerror(error))
                                   : CliContext::tr("an output error");
    QTextStream(stderr) << CliContext::tr("Writing to standard output failed: %1.").arg(why)
                        << Qt::endl;
    return UserError;
}

// Ctrl+C, a kill or a closed terminal: the temporary files being written are removed, then the
// signal's default action ends the program, so that its exit status still says which signal.
extern "C" void removeTemporariesAndDie(int signal)
{
    if (fd::TemporaryFiles::deferSignal(signal))
        return; // two writes that land together are under way: resume() raises it again
    fd::TemporaryFiles::removeAllFromSignalHandler();
    // The default action back; the signal, raised again, is held until this handler returns
    // (the three are blocked while it runs, so a second Ctrl+C cannot cut the removal short),
    // then ends the process.
    struct sigaction fallback = {};
    fallback.sa_handler = SIG_DFL;
    sigemptyset(&fallback.sa_mask);
    sigaction(signal, &fallback, nullptr);
    ::raise(signal);
}

void removeTemporariesOnSignals()
{
    for (const int signal : {SIGINT, SIGTERM, SIGHUP}) {
        struct sigaction old = {};
        if (sigaction(signal, nullptr, &old) == 0 && old.sa_handler == SIG_IGN)
            continue; // ignored by whoever started us (nohup, a background job): left so
        struct sigaction action = {};
        action.sa_handler = &removeTemporariesAndDie;
        sigemptyset(&action.sa_mask);
        for (const int blocked : {SIGINT, SIGTERM, SIGHUP})
            sigaddset(&action.sa_mask, blocked);
        sigaction(signal, &action, nullptr);
    }
}

// The sentence for the first argument that is not valid UTF-8, the encoding Qt reads every
// argument in on Unix: its bad bytes would become U+FFFD and be stored so, silently (issue 19,
// hostile pass: `add ticket --subject $'\xff'`). It names the argument by its place and the
// option it is the value of; its text is not shown, as it may be a password.
std::optional<QString> invalidArgument(int argc, char* argv[])
{
    QString previous; // the argument before, when it is an option ("--subject")
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView bytes(argv[i]);
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = utf8(bytes);
        if (!utf8.hasError()) {
            previous = text.startsWith(QLatin1Char('-')) ? text : QString();
            continue;
        }
        const qsizetype equals = bytes.indexOf('=');
        if (bytes.startsWith("--") && equals > 2 &&
            QUtf8StringView(bytes.first(equals)).isValidUtf8())
            return CliContext::tr("Argument %1, the value of %2, is not valid UTF-8 text; type it "
                                  "again in UTF-8 (nothing was changed).")
                .arg(i)
                .arg(QString::fromUtf8(bytes.first(equals)));
        if (!previous.isEmpty() && !previous.contains(QLatin1Char('=')))
            return CliContext::tr("Argument %1, the one after %2, is not valid UTF-8 text; type "
                                  "it again in UTF-8 (nothing was changed).")
                .arg(i)
                .arg(previous);
        return CliContext::tr(
                   "Argument %1 is not valid UTF-8 text; type it again in UTF-8 (nothing was "
                   "changed).")
            .arg(i);
    }
    return std::nullopt;
}

// --db may stand anywhere before a lone "--"; it is taken out of `args` before the command
// parses, its value into `databasePath` (`databaseGiven`: it was there). The sentence of the
// usage error when it is given wrong.
std::optional<QString> takeDatabaseOption(QStringList& args, QString& databasePath,
                                          bool& databaseGiven)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (arg == QLatin1String("--"))
            break;
        if (arg == QLatin1String("--db")) {
            if (i + 1 >= args.size())
                return CliContext::tr("--db needs a file name or a server address.");
            if (databaseGiven && databasePath != args.at(i + 1))
                return CliContext::tr("--db is given more than once (“%1” and “%2”); give it once.")
                    .arg(fd::Location::masked(databasePath), fd::Location::masked(args.at(i + 1)));
            databasePath = args.at(i + 1);
            databaseGiven = true;
            args.remove(i, 2);
            --i;
        } else if (arg.startsWith(QLatin1String("--db="))) {
            if (databaseGiven && databasePath != arg.mid(5))
                return CliContext::tr("--db is given more than once (“%1” and “%2”); give it once.")
                    .arg(fd::Location::masked(databasePath), fd::Location::masked(arg.mid(5)));
            databasePath = arg.mid(5);
            databaseGiven = true;
            args.remove(i);
            --i;
        }
    }
    return std::nullopt;
}

} // namespace

int main(int argc, char* argv[])
{
    // First: a command that works in bulk starts again, with glibc's malloc in huge pages.
    if (commandInBulk(argc, argv))
        fd::startWithHugePageHeap(argv);
    fd::keepFilesPrivate(); // then: all it creates is the user's only, whatever the umask
    fd::readLocalZoneOnce();
    // A closed pipe is a failed write (EPIPE) that the writers treat as the reader's choice,
    // not a signal that kills the process halfway.
    std::signal(SIGPIPE, SIG_IGN);
    removeTemporariesOnSignals();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("funneldesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FUNNELDESK_VERSION));
    // Sentences for people in the system's language (LANG, LANGUAGE), as the window's;
    // CSV, JSON and .ics keep their fixed formats (common/Translations.h).
    fd::installTranslations();
    // Core's sentences name no flag; the command line adds its own (common/FrontEndHints.h).
    CliHints::install();

    if (const auto invalid = invalidArgument(argc, argv)) {
        QTextStream err(stderr);
        return fail(err, *invalid); // before anything is opened: nothing is written
    }
    QStringList args = QCoreApplication::arguments().mid(1);
    fd::hidePasswordsInArguments(argc, argv); // read: ps shows no password from here on
    QTextStream out(stdout);
    QTextStream err(stderr);
    auto usageError = [&](const QString& sentence) {
        err << fd::visibleText(sentence) << Qt::endl
            << CliContext::tr("Try “funneldesk-cli --help”.") << Qt::endl;
        return UsageError;
    };

    QString databasePath;
    bool databaseGiven = false;
    if (const auto wrong = takeDatabaseOption(args, databasePath, databaseGiven))
        return usageError(*wrong);
    if (databaseGiven && databasePath.isEmpty())
        return usageError(CliContext::tr("--db needs a file name or a server address."));
    if (!databaseGiven)
        databasePath = fd::defaultDatabasePath();
    // A path is a file; a postgresql:// URI or a libpq key=value string is a server.
    auto database = fd::Location::parse(databasePath);
    if (!database)
        return usageError(database.error());

    if (args.isEmpty())
        return usageError(CliContext::tr("No command given."));
    const QString first = args.takeFirst();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("help")) {
        out << helpText();
        out.flush();
        return finishStandardOutput(Success);
    }
    if (first == QLatin1String("--version")) {
        out << "funneldesk-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return finishStandardOutput(Success);
    }
    for (const Command& command : kCommands) {
        if (first == QLatin1String(command.name)) {
            if (database->isServer() && !command.onServer)
                return finishStandardOutput(
                    fail(err, fileOnly(QLatin1String(command.name), database->display())));
            CliContext context(*database, args);
            context.setDefaultLocation(!databaseGiven &&
                                       qEnvironmentVariableIsEmpty("FUNNELDESK_DB"));
            return context.finishOutput(command.run(context));
        }
    }
    if (first.startsWith(QLatin1Char('-')))
        return usageError(CliContext::tr("Unknown option “%1”.").arg(first));
    return usageError(CliContext::tr("Unknown command “%1”.").arg(first));
}
