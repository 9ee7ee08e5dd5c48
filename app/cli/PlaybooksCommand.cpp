// funneldesk-cli playbooks list|preview (issue 18): the team's playbooks, and whom each, saved
// or as edited, would give a task (success/PlaybookPreview.h). Editing is `settings set
// playbook.KEY=LINE`.
#include "CliContext.h"
#include "Commands.h"

#include "common/Clock.h"
#include "common/VisibleText.h"
#include "service/Customers.h"
#include "service/TeamSettings.h"
#include "success/PlaybookPreview.h"

namespace fd::cli {

namespace {

int list(CliContext& context, const QStringList& args)
{
    if (!args.isEmpty())
        return context.usage(CliContext::tr("playbooks list takes no arguments."));
    auto db = context.open(Session::Access::ReadOnly, CliContext::Reads::Few);
    if (!db)
        return UserError;
    auto entries = TeamSettings(*db).list(); // the defaults and the saved values, as set
    if (!entries)
        return context.fail(entries.error());
    QTextStream& out = context.out();
    const QString prefix = QStringLiteral("playbook.");
    for (const SettingEntry& e : *entries) {
        if (!e.key.startsWith(prefix) || e.value.trimmed().isEmpty())
            continue; // not a playbook, or switched off
        auto p = Playbooks::parse(e.key.mid(prefix.size()), e.value.trimmed());
        if (!p)
            return context.fail(p.error());
        out << p->key << '\t' << visibleCell(Playbooks::text(*p)) << '\n';
    }
    out.flush();
    return Success;
}

// A playbook of the preview, then whom it would give tasks: how many tasks and customers, and
// each agent's (or nobody's) tasks.
void printReach(QTextStream& out, const PlaybookPreview& p, const Playbook& playbook)
{
    out << playbook.key << '\t' << visibleCell(Playbooks::text(playbook)) << '\n';
    const qint64 tasks = p.tasks(playbook.key);
    out << "  "
        << CliContext::tr("tasks %1, customers %2")
               .arg(tasks)
               .arg(p.customers(playbook.key).size());
    QStringList agents;
    for (const PlaybookReach& r : p.reach)
        if (r.key == playbook.key)
            agents << QStringLiteral("%1 %2")
                          .arg(r.assignee.isEmpty() ? CliContext::tr("(nobody)")
                                                    : visibleCell(r.assignee))
                          .arg(r.tasks);
    if (!agents.isEmpty())
        out << " (" << agents.join(QStringLiteral(", ")) << ')';
    out << '\n';
}

int preview(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption set(
        QStringLiteral("set"),
        CliContext::tr(
            "A playbook as edited, e.g. playbook.detractor_call=\"survey<=4 -> 2:phone:Call back "
            "for owner\" (the key with or without playbook.; an empty line switches it off)."),
        QStringLiteral("KEY=LINE"));
    const QCommandLineOption days(QStringLiteral("days"),
                                  CliContext::tr("How many days to look back (1-365; default 30)."),
                                  QStringLiteral("N"), QStringLiteral("30"));
    const QCommandLineOption customers(QStringLiteral("customers"),
                                       CliContext::tr("Also list each customer: id, name, agent."));
    parser.addOptions({set, days, customers});
    if (auto stop = context.parse(
            parser,
            QStringLiteral("playbooks preview [--set KEY=LINE ...] [--days N] [--customers]"),
            args))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(
            CliContext::tr("playbooks preview takes no arguments besides its options."));
    bool number = false;
    const int lookBack = parser.value(days).toInt(&number);
    if (!number || lookBack < 1 || lookBack > 365)
        return context.usage(CliContext::tr("--days takes a whole number from 1 to 365, not “%1”.")
                                 .arg(parser.value(days)));
    QStringList named;
    for (const QString& value : parser.values(set)) {
        const QString a = value.trimmed();
        named << (a.startsWith(QLatin1String("playbook.")) ? a : QStringLiteral("playbook.") + a);
    }
    // A malformed line or a key given twice is usage (2), as `settings set` has it.
    if (auto valid = TeamSettings::checked(named); !valid)
        return context.usage(valid.error());
    auto db = context.open(Session::Access::ReadOnly);
    if (!db)
        return UserError;
    auto p = PlaybookPreviewer(*db, Clock::system()).preview(named, lookBack);
    if (!p)
        return context.fail(p.error());
    QTextStream& out = context.out();
    out << CliContext::tr("Events of %1 to %2; silences as of now.")
               .arg(p->from.toString(Qt::ISODate), p->today.toString(Qt::ISODate))
        << '\n';
    for (const Playbook& playbook : p->playbooks)
        printReach(out, *p, playbook);
    if (!p->off.isEmpty())
        out << CliContext::tr("Switched off: %1").arg(p->off.join(QStringLiteral(", "))) << '\n';
    if (parser.isSet(customers)) {
        Customers all(*db, Clock::system());
        for (const PlaybookReach& r : p->reach) {
            for (const qint64 id : r.customerIds) {
                auto customer = all.find(id);
                out << r.key << '\t' << id << '\t'
                    << visibleCell(customer && *customer ? (*customer)->name : QString()) << '\t'
                    << visibleCell(r.assignee) << '\n';
            }
        }
    }
    out.flush();
    return Success;
}

} // namespace

int playbooks(CliContext& context)
{
    const QStringList args = context.arguments().mid(1);
    const QString what = context.arguments().value(0);
    if (what == QLatin1String("list"))
        return list(context, args);
    if (what == QLatin1String("preview"))
        return preview(context, args);
    if (what == QLatin1String("--help") || what == QLatin1String("-h")) {
        context.out() << CliContext::tr("Usage: funneldesk-cli playbooks list | preview [--set "
                                        "KEY=LINE ...] [--days N] [--customers]; "
                                        "a playbook is edited with settings set playbook.KEY=LINE.")
                      << Qt::endl;
        return Success;
    }
    return context.usage(
        what.isEmpty()
            ? CliContext::tr("playbooks needs a subcommand: list or preview.")
            : CliContext::tr("Unknown playbooks subcommand “%1”: choose list or preview.")
                  .arg(what));
}

} // namespace fd::cli
