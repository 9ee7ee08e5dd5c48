#include "CancelOnSignal.h"
#include "CliContext.h"
#include "Commands.h"

#include "common/Clock.h"
#include "common/LeftoverFiles.h"
#include "common/OutputFile.h"
#include "demo/Generator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <functional>
#include <iterator>
#include <optional>
#include <unistd.h>

namespace fd::cli {

namespace {

// Registers a new database's temporary name, so that a signal outside CancelOnSignal's time
// (opening, the rename, a second Ctrl+C) removes it too; released when it goes.
class RegisteredTemporary {
public:
    explicit RegisteredTemporary(const QString& path) : m_handle(TemporaryFiles::add(path)) {}
    ~RegisteredTemporary() { TemporaryFiles::release(m_handle); }
    RegisteredTemporary(const RegisteredTemporary&) = delete;
    RegisteredTemporary& operator=(const RegisteredTemporary&) = delete;

private:
    int m_handle;
};

// Removes a database file that generate made, with whatever SQLite left beside it.
void removeDatabaseFile(const QString& path)
{
    for (const char* suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

// generate's options into `options`, checked (`showProgress`: --progress): the exit code of a
// bad use, or of a data set too big for this machine.
std::optional<int> readGenerateOptions(CliContext& context, GeneratorOptions& options,
                                       bool& showProgress)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption customers(
        QStringLiteral("customers"),
        CliContext::tr("Number of customers, 1 to %1 (default %2, or in proportion to --tickets or "
                       "--touchpoints).")
            .arg(GeneratorOptions::kMaxCustomers)
            .arg(GeneratorOptions{}.customers),
        QStringLiteral("N"));
    const QCommandLineOption tickets(
        QStringLiteral("tickets"),
        CliContext::tr("Number of tickets, up to %1 (default %2 per customer).")
            .arg(GeneratorOptions::kMaxTickets)
            .arg(GeneratorOptions::kTicketsPerCustomer),
        QStringLiteral("N"));
    const QCommandLineOption touchpoints(
        QStringLiteral("touchpoints"),
        CliContext::tr(
            "Number of touchpoints, the one each ticket records included, up to %1 (default %2 per "
            "ticket).")
            .arg(GeneratorOptions::kMaxTouchpoints)
            .arg(GeneratorOptions::kTouchpointsPerTicket),
        QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  CliContext::tr("Random seed: the same seed gives the same data."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption progress(
        QStringLiteral("progress"),
        CliContext::tr("Show the rows generated so far on stderr (the default when it "
                       "is a terminal)."));
    parser.addOptions({customers, tickets, touchpoints, seed, progress});
    if (auto stop =
            context.parse(parser, QStringLiteral("generate [--customers N] [--tickets N] "
                                                 "[--touchpoints N] [--seed S] [--progress]")))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(CliContext::tr("generate takes no arguments besides its options."));

    // Whole numbers only; a count too long for a number is over the maximum anyway.
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    std::optional<qint64> counts[3];
    const std::pair<const QCommandLineOption*, qint64> limits[] = {
        {&customers, GeneratorOptions::kMaxCustomers},
        {&tickets, GeneratorOptions::kMaxTickets},
        {&touchpoints, GeneratorOptions::kMaxTouchpoints},
    };
    for (std::size_t i = 0; i < std::size(limits); ++i) {
        const auto& [option, maximum] = limits[i];
        if (!parser.isSet(*option))
            continue;
        const QString text = parser.value(*option).trimmed();
        const QString name = QStringLiteral("--") + option->names().constFirst();
        if (!digits.match(text).hasMatch())
            return context.usage(CliContext::tr("%1 needs a whole number, not “%2”.")
                                     .arg(name, parser.value(*option)));
        bool ok = false;
        const qint64 value = text.toLongLong(&ok);
        counts[i] = ok ? value : maximum + 1;
    }
    options = GeneratorOptions::derived(counts[0], counts[1], counts[2]);
    bool seedOk = false;
    options.seed = parser.value(seed).toULongLong(&seedOk);
    if (!seedOk)
        return context.usage(
            CliContext::tr("--seed needs a whole number, not “%1”.").arg(parser.value(seed)));
    // Out of range is bad usage; too much for this machine's memory, a user problem. Both
    // are refused before any file is touched or memory planned.
    if (auto valid = Generator::validate(options); !valid)
        return context.usage(valid.error());
    if (auto fits = Generator::fitsMemory(options, Generator::availableMemory()); !fits)
        return context.fail(fits.error());
    showProgress = parser.isSet(progress);
    return std::nullopt;
}

// Before a new file is generated under its temporary name `path`: what killed runs left
// removed, and the folder of `target` there and writable. The exit code when it is not.
std::optional<int> prepareNewFile(CliContext& context, const QString& target, const QString& path)
{
    removeDatabaseFile(path); // left by a killed run with the same process id
    temporary_names::kGenerating.removeDeadWriters(target);
    // As for any database: only the default location's folder is made (CliContext::open).
    const QString folder = QFileInfo(target).absolutePath();
    if (!QFileInfo(folder).isDir() && !context.isDefaultLocation())
        return context.fail(
            CliContext::tr("Cannot create “%1”: the folder “%2” does not exist; create it first "
                           "or choose another path.")
                .arg(target, folder));
    if (!QDir().mkpath(folder) || ::access(QFile::encodeName(folder).constData(), W_OK | X_OK) != 0)
        return context.fail(
            CliContext::tr("Cannot create “%1”: its folder is not writable for you; choose a "
                           "folder you can write to.")
                .arg(target));
    return std::nullopt;
}

// The progress as one line on stderr, rewritten in place (`lastPercent`: the last shown, -1 none).
std::function<void(qint64, qint64)> progressLine(CliContext& context, int& lastPercent)
{
    return [&context, &lastPercent](qint64 done, qint64 total) {
        const int percent =
            total > 0 ? static_cast<int>(std::min<qint64>(done * 100 / total, 100)) : 100;
        if (percent == lastPercent)
            return;
        lastPercent = percent;
        context.progress(percent < 100
                             ? CliContext::tr("Generating: %1% (%2 of %3 rows)")
                                   .arg(percent)
                                   .arg(done)
                                   .arg(total)
                             : CliContext::tr("Generating: 100%, every row written; building "
                                              "the indexes and saving…"));
    };
}

} // namespace

int generate(CliContext& context)
{
    GeneratorOptions options;
    bool showProgress = false;
    if (auto stop = readGenerateOptions(context, options, showProgress))
        return *stop;

    // A new file is generated under a temporary name beside it and renamed into place when
    // whole: a failure, Ctrl+C or a kill never leaves a half-made file under its name. An
    // existing (empty) file is generated into in place, in one transaction that rolls back.
    const QString target = context.databasePath();
    const QFileInfo targetInfo(target);
    const bool fresh = !target.isEmpty() && !targetInfo.exists();
    const QString path = fresh ? temporary_names::kGenerating.pathFor(target) : target;
    if (fresh) {
        if (auto stop = prepareNewFile(context, target, path))
            return *stop;
    }
    std::optional<RegisteredTemporary> registered;
    if (fresh)
        registered.emplace(path);
    Session::Options how;
    how.access = Session::Access::ReadWrite;
    how.createFolder = context.isDefaultLocation();
    auto opened =
        context.database().isServer() ? context.openDatabase(how) : Session::open(path, how);
    if (!opened) {
        if (fresh)
            removeDatabaseFile(path);
        return context.fail(opened.error());
    }
    OwnedDatabase db = std::move(*opened);
    if (Status may = Session(*db).requireManager(CliContext::tr("Generating demo data")); !may)
        return context.fail(may.error());

    QElapsedTimer timer;
    timer.start();
    int lastPercent = -1;
    Generator::Progress report;
    if (showProgress || isatty(STDERR_FILENO))
        report = progressLine(context, lastPercent);
    Status result;
    {
        CancelOnSignal cancelOnSignal;
        result = Generator::run(*db, options, Clock::system(), report, CancelOnSignal::cancelled());
        // A signal during the final commit: the new file is not renamed into place.
        if (result && fresh && CancelOnSignal::cancelled()->load())
            result = failure(CliContext::tr("Generating was cancelled; nothing was written."));
    }
    if (lastPercent >= 0)
        context.err() << Qt::endl;
    db.reset(); // closed: its -wal is folded into the file and removed
    if (result && fresh && !QFile::rename(path, target))
        result =
            failure(CliContext::tr(
                        "Cannot create “%1”: another file of that name appeared while generating.")
                        .arg(target));
    if (!result) {
        if (fresh)
            removeDatabaseFile(path);
        return context.fail(result.error());
    }
    context.err() << CliContext::tr("Generated %1 customers, %2 tickets and %3 touchpoints in "
                                    "%4 s.")
                         .arg(options.customers)
                         .arg(options.tickets)
                         .arg(options.touchpoints)
                         .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1)
                  << Qt::endl;
    return Success;
}

} // namespace fd::cli
