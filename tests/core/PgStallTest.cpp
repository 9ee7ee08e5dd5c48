// A server that stops answering (issue 19, "Pause the server with SIGSTOP. The stall ends in a
// timeout sentence within a stated time"): pg::Connection waits for an answer in slices of
// kSilenceMs and asks the server on a new connection whether it lives; a paused server ends the
// wait in one sentence naming the time, the connection lost and nothing of the transaction
// kept, while a long statement on a live server is waited for to its end.
// [postgres]: run through tests/pg/with-cluster.sh.
#include "domain/Customer.h"
#include "service/Customers.h"
#include "storage/Database.h"
#include "support/PgServerFaults.h"
#include "support/PgTestSchema.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QThread>

#include <optional>

using namespace fd;

namespace {

std::unique_ptr<Database> openSchema(const test::PgTestSchema& schema)
{
    auto opened = Database::open(schema.location(), {});
    INFO((opened ? QString() : QString(opened.error())).toStdString());
    REQUIRE(opened);
    return std::move(*opened);
}

} // namespace

TEST_CASE(
    "a long statement on a live server is waited for past the silence that asks whether it lives",
    "[postgres][faults]")
{
    pg::Connection conn = test::pgConnect();
    const auto slept =
        conn.exec("SELECT pg_sleep($1::float8 / 1000), 7", {pg::Connection::kSilenceMs + 1500});
    INFO((slept ? QString() : slept.error().sentence).toStdString());
    REQUIRE(slept);
    CHECK(slept->int64(0, 1) == 7);
    CHECK_FALSE(conn.stalled());
}

TEST_CASE("a paused server ends a write's wait in one sentence naming the time; nothing of it "
          "stays, and a new "
          "connection works once it runs again",
          "[postgres][faults]")
{
    test::PgTestSchema schema;
    schema.initialised();
    auto db = openSchema(schema);
    const FixedClock clock(test::testNow());
    Customer before = test::customerNamed(QStringLiteral("Before"));
    REQUIRE(Customers(*db, clock).add(before));

    // Hold the customer table, so the write below is waiting on the server when it pauses.
    pg::Connection holder = schema.connect();
    REQUIRE(holder.exec("BEGIN"));
    REQUIRE(holder.exec("LOCK TABLE customer IN SHARE MODE"));
    const qint64 holderPid = test::pgNumber(holder, "SELECT pg_backend_pid()");
    std::optional<Result<Written<qint64>>> added;
    QThread* writer = QThread::create([&] {
        Customer stalled = test::customerNamed(QStringLiteral("Stalled"));
        added = Customers(*db, clock).add(stalled);
    });
    writer->start();
    pg::Connection watcher = test::pgConnect();
    REQUIRE(test::sawWaitingFor(watcher, holderPid));
    {
        test::ServerPause pause;
        REQUIRE(writer->wait(60000)); // a bound on a hang, not a timing assertion
    }
    delete writer;
    REQUIRE(added);
    REQUIRE_FALSE(*added);
    const QString sentence = added->error();
    INFO(sentence.toStdString());
    // The silence measured: at least the wait's two parts, more if the machine was slow.
    const QRegularExpressionMatch said =
        QRegularExpression(QStringLiteral("did not answer for (\\d+) seconds")).match(sentence);
    REQUIRE(said.hasMatch());
    CHECK(said.captured(1).toInt() >=
          pg::Connection::kSilenceMs / 1000 + pg::Connection::kPingSeconds);
    CHECK(sentence.count(QLatin1Char('.')) <= 2);
    CHECK_FALSE(sentence.contains(QLatin1Char('\n')));
    REQUIRE(holder.exec("ROLLBACK"));

    auto again = openSchema(schema);
    CHECK(again->scalar("SELECT count(*) FROM customer") == 1); // Stalled never landed
}
