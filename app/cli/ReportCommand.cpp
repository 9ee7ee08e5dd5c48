#include "CliContext.h"
#include "Commands.h"

#include "common/Clock.h"
#include "common/DateTimeText.h"
#include "metrics/DashboardMetrics.h"
#include "metrics/ReportFormat.h"

#include <QFile>
#include <QSaveFile>

namespace fd::cli {

int report(CliContext& context)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("name"), DashboardMetrics::names().join(QLatin1Char('|')));
    const QCommandLineOption from(QStringLiteral("from"), CliContext::tr("First day (default: 30 days ago)."), QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), CliContext::tr("Last day, included (default: today)."), QStringLiteral("DATE"));
    const QCommandLineOption format(QStringLiteral("format"), CliContext::tr("table (default), csv or json."), QStringLiteral("FORMAT"));
    const QCommandLineOption out(QStringLiteral("out"), CliContext::tr("The file, or - for standard output (default)."), QStringLiteral("FILE"));
    parser.addOptions({from, to, format, out});
    if (auto stop = context.parse(parser, QStringLiteral("report funnel|onboarding|post-sales|retention|advocacy|flow|at-risk "
                                                         "[--from DATE] [--to DATE] [--format csv|table|json] [--out FILE|-]")))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !DashboardMetrics::names().contains(positional.at(0)))
        return context.usage(CliContext::tr("report needs one of %1.").arg(DashboardMetrics::names().join(QStringLiteral(", "))));
    const QString kind = parser.value(format).isEmpty() ? QStringLiteral("table") : parser.value(format);
    if (kind != QLatin1String("table") && kind != QLatin1String("csv") && kind != QLatin1String("json"))
        return context.usage(CliContext::tr("--format must be table, csv or json."));

    Period period = Period::lastDays(Clock::system().now(), 30);
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

    auto db = context.open(Database::Access::ReadOnly);
    if (!db)
        return UserError;
    auto result = DashboardMetrics(*db, Clock::system()).report(positional.at(0), period);
    if (!result)
        return context.fail(result.error());

    auto write = [&](QIODevice& device) {
        if (kind == QLatin1String("csv"))
            return ReportFormat::csv(*result, device);
        const QByteArray bytes = kind == QLatin1String("json") ? ReportFormat::json(*result) : ReportFormat::table(*result).toUtf8();
        return device.write(bytes) == bytes.size();
    };
    const QString target = parser.value(out);
    if (target.isEmpty() || target == QLatin1String("-")) {
        QFile stdOut;
        if (!stdOut.open(stdout, QIODevice::WriteOnly) || !write(stdOut))
            return context.fail(CliContext::tr("Cannot write to standard output."));
        return Success;
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || !write(file) || !file.commit())
        return context.fail(CliContext::tr("Cannot write “%1”: %2.").arg(target, file.errorString()));
    return Success;
}

} // namespace fd::cli
