// Every repository answers the same on PostgreSQL as on SQLite (issue 16: "Both backends
// behave the same"): one small desk is written through the repositories on each backend, and
// what every read gives back (lists, searches, sorts, timelines, dashboards, exports, counts)
// is compared line by line. The desk holds what the SQL differs on: NULLs where lists sort,
// ASCII case in names, an email that differs only in case, '_' and '%' in search text, words
// with '_', NULL ids on insert, a local day near midnight, unassigned tickets.
#include "common/Clock.h"
#include "csv/CsvExporter.h"
#include "metrics/DashboardMetrics.h"
#include "metrics/ReportFormat.h"
#include "stages/StageEngine.h"
#include "storage/AgentRepository.h"
#include "storage/CannedReplyRepository.h"
#include "storage/ContactRepository.h"
#include "storage/CustomerListRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/ExportRepository.h"
#include "storage/ImportRepository.h"
#include "storage/MetricsRepository.h"
#include "storage/postgres/PgSchema.h"
#include "storage/SettingsRepository.h"
#include "storage/StageFactsRepository.h"
#include "storage/StageTransitionRepository.h"
#include "storage/StatsRepository.h"
#include "storage/TicketCommentRepository.h"
#include "storage/TicketListRepository.h"
#include "storage/TicketRepository.h"
#include "storage/TimelineRepository.h"
#include "storage/TouchpointRepository.h"
#include "storage/TouchpointSummaries.h"
#include "support/PgTestSchema.h"
#include "support/TestSupport.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <QBuffer>

using namespace fd;
using Queue = TicketListQuery::Queue;
using Column = TicketListQuery::Column;

