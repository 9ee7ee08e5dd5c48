#include "CliContext.h"
#include "Commands.h"

#include "common/DateTimeText.h"
#include "csv/CsvWriter.h"
#include "storage/StageTransitionRepository.h"

#include <QFile>
#include <QSaveFile>

namespace fd::cli {

namespace {

using Tr = CliContext;

int exportTransitions(CliContext& context, const QCommandLineParser& parser, QIODevice& device,
                      Database& db)
{
    StageTransitionRepository::ExportFilter filter;
    if (parser.isSet(QStringLiteral("from"))) {
        const QDate from = parseDate(parser.value(QStringLiteral("from")));
        if (!from.isValid())
            return context.usage(Tr::tr("--from needs a date as YYYY-MM-DD."));
        filter.from = from.startOfDay().toUTC();
    }
    if (parser.isSet(QStringLiteral("to"))) {
        const QDate to = parseDate(parser.value(QStringLiteral("to")));
        if (!to.isValid())
            return context.usage(Tr::tr("--to needs a date as YYYY-MM-DD."));
        filter.to = to.addDays(1).startOfDay().toUTC(); // --to is inclusive
    }
    if (parser.isSet(QStringLiteral("stage"))) {
        filter.toStage = enumFromString<Stage>(parser.value(QStringLiteral("stage")));
        if (!filter.toStage)
            return context.usage(Tr::tr("--stage must be one of %1.").arg(enumNameList<Stage>()));
    }
    CsvWriter csv(device);
    if (parser.isSet(QStringLiteral("bom")))
        csv.writeBom();
    csv.writeRow({QStringLiteral("customer_id"), QStringLiteral("customer_name"),
                  QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("at"),
                  QStringLiteral("actor"), QStringLiteral("reason")});
    auto done = StageTransitionRepository(db).forEach(filter, [&](const StageTransition& t, const QString& name) {
        csv.writeRow({QString::number(t.customerId), name, t.from ? toString(*t.from) : QString(),
                      toString(t.to), formatLocalDateTime(t.at), t.actor, t.reason});
    });
    if (!done)
        return context.fail(done.error());
    if (!csv.ok())
        return context.fail(Tr::tr("Writing the export failed (%1); nothing was saved.").arg(device.errorString()));
    return Success;
}

} // namespace

int exportData(CliContext& context)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("what"), QStringLiteral("transitions"));
    parser.addOptions({
        QCommandLineOption(QStringLiteral("stage"), Tr::tr("Only moves into this stage."), QStringLiteral("S")),
        QCommandLineOption(QStringLiteral("from"), Tr::tr("From this day on."), QStringLiteral("DATE")),
        QCommandLineOption(QStringLiteral("to"), Tr::tr("Up to and including this day."), QStringLiteral("DATE")),
        QCommandLineOption(QStringLiteral("out"), Tr::tr("The CSV file, or - for standard output (default)."),
                           QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("bom"), Tr::tr("Start with a UTF-8 byte order mark (for Excel).")),
    });
    if (auto stop = context.parse(parser, QStringLiteral("export transitions [--stage S] [--from DATE] "
                                                         "[--to DATE] [--out FILE|-] [--bom]")))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.usage(Tr::tr("export needs what to export, e.g. “export transitions”."));
    if (positional.at(0) != QLatin1String("transitions"))
        return context.usage(Tr::tr("Cannot export “%1” yet: transitions is available.").arg(positional.at(0)));

    auto db = context.open(Database::Access::ReadOnly);
    if (!db)
        return UserError;
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty() || out == QLatin1String("-")) {
        QFile stdOut;
        if (!stdOut.open(stdout, QIODevice::WriteOnly))
            return context.fail(Tr::tr("Cannot write to standard output."));
        return exportTransitions(context, parser, stdOut, *db);
    }
    // A temporary name renamed into place when complete: a kill never leaves half a file.
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly))
        return context.fail(Tr::tr("Cannot write “%1”: %2.").arg(out, file.errorString()));
    const int code = exportTransitions(context, parser, file, *db);
    if (code != Success) {
        file.cancelWriting();
        return code;
    }
    if (!file.commit())
        return context.fail(Tr::tr("Cannot write “%1”: %2; nothing was saved.").arg(out, file.errorString()));
    return Success;
}

} // namespace fd::cli
