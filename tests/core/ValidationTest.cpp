// Issue 14 §3: one validation in core for every write path. Each rule is checked at the
// repositories (where the CLI and the window write), at the import's rows, and on the
// demo generator's output.
#include "domain/Validation.h"
#include "demo/Generator.h"
#include "storage/AgentRepository.h"
#include "storage/ContactRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/Statement.h"
#include "storage/TicketRepository.h"
#include "storage/TouchpointRepository.h"
#include "support/ImportTestSupport.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace fd;

namespace {

struct Fixture {
    test::Scratch scratch;
    std::unique_ptr<Database> db = test::openDatabase(scratch.file(QStringLiteral("v.sqlite")));

    qint64 count(const char* table)
    {
        return db->scalar(std::string("SELECT count(*) FROM ") + table);
    }

    Result<qint64> customer(const QString& name, const QString& email,
                            QDate since = QDate::currentDate().addDays(-10))
    {
        Customer c;
        c.name = name;
        c.email = email;
        c.since = since;
        return CustomerRepository(*db).add(c);
    }

    Ticket ticket(qint64 customerId)
    {
        Ticket t;
        t.customerId = customerId;
        t.subject = QStringLiteral("Cannot log in");
        t.createdAt = QDateTime::currentDateTimeUtc().addDays(-2);
        return t;
    }
};

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace

TEST_CASE("Emails are trimmed and need one @ and no spaces, but the domain needs no dot",
          "[validation]")
{
    for (const char* bad :
         {"ops.acme.example", "ops@@acme", "@acme.example", "ops@", "ops @acme.example",
          "a@b.example, c@d.example", "Ops <ops@acme.example>", "ops@acme@example"}) {
        INFO(bad);
        CHECK(Validation::emailProblem(QString::fromUtf8(bad), QStringLiteral("email"))
                  .contains(QStringLiteral("is not an email address")));
    }
    for (const char* good :
         {"ops@acme.example", "  ops@acme.example ", "ops@localhost", "o.p+s@acme.co.uk", ""}) {
        INFO(good);
        CHECK(Validation::emailProblem(QString::fromUtf8(good), QStringLiteral("email")).isEmpty());
    }

    Fixture f;
    auto refused = f.customer(QStringLiteral("Acme"), QStringLiteral("ops.acme.example"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error() ==
          QStringLiteral("The email “ops.acme.example” is not an email address: write it as "
                         "name@domain, with one @ and no spaces."));
    CHECK(f.count("customer") == 0);

    auto id = f.customer(QStringLiteral("Acme"), QStringLiteral("  ops@acme.example  "));
    REQUIRE(id);
    CHECK((*CustomerRepository(*f.db).find(*id))->email == QStringLiteral("ops@acme.example"));

    Contact contact;
    contact.customerId = *id;
    contact.name = QStringLiteral("Anna");
    contact.email = QStringLiteral("anna at acme");
    contact.addedAt = now();
    auto badContact = ContactRepository(*f.db).add(contact);
    REQUIRE_FALSE(badContact);
    CHECK(badContact.error().startsWith(
        QStringLiteral("The contact email “anna at acme” is not an email address")));
    contact.email = QStringLiteral(" anna@acme.example ");
    REQUIRE(ContactRepository(*f.db).add(contact));
    const auto contacts = ContactRepository(*f.db).forCustomer(*id);
    REQUIRE(contacts);
    REQUIRE(contacts->size() == 1);
    CHECK(contacts->front().email == QStringLiteral("anna@acme.example"));

    Agent agent;
    agent.name = QStringLiteral("Rita");
    agent.email = QStringLiteral("rita");
    CHECK_FALSE(AgentRepository(*f.db).add(agent));
    CHECK(f.count("agent") == 0);
}

TEST_CASE("A second customer with the same primary email is refused, naming the first",
          "[validation]")
{
    Fixture f;
    const auto acme = f.customer(QStringLiteral("Acme"), QStringLiteral("ops@acme.example"));
    REQUIRE(acme);
    const auto copy = f.customer(QStringLiteral("Acme Two"), QStringLiteral(" OPS@Acme.Example"));
    REQUIRE_FALSE(copy);
    CHECK(copy.error().startsWith(
        QStringLiteral("The email “OPS@Acme.Example” already belongs to Acme (customer %1);")
            .arg(*acme)));
    CHECK(f.count("customer") == 1);
    CHECK(f.count("stage_transition") == 1);

    // An edit that takes another customer's email is refused too; keeping its own is not.
    const auto other = f.customer(QStringLiteral("Globex"), QStringLiteral("it@globex.example"));
    REQUIRE(other);
    Customer globex = **CustomerRepository(*f.db).find(*other);
    REQUIRE(CustomerRepository(*f.db).update(globex));
    globex.email = QStringLiteral("ops@acme.example");
    const Status taken = CustomerRepository(*f.db).update(globex);
    REQUIRE_FALSE(taken);
    CHECK(taken.error().contains(QStringLiteral("Acme (customer %1)").arg(*acme)));
    CHECK((*CustomerRepository(*f.db).find(*other))->email == QStringLiteral("it@globex.example"));
    // No email is no duplicate.
    CHECK(f.customer(QStringLiteral("Initech"), QString()));
    CHECK(f.customer(QStringLiteral("Umbrella"), QString()));
}

TEST_CASE("No event is recorded more than a day ahead of now", "[validation]")
{
    Fixture f;
    // A day's slack for clocks and zones; two days ahead is refused.
    CHECK(f.customer(QStringLiteral("Tomorrow Inc"), QString(), QDate::currentDate().addDays(1)));
    const auto later =
        f.customer(QStringLiteral("Future Inc"), QString(), QDate::currentDate().addDays(3));
    REQUIRE_FALSE(later);
    CHECK(
        later.error().startsWith(QStringLiteral("The first sale (since) %1 is in the future")
                                     .arg(QDate::currentDate().addDays(3).toString(Qt::ISODate))));
    const auto id = f.customer(QStringLiteral("Acme"), QString());
    REQUIRE(id);
    const qint64 customers = f.count("customer");

    Contact contact;
    contact.customerId = *id;
    contact.name = QStringLiteral("Anna");
    contact.addedAt = now().addDays(2);
    CHECK_FALSE(ContactRepository(*f.db).add(contact));

    Ticket t = f.ticket(*id);
    t.createdAt = now().addDays(2);
    auto ticket = TicketRepository(*f.db).add(t, QDateTime::currentDateTimeUtc());
    REQUIRE_FALSE(ticket);
    CHECK(ticket.error().startsWith(QStringLiteral("The ticket's creation time ")));
    t = f.ticket(*id);
    t.firstResponseAt = now().addYears(1);
    CHECK_FALSE(TicketRepository(*f.db).add(t, QDateTime::currentDateTimeUtc()));

    Touchpoint p;
    p.customerId = *id;
    p.kind = TouchpointKind::Phone;
    p.occurredAt = QDateTime(QDate(2099, 1, 1), QTime(9, 0), Qt::UTC);
    auto touch = TouchpointRepository(*f.db).add(p);
    REQUIRE_FALSE(touch);
    CHECK(touch.error().contains(QStringLiteral("is in the future")));
    p.occurredAt = now().addSecs(3600); // within the day's slack
    CHECK(TouchpointRepository(*f.db).add(p));

    CHECK(f.count("customer") == customers);
    CHECK(f.count("contact") == 0);
    CHECK(f.count("ticket") == 0);
    CHECK(f.count("touchpoint") == 1);
}

TEST_CASE("A solve time only on a solved or closed ticket, not before its creation", "[validation]")
{
    Fixture f;
    const auto id = f.customer(QStringLiteral("Acme"), QString());
    REQUIRE(id);
    Ticket t = f.ticket(*id);
    t.status = TicketStatus::Open;
    t.solvedAt = t.createdAt.addSecs(3600);
    auto open = TicketRepository(*f.db).add(t, QDateTime::currentDateTimeUtc());
    REQUIRE_FALSE(open);
    CHECK(open.error() ==
          QStringLiteral(
              "A ticket that is open has no solve time; only a solved or closed ticket has one."));
    t.status = TicketStatus::Solved;
    t.solvedAt = t.createdAt.addSecs(-3600);
    CHECK_FALSE(TicketRepository(*f.db).add(t, QDateTime::currentDateTimeUtc()));
    CHECK(f.count("ticket") == 0);
    t.solvedAt = t.createdAt.addSecs(3600);
    auto solved = TicketRepository(*f.db).add(t, QDateTime::currentDateTimeUtc());
    REQUIRE(solved);

    // Reopening clears the solve time: the update checks the ticket it stores, so it passes.
    Ticket reopened = **TicketRepository(*f.db).find(*solved);
    reopened.status = TicketStatus::Open;
    REQUIRE(TicketRepository(*f.db).update(reopened, now()));
    CHECK_FALSE((*TicketRepository(*f.db).find(*solved))->solvedAt.isValid());
}

TEST_CASE("CSAT is 1-5, a survey score 0-10, a channel one tickets arrive through", "[validation]")
{
    Fixture f;
    const auto id = f.customer(QStringLiteral("Acme"), QString());
    REQUIRE(id);
    for (int csat : {0, 6}) {
        Ticket t = f.ticket(*id);
        t.status = TicketStatus::Solved;
        t.solvedAt = t.createdAt.addSecs(60);
        t.csat = csat;
        auto refused = TicketRepository(*f.db).add(t, QDateTime::currentDateTimeUtc());
        REQUIRE_FALSE(refused);
        CHECK(refused.error() == QStringLiteral("CSAT must be between 1 and 5, not %1.").arg(csat));
    }
    for (int score : {-1, 11}) {
        Touchpoint p;
        p.customerId = *id;
        p.kind = TouchpointKind::Survey;
        p.occurredAt = now();
        p.score = score;
        CHECK_FALSE(TouchpointRepository(*f.db).add(p));
    }
    CHECK(f.count("ticket") == 0);
    CHECK(f.count("touchpoint") == 0);

    // The list the error gives is exactly what is accepted.
    const QStringList listed = Validation::ticketChannelNameList().split(QStringLiteral(", "));
    CHECK(listed.size() == 7);
    for (std::size_t i = 0; i < enumCount<TouchpointKind>(); ++i) {
        const auto kind = static_cast<TouchpointKind>(i);
        Ticket t = f.ticket(*id);
        t.channel = kind;
        const QString problem = Validation::check(t, now());
        INFO(toString(kind).toStdString());
        CHECK(problem.isEmpty() == listed.contains(toString(kind)));
        if (!problem.isEmpty())
            CHECK(problem.endsWith(
                QStringLiteral("; choose %1.").arg(Validation::ticketChannelNameList())));
    }
}

TEST_CASE("An import refuses a bad email, a future date, and matches a repeated email",
          "[validation][import]")
{
    Fixture f;
    // The tests' now is 2026-03-15 10:00 Berlin.
    const QByteArray customers = "name,email,since\r\n"
                                 "Acme,ops@acme.example,2026-01-10\r\n"
                                 "Bad Mail,ops.bad.example,2026-01-11\r\n"
                                 "Future,future@x.example,2027-01-01\r\n"
                                 "Acme Again,OPS@ACME.EXAMPLE,2026-01-12\r\n"
                                 "Padded,  pad@x.example  ,2026-01-13\r\n";
    QByteArray rejected;
    QBuffer rejects(&rejected);
    rejects.open(QIODevice::WriteOnly);
    ImportOptions options;
    options.entity = ImportMapping::Entity::Customers;
    options.skipInvalid = true;
    options.rejects = &rejects;
    auto summary = test::importCsv(*f.db, customers, options);
    INFO((summary ? QString() : QString(summary.error())).toStdString());
    REQUIRE(summary);
    CHECK(summary->rejected == 2);
    REQUIRE(summary->firstRejections.size() == 2);
    CHECK(summary->firstRejections.at(0).contains(
        QStringLiteral("“ops.bad.example” is not an email address")));
    CHECK(summary->firstRejections.at(1).contains(QStringLiteral("2027-01-01 is in the future")));
    // The repeated address (any case) is the same customer: matched, not a second one.
    CHECK(summary->customersMatched == 1);
    CHECK(f.count("customer") == 2);
    CHECK(test::texts(*f.db, "SELECT email FROM customer ORDER BY id").join(u' ') ==
          QStringLiteral("ops@acme.example pad@x.example"));

    const QByteArray tickets =
        "ticket_id,customer_name,customer_email,subject,created_at,status\r\n"
        "T-1,Acme,ops@acme.example,Ok,2026-03-01 09:00,open\r\n"
        "T-2,Acme,ops@acme.example,Later,2099-03-01 09:00,open\r\n"
        "T-3,Bad,bad mail@x.example,Bad address,2026-03-01 09:00,open\r\n";
    options.entity = ImportMapping::Entity::Tickets;
    summary = test::importCsv(*f.db, tickets, options);
    REQUIRE(summary);
    CHECK(summary->imported == 1);
    CHECK(summary->rejected == 2);
    REQUIRE(summary->firstRejections.size() == 2);
    CHECK(summary->firstRejections.at(0).contains(QStringLiteral("is in the future")));
    CHECK(summary->firstRejections.at(1).contains(
        QStringLiteral("“bad mail@x.example” is not an email address")));
    CHECK(f.count("ticket") == 1);

    const QByteArray touchpoints = "customer_email,kind,occurred_at\r\n"
                                   "ops@acme.example,phone,2026-03-02 10:00\r\n"
                                   "ops@acme.example,phone,2030-03-02 10:00\r\n";
    options.entity = ImportMapping::Entity::Touchpoints;
    summary = test::importCsv(*f.db, touchpoints, options);
    REQUIRE(summary);
    CHECK(summary->imported == 1);
    CHECK(summary->rejected == 1);
}

TEST_CASE("The demo generator's output passes the core validation", "[validation][generator]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("demo.sqlite")));
    GeneratorOptions options;
    options.customers = 200;
    options.tickets = 1500;
    options.touchpoints = 5000;
    options.seed = 11;
    const FixedClock clock(test::testNow());
    REQUIRE(Generator::run(*db, options, clock));
    const QDateTime at = test::testNow();

    qint64 checked = 0;
    auto q = db->query("SELECT id FROM customer ORDER BY id");
    while (q->step()) {
        const qint64 id = q->int64(0);
        const Customer c = **CustomerRepository(*db).find(id);
        INFO("customer " << id);
        CHECK(Validation::check(c, at) == QString());
        // Held: a range-for over *temporary would read a destroyed vector.
        const auto contacts = ContactRepository(*db).forCustomer(id);
        REQUIRE(contacts);
        for (const Contact& contact : *contacts)
            CHECK(Validation::check(contact, at) == QString());
        const auto touchpoints = TouchpointRepository(*db).forCustomer(id, 100000);
        REQUIRE(touchpoints);
        for (const Touchpoint& p : *touchpoints)
            CHECK(Validation::check(p, at) == QString());
        ++checked;
    }
    CHECK(checked == 200);
    auto tickets = db->query(std::string("SELECT ") + std::string(TicketRepository::kColumns) +
                             " FROM ticket t");
    qint64 ticketCount = 0;
    while (tickets->step()) {
        const Ticket t = TicketRepository::read(*tickets);
        INFO("ticket " << t.id);
        CHECK(Validation::check(t, at) == QString());
        ++ticketCount;
    }
    CHECK(ticketCount > 0);
    // Primary emails are unique among customers, in any case.
    CHECK(db->scalar(
              "SELECT count(*) FROM (SELECT lower(email) FROM customer WHERE email IS NOT NULL "
              "GROUP BY lower(email) HAVING count(*) > 1) AS repeated") == 0);
    CHECK(db->scalar(
              "SELECT count(*) FROM agent WHERE email IS NOT NULL AND email NOT LIKE '%_@_%'") ==
          0);
}

TEST_CASE("An agent's name and email name one agent, and an inactive agent takes no new work",
          "[validation]")
{
    Fixture f;
    AgentRepository agents(*f.db);
    Agent ava;
    ava.name = QStringLiteral("Ava Patel");
    ava.email = QStringLiteral("ava.patel@funneldesk.example");
    const auto avaId = agents.add(ava);
    REQUIRE(avaId);

    Agent copy;
    copy.name = QStringLiteral("Someone Else");
    copy.email = QStringLiteral(" AVA.PATEL@funneldesk.example");
    auto refused = agents.add(copy);
    REQUIRE_FALSE(refused);
    // Agents are named by their name alone (core/domain/Names.h keeps a number for customers
    // only because two may share a name; two agents never do).
    CHECK(refused.error().startsWith(QStringLiteral(
        "The email “ava.patel@funneldesk.example” already belongs to the agent Ava Patel;")));

    copy.email.clear();
    for (const QString& same : {QStringLiteral("ava patel"), QStringLiteral("  AVA   PATEL ")}) {
        copy.name = same;
        refused = agents.add(copy);
        REQUIRE_FALSE(refused);
        CHECK(refused.error() ==
              QStringLiteral(
                  "An agent named “Ava Patel” already exists; give the new one another name."));
    }
    copy.name = QStringLiteral(" 2 ");
    refused = agents.add(copy);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().contains(QStringLiteral("only digits")));
    CHECK(f.count("agent") == 1);

    // Keys are trimmed, names compare any case, emails by emailKey.
    for (const QString& key :
         {QStringLiteral(" Ava Patel "), QStringLiteral("AVA.PATEL@FUNNELDESK.EXAMPLE"),
          QStringLiteral(" %1 ").arg(*avaId)}) {
        INFO(key.toStdString());
        const auto found = agents.findActive(key);
        REQUIRE(found);
        CHECK(found->id == *avaId);
    }

    Agent gone;
    gone.name = QStringLiteral("Emma Hansen");
    gone.active = false;
    const auto goneId = agents.add(gone);
    REQUIRE(goneId);
    const auto byKey = agents.findByKey(QStringLiteral(" emma hansen"));
    REQUIRE(byKey);
    REQUIRE(*byKey);
    CHECK((*byKey)->id == *goneId); // still found, for reading
    const auto inactive = agents.findActive(QStringLiteral(" emma hansen"));
    REQUIRE_FALSE(inactive);
    CHECK(inactive.error() ==
          QStringLiteral("Agent “Emma Hansen” (id %1) is inactive; name an active agent.")
              .arg(*goneId));
    const auto nobody = agents.findActive(QStringLiteral("nobody"));
    REQUIRE_FALSE(nobody);
    CHECK(nobody.error().startsWith(QStringLiteral("There is no agent “nobody”")));
}

TEST_CASE("An agent the import creates from an address shares no name or email with another",
          "[validation][import]")
{
    Fixture f;
    Agent ava;
    ava.name = QStringLiteral("ava");
    ava.email = QStringLiteral("ava@funneldesk.example");
    REQUIRE(AgentRepository(*f.db).add(ava));
    REQUIRE(f.customer(QStringLiteral("Acme"), QStringLiteral("ops@acme.example")));
    const QByteArray tickets =
        "ticket_id,customer_email,subject,created_at,status,assignee\r\n"
        "T-1,ops@acme.example,One,2026-03-01 09:00,open,AVA@FUNNELDESK.EXAMPLE\r\n"
        "T-2,ops@acme.example,Two,2026-03-01 09:00,open,ava@elsewhere.example\r\n";
    ImportOptions options;
    options.entity = ImportMapping::Entity::Tickets;
    const auto summary = test::importCsv(*f.db, tickets, options);
    INFO((summary ? QString() : QString(summary.error())).toStdString());
    REQUIRE(summary);
    CHECK(summary->agentsCreated == 1);
    CHECK(
        test::texts(*f.db, "SELECT name || ' ' || email FROM agent ORDER BY id")
            .join(QStringLiteral(", ")) ==
        QStringLiteral("ava ava@funneldesk.example, ava@elsewhere.example ava@elsewhere.example"));
}

TEST_CASE(
    "A name too long, or holding a control or text-direction character, is refused on every path",
    "[validation]")
{
    // Hostile pass: a 10,000-character name, a tab pasted from a spreadsheet, and U+202E
    // (right-to-left override: "Acme\u202Eevil" shows as another name in every list).
    const QString override = QStringLiteral("Acme") + QChar(0x202E) + QStringLiteral("live");
    CHECK(Validation::nameProblem(QString(Validation::kNameMaxLength, QLatin1Char('a')),
                                  QStringLiteral("customer name"))
              .isEmpty());
    CHECK(Validation::nameProblem(QString(Validation::kNameMaxLength + 1, QLatin1Char('a')),
                                  QStringLiteral("customer name")) ==
          QStringLiteral("The customer name “%1…” is 201 characters long; a name has at most 200.")
              .arg(QString(40, QLatin1Char('a'))));
    CHECK(Validation::nameProblem(override, QStringLiteral("customer name")) ==
          QStringLiteral(
              "The customer name holds U+202E RIGHT-TO-LEFT OVERRIDE at character 5, which changes "
              "the direction the name is shown in; type the name again without it."));
    CHECK(Validation::nameProblem(QStringLiteral("Acme\tInc"), QStringLiteral("contact name"))
              .contains(u"U+0009"));
    CHECK(Validation::nameProblem(QStringLiteral("Acme") + QChar(0x2067), QStringLiteral("x"))
              .contains(u"U+2067"));
    // What scripts need stays: a zero-width non-joiner (Persian); white space around the name
    // is trimmed, not refused. (Direction marks are refused since: NameRuleTest.)
    CHECK(Validation::nameProblem(QStringLiteral("می") + QChar(0x200C) + QStringLiteral("خواهم"),
                                  QStringLiteral("x"))
              .isEmpty());
    CHECK(Validation::nameProblem(QStringLiteral("  Acme\n"), QStringLiteral("x")).isEmpty());

    Fixture f;
    const Result<qint64> added = f.customer(override, QString());
    REQUIRE_FALSE(added);
    CHECK(added.error().contains(u"U+202E"));
    CHECK(f.count("customer") == 0);
    Agent agent;
    agent.name = QString(300, QLatin1Char('x'));
    const Result<qint64> agentAdded = AgentRepository(*f.db).add(agent);
    REQUIRE_FALSE(agentAdded);
    CHECK(agentAdded.error().contains(u"300 characters long"));
    REQUIRE(f.customer(QStringLiteral("Acme"), QString()));
    Contact contact;
    contact.customerId = 1;
    contact.name = QStringLiteral("Ann\tLee");
    contact.addedAt = now().addDays(-1);
    const Result<qint64> contactAdded = ContactRepository(*f.db).add(contact);
    REQUIRE_FALSE(contactAdded);
    CHECK(contactAdded.error().contains(u"contact name"));

    // An import removes the override from a name (a stray character of another system's
    // export must not cost the row: TextRuleTest) and refuses what the name rule refuses
    // besides, such as a zero-width space.
    const QByteArray customers = "name,email,since\r\n"
                                 "Fine,fine@x.example,2026-01-10\r\n" +
                                 override.toUtf8() + ",evil@x.example,2026-01-11\r\n" +
                                 "Ac\xe2\x80\x8bme,zero@x.example,2026-01-12\r\n";
    QByteArray rejected;
    QBuffer rejects(&rejected);
    rejects.open(QIODevice::WriteOnly);
    ImportOptions options;
    options.entity = ImportMapping::Entity::Customers;
    options.skipInvalid = true;
    options.rejects = &rejects;
    auto summary = test::importCsv(*f.db, customers, options);
    REQUIRE(summary);
    CHECK(summary->imported == 2);
    CHECK(summary->rejected == 1);
    CHECK(summary->cleanedRows == 1);
    REQUIRE(summary->firstRejections.size() == 1);
    CHECK(summary->firstRejections.at(0).contains(u"U+200B"));
    CHECK(f.count("customer") == 3);
    CHECK(test::texts(*f.db, "SELECT name FROM customer ORDER BY id")
              .contains(QStringLiteral("Acmelive")));
}
