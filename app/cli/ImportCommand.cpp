#include "CliContext.h"
#include "Commands.h"

#include "common/Clock.h"
#include "csv/CsvImporter.h"
#include "csv/CsvReader.h"
#include "csv/DateFormats.h"

#include "common/OutputFile.h"
#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <algorithm>
#include <csignal>
#include <functional>
#include <optional>

#include <unistd.h>

namespace fd::cli {

namespace {

// import's options, in the order they are listed.
struct ImportFlags {
    QCommandLineOption map;
    QCommandLineOption mapValue;
    QCommandLineOption dateFormat;
    QCommandLineOption delimiter;
    QCommandLineOption dryRun;
    QCommandLineOption skipInvalid;
    QCommandLineOption rejects;
    QCommandLineOption progress;
};

ImportFlags importFlags()
{
    return {QCommandLineOption(
                QStringLiteral("map"),
                CliContext::tr("Read a field from a column: FIELD=COLUMN, by the column's header "
                               "(repeatable); FIELD= leaves the field out, e.g. --map status= ."),
                QStringLiteral("FIELD=COLUMN")),
            QCommandLineOption(
                QStringLiteral("map-value"),
                CliContext::tr("Read a cell text as one of a field's values: FIELD:TEXT=VALUE, "
                               "e.g. status:Offen=open or priority:Hoch=high (repeatable)."),
                QStringLiteral("FIELD:TEXT=VALUE")),
            QCommandLineOption(
                QStringLiteral("date-format"),
                CliContext::tr("The date format of every date column in Qt's letters, e.g. "
                               "dd/MM/yyyy HH:mm, MM/dd/yy h:mm AP or dd-MMM-yyyy; its date part "
                               "reads date-only columns; \"epoch\" for Unix seconds or "
                               "milliseconds. Without it, formats are detected."),
                QStringLiteral("FMT")),
            QCommandLineOption(
                QStringLiteral("delimiter"),
                CliContext::tr("The character between fields, e.g. ';', '|' or tab, for a file "
                               "whose delimiter cannot be detected (by default: the file's "
                               "sep= line, else detected among , ; tab and |)."),
                QStringLiteral("CHAR")),
            QCommandLineOption(
                QStringLiteral("dry-run"),
                CliContext::tr("Check every row and print the summary; write nothing (not the "
                               "database, not the rejects file).")),
            QCommandLineOption(
                QStringLiteral("skip-invalid"),
                CliContext::tr("Import the good rows; write the bad ones to --rejects.")),
            QCommandLineOption(QStringLiteral("rejects"),
                               CliContext::tr("Where --skip-invalid writes the rejected rows."),
                               QStringLiteral("FILE.csv")),
            QCommandLineOption(
                QStringLiteral("progress"),
                CliContext::tr(
                    "Show the rows read so far on stderr (the default when it is a terminal)."))};
}

// import's arguments and options into `options`, checked: the exit code of a bad use.
std::optional<int> readImportOptions(CliContext& context, const QCommandLineParser& parser,
                                     const ImportFlags& flags, ImportOptions& options)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return context.usage(CliContext::tr(
            "import needs what to import and the file, e.g. “import tickets tickets.csv”."));
    const auto entity = ImportMapping::entityFromString(positional.at(0));
    if (!entity)
        return context.usage(
            CliContext::tr("Cannot import “%1”: choose customers, tickets or touchpoints.")
                .arg(positional.at(0)));
    if (parser.isSet(flags.skipInvalid) != parser.isSet(flags.rejects))
        return context.usage(CliContext::tr(
            "--skip-invalid and --rejects go together: the rejected rows need a file."));
    char separator = 0;
    if (parser.isSet(flags.delimiter)) {
        auto parsed = CsvReader::parseDelimiter(parser.value(flags.delimiter));
        if (!parsed)
            return context.usage(CliContext::tr("--delimiter: %1").arg(parsed.error()));
        separator = *parsed;
    }

