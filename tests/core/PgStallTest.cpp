// A server that stops answering (issue 19, "Pause the server with SIGSTOP. The stall ends in a
// timeout sentence within a stated time"): pg::Connection waits for an answer in slices of
// kSilenceMs and asks the server on a new connection whether it lives; a paused server ends the
// wait in one sentence naming the time, the connection lost and nothing of the transaction
// kept, while a long statement on a live server is waited for to its end.
// [postgres]: run through tests/pg/with-cluster.sh.
#include "common/WaitHook.h"
#include "domain/Customer.h"
#include "service/Customers.h"
#include "storage/Database.h"
#include "support/PgServerFaults.h"
#include "support/PgTestSchema.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QThread>

#include <algorithm>
#include <functional>
#include <optional>
#include <vector>

using namespace fd;

namespace {

std::unique_ptr<Database> openSchema(const test::PgTestSchema& schema)
{
    auto opened = Database::open(schema.location(), {});
    INFO((opened ? QString() : QString(opened.error())).toStdString());
    REQUIRE(opened);
    return std::move(*opened);
}

// A thread's wait hook that keeps what it was told, and runs `inside` at its first call.
class RecordingHook : public WaitHook {
public:
    void waiting(const ServerWait& wait) override
    {
        calls.push_back(wait);
        if (calls.size() == 1 && inside)
            inside();
    }
    void waitEnded() override { ++ended; }

    std::vector<ServerWait> calls;
    int ended = 0;
    std::function<void()> inside;
};

} // namespace

TEST_CASE("a hooked wait for a paused server calls the thread's hook every slice, the ask whether "
          "the server lives included, and refuses unsent any statement from inside the hook",
          "[postgres][faults]")
{
    pg::Connection conn = test::pgConnect();
    pg::Connection other = test::pgConnect();
    RecordingHook hook;
    std::optional<pg::Outcome<pg::Rows>> again;  // the same connection, mid-query
    std::optional<pg::Outcome<pg::Rows>> beside; // another connection of the same thread
    const int refusedBefore = pg::Connection::refusals();
    hook.inside = [&] {
        again = conn.exec("SELECT 1");
        beside = other.exec("SELECT 2");
    };
    std::optional<pg::Outcome<pg::Rows>> answer;
    {
        const WaitHookScope scope(hook);
        test::ServerPause pause;
        answer = conn.exec("SELECT 3");
    }
    REQUIRE(answer);
    REQUIRE_FALSE(*answer);
    INFO(answer->error().sentence.toStdString());
    CHECK(answer->error().connectionLost);
    CHECK(answer->error().sentence.contains(QStringLiteral("did not answer for")));
    CHECK(conn.stalled());

    // Called all through the wait, with the time waited never going back.
    REQUIRE(hook.calls.size() >= 10);
    const bool increasing = std::is_sorted(
        hook.calls.cbegin(), hook.calls.cend(),
        [](const ServerWait& a, const ServerWait& b) { return a.waitedMs < b.waitedMs; });
    CHECK(increasing);
    const QString& server = hook.calls.front().server;
    CHECK((server.contains(QLatin1Char(':')) || server.startsWith(QLatin1Char('/'))));
    CHECK(hook.calls.back().waitedMs >= pg::Connection::kSilenceMs);
    const int limit = pg::Connection::kSilenceMs / 1000 + pg::Connection::kPingSeconds;
    CHECK(std::all_of(hook.calls.cbegin(), hook.calls.cend(),
                      [&](const ServerWait& w) { return w.giveUpSeconds == limit; }));
    // The ask on a new connection is polled in the same slices: many calls, not one block.
    const auto asking = std::count_if(hook.calls.cbegin(), hook.calls.cend(),
                                      [](const ServerWait& w) { return w.askingAlive; });
    CHECK(asking >= 5);
    CHECK(hook.ended == 1);

    // Nothing was sent from inside the hook: both statements refused in their own sentence,
    // and the other connection, never disturbed, answers once the server runs again.
    REQUIRE(again);
    REQUIRE_FALSE(*again);
    CHECK(again->error().sentence.contains(QStringLiteral("still waiting")));
    CHECK_FALSE(again->error().connectionLost);
    REQUIRE(beside);
    REQUIRE_FALSE(*beside);
    CHECK(beside->error().sentence.contains(QStringLiteral("was not sent")));
    CHECK_FALSE(beside->error().connectionLost);
    CHECK(pg::Connection::refusals() == refusedBefore + 2);
    const auto after = other.exec("SELECT 4");
    REQUIRE(after);
    CHECK(after->int64(0, 0) == 4);
}

TEST_CASE("a hooked wait on a live server is told in slices and ends once, without asking whether "
          "the server lives",
          "[postgres]")
{
    pg::Connection conn = test::pgConnect();
    RecordingHook hook;
    const WaitHookScope scope(hook);
    const auto answer = conn.exec("SELECT 5");
    REQUIRE(answer);
    CHECK(answer->int64(0, 0) == 5);
    const auto slept = conn.exec("SELECT pg_sleep(0.3)");
    REQUIRE(slept);
    CHECK(hook.calls.size() >= 2); // 0.3 s in 50 ms slices
    CHECK(hook.ended == 1);
    CHECK(std::none_of(hook.calls.cbegin(), hook.calls.cend(),
                       [](const ServerWait& w) { return w.askingAlive; }));
}

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
