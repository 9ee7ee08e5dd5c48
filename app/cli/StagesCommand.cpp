#include "CliContext.h"
#include "Commands.h"

#include "common/Clock.h"
#include "common/DateTimeText.h"
#include "common/Quoted.h"
#include "common/VisibleText.h"
#include "domain/Names.h"
#include "service/Customers.h"
#include "service/Team.h"
#include "stages/StageEngine.h"

#include <pwd.h>
#include <unistd.h>

namespace fd::cli {

namespace {

QString number(qint64 n)
{
    return QString::number(n);
}

void printFlows(QTextStream& out, const RecomputeReport& report)
{
    for (const auto& [flow, count] : report.flows())
        out << "  " << toString(flow.first) << " → " << toString(flow.second) << "  " << count
            << '\n';
}

// One sentence per customer the rules send back and forth, naming the rules that fight.
void printUnstable(QTextStream& out, Database& db, const RecomputeReport& report)
{
    Customers customers(db, Clock::system());
    for (const UnstableCustomer& u : report.unstable) {
        auto customer = customers.find(u.customerId);
        out << StageEngine::unstableSentence(
                   u, visibleCell(customer && *customer ? (*customer)->name : QString()),
                   report.written)
            << '\n';
    }
}

int recompute(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption asOf(
        QStringLiteral("as-of"),
        CliContext::tr(
            "Evaluate as at the end of this day (YYYY-MM-DD; today means now; not after today)."),
        QStringLiteral("DATE"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    CliContext::tr("Report what a real run does, write nothing."));
    parser.addOptions({asOf, dryRun});
    if (auto stop = context.parse(
            parser, QStringLiteral("stages recompute [--as-of DATE] [--dry-run]"), args))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(
            CliContext::tr("stages recompute takes no arguments besides its options."));
    RecomputeOptions options;
    options.dryRun = parser.isSet(dryRun);
    if (parser.isSet(asOf)) {
        const QDate day = parseDate(parser.value(asOf));
        if (!day.isValid())
            return context.usage(CliContext::tr("--as-of needs a date as YYYY-MM-DD, not “%1”.")
                                     .arg(parser.value(asOf)));
        const QDate today = Clock::system().now().toLocalTime().date();
        if (day > today)
            return context.usage(CliContext::tr("--as-of %1 is after today (%2): stages can be "
                                                "evaluated up to now, not in the future.")
                                     .arg(formatDate(day), formatDate(today)));
        if (day < today) // today has not ended: as of today is now
            options.asOf = endOfLocalDay(day);
    }
    // Reads::Few: a map read 930 MB of L's 1 GB cold for the 240 MB of indexes this reads (issue
    // 15).
    auto db = context.open(options.dryRun ? Session::Access::ReadOnly : Session::Access::ReadWrite,
                           CliContext::Reads::Few);
    if (!db)
        return UserError;
    auto report = StageEngine(*db, Clock::system()).recompute(options);
    if (!report)
        return context.fail(report.error());
    QTextStream& out = context.out();
    out << CliContext::tr("Evaluated %1 customers as of %2.")
               .arg(number(report->evaluated), formatLocalDateTime(report->asOf))
        << '\n';
    if (report->changes.empty()) {
        out << CliContext::tr("Nobody moves.") << '\n';
    } else {
        out << (report->written ? CliContext::tr("Moved %1 customers (%2 moves):")
                                : CliContext::tr("Would move %1 customers (%2 moves):"))
                   .arg(number(static_cast<qint64>(report->changes.size())),
                        number(report->moveCount()))
            << '\n';
        printFlows(out, *report);
    }
    if (!report->skipped.empty())
        out << (report->written
                    ? CliContext::tr(
                          "Not written for %1 customers whose history already has later moves.")
                    : CliContext::tr("Would not be written for %1 customers whose history already "
                                     "has later moves."))
                   .arg(report->skipped.size())
            << '\n';
    if (!report->changedMeanwhile.empty())
        out << CliContext::tr("Not written for %1 customers that another session moved meanwhile; "
                              "a recompute now "
                              "judges them anew.")
                   .arg(report->changedMeanwhile.size())
            << '\n';
    if (!report->unstable.empty()) // counted, then one sentence per customer
        out << StageEngine::unstableSummary(report->unstable, report->written) << '\n';
    printUnstable(out, *db, *report);
    out.flush();
    return Success;
}

int explain(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("id"), CliContext::tr("Customer id."));
    if (auto stop = context.parse(parser, QStringLiteral("stages explain CUSTOMER_ID"), args))
        return *stop;
    const auto id = CliContext::positiveId(parser.positionalArguments().value(0));
    if (!id || parser.positionalArguments().size() != 1)
        return context.usage(CliContext::tr("stages explain needs one customer id."));
    auto db = context.open(Session::Access::ReadOnly, CliContext::Reads::Few);
    if (!db)
        return UserError;
    auto customer = Customers(*db, Clock::system()).find(*id);
    auto e = StageEngine(*db, Clock::system()).explain(*id);
    if (!e)
        return context.fail(e.error());
    QTextStream& out = context.out();
    // Stored text as one field each (visibleCell): a line break in a name or reason starts no line.
    const QString name = visibleCell(customer && *customer ? (*customer)->name : QString());
    out << CliContext::tr("%1 is in %2 since %3.")
               .arg(Names::customerAtStart(*id, name), displayName(e->stage),
                    formatLocalDateTime(e->since))
        << '\n';
    if (!e->lastReason.isEmpty())
        out << CliContext::tr("Why: %1 (%2)")
                   .arg(visibleCell(e->lastReason), visibleCell(e->lastActor))
            << '\n';
    if (!e->hold().isEmpty())
        out << e->hold() << '\n';
    else if (!e->fighting.isEmpty())
        out << StageEngine::unstableSentence({*id, e->stage, e->fighting, {}}, name, false) << '\n';
    // Each line agrees with what a recompute now does (Explanation::verdict).
    out << CliContext::tr("Next:") << '\n';
    for (const RuleCheck& check : e->next) {
        out << "  " << check.ruleKey << " (" << displayName(check.from) << " → "
            << displayName(check.to) << "): " << e->verdict(check) << '\n';
        for (const Clause& clause : check.clauses)
            out << "    " << (clause.met ? "✓ " : "✗ ") << visibleCell(clause.text) << '\n';
    }
    if (e->moves.size() > 1) {
        QStringList then;
        for (auto it = e->moves.begin() + 1; it != e->moves.end(); ++it)
            then << CliContext::tr("%1 (%2)").arg(displayName(it->to), visibleCell(it->actor));
        out << CliContext::tr("Then, at the same recompute: %1.")
                   .arg(then.join(QStringLiteral(", ")))
            << '\n';
    }
    out.flush();
    return Success;
}

// The login name of this process's effective user (the password database's, which
// `su` and `sudo` set); $USER only when the user has no entry there, else "uid N".
QString loginName()
{
    if (const passwd* entry = getpwuid(geteuid()); entry && entry->pw_name && *entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    const QString hint = qEnvironmentVariable("USER").trimmed();
    return hint.isEmpty() ? QStringLiteral("uid %1").arg(geteuid()) : hint;
}

// The actor of a manual move into `who`: the agent --agent names (`agentGiven`, `agent`: it
// must exist), else the signed-in login's agent on a server (issue 17, "Who is working"), else
// the login of this process. The exit code when the agent cannot be found or may not be named.
std::optional<int> actingAgent(CliContext& context, Database& db, bool agentGiven,
                               const QString& agent, QString& who)
{
    who = loginName();
    if (const auto me = Session(db).actingAgent(); me && !agentGiven) {
        auto mine = Team(db).find(*me);
        if (!mine)
            return context.fail(mine.error());
        if (*mine)
            who = (*mine)->name;
    }
    if (agentGiven) {
        auto named = Team(db).findActive(agent);
        if (!named)
            return context.fail(named.error());
        // The server records a rep's move as the rep's own (006_guard.sql): said here rather
        // than recording another name than the one asked for.
        if (const TeamRights mine = Session(db).rights();
            !mine.manager && mine.agentId != named->id)
            return context.fail(
                CliContext::tr("A rep's moves are recorded as the rep's own, so %1 cannot make a "
                               "move as %2; leave out --agent.")
                    .arg(quoted(mine.login), quoted(named->name)));
        who = named->name;
        Session(db).setActingAgent(named->id); // the audit log's "who" (issue 17)
    }
    return std::nullopt;
}

int set(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("id"), CliContext::tr("Customer id."));
    parser.addPositionalArgument(QStringLiteral("stage"), enumNameList<Stage>());
    const QCommandLineOption reason(QStringLiteral("reason"), CliContext::tr("Why (required)."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption pin(QStringLiteral("pin"),
                                 CliContext::tr("Hold the customer in this stage."));
    const QCommandLineOption unpin(QStringLiteral("unpin"),
                                   CliContext::tr("Let the rules move it again."));
    const QCommandLineOption agent(QStringLiteral("agent"),
                                   CliContext::tr("The agent who makes the move: id, name or email "
                                                  "(default: the login name of this process)."),
                                   QStringLiteral("AGENT"));
    parser.addOptions({reason, pin, unpin, agent});
    if (auto stop = context.parse(
            parser,
            QStringLiteral(
                "stages set CUSTOMER_ID STAGE --reason TEXT [--pin|--unpin] [--agent AGENT]"),
            args))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    const auto id = CliContext::positiveId(positional.value(0));
    if (!id || positional.size() != 2)
        return context.usage(CliContext::tr("stages set needs a customer id and a stage."));
    const auto stage = enumFromString<Stage>(positional.at(1));
    if (!stage)
        return context.usage(CliContext::tr("“%1” is not a stage; choose %2.")
                                 .arg(positional.at(1), enumNameList<Stage>()));
    if (!parser.isSet(reason) || parser.value(reason).trimmed().isEmpty())
        return context.usage(
            CliContext::tr("stages set needs --reason TEXT: every manual move says why."));
    if (parser.isSet(pin) && parser.isSet(unpin))
        return context.usage(CliContext::tr("--pin and --unpin cannot both be given."));
    std::optional<bool> pinning;
    if (parser.isSet(pin) || parser.isSet(unpin))
        pinning = parser.isSet(pin);
    auto db = context.open(Session::Access::ReadWrite, CliContext::Reads::Few);
    if (!db)
        return UserError;
    if (pinning) { // the server refuses it too (003_team.sql's pin trigger); said here first
        const QString what = *pinning ? CliContext::tr("Pinning a customer")
                                      : CliContext::tr("Unpinning a customer");
        if (Status may = Session(*db).requireManager(what); !may)
            return context.fail(may.error());
    }
    QString who;
    if (auto stop = actingAgent(context, *db, parser.isSet(agent), parser.value(agent), who))
        return *stop;
    auto move =
        Customers(*db, Clock::system()).move(*id, *stage, parser.value(reason), who, pinning);
    if (!move)
        return context.fail(move.error());
    if (move->value) {
        for (const QString& sentence : move->reasons())
            context.out() << visibleCell(sentence) << '\n';
        context.out().flush();
    } else
        context.out() << CliContext::tr("The customer is already in %1.").arg(displayName(*stage))
                      << Qt::endl;
    if (pinning)
        context.out() << (*pinning ? CliContext::tr("Pinned.") : CliContext::tr("Unpinned."))
                      << Qt::endl;
    return Success;
}

int preview(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rule(
        QStringLiteral("rule"),
        CliContext::tr("A changed threshold, e.g. postsales.settled.min_days=60."),
        QStringLiteral("KEY.PARAM=VALUE"));
    parser.addOption(rule);
    if (auto stop = context.parse(
            parser, QStringLiteral("stages preview --rule KEY.PARAM=VALUE ..."), args))
        return *stop;
    if (!parser.isSet(rule) || !parser.positionalArguments().isEmpty())
        return context.usage(
            CliContext::tr("stages preview needs one or more --rule KEY.PARAM=VALUE."));
    // A malformed assignment, an unknown key or a value out of its range is usage (2).
    StageRules check;
    if (auto valid = StageRuleSettings::applyAll(check, parser.values(rule)); !valid)
        return context.usage(valid.error());
    auto db = context.open(Session::Access::ReadOnly);
    if (!db)
        return UserError;
    auto report = StageEngine(*db, Clock::system()).preview(parser.values(rule));
    if (!report)
        return context.fail(report.error());
    QTextStream& out = context.out();
    out << CliContext::tr("With %1, %2 of %3 customers would move:")
               .arg(parser.values(rule).join(QStringLiteral(", ")))
               .arg(number(static_cast<qint64>(report->changes.size())), number(report->evaluated))
        << '\n';
    printFlows(out, *report);
    if (!report->unstable.empty())
        out << StageEngine::unstableSummary(report->unstable) << '\n';
    printUnstable(out, *db, *report);
    Customers customers(*db, Clock::system());
    for (const StageChange& change : report->changes) {
        auto customer = customers.find(change.customerId);
        out << change.customerId << '\t'
            << visibleCell(customer && *customer ? (*customer)->name : QString()) << '\t'
            << toString(change.from) << " → " << toString(change.to) << '\n';
    }
    out.flush();
    return Success;
}

int rules(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption setOption(QStringLiteral("set"), CliContext::tr("Save a threshold."),
                                       QStringLiteral("KEY.PARAM=VALUE"));
    parser.addOption(setOption);
    if (auto stop =
            context.parse(parser, QStringLiteral("stages rules [--set KEY.PARAM=VALUE ...]"), args))
        return *stop;
    // A malformed assignment, an unknown key or a value out of its range is usage (2).
    StageRules check;
    if (auto valid = StageRuleSettings::applyAll(check, parser.values(setOption)); !valid)
        return context.usage(valid.error());
    auto db = context.open(parser.isSet(setOption) ? Session::Access::ReadWrite
                                                   : Session::Access::ReadOnly,
                           CliContext::Reads::Few);
    if (!db)
        return UserError;
    if (parser.isSet(setOption)) {
        if (Status may = Session(*db).requireManager(CliContext::tr("Changing the stage rules"));
            !may)
            return context.fail(may.error());
    }
    StageEngine engine(*db, Clock::system());
    if (parser.isSet(setOption)) {
        if (auto saved = engine.saveRules(parser.values(setOption)); !saved)
            return context.fail(saved.error());
        // Saved; a rule set under which some customers never settle is worth a warning.
        RecomputeOptions check;
        check.dryRun = true;
        auto report = engine.recompute(check);
        if (!report)
            return context.fail(report.error());
        if (!report->unstable.empty())
            context.err()
                << CliContext::tr("Warning: %1").arg(StageEngine::unstableSummary(report->unstable))
                << Qt::endl;
    }
    auto current = engine.rules();
    if (!current)
        return context.fail(current.error());
    for (const RuleParameter& p : StageRuleSettings::parameters())
        context.out() << p.key << ' ' << (*current).*p.member << '\n';
    context.out().flush();
    return Success;
}

} // namespace

int stages(CliContext& context)
{
    const QStringList args = context.arguments().mid(1);
    const QString what = context.arguments().value(0);
    if (what == QLatin1String("recompute"))
        return recompute(context, args);
    if (what == QLatin1String("explain"))
        return explain(context, args);
    if (what == QLatin1String("set"))
        return set(context, args);
    if (what == QLatin1String("preview"))
        return preview(context, args);
    if (what == QLatin1String("rules"))
        return rules(context, args);
    if (what == QLatin1String("--help") || what == QLatin1String("-h")) {
        context.out() << CliContext::tr(
                             "Usage: funneldesk-cli stages recompute|explain|set|preview|rules "
                             "[options]; see funneldesk-cli stages WHAT --help.")
                      << Qt::endl;
        return Success;
    }
    return context.usage(
        what.isEmpty()
            ? CliContext::tr(
                  "stages needs a subcommand: recompute, explain, set, preview or rules.")
            : CliContext::tr("Unknown stages subcommand “%1”: choose recompute, explain, set, "
                             "preview or rules.")
                  .arg(what));
}

} // namespace fd::cli
