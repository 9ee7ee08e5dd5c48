// Two transactions that write the touchpoint_day summary on a server (issue 17, the 20-rep
// bench): a touchpoint adds to its (day, stage, kind) row, a stage move carries a customer's
// rows to the new stage, and one transaction may do both. Taking those rows in different orders
// deadlocked (12-14 times per 20 reps × 150 operations); migration 009_summary_lock.sql makes
// every writer of the summary wait for the others first, so the second transaction waits at its
// first row instead of after it and both commit.

#include "domain/Customer.h"
#include "service/Customers.h"
#include "service/Session.h"
#include "support/ImportTestSupport.h"
#include "support/PgTestSchema.h"

#include <catch2/catch.hpp>

#include <optional>
#include <thread>

using namespace fd;

namespace {

QByteArray touch(qint64 customer, qint64 at, const char* kind)
{
    return "INSERT INTO touchpoint (customer_id, kind, occurred_at) VALUES (" +
           QByteArray::number(customer) + ", '" + kind + "', " + QByteArray::number(at) + ")";
}

// A customer added through the service, as the window adds one (its entry into the funnel with
// it); its id.
qint64 addCustomer(Database& db, const char* name)
{
    Customer c;
    c.name = QString::fromLatin1(name);
    c.since = QDate(2026, 11, 2);
    const auto added = Customers(db, FixedClock(test::testNow())).add(c);
    REQUIRE(added);
    return added->value;
}

} // namespace

TEST_CASE("postgres touchpoint summary: two transactions that add to the same two summary rows in "
          "opposite "
          "orders both commit, the second waiting for the first",
          "[postgres][team]")
{
    test::PgTestSchema schema;
    (void)schema.initialised();
    Result<OwnedDatabase> opened = Session::open(schema.location(), {});
    REQUIRE(opened);
    const qint64 ids[2] = {addCustomer(**opened, "Acme"), addCustomer(**opened, "Globex")};
    const qint64 day1 = test::testNow().toSecsSinceEpoch() - 86400;
    const qint64 day2 = day1 - 3 * 86400;

    // The first transaction holds the (day 1, email) row.
    pg::Connection first = schema.connect();
    REQUIRE(first.exec("BEGIN"));
    const qint64 firstPid = test::pgNumber(first, "SELECT pg_backend_pid()");
    REQUIRE(first.exec(touch(ids[0], day1, "email")));

    // The second takes (day 2, call), then (day 1, email).
    // The second's connection is made here: Catch2's assertions are not thread-safe, and the
    // polling below asserts.
    pg::Connection conn = schema.connect();
    std::optional<QString> secondError;
    std::thread second([&] {
        auto run = [&](const QByteArray& sql) {
            const auto done = conn.exec(sql);
            if (!done && !secondError)
                secondError = done.error().sentence;
        };
        run("BEGIN");
        run(touch(ids[1], day2, "call"));
        run(touch(ids[1], day1, "email"));
        run(secondError ? "ROLLBACK" : "COMMIT");
    });
    pg::Connection watch = schema.connect();
    const bool waited = test::sawWaitingFor(watch, firstPid);
    // The first now takes (day 2, call): without the summary lock the second holds it and waits
    // for (day 1, email), and the server kills one of the two as a deadlock.
    const auto firstSecondRow = first.exec(touch(ids[0], day2, "call"));
    const auto committed = first.exec(firstSecondRow ? "COMMIT" : "ROLLBACK");
    second.join();

    CHECK(waited);
    INFO((firstSecondRow ? QString() : firstSecondRow.error().sentence).toStdString());
    CHECK(firstSecondRow);
    CHECK(committed);
    INFO(secondError.value_or(QString()).toStdString());
    CHECK_FALSE(secondError);
    // The summary holds what the touchpoints say.
    CHECK(test::pgNumber(watch, "SELECT count(*) FROM touchpoint") == 4);
    CHECK(test::pgNumber(watch, "SELECT sum(touchpoints) FROM touchpoint_day") == 4);
    CHECK(test::pgNumber(
              watch,
              "SELECT count(*) FROM (SELECT to_timestamp(occurred_at)::date AS day, kind, count(*) "
              "AS n "
              "FROM touchpoint GROUP BY 1, 2) t FULL JOIN touchpoint_day d USING (day, kind) "
              "WHERE t.n IS DISTINCT FROM d.touchpoints") == 0);
}

