// funneldesk-cli settings list|set (issue 18): every value of the Settings dialog's pages as
// KEY=VALUE, with the same range checks (service/TeamSettings.h).
#include "CliContext.h"
#include "Commands.h"

#include "common/VisibleText.h"
#include "service/TeamSettings.h"

namespace fd::cli {

namespace {

int list(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption saved(QStringLiteral("saved"),
                                   CliContext::tr("Only the values saved, not the defaults."));
    parser.addOption(saved);
    if (auto stop = context.parse(parser, QStringLiteral("settings list [--saved]"), args))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(
            CliContext::tr("settings list takes no arguments besides its options."));
    auto db = context.open(Session::Access::ReadOnly, CliContext::Reads::Few);
    if (!db)
        return UserError;
    auto entries = TeamSettings(*db).list();
    if (!entries)
        return context.fail(entries.error());
    QTextStream& out = context.out();
    for (const SettingEntry& e : *entries) {
        if (!parser.isSet(saved) || e.saved)
            out << e.key << '=' << visibleCell(e.value) << '\n';
    }
    out.flush();
    return Success;
}

int set(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("assignments"), CliContext::tr("KEY=VALUE ..."));
    if (auto stop = context.parse(parser, QStringLiteral("settings set KEY=VALUE ..."), args))
        return *stop;
    if (parser.positionalArguments().isEmpty())
        return context.usage(CliContext::tr(
            "settings set needs one or more KEY=VALUE (funneldesk-cli settings list shows them)."));
    // A malformed assignment, an unknown key or a value out of its range is usage (2).
    if (auto valid = TeamSettings::checked(parser.positionalArguments()); !valid)
        return context.usage(valid.error());
    auto db = context.open(Session::Access::ReadWrite, CliContext::Reads::Few);
    if (!db)
        return UserError;
    if (Status may = Session(*db).requireManager(CliContext::tr("Changing the team's settings"));
        !may)
        return context.fail(may.error());
    if (auto saved = TeamSettings(*db).set(parser.positionalArguments()); !saved)
        return context.fail(saved.error());
    context.out() << CliContext::tr("Saved %1 settings.").arg(parser.positionalArguments().size())
                  << Qt::endl;
    return Success;
}

} // namespace

int settings(CliContext& context)
{
    const QStringList args = context.arguments().mid(1);
    const QString what = context.arguments().value(0);
    if (what == QLatin1String("list"))
        return list(context, args);
    if (what == QLatin1String("set"))
        return set(context, args);
    if (what == QLatin1String("--help") || what == QLatin1String("-h")) {
        context.out() << CliContext::tr(
                             "Usage: funneldesk-cli settings list [--saved] | set KEY=VALUE ...")
                      << Qt::endl;
        return Success;
    }
    return context.usage(
        what.isEmpty()
            ? CliContext::tr("settings needs a subcommand: list or set.")
            : CliContext::tr("Unknown settings subcommand “%1”: choose list or set.").arg(what));
}

} // namespace fd::cli
