// Every repository writes what it is given and reads back the same.
#include "domain/Agent.h"
#include "domain/CannedReply.h"
#include "domain/Contact.h"
#include "domain/Customer.h"
#include "domain/Ticket.h"
#include "domain/Touchpoint.h"
#include "storage/AgentRepository.h"
#include "storage/CannedReplyRepository.h"
#include "storage/ContactRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/IntegrityCheck.h"
#include "storage/SettingsRepository.h"
#include "storage/StageTransitionRepository.h"
#include "storage/StatsRepository.h"
#include "storage/TicketCommentRepository.h"
#include "storage/TicketRepository.h"
#include "storage/TouchpointRepository.h"
#include "storage/TouchpointSummaries.h"
#include "support/StorageFaults.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace fd;

namespace {

QDateTime utc(int y, int m, int d, int h = 9, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

struct Fixture {
    test::Scratch scratch;
    std::unique_ptr<Database> db = test::openDatabase(scratch.file(QStringLiteral("r.sqlite")));

    qint64 agent()
    {
        Agent a;
        a.name = QStringLiteral("Rita Rep");
        a.email = QStringLiteral("rita@example.com");
        auto id = AgentRepository(*db).add(a);
        REQUIRE(id);
        return *id;
    }

    int customers = 0;

    qint64 customer(std::optional<qint64> owner = std::nullopt)
    {
        Customer c;
        c.name = QStringLiteral("Acme Corp");
        // A primary email is one customer's (issue 14 §3): the second gets another.
        c.email = customers++ == 0 ? QStringLiteral("ops@acme.example")
                                   : QStringLiteral("ops%1@acme.example").arg(customers);
        c.company = QStringLiteral("Acme");
        c.plan = QStringLiteral("Team");
        c.ownerId = owner;
        c.since = QDate(2025, 6, 1);
        c.tags = QStringLiteral("vip");
        c.notes = QStringLiteral("Prefers phone.");
        auto id = CustomerRepository(*db).add(c);
        REQUIRE(id);
        return *id;
    }
};

} // namespace

TEST_CASE("Agents round-trip and are found by id, name or email", "[repository]")
{
    Fixture f;
    const qint64 id = f.agent();
    AgentRepository agents(*f.db);
    auto byName = agents.findByKey(QStringLiteral("rita rep"));
    REQUIRE(byName);
    REQUIRE(*byName);
    CHECK((*byName)->id == id);
    CHECK((*byName)->email == QStringLiteral("rita@example.com"));
    CHECK((*byName)->role == AgentRole::Rep);
    auto byEmail = agents.findByKey(QStringLiteral("rita@example.com"));
    REQUIRE((byEmail && *byEmail));
    CHECK((*byEmail)->id == id);
    auto byId = agents.findByKey(QString::number(id));
    REQUIRE((byId && *byId));
    CHECK((*byId)->name == QStringLiteral("Rita Rep"));

    Agent duplicate;
    duplicate.name = QStringLiteral("RITA REP");
    auto again = agents.add(duplicate);
    REQUIRE_FALSE(again);
    CHECK(again.error().contains(QStringLiteral("already exists")));
}

TEST_CASE("Customers round-trip and enter the funnel with a recorded transition", "[repository]")
{
    Fixture f;
    const qint64 owner = f.agent();
    const qint64 id = f.customer(owner);
    auto found = CustomerRepository(*f.db).find(id);
    REQUIRE(found);
    REQUIRE(*found);
    const Customer& c = **found;
    CHECK(c.name == QStringLiteral("Acme Corp"));
    CHECK(c.email == QStringLiteral("ops@acme.example"));
    CHECK(c.company == QStringLiteral("Acme"));
    CHECK(c.plan == QStringLiteral("Team"));
    CHECK(c.ownerId == owner);
    CHECK(c.since == QDate(2025, 6, 1));
    CHECK(c.status == CustomerStatus::Active);
    CHECK(c.stage == Stage::Onboarding);
    CHECK(c.stageEnteredAt == QDate(2025, 6, 1).startOfDay().toUTC());
    CHECK_FALSE(c.stagePinned);
    CHECK(c.tags == QStringLiteral("vip"));
    CHECK(c.notes == QStringLiteral("Prefers phone."));

    auto history = StageTransitionRepository(*f.db).forCustomer(id);
    REQUIRE(history);
    REQUIRE(history->size() == 1);
    CHECK_FALSE(history->front().from.has_value());
    CHECK(history->front().to == Stage::Onboarding);
    CHECK(history->front().reason.contains(QStringLiteral("2025-06-01")));

    auto missing = CustomerRepository(*f.db).find(id + 100);
    REQUIRE(missing);
    CHECK_FALSE(missing->has_value());
}

TEST_CASE("Customers are refused without a name, a date or an existing owner", "[repository]")
{
    Fixture f;
    Customer c;
    c.since = QDate(2025, 1, 1);
    CHECK_FALSE(CustomerRepository(*f.db).add(c));
    c.name = QStringLiteral("Acme");
    c.since = QDate();
    CHECK_FALSE(CustomerRepository(*f.db).add(c));
    c.since = QDate(2025, 1, 1);
    c.ownerId = 42;
    auto noOwner = CustomerRepository(*f.db).add(c);
    REQUIRE_FALSE(noOwner);
    CHECK(noOwner.error().contains(QStringLiteral("42")));
    CHECK(f.db->scalar("SELECT count(*) FROM customer") == 0);
    CHECK(f.db->scalar("SELECT count(*) FROM stage_transition") == 0);
}

TEST_CASE("Contacts round-trip", "[repository]")
{
    Fixture f;
    const qint64 customer = f.customer();
    Contact c;
    c.customerId = customer;
    c.name = QStringLiteral("Dana");
    c.email = QStringLiteral("dana@acme.example");
    c.phone = QStringLiteral("+1 555 0100");
    c.role = QStringLiteral("Admin");
    c.addedAt = utc(2025, 7, 2);
    REQUIRE(ContactRepository(*f.db).add(c));
    auto list = ContactRepository(*f.db).forCustomer(customer);
    REQUIRE(list);
    REQUIRE(list->size() == 1);
    CHECK(list->front().name == c.name);
    CHECK(list->front().email == c.email);
    CHECK(list->front().phone == c.phone);
    CHECK(list->front().role == c.role);
    CHECK(list->front().addedAt == c.addedAt);
    c.customerId = customer + 1;
    CHECK_FALSE(ContactRepository(*f.db).add(c));
}

TEST_CASE("A ticket round-trips and records its inbound touchpoint", "[repository]")
{
    Fixture f;
    const qint64 agent = f.agent();
    const qint64 customer = f.customer();
    Ticket t;
    t.customerId = customer;
    t.subject = QStringLiteral("Cannot log in");
    t.description = QStringLiteral("SSO loop since Monday");
    t.status = TicketStatus::Solved;
    t.priority = Priority::High;
    t.channel = TouchpointKind::LiveChat;
    t.category = Category::Bug;
    t.assigneeId = agent;
    t.createdAt = utc(2025, 8, 1, 9);
    t.firstResponseAt = utc(2025, 8, 1, 10);
    t.solvedAt = utc(2025, 8, 2, 15);
    t.csat = 4;
    t.tags = QStringLiteral("sso");
    t.externalRef = QStringLiteral("ZD-1042");
    auto id = TicketRepository(*f.db).add(t, QDateTime::currentDateTimeUtc()); // written today
    REQUIRE(id);

    auto found = TicketRepository(*f.db).find(*id);
    REQUIRE((found && *found));
    const Ticket& r = **found;
    CHECK(r.customerId == customer);
    CHECK(r.subject == t.subject);
    CHECK(r.description == t.description);
    CHECK(r.status == t.status);
    CHECK(r.priority == t.priority);
    CHECK(r.channel == t.channel);
    CHECK(r.category == t.category);
    CHECK(r.assigneeId == agent);
    CHECK(r.createdAt == t.createdAt);
    CHECK(r.firstResponseAt == t.firstResponseAt);
    CHECK(r.solvedAt == t.solvedAt);
    CHECK(r.csat == 4);
    CHECK(r.tags == t.tags);
    CHECK(r.externalRef == t.externalRef);

    auto touches = TouchpointRepository(*f.db).forCustomer(customer);
    REQUIRE(touches);
    REQUIRE(touches->size() == 1);
    CHECK(touches->front().ticketId == *id);
    CHECK(touches->front().kind == TouchpointKind::LiveChat);
    CHECK(touches->front().direction == Direction::Inbound);
    CHECK(touches->front().occurredAt == t.createdAt);
}

TEST_CASE("Invalid tickets are refused and write nothing", "[repository]")
{
    Fixture f;
    const qint64 customer = f.customer();
    Ticket t;
    t.customerId = customer;
    t.subject = QStringLiteral("Help");
    t.createdAt = utc(2025, 8, 1);
    auto check = [&](const char* fragment) {
        auto id = TicketRepository(*f.db).add(t, t.createdAt);
        REQUIRE_FALSE(id);
        CHECK(id.error().contains(QLatin1String(fragment)));
        CHECK(f.db->scalar("SELECT count(*) FROM ticket") == 0);
        CHECK(f.db->scalar("SELECT count(*) FROM touchpoint") == 0);
    };
    SECTION("CSAT out of range")
    {
        t.csat = 6;
        check("between 1 and 5");
    }
    SECTION("solved before created")
    {
        t.status = TicketStatus::Solved;
        t.solvedAt = utc(2025, 7, 1);
        check("before it was created");
    }
    SECTION("a solve time on a ticket that is not solved")
    {
        t.solvedAt = utc(2025, 8, 2);
        check("has no solve time");
    }
    SECTION("a kind that is no channel")
    {
        t.channel = TouchpointKind::Testimonial;
        check("not a channel");
    }
    SECTION("no such customer")
    {
        t.customerId = customer + 5;
        check("no customer");
    }
}

TEST_CASE("Comments, touchpoints, canned replies and settings round-trip", "[repository]")
{
    Fixture f;
    const qint64 agent = f.agent();
    const qint64 customer = f.customer();
    Ticket t;
    t.customerId = customer;
    t.subject = QStringLiteral("Question");
    t.createdAt = utc(2025, 8, 1);
    const qint64 ticket = *TicketRepository(*f.db).add(t, t.createdAt);

    TicketComment note;
    note.ticketId = ticket;
    note.kind = CommentKind::InternalNote;
    note.authorAgentId = agent;
    note.at = utc(2025, 8, 1, 11);
    note.body = QStringLiteral("Checked the logs.");
    REQUIRE(TicketCommentRepository(*f.db).add(note));
    auto thread = TicketCommentRepository(*f.db).forTicket(ticket);
    REQUIRE((thread && thread->size() == 1));
    CHECK(thread->front().kind == CommentKind::InternalNote);
    CHECK(thread->front().authorAgentId == agent);
    CHECK(thread->front().at == note.at);
    CHECK(thread->front().body == note.body);

    Touchpoint survey;
    survey.customerId = customer;
    survey.kind = TouchpointKind::Survey;
    survey.direction = Direction::Outbound;
    survey.occurredAt = utc(2025, 9, 1);
    survey.agentId = agent;
    survey.summary = QStringLiteral("NPS");
    survey.score = 9;
    auto surveyId = TouchpointRepository(*f.db).add(survey);
    REQUIRE(surveyId);
    auto read = TouchpointRepository(*f.db).find(*surveyId);
    REQUIRE((read && *read));
    CHECK((*read)->kind == TouchpointKind::Survey);
    CHECK((*read)->direction == Direction::Outbound);
    CHECK((*read)->score == 9);
    CHECK((*read)->agentId == agent);
    CHECK((*read)->summary == QStringLiteral("NPS"));
    CHECK_FALSE((*read)->ticketId.has_value());
    survey.score = 11;
    CHECK_FALSE(TouchpointRepository(*f.db).add(survey));

    CannedReply reply{
        0, QStringLiteral("Thanks"), QStringLiteral("Hi {customer.name}, thanks!"), {}};
    REQUIRE(CannedReplyRepository(*f.db).add(reply));
    auto replies = CannedReplyRepository(*f.db).all();
    REQUIRE((replies && replies->size() == 1));
    CHECK(replies->front().body == reply.body);

    SettingsRepository settings(*f.db);
    REQUIRE(
        settings.setValue(QStringLiteral("sla.urgent.first_response_hours"), QStringLiteral("1")));
    REQUIRE(
        settings.setValue(QStringLiteral("sla.urgent.first_response_hours"), QStringLiteral("2")));
    auto value = settings.value(QStringLiteral("sla.urgent.first_response_hours"));
    REQUIRE((value && *value));
    CHECK(**value == QStringLiteral("2"));
    auto absent = settings.value(QStringLiteral("nope"));
    REQUIRE(absent);
    CHECK_FALSE(absent->has_value());
}

TEST_CASE("Stats count every entity and the active customers per stage", "[repository]")
{
    Fixture f;
    f.customer();
    const qint64 churned = f.customer();
    f.db->execute(QByteArray("UPDATE customer SET status = 'churned' WHERE id = " +
                             QByteArray::number(churned))
                      .constData());
    auto counts = StatsRepository(*f.db).counts();
    REQUIRE(counts);
    CHECK(counts->customers == 2);
    CHECK(counts->transitions == 2);
    CHECK(counts->activeByStage[static_cast<std::size_t>(Stage::Onboarding)] == 1);
    CHECK(counts->churned == 1);
}

TEST_CASE("A customer's open-ticket count and last touch follow its rows", "[repository]")
{
    Fixture f;
    const qint64 id = f.customer();
    auto summary = [&] {
        auto q = f.db->query("SELECT open_tickets, last_touch_at FROM customer WHERE id = ?");
        q->bind(1, id);
        REQUIRE(q->step());
        return std::pair(q->int64(0), q->optionalInt64(1));
    };
    CHECK(summary() == std::pair(qint64(0), std::optional<qint64>()));
    Ticket t;
    t.customerId = id;
    t.subject = QStringLiteral("Open one");
    t.status = TicketStatus::Open;
    t.createdAt = utc(2025, 8, 1);
    const qint64 ticket = *TicketRepository(*f.db).add(t, t.createdAt);
    CHECK(summary() == std::pair(qint64(1), std::optional(t.createdAt.toSecsSinceEpoch())));

    Touchpoint later;
    later.customerId = id;
    later.kind = TouchpointKind::Meetup;
    later.occurredAt = utc(2025, 9, 1);
    REQUIRE(TouchpointRepository(*f.db).add(later));
    CHECK(summary().second == later.occurredAt.toSecsSinceEpoch());

    f.db->execute(QByteArray("UPDATE ticket SET status = 'solved', solved_at = created_at + 60 "
                             "WHERE id = " +
                             QByteArray::number(ticket))
                      .constData());
    CHECK(summary().first == 0);
    f.db->execute("DELETE FROM touchpoint WHERE kind = 'meetup'");
    CHECK(summary().second == t.createdAt.toSecsSinceEpoch());
    auto sound = IntegrityCheck::run(*f.db);
    REQUIRE(sound);
    CHECK(sound->isEmpty());

    test::stopTouchpointSummaryOnDelete(*f.db);
    f.db->execute("DELETE FROM touchpoint");
    auto problems = IntegrityCheck::run(*f.db);
    REQUIRE(problems);
    // The customer's summary, the daily counts, and the ticket that lost its touchpoint; on a
    // server also the summary trigger switched off above (storage/postgres/PgGuards.cpp).
    const bool server = f.db->backend() == Database::Backend::Postgres;
    INFO(problems->join(QLatin1Char('\n')).toStdString());
    REQUIRE(problems->size() == (server ? 4 : 3));
    CHECK(problems->join(QLatin1Char(' ')).contains(QStringLiteral("last touch")));
    CHECK(problems->join(QLatin1Char(' ')).contains(QStringLiteral("daily touchpoint counts")));
    CHECK(problems->join(QLatin1Char(' ')).contains(QStringLiteral("“touchpoint_summary”")) ==
          server);
}

TEST_CASE("Touchpoint summaries follow every write, move and churn, and a rebuild agrees",
          "[repository]")
{
    Fixture f;
    const qint64 id = f.customer();
    using Row = std::tuple<std::optional<qint64>, std::optional<qint64>, std::optional<qint64>,
                           std::optional<qint64>>;
    auto summary = [&] {
        auto q = f.db->query(
            "SELECT last_touch_at, last_review_at, last_advocacy_at, best_survey FROM customer "
            "WHERE id = ?");
        q->bind(1, id);
        REQUIRE(q->step());
        return Row{q->optionalInt64(0), q->optionalInt64(1), q->optionalInt64(2),
                   q->optionalInt64(3)};
    };
    // "day stage kind=n" for every non-zero count.
    auto days = [&] {
        QStringList rows;
        auto q = f.db->query(
            "SELECT day, stage, kind, touchpoints FROM touchpoint_day WHERE touchpoints <> 0 "
            "ORDER BY day, stage, kind");
        while (q->step())
            rows << QStringLiteral("%1 %2 %3=%4")
                        .arg(q->text(0), q->text(1), q->text(2))
                        .arg(q->int64(3));
        return rows;
    };
    auto touch = [&](TouchpointKind kind, const QDateTime& at,
                     std::optional<int> score = std::nullopt) {
        Touchpoint p;
        p.customerId = id;
        p.kind = kind;
        p.occurredAt = at;
        p.score = score;
        auto added = TouchpointRepository(*f.db).add(p);
        REQUIRE(added);
        return *added;
    };
    auto local = [](const QDateTime& at) { return at.toLocalTime().date().toString(Qt::ISODate); };
    const QDateTime review = utc(2025, 7, 1, 23, 30); // a day later east of UTC
    const QDateTime survey = utc(2025, 7, 2);
    const QDateTime meetup = utc(2025, 7, 3);
    touch(TouchpointKind::SuccessReview, review);
    touch(TouchpointKind::Survey, survey, 9);
    touch(TouchpointKind::Survey, survey.addSecs(60), 6);
    const qint64 meet = touch(TouchpointKind::Meetup, meetup);
    CHECK(summary() == Row{meetup.toSecsSinceEpoch() + 0, review.toSecsSinceEpoch(),
                           meetup.toSecsSinceEpoch(), 9});
    CHECK(days() == QStringList{local(review) + QStringLiteral(" onboarding success_review=1"),
                                local(survey) + QStringLiteral(" onboarding survey=2"),
                                local(meetup) + QStringLiteral(" onboarding meetup=1")});

    // A move carries the counts to the new stage; churn to "churned".
    f.db->execute(
        QByteArray("UPDATE customer SET stage = 'post_sales' WHERE id = " + QByteArray::number(id))
            .constData());
    CHECK(days() == QStringList{local(review) + QStringLiteral(" post_sales success_review=1"),
                                local(survey) + QStringLiteral(" post_sales survey=2"),
                                local(meetup) + QStringLiteral(" post_sales meetup=1")});
    f.db->execute(
        QByteArray("UPDATE customer SET status = 'churned' WHERE id = " + QByteArray::number(id))
            .constData());
    CHECK(days().first().endsWith(QStringLiteral(" churned success_review=1")));
    f.db->execute(
        QByteArray("UPDATE customer SET status = 'active' WHERE id = " + QByteArray::number(id))
            .constData());

    // Editing or deleting a touchpoint recomputes what it touched.
    f.db->execute(
        QByteArray("UPDATE touchpoint SET kind = 'phone' WHERE id = " + QByteArray::number(meet))
            .constData());
    CHECK(summary() ==
          Row{meetup.toSecsSinceEpoch() + 0, review.toSecsSinceEpoch(), std::nullopt, 9});
    CHECK(days().last() == local(meetup) + QStringLiteral(" post_sales phone=1"));
    f.db->execute("DELETE FROM touchpoint WHERE score = 9");
    CHECK(summary() ==
          Row{meetup.toSecsSinceEpoch() + 0, review.toSecsSinceEpoch(), std::nullopt, 6});
    auto sound = IntegrityCheck::run(*f.db);
    REQUIRE(sound);
    // The moves above were made behind the stage history's back; the summaries are sound.
    CHECK(sound->filter(QStringLiteral("summaries")).isEmpty());
    CHECK(sound->filter(QStringLiteral("daily")).isEmpty());
    CHECK(sound->size() == 1);

    // What the triggers kept is what a rebuild from the rows gives.
    const Row kept = summary();
    const QStringList keptDays = days();
    f.db->execute(
        "UPDATE customer SET last_touch_at = NULL, best_survey = 1; DELETE FROM touchpoint_day;");
    TouchpointSummaries::rebuild(*f.db);
    CHECK(summary() == kept);
    CHECK(days() == keptDays);

    // And what a bulk import counts from the touchpoints it kept as it stored them, once its
    // customers' stages are settled.
    f.db->execute(
        "UPDATE customer SET last_touch_at = NULL, best_survey = 1; DELETE FROM touchpoint_day;");
    {
        TouchpointSummaries counted;
        auto q = f.db->query("SELECT customer_id, occurred_at, kind, score FROM touchpoint");
        while (q->step())
            counted.keep(q->int64(0), q->int64(1), q->utf8(2),
                         q->isNull(3) ? std::nullopt : std::optional<int>(q->int32(3)));
        counted.keep(id + 1000, meetup.toSecsSinceEpoch(), "meetup", std::nullopt); // no customer
        counted.countKept(*f.db);
        counted.write(*f.db);
    }
    CHECK(summary() == kept);
    CHECK(days() == keptDays);

    // A deleted customer's counts go with it.
    f.db->execute(
        QByteArray("DELETE FROM customer WHERE id = " + QByteArray::number(id)).constData());
    CHECK(days().isEmpty());
}