    if (parser.isSet(flags.rejects) && parser.value(flags.rejects).isEmpty())
        return context.usage(CliContext::tr("--rejects needs a file name."));
    if (parser.isSet(flags.rejects) && parser.value(flags.rejects) == QLatin1String("-"))
        return context.usage(CliContext::tr(
            "--rejects needs a file: standard output carries the import's summary."));
    options.entity = *entity;
    options.overrides = parser.values(flags.map);
    options.valueMaps = parser.values(flags.mapValue);
    options.delimiter = separator;
    options.dateFormat = parser.value(flags.dateFormat);
    options.dryRun = parser.isSet(flags.dryRun);
    options.skipInvalid = parser.isSet(flags.skipInvalid);
    // Core's sentence says what is wrong with the format; the flag is the command line's word.
    if (parser.isSet(flags.dateFormat)) {
        if (auto format = dateFormatFromString(options.dateFormat); !format)
            return context.usage(CliContext::tr("--date-format: %1").arg(format.error()));
    }
    // A malformed --map, --map-value or --date-format is bad usage, refused before anything is
    // opened.
    if (auto checked = CsvImporter::checkOptions(options, QFileInfo(positional.at(1)).fileName());
        !checked)
        return context.usage(checked.error());
    context.addInput(positional.at(1), CliContext::tr("the file being imported"));
    return std::nullopt;
}

// After a run that did not fail: every row refused is a failure all the same; else the rejects
// file goes into place and the summary is printed.
int reportImport(CliContext& context, const QCommandLineParser& parser, const ImportFlags& flags,
                 const ImportSummary& summary, OutputFile* rejectsFile,
                 const std::function<void()>& removeNewFile)
{
    const QStringList positional = parser.positionalArguments();
    if (!parser.isSet(flags.dryRun) && summary.imported == 0 && summary.rejected > 0) {
        // Every row refused: a failure, whatever --skip-invalid allowed.
        const bool written = rejectsFile && rejectsFile->commit();
        removeNewFile();
        return context.fail(
            CliContext::tr("No row of “%1” could be imported: %2%3.")
                .arg(
                    positional.at(1),
                    summary.rejected == 1
                        ? CliContext::tr("its one row was rejected")
                        : CliContext::tr("all %1 rows were rejected").arg(summary.rejected),
                    written
                        ? CliContext::tr("; “%1” says why").arg(parser.value(flags.rejects))
                        : CliContext::tr("; the first: %1").arg(summary.firstRejections.value(0))));
    }
    if (rejectsFile) {
        // For SignalCliTest only: a signal raised exactly between the rows' commit and the
        // rejects' rename, the moment no timed kill can aim at. It waits (hold) until the rename.
        if (const int signal = qEnvironmentVariableIntValue("FUNNELDESK_TEST_SIGNAL_BEFORE_RENAME");
            signal > 0)
            ::raise(signal);
        // Only the rename is left (beforeCommit made the file whole); it fails only if the
        // folder itself went away or broke.
        if (auto committed = rejectsFile->commit(); !committed)
            return context.fail(
                CliContext::tr("The rows were imported, but the rejects file was not: %1")
                    .arg(committed.error()));
    }
    context.out() << summary.text() << Qt::endl;
    return Success;
}

// The database the import writes, into `db`: for a dry run with no database file yet
// (`scratchRun`) a scratch one in `scratch`, so that it creates nothing where the real run
// would. The exit code when it cannot be opened (said).
std::optional<int> openImportTarget(CliContext& context, bool scratchRun, QTemporaryDir& scratch,
                                    OwnedDatabase& db)
{
    if (scratchRun) {
        if (!scratch.isValid())
            return context.fail(CliContext::tr("Cannot make a scratch folder for the dry run: %1.")
                                    .arg(scratch.errorString()));
        auto opened = Session::open(scratch.filePath(QStringLiteral("dry-run.sqlite")));
        if (!opened)
            return context.fail(opened.error());
        db = std::move(*opened);
    } else {
        db = context.open(Session::Access::ReadWrite);
    }
    if (!db)
        return UserError;
    return std::nullopt;
}

// The rejects file is made whole (written, fsynced) before the rows are committed, and
// renamed into place after: it fails before anything is saved, or not at all.
std::function<Status()> rejectsBeforeCommit(OutputFile& rejectsFile, bool& holding)
{
    return [&rejectsFile, &holding]() -> Status {
        if (auto synced = rejectsFile.sync(); !synced)
            return failure(CliContext::tr("Nothing was imported: %1").arg(synced.error()));
        // From here to the rename a signal waits: the rows and their rejects land together.
        TemporaryFiles::hold();
        holding = true;
        return {};
    };
}

// The progress as one line on stderr, rewritten in place (`lastPercent`: the last shown, -1 none).
std::function<void(qint64, qint64)> progressLine(CliContext& context, int& lastPercent)
{
    return [&context, &lastPercent](qint64 done, qint64 total) {
        const int percent =
            total > 0 ? static_cast<int>(std::min<qint64>(done * 100 / total, 100)) : 0;
        if (percent == lastPercent)
            return;
        lastPercent = percent;
        context.progress(percent < 100
                             ? CliContext::tr("Importing: %1% of the rows read").arg(percent)
                             : CliContext::tr("Importing: every row read; applying the stage rules "
                                              "and saving…"));
    };
}

// Where --skip-invalid's rows go (`path`: --rejects' value): a buffer a dry run counts and drops,
// or the rejects file, made whole before the rows commit (rejectsBeforeCommit). False, the
// sentence said, when that file cannot be opened; nothing to do without --skip-invalid.
bool openRejects(CliContext& context, const QString& path, ImportOptions& options,
                 QBuffer& dryRejects, std::unique_ptr<OutputFile>& rejectsFile, bool& holding)
{
    if (options.skipInvalid && options.dryRun) {
        dryRejects.open(QIODevice::WriteOnly);
        options.rejects = &dryRejects;
    } else if (options.skipInvalid) {
        rejectsFile = context.openOutput(path);
        if (!rejectsFile)
            return false;
        options.rejects = &rejectsFile->device();
        options.beforeCommit = rejectsBeforeCommit(*rejectsFile, holding);
    }
    return true;
}

} // namespace

