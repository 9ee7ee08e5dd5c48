// Schema v20: a file's two partial indexes of open tickets and the three triggers that count them
// test the status as ORs of equalities (Dialect::openTicket) instead of `status IN (…)`, which
// SQLite 3.40 tests through a temporary b-tree that it makes again for each row written. A v19
// file upgrades in place and lists and counts the same open tickets.
#include "common/Clock.h"
#include "demo/Generator.h"
#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/IntegrityCheck.h"
#include "storage/Schema.h"
#include "storage/StatsRepository.h"
#include "storage/TicketListRepository.h"
#include "support/ReadBack.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <string>

using namespace fd;

namespace {

constexpr const char* kInOpen = "IN ('new', 'open', 'pending', 'on_hold')";

// Schema v20 → v19: the indexes and triggers as v1 to v4 made them, with IN lists.
void downgradeToV19(Database& db)
{
    const std::string in(kInOpen);
    db.execute(
        ("DROP INDEX ticket_open_created; DROP INDEX ticket_open_sla; "
         "CREATE INDEX ticket_open_created ON ticket (created_at, status, priority, assignee_id, "
         "customer_id, first_response_breached_at, resolution_breached_at, subject) WHERE status " +
         in +
         "; CREATE INDEX ticket_open_sla ON ticket (id, status, priority, created_at, "
         "first_response_at, solved_at, sla_paused_secs, sla_paused_since, "
         "first_response_breached_at, resolution_breached_at) WHERE status " +
         in +
         "; DROP TRIGGER ticket_open_count_insert; DROP TRIGGER ticket_open_count_delete; "
         "DROP TRIGGER ticket_open_count_update; "
         "CREATE TRIGGER ticket_open_count_insert AFTER INSERT ON ticket WHEN new.status " +
         in +
         " BEGIN UPDATE customer SET open_tickets = open_tickets + 1 WHERE id = new.customer_id; "
         "END; CREATE TRIGGER ticket_open_count_delete AFTER DELETE ON ticket WHEN old.status " +
         in +
         " BEGIN UPDATE customer SET open_tickets = open_tickets - 1 WHERE id = old.customer_id; "
         "END; CREATE TRIGGER ticket_open_count_update AFTER UPDATE OF status, customer_id ON "
         "ticket BEGIN UPDATE customer SET open_tickets = open_tickets - 1 WHERE id = "
         "old.customer_id AND old.status " +
         in +
         "; UPDATE customer SET open_tickets = open_tickets + 1 WHERE id = new.customer_id AND "
         "new.status " +
         in +
         "; END; DROP TRIGGER touchpoint_summary_insert; "
         "CREATE TRIGGER touchpoint_summary_insert AFTER INSERT ON touchpoint BEGIN "
         "UPDATE customer SET last_touch_at = max(coalesce(last_touch_at, new.occurred_at), "
         "new.occurred_at), last_review_at = CASE WHEN new.kind = 'success_review' THEN "
         "max(coalesce(last_review_at, new.occurred_at), new.occurred_at) ELSE last_review_at END, "
         "last_advocacy_at = CASE WHEN new.kind IN ('testimonial', 'community_forum', 'meetup', "
         "'user_conference', 'referral') THEN max(coalesce(last_advocacy_at, new.occurred_at), "
         "new.occurred_at) ELSE last_advocacy_at END, best_survey = CASE WHEN new.kind = 'survey' "
         "AND new.score IS NOT NULL THEN max(coalesce(best_survey, new.score), new.score) ELSE "
         "best_survey END WHERE id = new.customer_id; INSERT INTO touchpoint_day_change VALUES "
         "(new.customer_id, new.occurred_at, new.kind, 1); END; DROP TRIGGER "
         "customer_touch_refresh_run; CREATE TRIGGER customer_touch_refresh_run INSTEAD OF INSERT "
         "ON customer_touch_refresh BEGIN UPDATE customer SET last_touch_at = (SELECT "
         "max(occurred_at) FROM touchpoint WHERE customer_id = new.customer_id), last_review_at = "
         "(SELECT max(occurred_at) FROM touchpoint WHERE customer_id = new.customer_id AND kind = "
         "'success_review'), last_advocacy_at = (SELECT max(occurred_at) FROM touchpoint WHERE "
         "customer_id = new.customer_id AND kind IN ('testimonial', 'community_forum', 'meetup', "
         "'user_conference', 'referral')), best_survey = (SELECT max(score) FROM touchpoint WHERE "
         "customer_id = new.customer_id AND kind = 'survey') WHERE id = new.customer_id; END; "
         "PRAGMA user_version = 19;")
            .c_str());
}

// The temporary b-trees SQLite makes while `write` writes one row, with the tables' CHECKs left
// out (each of their IN lists makes one too) and the foreign keys off (a key's ON DELETE action
// collects the rows it changes in one): the OpenEphemeral steps of its program and of the
// triggers' programs it runs (EXPLAIN lists those after it), each run once for each row.
int temporaryTrees(Database& db, const char* write)
{
    db.execute("PRAGMA ignore_check_constraints = ON; PRAGMA foreign_keys = OFF");
    int trees = 0;
    {
        auto q = db.query(std::string("EXPLAIN ") + write);
        while (q->step())
            trees += q->text(1) == QLatin1String("OpenEphemeral") ? 1 : 0;
    }
    db.execute("PRAGMA ignore_check_constraints = OFF; PRAGMA foreign_keys = ON");
    return trees;
}

constexpr const char* kTicket = "INSERT INTO ticket (customer_id, subject, status, priority, "
                                "channel, category, created_at) VALUES (1, 'x', 'open', 'normal', "
                                "'email', 'other', 0)";
constexpr const char* kTouchpoint = "INSERT INTO touchpoint (customer_id, kind, direction, "
                                    "occurred_at) VALUES (1, 'meetup', 'inbound', 0)";
constexpr const char* kTouchpointGone = "DELETE FROM touchpoint WHERE id = 1";

// Each customer's open tickets counted without the dialect's test: every status but solved and
// closed (the ticket table's CHECK names the six).
constexpr const char* kOpenByCustomer =
    "SELECT c.id || ':' || c.open_tickets || ':' || (SELECT count(*) FROM ticket t WHERE "
    "t.customer_id = c.id AND t.status NOT IN ('solved', 'closed')) FROM customer c ORDER BY c.id";

std::vector<qint64> openQueue(Database& db)
{
    TicketListQuery query;
    query.queue = TicketListQuery::Queue::AllOpen;
    query.sortColumn = TicketListQuery::Column::Created;
    auto ids = TicketListRepository(db).ids(query);
    REQUIRE(ids);
    return *ids;
}

} // namespace

