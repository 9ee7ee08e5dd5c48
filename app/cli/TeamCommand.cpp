// `funneldesk-cli team add|list|disable` (issue 17, "Who is working"; PRODUCT.md §8): the logins
// of a team on a server and their roles. service/Team does the work; the server enforces who
// may (only a manager adds or disables a login).
#include "CliContext.h"
#include "Commands.h"

#include "service/Session.h"
#include "service/Team.h"

#include <unistd.h>

namespace fd::cli {

namespace {

QCommandLineOption valueOption(const char* name, const QString& help, const char* valueName)
{
    return QCommandLineOption(QLatin1String(name), help, QLatin1String(valueName));
}

// The new login's password, asked twice on the terminal without echo. nullopt with no
// terminal, or when left empty: the login then has none (said on stderr by the caller).
// `mismatch` is set when the two answers differ.
std::optional<QString> askNewPassword(const QString& login, bool& mismatch)
{
    if (!::isatty(STDIN_FILENO))
        return std::nullopt;
    const std::optional<QString> first =
        CliContext::askPasswordOnTerminal(CliContext::tr("the new login “%1” (empty: none)").arg(login));
    if (!first || first->isEmpty())
        return std::nullopt;
    const std::optional<QString> again =
        CliContext::askPasswordOnTerminal(CliContext::tr("the new login “%1”, again").arg(login));
    mismatch = !again || *again != *first;
    return first;
}

int teamAdd(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({valueOption("login", CliContext::tr("The name the person signs in to the server with."), "LOGIN"),
                       valueOption("name", CliContext::tr("The agent's name, as the team knows it."), "NAME"),
                       valueOption("role", CliContext::tr("rep or manager."), "ROLE"),
                       QCommandLineOption(QStringLiteral("no-password"),
                                          CliContext::tr("Make the login without a password, and ask none: "
                                                         "the server's administrator sets one.")),
                       });
    const QString usage = QStringLiteral("team add --login LOGIN --name NAME --role rep|manager [--no-password]");
    if (auto stop = context.parse(parser, usage, arguments))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(CliContext::tr("Unexpected argument “%1”.").arg(parser.positionalArguments().value(0)));
    for (const char* needed : {"login", "name", "role"}) {
        if (!parser.isSet(QLatin1String(needed)))
            return context.usage(CliContext::tr("team add needs --%1.").arg(QLatin1String(needed)));
    }
    const std::optional<AgentRole> role = enumFromString<AgentRole>(parser.value(QStringLiteral("role")));
    if (!role)
        return context.usage(CliContext::tr("--role is rep or manager, not “%1”.").arg(parser.value(QStringLiteral("role"))));
    if (context.database().isFile())
        return context.fail(Team::serverOnly(context.databasePath()));
    OwnedDatabase db = context.open(Session::Access::ReadWrite, CliContext::Reads::Few);
    if (!db)
        return UserError;
    if (Status may = Session(*db).requireManager(CliContext::tr("Adding a login to the team")); !may)
        return context.fail(may.error());
    const QString login = parser.value(QStringLiteral("login")).trimmed();
    std::optional<QString> password;
    if (!parser.isSet(QStringLiteral("no-password"))) {
        bool mismatch = false;
        password = askNewPassword(login, mismatch);
        if (mismatch)
            return context.fail(CliContext::tr("The two passwords for “%1” differ; nothing was changed.").arg(login));
    }
    const Result<qint64> added = Team(*db).addLogin(login, parser.value(QStringLiteral("name")), *role, password);
    if (!added)
        return context.fail(added.error());
    context.out() << *added << Qt::endl;
    if (!password) {
        context.err() << CliContext::tr("“%1” has no password of FunnelDesk's making: set one as the server's "
                                        "administrator (psql's \\password %1), unless the server lets it in "
                                        "without one or it already had one.")
                             .arg(login)
                      << Qt::endl;
    }
    return Success;
}

int teamList(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    if (auto stop = context.parse(parser, QStringLiteral("team list"), arguments))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(CliContext::tr("Unexpected argument “%1”.").arg(parser.positionalArguments().value(0)));
    if (context.database().isFile())
        return context.fail(Team::serverOnly(context.databasePath()));
    OwnedDatabase db = context.open(Session::Access::ReadOnly, CliContext::Reads::Few);
    if (!db)
        return UserError;
    const auto logins = Team(*db).logins();
    if (!logins)
        return context.fail(logins.error());
    // One login a line, tab-separated: agent id, login, name, role, and active or disabled.
    for (const TeamLogin& member : *logins) {
        const bool enabled = member.active && member.canLogIn;
        context.out() << member.agentId << '\t' << member.login << '\t' << member.name << '\t'
                      << toString(member.role) << '\t'
                      << (enabled ? QStringLiteral("active") : QStringLiteral("disabled")) << '\n';
    }
    return Success;
}

int teamDisable(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    if (auto stop = context.parse(parser, QStringLiteral("team disable LOGIN"), arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return context.usage(CliContext::tr("team disable needs one LOGIN."));
    if (context.database().isFile())
        return context.fail(Team::serverOnly(context.databasePath()));
    OwnedDatabase db = context.open(Session::Access::ReadWrite, CliContext::Reads::Few);
    if (!db)
        return UserError;
    if (Status may = Session(*db).requireManager(CliContext::tr("Disabling a login")); !may)
        return context.fail(may.error());
    const QString login = parser.positionalArguments().at(0);
    if (Status disabled = Team(*db).disableLogin(login); !disabled)
        return context.fail(disabled.error());
    context.err() << CliContext::tr("“%1” can no longer sign in, and its agent is inactive.").arg(login) << Qt::endl;
    return Success;
}

} // namespace

int team(CliContext& context)
{
    const QStringList args = context.arguments().mid(1);
    const QString what = context.arguments().value(0);
    if (what == QLatin1String("add"))
        return teamAdd(context, args);
    if (what == QLatin1String("list"))
        return teamList(context, args);
    if (what == QLatin1String("disable"))
        return teamDisable(context, args);
    if (what == QLatin1String("--help") || what == QLatin1String("-h")) {
        context.out() << CliContext::tr("Usage: funneldesk-cli team add --login LOGIN --name NAME --role rep|manager "
                                        "[--no-password] | list | disable LOGIN") << Qt::endl;
        return Success;
    }
    return context.usage(what.isEmpty() ? CliContext::tr("team needs add, list or disable.")
                                        : CliContext::tr("Cannot “team %1”: choose add, list or disable.").arg(what));
}

} // namespace fd::cli
