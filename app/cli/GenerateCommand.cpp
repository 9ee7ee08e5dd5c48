#include "CliContext.h"
#include "Commands.h"

#include "common/Clock.h"
#include "demo/Generator.h"

#include <QElapsedTimer>

namespace fd::cli {

namespace {

std::optional<qint64> number(const QString& text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok ? std::optional(value) : std::nullopt;
}

} // namespace

int generate(CliContext& context)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption customers(QStringLiteral("customers"),
                                       CliContext::tr("Number of customers."), QStringLiteral("N"),
                                       QStringLiteral("2000"));
    const QCommandLineOption tickets(QStringLiteral("tickets"), CliContext::tr("Number of tickets."),
                                     QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption touchpoints(
        QStringLiteral("touchpoints"),
        CliContext::tr("Number of touchpoints, the one each ticket records included."),
        QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  CliContext::tr("Random seed: the same seed gives the same data."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    parser.addOptions({customers, tickets, touchpoints, seed});
    if (auto stop = context.parse(parser, QStringLiteral("generate --customers N --tickets N "
                                                         "--touchpoints N [--seed S]")))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(CliContext::tr("generate takes no arguments besides its options."));

    GeneratorOptions options;
    const std::pair<const QCommandLineOption*, qint64*> numbers[] = {
        {&customers, &options.customers},
        {&tickets, &options.tickets},
        {&touchpoints, &options.touchpoints},
    };
    for (const auto& [option, target] : numbers) {
        const auto value = number(parser.value(*option));
        if (!value || *value < 0)
            return context.usage(CliContext::tr("--%1 needs a whole number, not “%2”.")
                                     .arg(option->names().constFirst(), parser.value(*option)));
        *target = *value;
    }
    bool seedOk = false;
    options.seed = parser.value(seed).toULongLong(&seedOk);
    if (!seedOk)
        return context.usage(CliContext::tr("--seed needs a whole number, not “%1”.")
                                 .arg(parser.value(seed)));

    auto db = context.open(Database::Access::ReadWrite);
    if (!db)
        return UserError;

    QElapsedTimer timer;
    timer.start();
    int lastPercent = -1;
    auto progress = [&](qint64 done, qint64 total) {
        const int percent = total > 0 ? static_cast<int>(done * 100 / total) : 100;
        if (percent == lastPercent)
            return;
        lastPercent = percent;
        context.err() << '\r'
                      << CliContext::tr("Generating: %1% (%2 of %3 rows)")
                             .arg(percent)
                             .arg(done)
                             .arg(total);
        context.err().flush();
    };
    const Status result = Generator::run(*db, options, Clock::system(), progress);
    context.err() << Qt::endl;
    if (!result)
        return context.fail(result.error());
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