namespace {

const QDateTime kStart(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);

template <typename T> T ok(Result<T> result)
{
    INFO((result ? QString() : QString(result.error())).toStdString());
    REQUIRE(result);
    return std::move(*result);
}

QString joined(const std::vector<qint64>& ids)
{
    QStringList parts;
    for (const qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

// Three agents, three customers (one without a company, one without an owner), contacts,
// tickets in every state, touchpoints, a reply, canned replies and a setting.
void fill(Database& db)
{
    for (const char* name : {"Rita Rep", "bob", "Zed"}) {
        Agent a;
        a.name = QString::fromUtf8(name);
        ok(AgentRepository(db).add(a));
    }
    const std::array<std::tuple<const char*, const char*, const char*, int>, 3> customers{
        {{"Acme Corp", "a@acme.com", "ACME", 1},
         {"globex", nullptr, "Globex_Inc 100%", 0},
         {"Initech", "i@tech.io", nullptr, 2}}};
    int n = 0;
    for (const auto& [name, email, company, owner] : customers) {
        Customer c;
        c.name = QString::fromUtf8(name);
        c.email = QString::fromUtf8(email);
        c.company = QString::fromUtf8(company);
        if (owner)
            c.ownerId = owner;
        c.since = QDate(2026, 1, 5 + n++);
        ok(CustomerRepository(db).add(c));
    }
    Customer twin; // the same email but for its case: refused on both
    twin.name = QStringLiteral("Twin");
    twin.email = QStringLiteral("A@ACME.com");
    twin.since = QDate(2026, 1, 9);
    CHECK_FALSE(CustomerRepository(db).add(twin));

    Contact k;
    k.customerId = 1;
    k.name = QStringLiteral("Ann");
    k.addedAt = kStart;
    ok(ContactRepository(db).add(k));

    const std::array<std::tuple<const char*, TicketStatus, Priority, int, int>, 6> tickets{{
        {"Crash in the snake_case parser", TicketStatus::Open, Priority::High, 1, 1},
        {"Export drops the user_id column", TicketStatus::New, Priority::Urgent, 2, 0},
        {"Invoice address wrong", TicketStatus::Solved, Priority::Low, 1, 2},
        {"invoice Überweisung", TicketStatus::Pending, Priority::Normal, 3, 3},
        {"Login fails at 23:30", TicketStatus::OnHold, Priority::Normal, 2, 0},
        {"snake and case", TicketStatus::Open, Priority::Low, 3, 1},
    }};
    int hour = 0;
    for (const auto& [subject, status, priority, customer, assignee] : tickets) {
        Ticket t;
        t.customerId = customer;
        t.subject = QString::fromUtf8(subject);
        t.status = status;
        t.priority = priority;
        if (assignee)
            t.assigneeId = assignee;
        t.createdAt = kStart.addSecs(hour * 3600 + 21 * 3600); // from 2 March 06:00 Berlin on
        hour += 2;
        if (!isOpen(status)) {
            t.solvedAt = t.createdAt.addSecs(600);
            t.csat = 2;
        }
        ok(TicketRepository(db).add(t, t.createdAt));
    }
    TicketComment reply;
    reply.ticketId = 1;
    reply.authorAgentId = 1;
    reply.at = kStart.addDays(1);
    reply.body = QStringLiteral("On it");
    ok(TicketCommentRepository(db).add(reply));

    int day = 0;
    for (const auto& [customer, kind, score] :
         {std::tuple{1, TouchpointKind::SuccessReview, -1},
          std::tuple{2, TouchpointKind::Survey, 9}, std::tuple{3, TouchpointKind::Phone, -1},
          std::tuple{2, TouchpointKind::Testimonial, -1}}) {
        Touchpoint p;
        p.customerId = customer;
        p.kind = kind;
        p.occurredAt =
            kStart.addDays(++day).addSecs(15 * 3600 + 45 * 60); // 00:45 Berlin: the next local day
        if (score >= 0)
            p.score = score;
        ok(TouchpointRepository(db).add(p));
    }
    const qint64 canned =
        ok(CannedReplyRepository(db).add({0, QStringLiteral("Hi"), QStringLiteral("Hello"), {}}));
    REQUIRE(CannedReplyRepository(db).update(
        {canned, QStringLiteral("Hi"), QStringLiteral("Hello {customer.name}"), {}}));
    REQUIRE(SettingsRepository(db).setValue(QStringLiteral("sla.x"), QStringLiteral("1")));
    REQUIRE(SettingsRepository(db).setValue(QStringLiteral("sla.x"), QStringLiteral("2")));
    CHECK(ok(TicketRepository(db).recordBreaches(kStart.addDays(2))) > 0); // the SLA breached queue
}

void readPeople(Database& db, QStringList& out)
{
    for (const Agent& a : ok(AgentRepository(db).all()))
        out << QStringLiteral("agent %1 %2").arg(a.id).arg(a.name);
    const Customer acme = *ok(CustomerRepository(db).find(1));
    out << QStringLiteral("customer %1 %2 %3")
               .arg(acme.name, acme.since.toString(Qt::ISODate))
               .arg(acme.stagePinned);
    const CustomerActivity activity = ok(CustomerRepository(db).activity(1));
    out << QStringLiteral("activity %1 %2 %3 %4")
               .arg(activity.contacts)
               .arg(activity.tickets)
               .arg(activity.openTickets)
               .arg(activity.touchpoints);
    for (qint64 customer = 1; customer <= 3; ++customer) {
        for (const TimelineEntry& e : ok(TimelineRepository(db).forCustomer(customer)))
            out << QStringLiteral("timeline %1 %2 %3 %4")
                       .arg(customer)
                       .arg(e.id)
                       .arg(e.what, e.text);
        out << QStringLiteral("stages %1")
                   .arg(ok(StageTransitionRepository(db).forCustomer(customer)).size());
    }
    for (const CannedReply& r : ok(CannedReplyRepository(db).all()))
        out << QStringLiteral("canned %1 %2").arg(r.id).arg(r.body);
    for (const auto& [key, value] : ok(SettingsRepository(db).all()))
        if (key.startsWith(QLatin1String("sla.x")))
            out << key + QLatin1Char('=') + value;
}

void readCustomerLists(Database& db, QStringList& out)
{
    using C = CustomerListQuery::Column;
    for (const C column : {C::Name, C::Company, C::Stage, C::Owner, C::OpenTickets, C::LastTouch}) {
        for (const bool descending : {false, true}) {
            CustomerListQuery q;
            q.sortColumn = column;
            q.descending = descending;
            out << QStringLiteral("customers by %1 %2: %3")
                       .arg(int(column))
                       .arg(descending)
                       .arg(joined(ok(CustomerListRepository(db).ids(q))));
        }
    }
    for (const char* search : {"acme", "ACME", "_inc", "100%", "%", "I@TECH", "x"}) {
        CustomerListQuery q;
        q.search = QString::fromUtf8(search);
        q.sortColumn = C::Company;
        out << QStringLiteral("customers search %1: %2 (%3)")
                   .arg(q.search, joined(ok(CustomerListRepository(db).ids(q))))
                   .arg(ok(CustomerListRepository(db).count(q)));
    }
    CustomerListQuery unowned;
    unowned.ownerId = 0;
    out << QStringLiteral("customers unowned: %1")
               .arg(joined(ok(CustomerListRepository(db).ids(unowned))));
    const std::vector<qint64> some{3, 1};
    for (const CustomerRow& r : ok(CustomerListRepository(db).rows(some)))
        out << QStringLiteral("customer row %1 %2 %3 %4")
                   .arg(r.id)
                   .arg(r.owner)
                   .arg(r.openTickets)
                   .arg(r.lastTouchAt.toSecsSinceEpoch());
}

void readTicketLists(Database& db, QStringList& out)
{
    for (const Queue queue :
         {Queue::All, Queue::AllOpen, Queue::MyOpen, Queue::Unassigned, Queue::SlaBreached}) {
        for (const Column column :
             {Column::Id, Column::Subject, Column::Customer, Column::Status, Column::Priority,
              Column::Assignee, Column::Created, Column::Urgency}) {
            for (const bool descending : {false, true}) {
                TicketListQuery q;
                q.queue = queue;
                q.agentId = 1;
                q.sortColumn = column;
                q.descending = descending;
                if (!TicketListRepository::sortable(q, column))
                    continue;
                out << QStringLiteral("tickets %1 by %2 %3: %4")
                           .arg(int(queue))
                           .arg(int(column))
                           .arg(descending)
                           .arg(joined(ok(TicketListRepository(db).ids(q))));
            }
        }
    }
    for (const char* search :
         {"snake_case", "user_i", "inv", "INVOICE wro", "über", "#4", "zzz", "__", "23 30"}) {
        for (const Queue queue : {Queue::All, Queue::AllOpen}) {
            TicketListQuery q;
            q.queue = queue;
            q.search = QString::fromUtf8(search);
            out << QStringLiteral("search %1 in %2: %3")
                       .arg(q.search)
                       .arg(int(queue))
                       .arg(joined(ok(TicketListRepository(db).ids(q))));
        }
    }
    TicketListQuery some;
    some.only = std::vector<qint64>{2, 5, 6};
    some.customerId = 2;
    out << QStringLiteral("tickets only: %1").arg(joined(ok(TicketListRepository(db).ids(some))));
    for (const bool descending : {false, true}) {
        TicketListQuery q;
        q.descending = descending;
        for (const TicketRow& r : ok(TicketListRepository(db).window(q, 1, 2)))
            out << QStringLiteral("window %1 %2 %3 %4")
                       .arg(r.ticket.id)
                       .arg(r.customer, r.assignee)
                       .arg(descending);
        const auto after = std::pair{kStart.addSecs(25 * 3600), qint64(3)};
        for (const TicketRow& r : ok(TicketListRepository(db).window(q, 0, 2, after)))
            out << QStringLiteral("after %1 %2").arg(r.ticket.id).arg(descending);
    }
}

void readMetrics(Database& db, QStringList& out)
{
    MetricsRepository m(db);
    const qint64 from = kStart.addDays(-90).toSecsSinceEpoch();
    const qint64 to = kStart.addDays(30).toSecsSinceEpoch();
    const auto counts = [](const MetricsRepository::StageCounts& c) {
        QStringList parts;
        for (const qint64 n : c)
            parts << QString::number(n);
        return parts.join(QLatin1Char(','));
    };
    const auto roll = ok(m.stageRoll());
    out << QStringLiteral("active %1 open %2 all %3 at %4")
               .arg(counts(roll.active), counts(roll.openTickets), counts(roll.all),
                    counts(ok(m.stageAt(from, roll.all))));
    for (const auto& [id, stage] : std::map(roll.activeStage.begin(), roll.activeStage.end()))
        out << QStringLiteral("stage %1 %2").arg(id).arg(static_cast<int>(stage));
    out << QStringLiteral("in retention %1").arg(ok(m.activeIn(Stage::Retention)));
    for (const bool entries : {false, true})
        out << QStringLiteral("moves %1: %2")
                   .arg(entries)
                   .arg(ok(m.moves(from, to, entries)).size());
    for (const auto& member : ok(m.members(Stage::Onboarding)))
        out << QStringLiteral("member %1 %2 %3 %4")
                   .arg(member.id)
                   .arg(member.enteredAt)
                   .arg(member.lastTouchAt)
                   .arg(member.lastReviewAt ? QString::number(*member.lastReviewAt)
                                            : QStringLiteral("-"));
    const std::vector<qint64> ids{3, 1, 42};
    const auto names = ok(m.names(ids));
    out << QStringLiteral("names %1 %2 %3").arg(names.size()).arg(names.at(1), names.at(3));
    // A long list's pass (a walk in a file, a GROUP BY on a server) and a short list's seeks.
    const auto apart = ok(m.namesApart(ids));
    const auto many = ok(m.namesApartOfMany(ids));
    out << QStringLiteral("apart %1 %2 %3").arg(apart.size()).arg(apart.at(1), apart.at(3));
    out << QStringLiteral("many %1 %2 %3").arg(many.size()).arg(many.at(1), many.at(3));
    out << QStringLiteral("times %1").arg(joined(ok(m.timesInStage(Stage::Onboarding, from, to))));
    for (const std::optional<Stage> stage :
         {std::optional<Stage>(), std::optional<Stage>(Stage::Onboarding)}) {
        for (const auto& t : ok(m.tickets(stage, from, to)))
            out << QStringLiteral("facts %1 %2 %3 %4")
                       .arg(t.id)
                       .arg(t.breachedAt)
                       .arg(t.solvedAt)
                       .arg(t.csat);
        for (const auto& k : ok(m.touchpointKinds(stage, from, to)))
            out << QStringLiteral("kinds %1 %2").arg(toString(k.kind)).arg(k.count);
    }
    out << QStringLiteral("recent %1")
               .arg(ok(m.recentTickets(from, kStart.addSecs(24 * 3600).toSecsSinceEpoch(), 3))
                        .size());
    out << QStringLiteral("recent below 5: %1") // past the partial index of low ratings
               .arg(ok(m.recentTickets(from, kStart.addSecs(24 * 3600).toSecsSinceEpoch(), 5))
                        .size());
    const std::vector<Stage> stages{Stage::Onboarding, Stage::Retention};
    const std::vector<TouchpointKind> kinds{TouchpointKind::Survey, TouchpointKind::Phone};
    out << QStringLiteral("touched %1 none %2")
               .arg(joined(ok(m.touchedBy(stages, kinds, from, to))),
                    joined(ok(m.touchedBy({}, {}, from, to))));
    out << QStringLiteral("contacts %1")
               .arg(joined(ok(m.contactsAdded(Stage::Onboarding, from, to))));
    for (const auto& mean : ok(m.csatByStage(from, to, roll.activeStage)))
        out << QStringLiteral("csat %1").arg(mean ? QString::number(*mean) : QStringLiteral("-"));
    out << QStringLiteral("advocates %1")
               .arg(joined(ok(m.advocacyCandidates(Stage::Onboarding, 8))));
}

void readWhole(Database& db, QStringList& out)
{
    const FixedClock clock(test::testNow());
    const Period period = Period::lastDays(test::testNow(), 90);
    for (const QString& name : DashboardMetrics::names())
        out << ReportFormat::table(ok(DashboardMetrics(db, clock).report(name, period)))
                   .split(QLatin1Char('\n'));
    for (const auto entity :
         {ExportRepository::Entity::Customers, ExportRepository::Entity::Tickets,
          ExportRepository::Entity::Touchpoints}) {
        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        CsvExporter::Options options;
        options.filter.from = kStart.addDays(-60);
        ok(CsvExporter::write(db, entity, csv, options));
        out << QString::fromUtf8(csv.data()).split(QLatin1Char('\n'));
    }
    ImportRepository import(db);
    const auto next = import.nextIds();
    out << QStringLiteral("next %1 %2 %3 refs %4")
               .arg(next.customer)
               .arg(next.agent)
               .arg(next.ticket)
               .arg(import.ticketRefs().size());
    const DatabaseCounts c = ok(StatsRepository(db).counts());
    out << QStringLiteral("counts %1 %2 %3 %4 %5 churned %6")
               .arg(c.customers)
               .arg(c.tickets)
               .arg(c.touchpoints)
               .arg(c.comments)
               .arg(c.transitions)
               .arg(c.churned);
    out << QStringLiteral("open %1").arg(ok(StatsRepository(db).quickCounts()).openTickets);
    FactWindows windows;
    windows.asOf = test::testNow().toSecsSinceEpoch();
    for (const CustomerFacts& f : ok(StageFactsRepository(db).all(windows)))
        out << QStringLiteral("facts of %1: %2 touchpoints, %3 open urgent")
                   .arg(f.customerId)
                   .arg(f.touchpoints)
                   .arg(f.openUrgent);
    const auto moved = ok(StageEngine(db, clock).recompute());
    out << QStringLiteral("recompute %1 moves %2").arg(moved.evaluated).arg(moved.changes.size());
    out << QStringLiteral("breaches %1")
               .arg(ok(TicketRepository(db).recordBreaches(test::testNow())));
    const std::vector<qint64> arrivals{1, 2};
    import.realignArrivals(arrivals);
    const auto perDay = [&] {
        auto q = db.query("SELECT day, stage, kind, touchpoints FROM touchpoint_day WHERE "
                          "touchpoints <> 0 ORDER BY day, stage, kind");
        QStringList rows;
        while (q->step())
            rows << QStringLiteral("%1 %2 %3 %4")
                        .arg(q->date(0).toString(Qt::ISODate), q->text(1), q->text(2))
                        .arg(q->int64(3));
        return rows;
    };
    const QStringList byTriggers = perDay();
    out << byTriggers;
    TouchpointSummaries::rebuild(db);
    CHECK(perDay() == byTriggers); // the bulk path's summaries are the triggers'
}

QStringList everything(Database& db)
{
    fill(db);
    QStringList out;
    readPeople(db, out);
    readCustomerLists(db, out);
    readTicketLists(db, out);
    readMetrics(db, out);
    readWhole(db, out);
    return out;
}

} // namespace

TEST_CASE("Every repository answers the same on PostgreSQL as on SQLite", "[postgres]")
{
    test::Scratch scratch;
    auto lite = Database::open(scratch.file(QStringLiteral("parity.sqlite")));
    REQUIRE(lite);
    const QStringList expected = everything(**lite);

    test::PgTestSchema schema;
    {
        pg::Connection conn = schema.connect();
        REQUIRE(pg::Schema::init(conn));
    }
    Result<std::unique_ptr<Database>> server = Database::open(
        test::pgLocation(QStringLiteral("options='-csearch_path=%1'").arg(schema.name())), {});
    INFO((server ? QString() : QString(server.error())).toStdString());
    REQUIRE(server);
    const QStringList answered = everything(**server);
    for (qsizetype i = 0; i < std::max(expected.size(), answered.size()); ++i) {
        INFO("line " << i);
        CHECK(answered.value(i).toStdString() == expected.value(i).toStdString());
    }
}
