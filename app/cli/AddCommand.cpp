#include "CliContext.h"
#include "Commands.h"

#include "common/Clock.h"
#include "common/DateTimeText.h"
#include "domain/Agent.h"
#include "domain/Contact.h"
#include "domain/Customer.h"
#include "domain/Ticket.h"
#include "domain/Touchpoint.h"
#include "domain/Validation.h"
#include "service/Customers.h"
#include "service/Team.h"
#include "service/Tickets.h"

namespace fd::cli {

namespace {

QCommandLineOption valueOption(const char* name, const QString& help, const char* valueName)
{
    return QCommandLineOption(QLatin1String(name), help, QLatin1String(valueName));
}

// Reads typed option values; the first problem found is kept as a usage error.
class Values {
public:
    // notes: where a note on how a value was read goes (stderr).
    Values(const QCommandLineParser& parser, QTextStream& notes) : m_parser(parser), m_notes(notes)
    {
    }

    QString text(const char* name) const { return m_parser.value(QLatin1String(name)); }
    bool has(const char* name) const { return m_parser.isSet(QLatin1String(name)); }

    std::optional<qint64> id(const char* name)
    {
        if (!has(name))
            return std::nullopt;
        bool ok = false;
        const qint64 value = text(name).toLongLong(&ok);
        if (!ok || value <= 0)
            problem(CliContext::tr("--%1 needs an id (a positive whole number), not “%2”.")
                        .arg(QLatin1String(name), text(name)));
        return value;
    }

    // A whole number in low..high: anything else is a usage error (exit 2), as a value
    // outside a fixed list is.
    std::optional<int> integer(const char* name, int low, int high)
    {
        if (!has(name))
            return std::nullopt;
        bool ok = false;
        const int value = text(name).toInt(&ok);
        if (!ok || value < low || value > high)
            problem(CliContext::tr("--%1 needs a whole number from %2 to %3, not “%4”.")
                        .arg(QLatin1String(name))
                        .arg(low)
                        .arg(high)
                        .arg(text(name)));
        return value;
    }

    QDate date(const char* name, QDate fallback)
    {
        if (!has(name))
            return fallback;
        const QDate value = parseDate(text(name));
        if (!value.isValid())
            problem(CliContext::tr("--%1 needs a date as YYYY-MM-DD, not “%2”.")
                        .arg(QLatin1String(name), text(name)));
        return value;
    }

    QDateTime dateTime(const char* name, QDateTime fallback)
    {
        if (!has(name))
            return fallback;
        // A local time the clocks skip is moved forward, as the clock is, and said (issue 13).
        const auto value = readLocalDateTime(text(name));
        if (!value) {
            problem(CliContext::tr("--%1: %2").arg(QLatin1String(name), value.error()));
            return {};
        }
        if (value->movedForward)
            m_notes << CliContext::tr("Note: --%1 “%2” falls in the hour the clocks skip when they "
                                      "spring forward; it was read as %3, as the clock reads then.")
                           .arg(QLatin1String(name), text(name), formatLocalDateTime(value->utc))
                    << Qt::endl;
        return value->utc;
    }

    template <typename E> E choice(const char* name, E fallback)
    {
        if (!has(name))
            return fallback;
        if (auto value = enumFromString<E>(text(name)))
            return *value;
        problem(CliContext::tr("--%1 must be one of %2, not “%3”.")
                    .arg(QLatin1String(name), enumNameList<E>(), text(name)));
        return fallback;
    }

    // A ticket's channel: only the kinds tickets arrive through, and the error lists those.
    TouchpointKind channel(const char* name, TouchpointKind fallback)
    {
        if (!has(name))
            return fallback;
        if (auto value = enumFromString<TouchpointKind>(text(name));
            value && isTicketChannel(*value))
            return *value;
        problem(CliContext::tr("--%1 must be one of %2, not “%3”.")
                    .arg(QLatin1String(name), Validation::ticketChannelNameList(), text(name)));
        return fallback;
    }