int importData(CliContext& context)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("what"),
                                 QStringLiteral("customers, tickets or touchpoints"));
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("FILE.csv"));
    const ImportFlags flags = importFlags();
    parser.addOptions({flags.map, flags.mapValue, flags.dateFormat, flags.delimiter, flags.dryRun,
                       flags.skipInvalid, flags.rejects, flags.progress});
    if (auto stop = context.parse(
            parser,
            QStringLiteral("import customers|tickets|touchpoints FILE.csv [--map FIELD=COLUMN ...] "
                           "[--map-value FIELD:TEXT=VALUE ...] [--date-format FMT] [--delimiter "
                           "CHAR] [--dry-run] "
                           "[--skip-invalid --rejects FILE.csv] [--progress]")))
        return *stop;
    ImportOptions options;
    if (auto stop = readImportOptions(context, parser, flags, options))
        return *stop;
    const QStringList positional = parser.positionalArguments();

    QFile file(positional.at(1));
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(
            CliContext::tr("Cannot read “%1”: %2.").arg(positional.at(1), file.errorString()));
    // A dry run writes in a transaction it rolls back; with no database file yet, into a
    // scratch one, so that it creates nothing where the real run would.
    QTemporaryDir scratch;
    OwnedDatabase db;
    // An import into a new file that fails leaves no empty database behind.
    const bool existed = context.database().isServer() || QFileInfo::exists(context.databasePath());
    const auto removeNewFile = [&] {
        if (existed || parser.isSet(flags.dryRun))
            return;
        db.reset();
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(context.databasePath() + QLatin1String(suffix));
    };
    if (auto stop = openImportTarget(context, parser.isSet(flags.dryRun) && !existed, scratch, db))
        return *stop;
    if (!db)
        return UserError;
    // Before reading the file: the server would refuse its first row. A dry run writes too (in a
    // transaction it rolls back), so a rep's is refused the same way, not at its first write.
    if (Status may = Session(*db).requireManager(
            parser.isSet(flags.dryRun) ? CliContext::tr("Importing, even as a dry run,")
                                       : CliContext::tr("Importing"));
        !may)
        return context.fail(may.error());

    // Through OutputFile: never the database or the file being imported, whole or not at all.
    std::unique_ptr<OutputFile> rejectsFile;
    bool holding = false; // signals wait (TemporaryFiles::hold) until the rejects are in place
    const auto resumeSignals = qScopeGuard([&] {
        if (holding)
            TemporaryFiles::resume();
    });
    QBuffer dryRejects; // a dry run counts the rejects and writes no file
    if (!openRejects(context, parser.value(flags.rejects), options, dryRejects, rejectsFile,
                     holding)) {
        removeNewFile();
        return UserError;
    }
    // One line, rewritten in place; a script that reads stderr gets only the error sentence.
    int lastPercent = -1;
    if (parser.isSet(flags.progress) || isatty(STDERR_FILENO))
        options.progress = progressLine(context, lastPercent);
    auto summary = CsvImporter(*db, Clock::system()).run(file, QFileInfo(file).fileName(), options);
    if (lastPercent >= 0)
        context.err() << Qt::endl;
    if (!summary) {
        if (rejectsFile)
            rejectsFile->cancel();
        removeNewFile();
        return context.fail(summary.error());
    }
    return reportImport(context, parser, flags, *summary, rejectsFile.get(), removeNewFile);
}

} // namespace fd::cli
