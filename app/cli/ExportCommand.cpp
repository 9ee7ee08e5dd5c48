#include "CliContext.h"
#include "Commands.h"

#include "common/DateTimeText.h"
#include "csv/CsvExporter.h"

namespace fd::cli {

namespace {

struct Filter {
    std::optional<Stage> stage;
    QDateTime from; // UTC, inclusive
    QDateTime to;   // UTC, exclusive
};

// --stage, --from and --to as one filter; the exit code on bad usage.
std::optional<int> readFilter(CliContext& context, const QCommandLineParser& parser, Filter& filter)
{
    if (parser.isSet(QStringLiteral("from"))) {
        const QDate from = parseDate(parser.value(QStringLiteral("from")));
        if (!from.isValid())
            return context.usage(CliContext::tr("--from needs a date as YYYY-MM-DD."));
        filter.from = from.startOfDay().toUTC();
    }
    if (parser.isSet(QStringLiteral("to"))) {
        const QDate to = parseDate(parser.value(QStringLiteral("to")));
        if (!to.isValid())
            return context.usage(CliContext::tr("--to needs a date as YYYY-MM-DD."));
        filter.to = to.addDays(1).startOfDay().toUTC(); // --to is inclusive
    }
    if (filter.from.isValid() && filter.to.isValid() && filter.to <= filter.from)
        return context.usage(CliContext::tr("--to must not be before --from."));
    if (parser.isSet(QStringLiteral("stage"))) {
        filter.stage = enumFromString<Stage>(parser.value(QStringLiteral("stage")));
        if (!filter.stage)
            return context.usage(
                CliContext::tr("--stage must be one of %1.").arg(enumNameList<Stage>()));
    }
    return std::nullopt;
}

// `entity` empty: the stage moves.
Status exportEntity(std::optional<CsvExporter::Entity> entity, const Filter& f, bool bom,
                    QIODevice& device, Database& db)
{
    CsvExporter::Options options;
    options.filter.stage = f.stage;
    options.filter.from = f.from;
    options.filter.to = f.to;
    options.bom = bom;
    auto rows = entity ? CsvExporter::write(db, *entity, device, options)
                       : CsvExporter::writeTransitions(db, device, options);
    if (!rows)
        return failure(rows.error());
    return {};
}

} // namespace

int exportData(CliContext& context)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("what"),
                                 QStringLiteral("customers, tickets, touchpoints or transitions"));
    parser.addOptions({
        QCommandLineOption(
            QStringLiteral("stage"),
            CliContext::tr("Only customers now in this stage (for transitions: moves into it)."),
            QStringLiteral("S")),
        QCommandLineOption(QStringLiteral("from"),
                           CliContext::tr("From this day on (customers: first sale; tickets: "
                                          "created; touchpoints and transitions: when)."),
                           QStringLiteral("DATE")),
        QCommandLineOption(QStringLiteral("to"), CliContext::tr("Up to and including this day."),
                           QStringLiteral("DATE")),
        QCommandLineOption(QStringLiteral("out"),
                           CliContext::tr("The CSV file, or - for standard output (default)."),
                           QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("bom"),
                           CliContext::tr("Start with a UTF-8 byte order mark (for Excel).")),
    });
    if (auto stop = context.parse(
            parser, QStringLiteral("export customers|tickets|touchpoints|transitions "
                                   "[--stage S] [--from DATE] [--to DATE] [--out FILE|-] [--bom]")))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.usage(CliContext::tr(
            "export needs what to export: customers, tickets, touchpoints or transitions."));
    const QString what = positional.at(0);
    const auto entity = CsvExporter::entityNamed(what);
    if (!entity && what != QLatin1String("transitions"))
        return context.usage(
            CliContext::tr(
                "Cannot export “%1”: choose customers, tickets, touchpoints or transitions.")
                .arg(what));
    Filter filter;
    if (auto stop = readFilter(context, parser, filter))
        return *stop;
    const bool bom = parser.isSet(QStringLiteral("bom"));
    const QString out = parser.isSet(QStringLiteral("out")) ? parser.value(QStringLiteral("out"))
                                                            : QStringLiteral("-");
    if (out.isEmpty())
        return context.usage(CliContext::tr("--out needs a file name, or - for standard output."));

    auto db = context.open(Session::Access::ReadOnly);
    if (!db)
        return UserError;
    // Under a temporary name renamed into place when complete (OutputFile): a kill or a full
    // disk never leaves half a file, and the open database is refused as a target.
    return context.writeOutput(
        out, [&](QIODevice& device) { return exportEntity(entity, filter, bom, device, *db); });
}

} // namespace fd::cli