    void problem(const QString& sentence)
    {
        if (m_problem.isEmpty())
            m_problem = sentence;
    }
    const QString& firstProblem() const { return m_problem; }

private:
    const QCommandLineParser& m_parser;
    QTextStream& m_notes;
    QString m_problem;
};

int printId(CliContext& context, const Result<qint64>& id)
{
    if (!id)
        return context.fail(id.error());
    context.out() << *id << Qt::endl;
    return Success;
}

// Prints what the service wrote: the new id on stdout, each move's reason and any
// customer the rules left where it was (issue 14 §4) on stderr.
int printWritten(CliContext& context, const Result<Written<qint64>>& written)
{
    if (!written)
        return context.fail(written.error());
    for (const QString& line : written->reasons())
        context.err() << line << Qt::endl;
    context.out() << written->value << Qt::endl;
    return Success;
}

// Resolves --owner/--assignee/--agent given as an id, a name or an email: an active agent.
std::optional<qint64> agentId(CliContext& context, Database& db, const QString& key, bool& failed)
{
    auto agent = Team(db).findActive(key);
    if (!agent) {
        failed = true;
        context.fail(agent.error());
        return std::nullopt;
    }
    return agent->id;
}

int addCustomer(CliContext& context, Values& v)
{
    Customer c;
    c.name = v.text("name");
    c.email = v.text("email");
    c.company = v.text("company");
    c.plan = v.text("plan");
    c.since = v.date("since", QDate::currentDate());
    if (!v.has("name"))
        v.problem(CliContext::tr("add customer needs --name."));
    if (!v.firstProblem().isEmpty())
        return context.usage(v.firstProblem());
    auto db =
        context.open(Session::Access::ReadWrite, CliContext::Reads::Few); // a few index ranges
    if (!db)
        return UserError;
    if (v.has("owner")) {
        bool failed = false;
        c.ownerId = agentId(context, *db, v.text("owner"), failed);
        if (failed)
            return UserError;
    }
    return printWritten(context, Customers(*db, Clock::system()).add(c));
}

int addContact(CliContext& context, Values& v)
{
    Contact c;
    c.customerId = v.id("customer").value_or(0);
    c.name = v.text("name");
    c.email = v.text("email");
    c.phone = v.text("phone");
    c.role = v.text("role");
    const QDate day = v.date("at", QDate::currentDate());
    c.addedAt =
        day == QDate::currentDate() ? QDateTime::currentDateTimeUtc() : day.startOfDay().toUTC();
    if (!v.has("customer") || !v.has("name"))
        v.problem(CliContext::tr("add contact needs --customer ID and --name."));
    if (!v.firstProblem().isEmpty())
        return context.usage(v.firstProblem());
    auto db =
        context.open(Session::Access::ReadWrite, CliContext::Reads::Few); // a few index ranges
    if (!db)
        return UserError;
    return printWritten(context, Customers(*db, Clock::system()).addContact(c));
}

int addTicket(CliContext& context, Values& v)
{
    Ticket t;
    t.customerId = v.id("customer").value_or(0);
    t.subject = v.text("subject");
    t.description = v.text("description");
    t.priority = v.choice("priority", Priority::Normal);
    t.status = v.choice("status", TicketStatus::New);
    t.channel = v.channel("channel", TouchpointKind::Email);
    t.category = v.choice("category", Category::Other);
    t.createdAt = v.dateTime("at", QDateTime::currentDateTimeUtc());
    t.solvedAt = v.dateTime("solved-at", QDateTime());
    t.csat = v.integer("csat", Validation::kCsatMin, Validation::kCsatMax);
    if (!v.has("customer") || !v.has("subject"))
        v.problem(CliContext::tr("add ticket needs --customer ID and --subject TEXT."));
    if (t.solvedAt.isValid() && isOpen(t.status) && !v.has("status"))
        t.status = TicketStatus::Solved;
    if (!t.solvedAt.isValid() && !isOpen(t.status))
        t.solvedAt = t.createdAt < QDateTime::currentDateTimeUtc() ? QDateTime::currentDateTimeUtc()
                                                                   : t.createdAt;
    if (!v.firstProblem().isEmpty())
        return context.usage(v.firstProblem());
    if (const QString problem = Validation::check(t, Clock::system().now()); !problem.isEmpty())
        return context.fail(problem);
    auto db =
        context.open(Session::Access::ReadWrite, CliContext::Reads::Few); // a few index ranges
    if (!db)
        return UserError;
    if (v.has("assignee")) {
        bool failed = false;
        t.assigneeId = agentId(context, *db, v.text("assignee"), failed);
        if (failed)
            return UserError;
    }
    return printWritten(context, Tickets(*db, Clock::system()).add(t));
}

int addTouchpoint(CliContext& context, Values& v)
{
    Touchpoint p;
    p.customerId = v.id("customer").value_or(0);
    p.kind = v.choice("kind", TouchpointKind::Email);
    p.direction = v.choice("direction", Direction::Inbound);
    p.occurredAt = v.dateTime("at", QDateTime::currentDateTimeUtc());
    p.score = v.integer("score", Validation::kScoreMin, Validation::kScoreMax);
    p.summary = v.text("summary");
    if (!v.has("customer") || !v.has("kind"))
        v.problem(CliContext::tr("add touchpoint needs --customer ID and --kind KIND."));
    if (!v.firstProblem().isEmpty())
        return context.usage(v.firstProblem());
    if (const QString problem = Validation::check(p, Clock::system().now()); !problem.isEmpty())
        return context.fail(problem);
    auto db =
        context.open(Session::Access::ReadWrite, CliContext::Reads::Few); // a few index ranges
    if (!db)
        return UserError;
    if (v.has("agent")) {
        bool failed = false;
        p.agentId = agentId(context, *db, v.text("agent"), failed);
        if (failed)
            return UserError;
        Session(*db).setActingAgent(p.agentId); // the audit log's "who" (issue 17)
    }
    return printWritten(context, Customers(*db, Clock::system()).logTouchpoint(p));
}

int addAgent(CliContext& context, Values& v)
{
    Agent a;
    a.name = v.text("name");
    a.email = v.text("email");
    a.role = v.choice("role", AgentRole::Rep);
    if (!v.has("name"))
        v.problem(CliContext::tr("add agent needs --name."));
    if (!v.firstProblem().isEmpty())
        return context.usage(v.firstProblem());
    auto db =
        context.open(Session::Access::ReadWrite, CliContext::Reads::Few); // a few index ranges
    if (!db)
        return UserError;
    if (Status may = Session(*db).requireManager(CliContext::tr("Adding an agent")); !may)
        return context.fail(may.error());
    return printId(context, Team(*db).add(a));
}

// The options of `add WHAT` into `parser`, and its usage line; empty for a WHAT that is not one.
QString addOptions(const QString& what, QCommandLineParser& parser)
{
    QString usage; // empty: `what` is none of them
    if (what == QLatin1String("customer")) {
        usage = QStringLiteral("add customer --name TEXT [--email E] [--company C] [--plan P] "
                               "[--since DATE] [--owner AGENT]");
        parser.addOptions(
            {valueOption("name", CliContext::tr("Customer name."), "TEXT"),
             valueOption("email", CliContext::tr("Primary email."), "E"),
             valueOption("company", CliContext::tr("Company or account."), "C"),
             valueOption("plan", CliContext::tr("Plan or tier."), "P"),
             valueOption("since", CliContext::tr("Date of first sale (default today)."), "DATE"),
             valueOption("owner", CliContext::tr("Owning agent: id, name or email."), "AGENT")});
    } else if (what == QLatin1String("contact")) {
        usage = QStringLiteral("add contact --customer ID --name TEXT [--email E] [--phone P] "
                               "[--role R] [--at DATE]");
        parser.addOptions(
            {valueOption("customer", CliContext::tr("Customer id."), "ID"),
             valueOption("name", CliContext::tr("Contact name."), "TEXT"),
             valueOption("email", CliContext::tr("Email."), "E"),
             valueOption("phone", CliContext::tr("Phone."), "P"),
             valueOption("role", CliContext::tr("Role at the customer."), "R"),
             valueOption("at", CliContext::tr("Date the contact was added (default today)."),
                         "DATE")});
    } else if (what == QLatin1String("ticket")) {
        usage =
            QStringLiteral("add ticket --customer ID --subject TEXT [--description TEXT] "
                           "[--priority P] [--status S] [--channel C] [--category C] "
                           "[--at DATETIME] [--solved-at DATETIME] [--csat N] [--assignee AGENT]");
        parser.addOptions(
            {valueOption("customer", CliContext::tr("Customer id."), "ID"),
             valueOption("subject", CliContext::tr("Subject line."), "TEXT"),
             valueOption("description", CliContext::tr("Description."), "TEXT"),
             valueOption("priority", enumNameList<Priority>(), "P"),
             valueOption("status", enumNameList<TicketStatus>(), "S"),
             valueOption("channel", Validation::ticketChannelNameList(), "C"),
             valueOption("category", enumNameList<Category>(), "C"),
             valueOption("at", CliContext::tr("Creation time (default now)."), "DATETIME"),
             valueOption("solved-at",
                         CliContext::tr("Solve time, for a solved or closed ticket (without "
                                        "--status it makes the ticket solved)."),
                         "DATETIME"),
             valueOption("csat", CliContext::tr("Satisfaction 1-5."), "N"),
             valueOption("assignee", CliContext::tr("Assigned agent: id, name or email."),
                         "AGENT")});
    } else if (what == QLatin1String("touchpoint")) {
        usage = QStringLiteral("add touchpoint --customer ID --kind KIND [--direction D] "
                               "[--at DATETIME] [--score N] [--summary TEXT] [--agent AGENT]");
        parser.addOptions(
            {valueOption("customer", CliContext::tr("Customer id."), "ID"),
             valueOption("kind", enumNameList<TouchpointKind>(), "KIND"),
             valueOption("direction", enumNameList<Direction>(), "D"),
             valueOption("at", CliContext::tr("When it happened (default now)."), "DATETIME"),
             valueOption("score", CliContext::tr("Survey score 0-10."), "N"),
             valueOption("summary", CliContext::tr("Summary."), "TEXT"),
             valueOption("agent", CliContext::tr("Agent: id, name or email."), "AGENT")});
    } else if (what == QLatin1String("agent")) {
        usage = QStringLiteral("add agent --name TEXT [--email E] [--role rep|manager]");
        parser.addOptions({valueOption("name", CliContext::tr("Agent name."), "TEXT"),
                           valueOption("email", CliContext::tr("Email."), "E"),
                           valueOption("role", enumNameList<AgentRole>(), "ROLE")});
    }
    return usage;
}

} // namespace

int add(CliContext& context)
{
    const QString what = context.arguments().value(0);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("what"),
                                 CliContext::tr("customer, contact, ticket, touchpoint or agent"));
    const QString usage = addOptions(what, parser);
    if (usage.isEmpty()) {
        if (what == QLatin1String("--help") || what == QLatin1String("-h")) {
            context.out()
                << CliContext::tr(
                       "Usage: funneldesk-cli add customer|contact|ticket|touchpoint|agent "
                       "[options]; see funneldesk-cli add WHAT --help.")
                << Qt::endl
                << Qt::endl
                << CliContext::exitCodeRule();
            return Success;
        }
        return context.usage(
            what.isEmpty()
                ? CliContext::tr(
                      "add needs what to add: customer, contact, ticket, touchpoint or agent.")
                : CliContext::tr(
                      "Cannot add “%1”: choose customer, contact, ticket, touchpoint or agent.")
                      .arg(what));
    }
    if (auto stop = context.parse(parser, usage)) {
        if (*stop == Success)
            context.out() << Qt::endl << CliContext::exitCodeRule();
        return *stop;
    }
    if (parser.positionalArguments().size() != 1)
        return context.usage(
            CliContext::tr("Unexpected argument “%1”.").arg(parser.positionalArguments().value(1)));

    Values values(parser, context.err());
    if (what == QLatin1String("customer"))
        return addCustomer(context, values);
    if (what == QLatin1String("contact"))
        return addContact(context, values);
    if (what == QLatin1String("ticket"))
        return addTicket(context, values);
    if (what == QLatin1String("touchpoint"))
        return addTouchpoint(context, values);
    return addAgent(context, values);
}

} // namespace fd::cli