TEST_CASE("Schema v20: a ticket's or a touchpoint's write makes no temporary b-tree, and a v19 "
          "file upgrades in place with the same open tickets and summaries",
          "[sqlite-only][migration][speed]")
{
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("v19.sqlite"));
    std::vector<qint64> queue;
    QStringList openCounts;
    {
        auto db = test::openDatabase(path);
        GeneratorOptions options;
        options.customers = 60;
        options.tickets = 900;
        options.touchpoints = 3000;
        options.seed = 20;
        REQUIRE(Generator::run(*db, options, FixedClock(test::testNow())));
        queue = openQueue(*db);
        REQUIRE(queue.size() > 5);
        openCounts = test::texts(*db, kOpenByCustomer);
        // The open queue is every ticket neither solved nor closed, each customer's count too.
        CHECK(db->scalar("SELECT count(*) FROM ticket WHERE status NOT IN ('solved', 'closed')") ==
              static_cast<qint64>(queue.size()));
        for (const QString& counted : openCounts)
            CHECK(counted.section(u':', 1, 1) == counted.section(u':', 2, 2));
        downgradeToV19(*db);
        REQUIRE(Schema::version(*db) == 19);
        // The IN lists of the open tickets' indexes and triggers, and of the advocacy kinds: a
        // temporary b-tree each, for every row.
        CHECK(temporaryTrees(*db, kTicket) >= 3);
        CHECK(temporaryTrees(*db, kTouchpoint) >= 1);
        CHECK(temporaryTrees(*db, kTouchpointGone) >= 1);
    }
    auto db = test::openDatabase(path);
    REQUIRE(Schema::version(*db) == Schema::kVersion);
    CHECK(temporaryTrees(*db, kTicket) == 0);
    CHECK(temporaryTrees(*db, kTouchpoint) == 0);
    CHECK(temporaryTrees(*db, kTouchpointGone) == 0);
    // Both indexes and the three triggers say the test as the queries do (Dialect::openTicket).
    const QString open = QString::fromStdString(db->dialect().openTicket("status"));
    CHECK(open.startsWith(u"(status = 'new' OR "));
    for (const char* name : {"ticket_open_created", "ticket_open_sla"}) {
        const QStringList sql = test::texts(
            *db, std::string("SELECT sql FROM sqlite_schema WHERE name = '") + name + "'");
        REQUIRE(sql.size() == 1);
        CHECK(sql.constFirst().endsWith(u"WHERE " + open));
    }
    CHECK(test::texts(*db, "SELECT name FROM sqlite_schema WHERE sql LIKE '%on_hold'')%' AND sql "
                           "LIKE '%IN (%' AND name LIKE 'ticket_open%' ORDER BY name")
              .isEmpty());
    // The queries that name the indexes still find them (an unusable INDEXED BY is an error), and
    // read the same open tickets.
    CHECK(openQueue(*db) == queue);
    auto counts = StatsRepository(*db).quickCounts();
    REQUIRE(counts);
    CHECK(counts->openTickets == static_cast<qint64>(queue.size()));
    {
        auto plan = db->query("EXPLAIN QUERY PLAN SELECT count(*) FROM ticket t WHERE " +
                              db->dialect().openTicket("t.status"));
        QString details;
        while (plan->step())
            details += plan->text(3);
        CHECK(details.contains(u"USING COVERING INDEX ticket_open_"));
    }
    CHECK(test::texts(*db, kOpenByCustomer) == openCounts);
    // The triggers count a ticket that closes, opens again and moves to another customer.
    const qint64 ticket = queue.front();
    db->execute(("UPDATE ticket SET status = 'solved', solved_at = created_at + 60 WHERE id = " +
                 std::to_string(ticket))
                    .c_str());
    CHECK(StatsRepository(*db).quickCounts()->openTickets == static_cast<qint64>(queue.size()) - 1);
    const std::string to = " customer_id = (SELECT max(id) FROM customer) WHERE ";
    db->execute(("UPDATE ticket SET status = 'on_hold', solved_at = NULL," + to +
                 "id = " + std::to_string(ticket) + "; UPDATE touchpoint SET" + to +
                 "ticket_id = " + std::to_string(ticket))
                    .c_str());
    // A meetup is the customer's latest advocacy; once it is gone, the one before it again.
    const char* advocacy = "SELECT last_advocacy_at FROM customer ORDER BY id LIMIT 1";
    const QStringList before = test::texts(*db, advocacy);
    db->execute(
        "INSERT INTO touchpoint (customer_id, kind, direction, occurred_at) VALUES ((SELECT "
        "min(id) FROM customer), 'meetup', 'inbound', 4000000000)");
    CHECK(db->scalar(advocacy) == 4000000000);
    db->execute("DELETE FROM touchpoint WHERE occurred_at = 4000000000");
    CHECK(test::texts(*db, advocacy) == before);
    auto problems = IntegrityCheck::run(*db);
    REQUIRE(problems);
    CHECK(problems->join(u'\n') == QString()); // the open tickets and summaries counted again
    CHECK(StatsRepository(*db).quickCounts()->openTickets == static_cast<qint64>(queue.size()));
}
