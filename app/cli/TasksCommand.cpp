// funneldesk-cli tasks list|done and plans list|set (issue 18): the success plans' and
// playbooks' tasks, and each stage's plan template.
#include "CliContext.h"
#include "Commands.h"

#include "calendar/CalendarExport.h"
#include "common/Clock.h"
#include "common/DateTimeText.h"
#include "common/VisibleText.h"
#include "service/Tasks.h"
#include "service/Team.h"

namespace fd::cli {

namespace {

void printTask(QTextStream& out, const Task& t)
{
    out << t.id << '\t' << formatDate(t.dueDay) << '\t' << t.customerId << '\t'
        << visibleCell(t.customerName) << '\t' << visibleCell(t.title) << '\t'
        << (t.kind ? toString(*t.kind) : QStringLiteral("-")) << '\t' << visibleCell(t.ownerName)
        << '\n';
}

int list(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption mine(
        QStringLiteral("mine"), CliContext::tr("Only my tasks (on a file, the agent of --agent)."));
    const QCommandLineOption overdue(QStringLiteral("overdue"),
                                     CliContext::tr("Only tasks due before today."));
    const QCommandLineOption agent(QStringLiteral("agent"),
                                   CliContext::tr("Only this agent's tasks: id, name or email."),
                                   QStringLiteral("AGENT"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   CliContext::tr("At most N tasks (default 200)."),
                                   QStringLiteral("N"));
    parser.addOptions({mine, overdue, agent, limit});
    if (auto stop = context.parse(
            parser, QStringLiteral("tasks list [--mine | --agent AGENT] [--overdue] [--limit N]"),
            args))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(CliContext::tr("tasks list takes no arguments besides its options."));
    int most = 200;
    if (parser.isSet(limit)) {
        bool ok = false;
        most = parser.value(limit).toInt(&ok);
        if (!ok || most < 1 || most > 1000000)
            return context.usage(
                CliContext::tr("--limit needs a whole number from 1 to 1000000, not “%1”.")
                    .arg(parser.value(limit)));
    }
    auto db = context.open(Session::Access::ReadOnly, CliContext::Reads::Few);
    if (!db)
        return UserError;
    Tasks tasks(*db, Clock::system());
    TaskFilter filter = parser.isSet(overdue) ? tasks.overdue() : TaskFilter{};
    if (parser.isSet(agent)) {
        auto named = Team(*db).findActive(parser.value(agent));
        if (!named)
            return context.fail(named.error());
        filter.ownerId = named->id;
    } else if (parser.isSet(mine)) {
        const auto me = Session(*db).actingAgent();
        if (!me)
            return context.fail(CliContext::tr(
                "--mine needs to know who you are: on a file, name yourself with --agent AGENT "
                "instead (a file has no logins)."));
        filter.ownerId = *me;
    }
    auto found = tasks.list(filter, most);
    if (!found)
        return context.fail(found.error());
    auto total = tasks.count(filter);
    if (!total)
        return context.fail(total.error());
    QTextStream& out = context.out();
    out << "id\tdue\tcustomer_id\tcustomer\ttask\trecords\towner\n";
    for (const Task& t : *found)
        printTask(out, t);
    out.flush();
    if (*total > static_cast<qint64>(found->size()))
        context.err() << CliContext::tr("Showing %1 of %2 tasks; --limit N shows more.")
                             .arg(found->size())
                             .arg(*total)
                      << Qt::endl;
    return Success;
}

int done(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("id"), CliContext::tr("Task id."));
    const QCommandLineOption agent(
        QStringLiteral("agent"),
        CliContext::tr(
            "The agent who did it: id, name or email (default: the signed-in login's agent, "
            "else the task's owner)."),
        QStringLiteral("AGENT"));
    parser.addOption(agent);
    if (auto stop =
            context.parse(parser, QStringLiteral("tasks done TASK_ID [--agent AGENT]"), args))
        return *stop;
    const auto id = CliContext::positiveId(parser.positionalArguments().value(0));
    if (!id || parser.positionalArguments().size() != 1)
        return context.usage(CliContext::tr("tasks done needs one task id."));
    auto db = context.open(Session::Access::ReadWrite, CliContext::Reads::Few);
    if (!db)
        return UserError;
    std::optional<qint64> by = Session(*db).actingAgent();
    if (parser.isSet(agent)) {
        auto named = Team(*db).findActive(parser.value(agent));
        if (!named)
            return context.fail(named.error());
        by = named->id;
    }
    Tasks tasks(*db, Clock::system());
    auto written = tasks.done(*id, by);
    if (!written)
        return context.fail(written.error());
    QTextStream& out = context.out();
    out << (written->value ? CliContext::tr("Task %1 done; touchpoint %2 recorded.")
                                 .arg(*id)
                                 .arg(*written->value)
                           : CliContext::tr("Task %1 done.").arg(*id))
        << '\n';
    for (const QString& sentence : written->reasons())
        out << visibleCell(sentence) << '\n';
    out.flush();
    return Success;
}

int ics(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption out(QStringLiteral("out"),
                                 CliContext::tr("The .ics file, or - for standard output."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption all(QStringLiteral("all"),
                                 CliContext::tr("Every open task, not only the success reviews."));
    const QCommandLineOption agent(QStringLiteral("agent"),
                                   CliContext::tr("Only this agent's tasks: id, name or email."),
                                   QStringLiteral("AGENT"));
    parser.addOptions({out, all, agent});
    if (auto stop = context.parse(
            parser, QStringLiteral("tasks ics --out FILE [--all] [--agent AGENT]"), args))
        return *stop;
    if (!parser.isSet(out) || parser.value(out).isEmpty() ||
        !parser.positionalArguments().isEmpty())
        return context.usage(
            CliContext::tr("tasks ics needs --out FILE (or - for standard output)."));
    auto db = context.open(Session::Access::ReadOnly, CliContext::Reads::Few);
    if (!db)
        return UserError;
    TaskFilter filter;
    if (!parser.isSet(all))
        filter.kind = TouchpointKind::SuccessReview;
    if (parser.isSet(agent)) {
        auto named = Team(*db).findActive(parser.value(agent));
        if (!named)
            return context.fail(named.error());
        filter.ownerId = named->id;
    }
    Tasks tasks(*db, Clock::system());
    auto total = tasks.count(filter);
    if (!total)
        return context.fail(total.error());
    auto found = tasks.list(filter, static_cast<int>(std::min<qint64>(*total, 1000000)));
    if (!found)
        return context.fail(found.error());
    const QByteArray text =
        CalendarExport::ics(*found, Clock::system().now(), QStringLiteral("funneldesk"));
    const int written = context.writeOutput(parser.value(out), [&](QIODevice& device) -> Status {
        if (device.write(text) != text.size())
            return failure(device.errorString());
        return {};
    });
    if (written == Success && parser.value(out) != QLatin1String("-"))
        context.err()
            << CliContext::tr("Wrote %1 tasks to %2.").arg(found->size()).arg(parser.value(out))
            << Qt::endl;
    return written;
}

int plansList(CliContext& context)
{
    auto db = context.open(Session::Access::ReadOnly, CliContext::Reads::Few);
    if (!db)
        return UserError;
    auto plans = Tasks(*db, Clock::system()).plans();
    if (!plans)
        return context.fail(plans.error());
    QTextStream& out = context.out();
    for (std::size_t i = 0; i < enumCount<Stage>(); ++i) {
        const auto stage = static_cast<Stage>(i);
        out << toString(stage) << '\n';
        for (const PlanStep& step : plans->of(stage))
            out << "  " << visibleCell(SuccessPlanSettings::stepText(step)) << '\n';
    }
    out.flush();
    return Success;
}

int plansSet(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("stage"), enumNameList<Stage>());
    parser.addPositionalArgument(
        QStringLiteral("steps"),
        CliContext::tr("Each step as DAYS:KIND:TITLE or every DAYS:KIND:TITLE."));
    if (auto stop = context.parse(parser, QStringLiteral("plans set STAGE [STEP ...]"), args))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return context.usage(
            CliContext::tr("plans set needs a stage, then its steps (none: an empty plan)."));
    const auto stage = enumFromString<Stage>(positional.first());
    if (!stage)
        return context.usage(CliContext::tr("“%1” is not a stage; choose %2.")
                                 .arg(positional.first(), enumNameList<Stage>()));
    if (auto parsed = SuccessPlanSettings::parseSteps(positional.mid(1)); !parsed)
        return context.usage(parsed.error());
    auto db = context.open(Session::Access::ReadWrite, CliContext::Reads::Few);
    if (!db)
        return UserError;
    if (Status may = Session(*db).requireManager(CliContext::tr("Changing a success plan")); !may)
        return context.fail(may.error());
    if (auto saved = Tasks(*db, Clock::system()).savePlan(*stage, positional.mid(1)); !saved)
        return context.fail(saved.error());
    context.out() << CliContext::tr("Saved the plan of %1: %2 steps.")
                         .arg(displayName(*stage))
                         .arg(positional.size() - 1)
                  << Qt::endl;
    return Success;
}

} // namespace

int tasks(CliContext& context)
{
    const QStringList args = context.arguments().mid(1);
    const QString what = context.arguments().value(0);
    if (what == QLatin1String("list"))
        return list(context, args);
    if (what == QLatin1String("done"))
        return done(context, args);
    if (what == QLatin1String("ics"))
        return ics(context, args);
    if (what == QLatin1String("--help") || what == QLatin1String("-h")) {
        context.out() << CliContext::tr("Usage: funneldesk-cli tasks list|done|ics [options]; see "
                                        "funneldesk-cli tasks WHAT --help.")
                      << Qt::endl;
        return Success;
    }
    return context.usage(
        what.isEmpty()
            ? CliContext::tr("tasks needs a subcommand: list, done or ics.")
            : CliContext::tr("Unknown tasks subcommand “%1”: choose list, done or ics.").arg(what));
}

int plans(CliContext& context)
{
    const QStringList args = context.arguments().mid(1);
    const QString what = context.arguments().value(0);
    if (what == QLatin1String("list")) {
        if (!args.isEmpty())
            return context.usage(CliContext::tr("plans list takes no arguments."));
        return plansList(context);
    }
    if (what == QLatin1String("set"))
        return plansSet(context, args);
    if (what == QLatin1String("--help") || what == QLatin1String("-h")) {
        context.out() << CliContext::tr("Usage: funneldesk-cli plans list | set STAGE [STEP ...]; "
                                        "a step is DAYS:KIND:TITLE "
                                        "or every DAYS:KIND:TITLE.")
                      << Qt::endl;
        return Success;
    }
    return context.usage(
        what.isEmpty()
            ? CliContext::tr("plans needs a subcommand: list or set.")
            : CliContext::tr("Unknown plans subcommand “%1”: choose list or set.").arg(what));
}

} // namespace fd::cli
