#include "CliContext.h"
#include "Commands.h"

#include "common/Clock.h"
#include "common/DateTimeText.h"
#include "common/Translations.h"
#include "common/VisibleText.h"
#include "metrics/DashboardMetrics.h"
#include "metrics/ReportFormat.h"
#include "success/HealthReport.h"

#include "service/Tickets.h"

#include <optional>

namespace fd::cli {

namespace {

// --from and --to into `period` (local days, --to included): the exit code when one is wrong.
std::optional<int> readPeriod(CliContext& context, const QCommandLineParser& parser,
                              const QCommandLineOption& from, const QCommandLineOption& to,
                              Period& period)
{
    if (parser.isSet(from)) {
        const QDate day = parseDate(parser.value(from));
        if (!day.isValid())
            return context.usage(CliContext::tr("--from needs a date as YYYY-MM-DD."));
        period.from = day.startOfDay().toUTC();
    }
    if (parser.isSet(to)) {
        const QDate day = parseDate(parser.value(to));
        if (!day.isValid())
            return context.usage(CliContext::tr("--to needs a date as YYYY-MM-DD."));
        period.to = day.addDays(1).startOfDay().toUTC();
    }
    if (period.to <= period.from)
        return context.usage(CliContext::tr("--to must not be before --from."));
    return std::nullopt;
}

// The database into `db`, the SLA sweep first (issue 14 §2), so breaches are counted as of now;
// a file that may only be read is reported as it is. The exit code when it cannot be opened or
// the sweep fails.
std::optional<int> openSwept(CliContext& context, OwnedDatabase& db)
{
    Session::Options writable;
    writable.createIfMissing = false;
    writable.mapMemory = false; // a few index ranges: CliContext::Reads::Few
    if (auto opened = context.openDatabase(writable)) {
        db = std::move(*opened);
        if (auto swept = Tickets(*db, Clock::system()).sweepBreaches(); !swept)
            return context.fail(swept.error());
    } else if (context.database().isServer() && !opened.error().is(Error::Kind::ReadOnly)) {
        return context.fail(opened.error()); // not asked for the password twice
    } else {
        db = context.open(Session::Access::ReadOnly, CliContext::Reads::Few);
    }
    if (!db)
        return UserError;
    return std::nullopt;
}

} // namespace

int report(CliContext& context)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    // The dashboards' reports, and health (issue 18: every stage's health scores at once).
    const QStringList names = DashboardMetrics::names() << QStringLiteral("health");
    parser.addPositionalArgument(QStringLiteral("name"), names.join(QLatin1Char('|')));
    const QCommandLineOption from(QStringLiteral("from"),
                                  CliContext::tr("First day (default: 30 days ago)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"),
                                CliContext::tr("Last day, included (default: today)."),
                                QStringLiteral("DATE"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    CliContext::tr("table (default), csv or json."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 CliContext::tr("The file, or - for standard output (default)."),
                                 QStringLiteral("FILE"));
    parser.addOptions({from, to, format, out});
    if (auto stop = context.parse(
            parser,
            QStringLiteral(
                "report funnel|onboarding|post-sales|retention|advocacy|flow|at-risk|health "
                "[--from DATE] [--to DATE] [--format csv|table|json] [--out FILE|-]")))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !names.contains(positional.at(0)))
        return context.usage(
            CliContext::tr("report needs one of %1.").arg(names.join(QStringLiteral(", "))));
    const QString kind =
        parser.value(format).isEmpty() ? QStringLiteral("table") : parser.value(format);
    if (kind != QLatin1String("table") && kind != QLatin1String("csv") &&
        kind != QLatin1String("json"))
        return context.usage(CliContext::tr("--format must be table, csv or json."));

    Period period = Period::lastDays(Clock::system().now(), 30);
    if (auto stop = readPeriod(context, parser, from, to, period))
        return *stop;

    const QString target = parser.isSet(out) ? parser.value(out) : QStringLiteral("-");
    if (target.isEmpty())
        return context.usage(CliContext::tr("--out needs a file name, or - for standard output."));

    OwnedDatabase db;
    if (auto stop = openSwept(context, db))
        return *stop;
    // CSV and JSON name the columns, tables and figures the same in every language; a table
    // is for people, in theirs (common/Translations.h).
    std::optional<SourceLanguage> forPrograms;
    if (kind != QLatin1String("table"))
        forPrograms.emplace();
    auto result = positional.at(0) == QLatin1String("health")
                      ? HealthReport::make(*db, Clock::system(), period)
                      : DashboardMetrics(*db, Clock::system()).report(positional.at(0), period);
    forPrograms.reset(); // what went wrong, in the reader's language
    if (!result)
        return context.fail(result.error());

    return context.writeOutput(target, [&](QIODevice& device) -> Status {
        bool written = false;
        if (kind == QLatin1String("csv")) {
            written = ReportFormat::csv(*result, device);
        } else {
            // A table is for people: its text as a terminal should show it (common/VisibleText.h).
            const QByteArray bytes = kind == QLatin1String("json")
                                         ? ReportFormat::json(*result)
                                         : visibleText(ReportFormat::table(*result)).toUtf8();
            written = device.write(bytes) == bytes.size();
        }
        if (!written)
            return failure(
                CliContext::tr("Writing the report failed (%1).").arg(device.errorString()));
        return {};
    });
}

} // namespace fd::cli