TEST_CASE("postgres ticket summary: a new ticket, open or not, locks its customer before the "
          "summaries' lock",
          "[postgres][team]")
{
    // Statement triggers fire in the order of their names: ticket_customer_open_added locks the
    // customers of the statement's new tickets before ticket_days_added takes the summaries' lock
    // (031_summary_rows.sql). A solved ticket counts no open ticket, yet its customer is locked
    // there: its arrival, written next, would otherwise lock it after the summaries' lock, the
    // order that deadlocks with a colleague's touchpoint or stage move of the same customer.
    test::PgTestSchema schema;
    (void)schema.initialised();
    Result<OwnedDatabase> opened = Session::open(schema.location(), {});
    REQUIRE(opened);
    const qint64 customer = addCustomer(**opened, "Acme");
    const QByteArray id = QByteArray::number(customer);
    const QByteArray at = QByteArray::number(test::testNow().toSecsSinceEpoch() - 86400);
    const QByteArray lockedNow = "SELECT count(*) FROM (SELECT 1 FROM customer WHERE id = " + id +
                                 " FOR NO KEY UPDATE SKIP LOCKED) AS free";

    for (const char* status : {"solved", "open"}) {
        INFO(status);
        pg::Connection writer = schema.connect();
        pg::Connection watch = schema.connect();
        REQUIRE(writer.exec("BEGIN"));
        REQUIRE(writer.exec("INSERT INTO ticket (customer_id, subject, status, created_at, "
                            "solved_at) VALUES (" +
                            id + ", 'Printer', '" + status + "', " + at + ", " +
                            (std::string_view(status) == "solved" ? at : QByteArray("NULL")) +
                            ")"));
        // Both locks are held by the ticket's statement alone (no arrival written yet).
        CHECK(test::pgNumber(watch, lockedNow) == 0);
        CHECK(test::pgNumber(watch, "SELECT count(*) FROM (SELECT 1 FROM fd_summary_lock FOR NO "
                                    "KEY UPDATE SKIP LOCKED) AS free") == 0);
        REQUIRE(writer.exec("ROLLBACK"));
        CHECK(test::pgNumber(watch, lockedNow) == 1);
    }
}

TEST_CASE("postgres touchpoint summary: an edit of customers that moves nobody takes no "
          "summaries' lock; a churn takes it and carries the counts",
          "[postgres][team]")
{
    // customer_stage_touchpoint_days runs after every UPDATE of customer (032_stage_move_days.sql:
    // a trigger with transition tables names no columns), and must not make every edit of a name
    // or a note wait for the colleagues who write touchpoints.
    test::PgTestSchema schema;
    (void)schema.initialised();
    Result<OwnedDatabase> opened = Session::open(schema.location(), {});
    REQUIRE(opened);
    const qint64 customer = addCustomer(**opened, "Acme");
    const QByteArray id = QByteArray::number(customer);
    pg::Connection writer = schema.connect();
    pg::Connection watch = schema.connect();
    REQUIRE(writer.exec(touch(customer, test::testNow().toSecsSinceEpoch() - 86400, "email")));
    const char* summariesFree = "SELECT count(*) FROM (SELECT 1 FROM fd_summary_lock FOR NO KEY "
                                "UPDATE SKIP LOCKED) AS free";
    const char* counted = "SELECT coalesce(sum(touchpoints), 0) FROM touchpoint_day WHERE stage = ";
    REQUIRE(test::pgNumber(watch, QByteArray(counted) + "'onboarding'") == 1);

    REQUIRE(writer.exec("BEGIN"));
    REQUIRE(writer.exec("UPDATE customer SET notes = 'Called back', name = 'Acme Ltd' WHERE id = " +
                        id));
    CHECK(test::pgNumber(watch, summariesFree) == 1);
    // The open tasks' trigger (027) takes the same lock on a churn; off here, so that the lock
    // seen is this trigger's own.
    REQUIRE(writer.exec("ALTER TABLE customer DISABLE TRIGGER customer_stage_task_days"));
    REQUIRE(writer.exec("UPDATE customer SET status = 'churned' WHERE id = " + id));
    CHECK(test::pgNumber(watch, summariesFree) == 0);
    REQUIRE(writer.exec("ROLLBACK"));
    CHECK(test::pgNumber(watch, summariesFree) == 1);

    REQUIRE(writer.exec("UPDATE customer SET status = 'churned' WHERE id = " + id));
    CHECK(test::pgNumber(watch, QByteArray(counted) + "'onboarding'") == 0);
    CHECK(test::pgNumber(watch, QByteArray(counted) + "'churned'") == 1);
}
