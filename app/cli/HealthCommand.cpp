// funneldesk-cli health recompute|explain|preview (issue 18): the health score of every active
// customer, one customer's factor by factor, and what edited weights would change.
#include "CliContext.h"
#include "Commands.h"

#include "common/Clock.h"
#include "common/DateTimeText.h"
#include "common/VisibleText.h"
#include "domain/Names.h"
#include "service/Customers.h"
#include "service/TeamSettings.h"
#include "success/HealthEngine.h"

namespace fd::cli {

namespace {

QString bandMix(const std::array<qint64, 3>& bands)
{
    return CliContext::tr("Healthy %1, Watch %2, At risk %3.")
        .arg(bands[static_cast<std::size_t>(ScoreBand::Healthy)])
        .arg(bands[static_cast<std::size_t>(ScoreBand::Watch)])
        .arg(bands[static_cast<std::size_t>(ScoreBand::AtRisk)]);
}

QString customerName(Customers& customers, qint64 id)
{
    auto customer = customers.find(id);
    return visibleCell(customer && *customer ? (*customer)->name : QString());
}

int recompute(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    CliContext::tr("Report what a real run does, write nothing."));
    parser.addOption(dryRun);
    if (auto stop = context.parse(parser, QStringLiteral("health recompute [--dry-run]"), args))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(
            CliContext::tr("health recompute takes no arguments besides its options."));
    auto db =
        context.open(parser.isSet(dryRun) ? Session::Access::ReadOnly : Session::Access::ReadWrite,
                     CliContext::Reads::Few);
    if (!db)
        return UserError;
    auto report = HealthEngine(*db, Clock::system()).recompute(parser.isSet(dryRun));
    if (!report)
        return context.fail(report.error());
    QTextStream& out = context.out();
    out << CliContext::tr("Scored %1 customers as of %2.")
               .arg(report->evaluated)
               .arg(formatLocalDateTime(report->asOf))
        << '\n'
        << bandMix(report->bands) << '\n';
    if (report->changed == 0) {
        out << CliContext::tr("No score changed.") << '\n';
    } else {
        out << (report->written
                    ? CliContext::tr("Changed %1 scores; %2 customers changed band:")
                    : CliContext::tr("Would change %1 scores; %2 customers would change band:"))
                   .arg(report->changed)
                   .arg(static_cast<qint64>(report->moves.size()))
            << '\n';
        std::map<std::pair<QString, QString>, qint64> flows;
        for (const BandMove& m : report->moves)
            ++flows[{m.from ? toString(*m.from) : CliContext::tr("(new)"), toString(m.to)}];
        for (const auto& [flow, count] : flows)
            out << "  " << flow.first << " → " << flow.second << "  " << count << '\n';
    }
    if (report->playbookTasks > 0)
        out << CliContext::tr("The playbooks of band drops and silences added %1 tasks.")
                   .arg(report->playbookTasks)
            << '\n';
    out.flush();
    return Success;
}

int explain(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("id"), CliContext::tr("Customer id."));
    if (auto stop = context.parse(parser, QStringLiteral("health explain CUSTOMER_ID"), args))
        return *stop;
    const auto id = CliContext::positiveId(parser.positionalArguments().value(0));
    if (!id || parser.positionalArguments().size() != 1)
        return context.usage(CliContext::tr("health explain needs one customer id."));
    auto db = context.open(Session::Access::ReadOnly, CliContext::Reads::Few);
    if (!db)
        return UserError;
    auto e = HealthEngine(*db, Clock::system()).explain(*id);
    if (!e)
        return context.fail(e.error());
    Customers customers(*db, Clock::system());
    QTextStream& out = context.out();
    out << CliContext::tr("%1 scores %2 now: %3.")
               .arg(Names::customerAtStart(*id, customerName(customers, *id)))
               .arg(e->score.score)
               .arg(HealthScorer::displayName(e->score.band))
        << '\n';
    if (e->stored)
        out << CliContext::tr("The last health recompute stored %1 (%2) on %3.")
                   .arg(e->stored->score)
                   .arg(HealthScorer::displayName(e->stored->band), formatDate(e->stored->day))
            << '\n';
    else
        out << CliContext::tr("No health recompute has scored it yet.") << '\n';
    for (const QString& line : e->factorLines())
        out << "  " << line << '\n';
    out.flush();
    return Success;
}

int preview(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption set(
        QStringLiteral("set"),
        CliContext::tr("A changed weight, window or band edge, e.g. recency.weight=30 "
                       "or health.recency.weight=30, or a stage target, e.g. "
                       "stage_target.onboarding.behind_days=20."),
        QStringLiteral("KEY=VALUE"));
    parser.addOption(set);
    if (auto stop =
            context.parse(parser, QStringLiteral("health preview --set KEY=VALUE ..."), args))
        return *stop;
    if (!parser.isSet(set) || !parser.positionalArguments().isEmpty())
        return context.usage(CliContext::tr("health preview needs one or more --set KEY=VALUE."));
    // A malformed assignment, an unknown key or a value out of its range is usage (2); values
    // that contradict the saved ones are found once the database is open.
    // Keys as `settings set` names them ("health.recency.weight", "stage_target.…") or
    // without "health." as before: read as HealthEngine::preview reads them.
    if (auto valid = TeamSettings::checked(HealthEngine::settingsAssignments(parser.values(set)));
        !valid)
        return context.usage(valid.error());
    auto db = context.open(Session::Access::ReadOnly);
    if (!db)
        return UserError;
    auto p = HealthEngine(*db, Clock::system()).preview(parser.values(set));
    if (!p)
        return context.fail(p.error());
    QTextStream& out = context.out();
    out << CliContext::tr("With %1, %2 of %3 customers would change band.")
               .arg(parser.values(set).join(QStringLiteral(", ")))
               .arg(p->moved())
               .arg(p->evaluated)
        << '\n'
        << CliContext::tr("Now: %1").arg(bandMix(p->before)) << '\n'
        << CliContext::tr("Then: %1").arg(bandMix(p->after)) << '\n';
    for (const auto& [fromTo, ids] : p->moves)
        out << "  " << toString(fromTo.first) << " → " << toString(fromTo.second) << "  "
            << ids.size() << '\n';
    Customers customers(*db, Clock::system());
    for (const auto& [fromTo, ids] : p->moves)
        for (const qint64 id : ids)
            out << id << '\t' << customerName(customers, id) << '\t' << toString(fromTo.first)
                << " → " << toString(fromTo.second) << '\n';
    out.flush();
    return Success;
}

} // namespace

int health(CliContext& context)
{
    const QStringList args = context.arguments().mid(1);
    const QString what = context.arguments().value(0);
    if (what == QLatin1String("recompute"))
        return recompute(context, args);
    if (what == QLatin1String("explain"))
        return explain(context, args);
    if (what == QLatin1String("preview"))
        return preview(context, args);
    if (what == QLatin1String("--help") || what == QLatin1String("-h")) {
        context.out()
            << CliContext::tr(
                   "Usage: funneldesk-cli health recompute|explain|preview [options]; see "
                   "funneldesk-cli health WHAT --help.")
            << Qt::endl;
        return Success;
    }
    return context.usage(
        what.isEmpty()
            ? CliContext::tr("health needs a subcommand: recompute, explain or preview.")
            : CliContext::tr(
                  "Unknown health subcommand “%1”: choose recompute, explain or preview.")
                  .arg(what));
}

} // namespace fd::cli
