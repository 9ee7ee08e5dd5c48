#include "CliContext.h"
#include "Commands.h"

#include "common/Clock.h"
#include "csv/CsvImporter.h"
#include "csv/CsvReader.h"

#include <QFile>
#include <QFileInfo>
#include "common/OutputFile.h"
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QBuffer>

#include <algorithm>
#include <csignal>

#include <unistd.h>

namespace fd::cli {

int importData(CliContext& context)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("what"), QStringLiteral("customers, tickets or touchpoints"));
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("FILE.csv"));
    const QCommandLineOption map(QStringLiteral("map"),
                                 CliContext::tr("Read a field from a column: FIELD=COLUMN, by the column's header "
                                                "(repeatable); FIELD= leaves the field out, e.g. --map status= ."),
                                 QStringLiteral("FIELD=COLUMN"));
    const QCommandLineOption mapValue(QStringLiteral("map-value"),
                                      CliContext::tr("Read a cell text as one of a field's values: FIELD:TEXT=VALUE, "
                                                     "e.g. status:Offen=open or priority:Hoch=high (repeatable)."),
                                      QStringLiteral("FIELD:TEXT=VALUE"));
    const QCommandLineOption dateFormat(QStringLiteral("date-format"),
                                        CliContext::tr("The date format of every date column in Qt's letters, e.g. "
                                                       "dd/MM/yyyy HH:mm, MM/dd/yy h:mm AP or dd-MMM-yyyy; its date part "
                                                       "reads date-only columns; \"epoch\" for Unix seconds or "
                                                       "milliseconds. Without it, formats are detected."),
                                        QStringLiteral("FMT"));
    const QCommandLineOption delimiter(QStringLiteral("delimiter"),
                                       CliContext::tr("The character between fields, e.g. ';', '|' or tab, for a file "
                                                      "whose delimiter cannot be detected (by default: the file's "
                                                      "sep= line, else detected among , ; tab and |)."),
                                       QStringLiteral("CHAR"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    CliContext::tr("Check every row and print the summary; write nothing (not the "
                                                   "database, not the rejects file)."));
    const QCommandLineOption skipInvalid(QStringLiteral("skip-invalid"),
                                         CliContext::tr("Import the good rows; write the bad ones to --rejects."));
    const QCommandLineOption rejects(QStringLiteral("rejects"), CliContext::tr("Where --skip-invalid writes the rejected rows."),
                                     QStringLiteral("FILE.csv"));
    const QCommandLineOption progress(QStringLiteral("progress"),
                                      CliContext::tr("Show the rows read so far on stderr (the default when it is a terminal)."));
    parser.addOptions({map, mapValue, dateFormat, delimiter, dryRun, skipInvalid, rejects, progress});
    if (auto stop = context.parse(parser, QStringLiteral("import customers|tickets|touchpoints FILE.csv [--map FIELD=COLUMN ...] "
                                                         "[--map-value FIELD:TEXT=VALUE ...] [--date-format FMT] [--delimiter CHAR] [--dry-run] "
                                                         "[--skip-invalid --rejects FILE.csv] [--progress]")))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return context.usage(CliContext::tr("import needs what to import and the file, e.g. “import tickets tickets.csv”."));
    const auto entity = ImportMapping::entityFromString(positional.at(0));
    if (!entity)
        return context.usage(CliContext::tr("Cannot import “%1”: choose customers, tickets or touchpoints.").arg(positional.at(0)));
    if (parser.isSet(skipInvalid) != parser.isSet(rejects))
        return context.usage(CliContext::tr("--skip-invalid and --rejects go together: the rejected rows need a file."));
    char separator = 0;
    if (parser.isSet(delimiter)) {
        auto parsed = CsvReader::parseDelimiter(parser.value(delimiter));
        if (!parsed)
            return context.usage(CliContext::tr("--delimiter: %1").arg(parsed.error()));
        separator = *parsed;
    }

    if (parser.isSet(rejects) && parser.value(rejects).isEmpty())
        return context.usage(CliContext::tr("--rejects needs a file name."));
    if (parser.isSet(rejects) && parser.value(rejects) == QLatin1String("-"))
        return context.usage(CliContext::tr("--rejects needs a file: standard output carries the import's summary."));
    ImportOptions options;
    options.entity = *entity;
    options.overrides = parser.values(map);
    options.valueMaps = parser.values(mapValue);
    options.delimiter = separator;
    options.dateFormat = parser.value(dateFormat);
    options.dryRun = parser.isSet(dryRun);
    options.skipInvalid = parser.isSet(skipInvalid);
    // A malformed --map, --map-value or --date-format is bad usage, refused before anything is opened.
    if (auto checked = CsvImporter::checkOptions(options, QFileInfo(positional.at(1)).fileName()); !checked)
        return context.usage(checked.error());
    context.addInput(positional.at(1), CliContext::tr("the file being imported"));

    QFile file(positional.at(1));
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(CliContext::tr("Cannot read “%1”: %2.").arg(positional.at(1), file.errorString()));
    // A dry run writes in a transaction it rolls back; with no database file yet, into a
    // scratch one, so that it creates nothing where the real run would.
    QTemporaryDir scratch;
    OwnedDatabase db;
    // An import into a new file that fails leaves no empty database behind.
    const bool existed = context.database().isServer() || QFileInfo::exists(context.databasePath());
    const auto removeNewFile = [&] {
        if (existed || parser.isSet(dryRun))
            return;
        db.reset();
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(context.databasePath() + QLatin1String(suffix));
    };
    if (parser.isSet(dryRun) && !existed) {
        if (!scratch.isValid())
            return context.fail(CliContext::tr("Cannot make a scratch folder for the dry run: %1.").arg(scratch.errorString()));
        auto opened = Session::open(scratch.filePath(QStringLiteral("dry-run.sqlite")));
        if (!opened)
            return context.fail(opened.error());
        db = std::move(*opened);
    } else {
        db = context.open(Session::Access::ReadWrite);
    }
    if (!db)
        return UserError;
    // Before reading the file: the server would refuse its first row. A dry run writes too (in a
    // transaction it rolls back), so a rep's is refused the same way, not at its first write.
    if (Status may = Session(*db).requireManager(parser.isSet(dryRun) ? CliContext::tr("Importing, even as a dry run,")
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
    if (options.skipInvalid && options.dryRun) {
        dryRejects.open(QIODevice::WriteOnly);
        options.rejects = &dryRejects;
    } else if (options.skipInvalid) {
        rejectsFile = context.openOutput(parser.value(rejects));
        if (!rejectsFile) {
            removeNewFile();
            return UserError;
        }
        options.rejects = &rejectsFile->device();
        // The rejects file is made whole (written, fsynced) before the rows are committed, and
        // renamed into place after: it fails before anything is saved, or not at all.
        options.beforeCommit = [&]() -> Status {
            if (auto synced = rejectsFile->sync(); !synced)
                return failure(CliContext::tr("Nothing was imported: %1")
                                   .arg(synced.error()));
            // From here to the rename a signal waits: the rows and their rejects land together.
            TemporaryFiles::hold();
            holding = true;
            return {};
        };
    }
    // One line, rewritten in place; a script that reads stderr gets only the error sentence.
    int lastPercent = -1;
    if (parser.isSet(progress) || isatty(STDERR_FILENO)) {
        options.progress = [&](qint64 done, qint64 total) {
            const int percent = total > 0 ? static_cast<int>(std::min<qint64>(done * 100 / total, 100)) : 0;
            if (percent == lastPercent)
                return;
            lastPercent = percent;
            context.progress(percent < 100 ? CliContext::tr("Importing: %1% of the rows read").arg(percent)
                                           : CliContext::tr("Importing: every row read; applying the stage rules "
                                                            "and saving…"));
        };
    }
    auto summary = CsvImporter(*db, Clock::system()).run(file, QFileInfo(file).fileName(), options);
    if (lastPercent >= 0)
        context.err() << Qt::endl;
    if (!summary) {
        if (rejectsFile)
            rejectsFile->cancel();
        removeNewFile();
        return context.fail(summary.error());
    }
    if (!options.dryRun && summary->imported == 0 && summary->rejected > 0) {
        // Every row refused: a failure, whatever --skip-invalid allowed.
        const bool written = rejectsFile && rejectsFile->commit();
        removeNewFile();
        return context.fail(CliContext::tr("No row of “%1” could be imported: %2%3.")
                                .arg(positional.at(1),
                                     summary->rejected == 1 ? CliContext::tr("its one row was rejected")
                                                            : CliContext::tr("all %1 rows were rejected").arg(summary->rejected),
                                     written ? CliContext::tr("; “%1” says why").arg(parser.value(rejects))
                                             : CliContext::tr("; the first: %1").arg(summary->firstRejections.value(0))));
    }
    if (rejectsFile) {
        // For SignalCliTest only: a signal raised exactly between the rows' commit and the
        // rejects' rename, the moment no timed kill can aim at. It waits (hold) until the rename.
        if (const int signal = qEnvironmentVariableIntValue("FUNNELDESK_TEST_SIGNAL_BEFORE_RENAME"); signal > 0)
            ::raise(signal);
        // Only the rename is left (beforeCommit made the file whole); it fails only if the
        // folder itself went away or broke.
        if (auto committed = rejectsFile->commit(); !committed)
            return context.fail(CliContext::tr("The rows were imported, but the rejects file was not: %1")
                                    .arg(committed.error()));
    }
    context.out() << summary->text() << Qt::endl;
    return Success;
}

} // namespace fd::cli
