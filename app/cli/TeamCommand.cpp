// `funneldesk-cli team add|list|disable|enable` (issue 17, "Who is working"; PRODUCT.md §8): the
// logins of a team on a server and their roles. service/Team does the work; the server enforces
// who may (only a manager adds, disables or enables a login).
#include "CliContext.h"
#include "CliHints.h"
#include "Commands.h"

#include "common/VisibleText.h"
#include "service/Session.h"
#include "service/Team.h"

#include <QFile>

#include <unistd.h>

namespace fd::cli {

namespace {

const char* const kAddUsage = "team add --login LOGIN (--name NAME --role rep|manager | --agent "
                              "ID|NAME [--role rep|manager]) "
                              "[--password-file FILE | --no-password]";

QCommandLineOption valueOption(const char* name, const QString& help, const char* valueName)
{
    return QCommandLineOption(QLatin1String(name), help, QLatin1String(valueName));
}

// The new login's password, asked twice on the terminal without echo. nullopt when left
// empty: the login then has none (said on stderr by the caller). `mismatch` is set when the
// two answers differ. Only with a terminal on standard input.
std::optional<QString> askNewPassword(const QString& login, bool& mismatch)
{
    std::optional<QString> first = CliContext::askPasswordOnTerminal(
        CliContext::tr("the new login “%1” (empty: none)").arg(login));
    if (!first || first->isEmpty())
        return std::nullopt;
    const std::optional<QString> again =
        CliContext::askPasswordOnTerminal(CliContext::tr("the new login “%1”, again").arg(login));
    mismatch = !again || *again != *first;
    return first;
}

// The new login's password as the flags say: none (--no-password), the first line of
// --password-file, or asked on the terminal. Never read from a standard input that is no
// terminal: without one and without either flag, the sentence that refuses.
Result<std::optional<QString>> newPassword(const QCommandLineParser& parser, const QString& login)
{
    if (parser.isSet(QStringLiteral("no-password")))
        return std::optional<QString>();
    if (parser.isSet(QStringLiteral("password-file"))) {
        const QString path = parser.value(QStringLiteral("password-file"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return failure(CliContext::tr("Cannot read the password file “%1”: %2.")
                               .arg(path, file.errorString()));
        QByteArray line = file.readLine(4096);
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        const QString password = QString::fromUtf8(line);
        line.fill('\0');
        if (password.isEmpty())
            return failure(
                CliContext::tr(
                    "The first line of the password file “%1” is empty; write the password "
                    "there, or give --no-password for a login without one.")
                    .arg(path));
        return std::optional<QString>(password);
    }
    if (!::isatty(STDIN_FILENO))
        return failure(
            CliContext::tr(
                "There is no terminal to ask the password of “%1” on; give --password-file FILE "
                "(its first line is the password) or --no-password (the server's "
                "administrator sets one).")
                .arg(login));
    bool mismatch = false;
    std::optional<QString> password = askNewPassword(login, mismatch);
    if (mismatch)
        return failure(
            CliContext::tr("The two passwords for “%1” differ; nothing was changed.").arg(login));
    return password;
}

// team add's flags that do not need the database; the usage error's exit code, or nothing.
std::optional<int> checkAddFlags(CliContext& context, const QCommandLineParser& parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.usage(
            CliContext::tr("Unexpected argument “%1”.").arg(parser.positionalArguments().value(0)));
    if (!parser.isSet(QStringLiteral("login")))
        return context.usage(CliContext::tr("team add needs --login."));
    const bool link = parser.isSet(QStringLiteral("agent"));
    if (link && parser.isSet(QStringLiteral("name")))
        return context.usage(
            CliContext::tr("team add takes --name (a new agent) or --agent (an existing one), not "
                           "both."));
    if (!link) {
        for (const char* needed : {"name", "role"}) {
            if (!parser.isSet(QLatin1String(needed)))
                return context.usage(
                    CliContext::tr("team add needs --%1 (or --agent ID|NAME to give an existing "
                                   "agent the login).")
                        .arg(QLatin1String(needed)));
        }
    }
    if (parser.isSet(QStringLiteral("no-password")) &&
        parser.isSet(QStringLiteral("password-file")))
        return context.usage(
            CliContext::tr("team add takes --password-file or --no-password, not both."));
    if (parser.isSet(QStringLiteral("role")) &&
        !enumFromString<AgentRole>(parser.value(QStringLiteral("role"))))
        return context.usage(CliContext::tr("--role is rep or manager, not “%1”.")
                                 .arg(parser.value(QStringLiteral("role"))));
    return std::nullopt;
}

int teamAdd(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        valueOption("login", CliContext::tr("The name the person signs in to the server with."),
                    "LOGIN"),
        valueOption("name", CliContext::tr("A new agent's name, as the team knows it."), "NAME"),
        valueOption("agent",
                    CliContext::tr("Give the login to this existing agent (its id or name), "
                                   "e.g. one a migrate copied from a file. Only the "
                                   "database's owner may give a login that exists on the "
                                   "server and that FunnelDesk did not make."),
                    "ID|NAME"),
        valueOption("role",
                    CliContext::tr("rep or manager (with --agent: the agent's own role when "
                                   "left out)."),
                    "ROLE"),
        valueOption("password-file",
                    CliContext::tr("Read the new login's password from the first line "
                                   "of FILE."),
                    "FILE"),
        QCommandLineOption(QStringLiteral("no-password"),
                           CliContext::tr("Make the login without a password, and ask none: "
                                          "the server's administrator sets one.")),
    });
    if (auto stop = context.parse(parser, QLatin1String(kAddUsage), arguments))
        return *stop;
    if (auto stop = checkAddFlags(context, parser))
        return *stop;
    const std::optional<AgentRole> role =
        parser.isSet(QStringLiteral("role"))
            ? enumFromString<AgentRole>(parser.value(QStringLiteral("role")))
            : std::nullopt;
    if (context.database().isFile())
        return context.fail(Team::serverOnly(context.databasePath()));
    OwnedDatabase db = context.open(Session::Access::ReadWrite, CliContext::Reads::Few);
    if (!db)
        return UserError;
    if (Status may = Session(*db).requireManager(CliContext::tr("Adding a login to the team"));
        !may)
        return context.fail(may.error());
    const QString login = parser.value(QStringLiteral("login")).trimmed();
    const Result<std::optional<QString>> password = newPassword(parser, login);
    if (!password)
        return context.fail(password.error());
    qint64 id = 0;
    if (parser.isSet(QStringLiteral("agent"))) {
        const Result<TeamLogin> linked =
            Team(*db).linkLogin(login, parser.value(QStringLiteral("agent")), role, *password);
        if (!linked)
            return context.fail(linked.error());
        id = linked->agentId;
    } else {
        const Result<qint64> added =
            Team(*db).addLogin(login, parser.value(QStringLiteral("name")), *role, *password);
        if (!added)
            return context.fail(added.error());
        id = *added;
    }
    context.out() << id << Qt::endl;
    if (!*password) {
        context.err()
            << CliContext::tr(
                   "“%1” has no password of FunnelDesk's making: set one as the server's "
                   "administrator (psql's \\password \"%1\"), unless the server lets it in "
                   "without one or it already had one.")
                   .arg(login)
            << Qt::endl;
    }
    return Success;
}

// A member's state for `team list`, worst first: no login at all (--all), disabled (team
// disable), cannot sign in (the server's NOLOGIN, or the login is gone), no rights here (not a
// member of its role), else enabled.
QString stateOf(const TeamLogin& member)
{
    if (member.login.isEmpty())
        return QStringLiteral("no login");
    if (!member.active)
        return QStringLiteral("disabled");
    if (!member.canLogIn)
        return QStringLiteral("cannot sign in");
    if (!member.hasRights)
        return QStringLiteral("no rights here");
    return QStringLiteral("enabled");
}

int teamList(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption all(
        QStringLiteral("all"),
        CliContext::tr("Every agent, those without a login too (e.g. copied by a migrate)."));
    parser.addOption(all);
    if (auto stop = context.parse(parser, QStringLiteral("team list [--all]"), arguments))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(
            CliContext::tr("Unexpected argument “%1”.").arg(parser.positionalArguments().value(0)));
    if (context.database().isFile())
        return context.fail(Team::serverOnly(context.databasePath()));
    OwnedDatabase db = context.open(Session::Access::ReadOnly, CliContext::Reads::Few);
    if (!db)
        return UserError;
    const auto logins = Team(*db).logins(parser.isSet(all));
    if (!logins)
        return context.fail(logins.error());
    // One agent a line, tab-separated: agent id, login, name, role, state (stateOf); a tab or a
    // line break stored in a name is shown, not obeyed (visibleCell).
    for (const TeamLogin& member : *logins) {
        context.out() << member.agentId << '\t' << visibleCell(member.login) << '\t'
                      << visibleCell(member.name) << '\t' << toString(member.role) << '\t'
                      << stateOf(member) << '\n';
    }
    return Success;
}

// `team disable LOGIN` or `team enable LOGIN`: the one LOGIN (set in `login`), on a server, as a
// manager. The open database, or nothing with `stop` set to the exit code.
OwnedDatabase openForLogin(CliContext& context, const QStringList& arguments, const char* verb,
                           const QString& what, QString& login, int& stop)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    stop = Success;
    if (auto stopped = context.parse(
            parser, QStringLiteral("team %1 LOGIN").arg(QLatin1String(verb)), arguments)) {
        stop = *stopped;
        return {};
    }
    if (parser.positionalArguments().size() != 1) {
        stop = context.usage(CliContext::tr("team %1 needs one LOGIN.").arg(QLatin1String(verb)));
        return {};
    }
    login = parser.positionalArguments().constFirst().trimmed();
    if (context.database().isFile()) {
        stop = context.fail(Team::serverOnly(context.databasePath()));
        return {};
    }
    OwnedDatabase db = context.open(Session::Access::ReadWrite, CliContext::Reads::Few);
    if (!db) {
        stop = UserError;
        return {};
    }
    if (Status may = Session(*db).requireManager(what); !may) {
        stop = context.fail(may.error());
        return {};
    }
    return db;
}

int teamDisable(CliContext& context, const QStringList& arguments)
{
    int stop = Success;
    QString login;
    OwnedDatabase db = openForLogin(context, arguments, "disable",
                                    CliContext::tr("Disabling a login"), login, stop);
    if (!db)
        return stop;
    const Result<LoginDisabled> disabled = Team(*db).disableLogin(login);
    if (!disabled)
        return context.fail(disabled.error());
    switch (*disabled) {
    case LoginDisabled::SignedOut:
        context.err()
            << CliContext::tr(
                   "“%1” can no longer sign in to the server, and its agent is inactive here "
                   "(`team enable %2` undoes both).")
                   .arg(login, CliHints::operandWord(login));
        break;
    case LoginDisabled::RightsOnly:
        context.err()
            << CliContext::tr(
                   "“%1” has no rights here any more and its agent is inactive; it can still "
                   "sign in to the server, as team disable locks only a login that FunnelDesk "
                   "made and that belongs to no other role (`team enable %2` undoes this).")
                   .arg(login, CliHints::operandWord(login));
        break;
    case LoginDisabled::NotPlain:
        context.err() << CliContext::tr(
                             "“%1” has no rights here any more and its agent is inactive; it can "
                             "still sign in to the server, as a role with server attributes "
                             "(CREATEDB, REPLICATION or BYPASSRLS), which the team commands "
                             "neither lock nor enable again.")
                             .arg(login);
        break;
    case LoginDisabled::WasLocked:
        context.err()
            << CliContext::tr(
                   "“%1” has no rights here any more and its agent is inactive; the server did "
                   "not let it sign in before either.")
                   .arg(login);
        break;
    }
    context.err() << Qt::endl;
    return Success;
}

int teamEnable(CliContext& context, const QStringList& arguments)
{
    int stop = Success;
    QString login;
    OwnedDatabase db =
        openForLogin(context, arguments, "enable", CliContext::tr("Enabling a login"), login, stop);
    if (!db)
        return stop;
    const Result<LoginEnabled> enabled = Team(*db).enableLogin(login);
    if (!enabled)
        return context.fail(enabled.error());
    switch (*enabled) {
    case LoginEnabled::Already:
        context.err() << CliContext::tr("“%1” is enabled already; nothing was changed.").arg(login);
        break;
    case LoginEnabled::Login:
        context.err()
            << CliContext::tr(
                   "“%1” can sign in to the server again, and acts here as its agent, who is "
                   "active again.")
                   .arg(login);
        break;
    case LoginEnabled::Rights:
        context.err()
            << CliContext::tr(
                   "“%1” has its agent's rights here again, and that agent is active; it could "
                   "sign in to the server all along.")
                   .arg(login);
        break;
    }
    context.err() << Qt::endl;
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
    if (what == QLatin1String("enable"))
        return teamEnable(context, args);
    if (what == QLatin1String("--help") || what == QLatin1String("-h")) {
        context.out()
            << CliContext::tr(
                   "Usage: funneldesk-cli %1 | list [--all] | disable LOGIN | enable LOGIN")
                   .arg(QLatin1String(kAddUsage))
            << Qt::endl;
        return Success;
    }
    return context.usage(
        what.isEmpty()
            ? CliContext::tr("team needs add, list, disable or enable.")
            : CliContext::tr("Cannot “team %1”: choose add, list, disable or enable.").arg(what));
}

} // namespace fd::cli
