// Team mode on a server, the core's part (issue 17, "Live" and "Once per team"): a commit on
// one connection reaches another's notifications, once per transaction, and a rollback sends
// none; a connection ended by the server connects again by itself with the password held in
// memory, still listening; the SLA sweep runs in one session at a time.
// [postgres]: through tests/pg/with-cluster.sh; each test has a schema of its own.
#include "common/Clock.h"
#include "service/Customers.h"
#include "service/Presence.h"
#include "service/Session.h"
#include "service/Team.h"
#include "service/TeamJob.h"
#include "service/Tickets.h"
#include "storage/Database.h"
#include "storage/postgres/PgSchema.h"
#include "storage/Transaction.h"
#include "support/PgTestSchema.h"

#include <catch2/catch.hpp>

#include <QDeadlineTimer>
#include <QThread>

#include <cstdlib>
#include <string>

#include <poll.h>

using namespace fd;

namespace {

std::unique_ptr<Database> openPg(const Location& where, Database::Options options = {})
{
    Result<std::unique_ptr<Database>> opened = Database::open(where, std::move(options));
    INFO((opened ? QString() : QString(opened.error())).toStdString());
    REQUIRE(opened);
    return std::move(*opened);
}

void init(test::PgTestSchema& schema)
{
    pg::Connection conn = schema.connect();
    const Status made = pg::Schema::init(conn, QStringLiteral("Europe/Berlin"));
    INFO((made ? QString() : QString(made.error())).toStdString());
    REQUIRE(made);
}

// Notifications `db` takes until it has at least `atLeast` (waiting on its socket, as the
// window's QSocketNotifier does), or a minute passed: how many it took.
int takeUntil(Database& db, int atLeast)
{
    int taken = 0;
    QDeadlineTimer deadline(60000);
    while (taken < atLeast && !deadline.hasExpired()) {
        Result<int> got = Session(db).takeNotifications();
        INFO((got ? QString() : QString(got.error())).toStdString());
        REQUIRE(got);
        taken += *got;
        if (taken >= atLeast)
            break;
        pollfd watch{Session(db).socket(), POLLIN, 0};
        (void)::poll(&watch, 1, 200);
    }
    return taken;
}

qint64 addCustomer(Database& db, const char* name)
{
    Customer customer;
    customer.name = QString::fromUtf8(name);
    customer.since = QDate(2026, 11, 2);
    auto added = Customers(db, Clock::system()).add(customer);
    INFO((added ? QString() : QString(added.error())).toStdString());
    REQUIRE(added);
    return added->value;
}

// Reads `db`'s notifications until `who` lists `names` at `now`; false after a minute.
bool hearsWithin(Database& db, Presence& who, const QDateTime& now, const QStringList& names)
{
    for (QDeadlineTimer deadline(60000); !deadline.hasExpired();) {
        REQUIRE(Session(db).takeNotifications());
        REQUIRE(who.receive(now));
        if (who.others(now) == names)
            return true;
        pollfd watch{Session(db).socket(), POLLIN, 0};
        (void)::poll(&watch, 1, 200);
    }
    return false;
}

} // namespace

TEST_CASE(
    "live: a commit on one connection reaches another's notifications, once; a rollback sends none",
    "[postgres][live]")
{
    test::PgTestSchema schema;
    init(schema);
    auto writer = openPg(schema.location());
    auto watcher = openPg(schema.location());
    REQUIRE(Session(*watcher).listenForChanges());
    REQUIRE(Session(*writer).listenForChanges()); // it hears itself, and leaves its own out
    CHECK(Session(*watcher).socket() >= 0);

    addCustomer(*writer, "Acme");
    CHECK(takeUntil(*watcher, 1) == 1);
    CHECK(*Session(*writer).takeNotifications() == 0); // its own commit

    // A transaction that rolls back, then one that commits: the watcher hears the second
    // only (notifications come in commit order, so the first would have come before it).
    writer->guard([&] {
        Transaction tx(*writer);
        writer->execute("INSERT INTO agent (name) VALUES ('Never')");
    });
    CHECK(writer->scalar("SELECT count(*) FROM agent WHERE name = 'Never'") == 0);
    // One transaction of a hundred statements is one notification, as a bulk load's is.
    REQUIRE(writer->guard([&] {
        Transaction tx(*writer);
        for (int i = 0; i < 100; ++i)
            writer->execute(
                ("INSERT INTO agent (name) VALUES ('Many " + std::to_string(i) + "')").c_str());
        tx.commit();
    }));
    addCustomer(*writer, "Globex");
    CHECK(takeUntil(*watcher, 2) == 2);
    CHECK(*Session(*watcher).takeNotifications() == 0);
}

TEST_CASE("live: presence stays in its schema, even beside a schema whose name begins with this "
          "one's and a bar",
          "[postgres][live]")
{
    test::PgTestSchema schema;
    init(schema);
    // Its name and "|view|7": a message sent there, read as this schema's, would say "view" of
    // ticket 7.
    test::PgTestSchema beside{test::PgTestSchema::Named{schema.name() + QStringLiteral("|view|7")}};
    init(beside);
    auto annDb = openPg(schema.location());
    auto catDb = openPg(schema.location());
    auto bobDb = openPg(beside.location());
    for (Database* db : {annDb.get(), catDb.get(), bobDb.get()})
        REQUIRE(Session(*db).listenForChanges());
    Presence ann(*annDb, QStringLiteral("Ann Lee"));
    Presence bob(*bobDb, QStringLiteral("Bob Roy"));
    Presence cat(*catDb, QStringLiteral("Cat Fox"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    REQUIRE(ann.show(7));
    REQUIRE(bob.show(7));
    // Cat's view comes after Bob's (notifications arrive in commit order): once Ann has heard
    // Cat, she has read Bob's too, and lists Cat alone.
    REQUIRE(cat.show(7));
    CHECK(hearsWithin(*annDb, ann, now, {QStringLiteral("Cat Fox")}));
}

TEST_CASE("live: a connection the server ended connects again with the password held in memory, "
          "still listening",
          "[postgres][live]")
{
    test::PgTestSchema schema;
    init(schema);
    // Over TCP, where the server asks for a password: asked once, at sign-in.
    const QString port = qEnvironmentVariable("FUNNELDESK_TEST_PG_PORT");
    const QString password = qEnvironmentVariable("FUNNELDESK_TEST_PG_PASSWORD");
    REQUIRE_FALSE(port.isEmpty());
    Result<Location> parsed =
        Location::parse(QStringLiteral("host=127.0.0.1 port=%1 user=funneldesk "
                                       "dbname=funneldesk_test options='-csearch_path=%2'")
                            .arg(port, schema.name()));
    REQUIRE(parsed);
    REQUIRE(parsed->password().isEmpty());
    int asked = 0;
    Database::Options options;
    options.askPassword = [&](const QString&) -> std::optional<QString> {
        ++asked;
        return password;
    };
    auto db = openPg(*parsed, options);
    REQUIRE(asked == 1);
    REQUIRE(Session(*db).listenForChanges());
    addCustomer(*db, "Acme");
    const qint64 pid = db->scalar("SELECT pg_backend_pid()");
    const int socketBefore = Session(*db).socket();

    // The server ends the session (an administrator, a restart, a failover).
    REQUIRE(schema.admin().exec("SELECT pg_terminate_backend($1)", {pid}));
    Result<int> lost = Session(*db).takeNotifications();
    for (QDeadlineTimer deadline(60000); lost && !deadline.hasExpired();
         lost = Session(*db).takeNotifications()) {
        pollfd watch{socketBefore, POLLIN, 0};
        (void)::poll(&watch, 1, 200);
    }
    REQUIRE_FALSE(lost);
    CHECK(lost.error().is(Error::Kind::ConnectionLost));

    const Status again = Session(*db).reconnect();
    INFO((again ? QString() : QString(again.error())).toStdString());
    REQUIRE(again);
    CHECK(asked == 1); // never asked again, and the Location keeps it only in memory
    CHECK(db->scalar("SELECT pg_backend_pid()") != pid);
    CHECK(db->scalar("SELECT count(*) FROM customer") == 1);
    auto listed = Customers(*db, Clock::system()).add([] {
        Customer c;
        c.name = QStringLiteral("Globex");
        c.since = QDate(2026, 11, 3);
        return c;
    }());
    CHECK(listed); // the cached statements were prepared again on the new session
    // Still listening: another's commit reaches it.
    auto other = openPg(schema.location());
    addCustomer(*other, "Initech");
    CHECK(takeUntil(*db, 1) == 1);
}

TEST_CASE("once per team: the SLA sweep runs in one session at a time, per database",
          "[postgres][live]")
{
    test::PgTestSchema schema;
    init(schema);
    auto mine = openPg(schema.location());
    auto theirs = openPg(schema.location());
    FixedClock clock(QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC));
    Ticket ticket;
    ticket.customerId = addCustomer(*mine, "Acme");
    ticket.subject = QStringLiteral("Down");
    ticket.priority = Priority::Urgent;
    ticket.status = TicketStatus::Open;
    REQUIRE(Tickets(*mine, clock).add(ticket));
    clock.set(clock.now().addDays(10)); // past every urgent target

    {
        // Another window's sweep holds the lock: this one skips its turn.
        Result<std::optional<TeamJob>> held = TeamJob::take(*theirs, TeamJob::kSlaSweep);
        REQUIRE(held);
        REQUIRE(held->has_value());
        Result<std::optional<TeamJob>> second = TeamJob::take(*mine, TeamJob::kSlaSweep);
        REQUIRE(second);
        CHECK_FALSE(second->has_value());
        const Result<int> skipped = Tickets(*mine, clock).sweepBreaches();
        REQUIRE(skipped);
        CHECK(*skipped == 0);
        // Who holds it, as the window names a holder that keeps it (ui/SlaSweep.h): the other
        // session's login, program and connection time; the holder itself sees nobody else.
        const Result<std::optional<JobHolder>> holder = TeamJob::holder(*mine, TeamJob::kSlaSweep);
        REQUIRE(holder);
        REQUIRE(holder->has_value());
        CHECK((*holder)->pid > 0);
        CHECK((*holder)->login == theirs->teamRights().login);
        CHECK_FALSE((*holder)->application.isEmpty());
        REQUIRE((*holder)->connectedAt.has_value()); // the same login: the server shows its start
        CHECK(std::abs(*(*holder)->connectedAt - QDateTime::currentSecsSinceEpoch()) < 3600);
        const Result<std::optional<JobHolder>> self = TeamJob::holder(*theirs, TeamJob::kSlaSweep);
        REQUIRE(self);
        CHECK_FALSE(self->has_value());
        // Another database (schema) on the same server has a lock of its own.
        test::PgTestSchema elsewhere;
        init(elsewhere);
        auto there = openPg(elsewhere.location());
        Result<std::optional<TeamJob>> own = TeamJob::take(*there, TeamJob::kSlaSweep);
        REQUIRE(own);
        CHECK(own->has_value());
        // Each database's holder is its own.
        const Result<std::optional<JobHolder>> still = TeamJob::holder(*mine, TeamJob::kSlaSweep);
        REQUIRE(still);
        REQUIRE(still->has_value());
        CHECK((*still)->pid == (*holder)->pid);
        const Result<std::optional<JobHolder>> thereHolder =
            TeamJob::holder(*theirs, TeamJob::kSlaSweep);
        REQUIRE(thereHolder);
        CHECK_FALSE(thereHolder->has_value());
    }
    // Released: nobody holds it, the next sweep records the breach, and the one after finds none
    // left.
    const Result<std::optional<JobHolder>> released = TeamJob::holder(*mine, TeamJob::kSlaSweep);
    REQUIRE(released);
    CHECK_FALSE(released->has_value());
    const Result<int> swept = Tickets(*mine, clock).sweepBreaches();
    REQUIRE(swept);
    CHECK(*swept == 1);
    const Result<int> again = Tickets(*theirs, clock).sweepBreaches();
    REQUIRE(again);
    CHECK(*again == 0);
}

TEST_CASE(
    "live: two sessions showing one ticket hear of each other, and no longer once one leaves it",
    "[postgres][live]")
{
    test::PgTestSchema schema;
    init(schema);
    auto annDb = openPg(schema.location());
    auto bobDb = openPg(schema.location());
    REQUIRE(Session(*annDb).listenForChanges());
    REQUIRE(Session(*bobDb).listenForChanges());
    Presence ann(*annDb, QStringLiteral("Ann Lee"));
    Presence bob(*bobDb, QStringLiteral("Bob Roy"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto hearsUntil = [&](Database& db, Presence& who, const QStringList& names) {
        return hearsWithin(db, who, now, names);
    };
    REQUIRE(ann.show(7));
    REQUIRE(bob.show(7));
    CHECK(hearsUntil(*annDb, ann, {QStringLiteral("Bob Roy")}));
    // Ann answered Bob's view: Bob, who came second, hears of Ann too.
    CHECK(hearsUntil(*bobDb, bob, {QStringLiteral("Ann Lee")}));
    // Not heard from for longer than the expiry: dropped.
    CHECK(ann.others(now.addSecs(Presence::kExpirySeconds + 1)).isEmpty());
    // Bob goes to another ticket: Ann no longer lists him.
    REQUIRE(bob.show(8));
    CHECK(hearsUntil(*annDb, ann, {}));
    // Bob comes back, then shows no ticket (his pane closed, his window quit): Ann's `now`
    // stands still, so only his leave can take him off her list, never the expiry.
    REQUIRE(bob.show(7));
    CHECK(hearsUntil(*annDb, ann, {QStringLiteral("Bob Roy")}));
    REQUIRE(bob.show(0));
    CHECK(hearsUntil(*annDb, ann, {}));
    CHECK(bob.shown() == 0);
    // The notifications of presence are no data change.
    CHECK(*Session(*annDb).takeNotifications() == 0);
}

TEST_CASE(
    "live: a rep's presence shows the rep's own name, whatever name the message gives; the owner's "
    "sessions name the agent they act as",
    "[postgres][live][team]")
{
    // Hostile pass of issue 17: any login may NOTIFY any text, so a rep's psql could say
    // "view|7|Boss Lady" and every window on ticket 7 showed "Also viewing: Boss Lady".
    test::PgTestSchema schema;
    init(schema);
    auto owner = openPg(schema.location());
    const QString login = schema.name() + QStringLiteral("_kim");
    const Result<qint64> kim =
        Team(*owner).addLogin(login, QStringLiteral("Kim Rep"), AgentRole::Rep, std::nullopt);
    INFO((kim ? QString() : QString(kim.error())).toStdString());
    REQUIRE(kim);
    auto watcherDb = openPg(schema.location());
    REQUIRE(Session(*watcherDb).listenForChanges());
    Presence watcher(*watcherDb, QStringLiteral("Ann Lee"));
    REQUIRE(watcher.show(7));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto hearsUntil = [&](const QStringList& names) {
        return hearsWithin(*watcherDb, watcher, now, names);
    };

    // The rep's own client, and the rep's raw session with a forged name: both are Kim Rep.
    auto kimDb = openPg(schema.location(QStringLiteral("user=") + login));
    Presence kims(*kimDb, QStringLiteral("Boss Lady"));
    REQUIRE(kims.show(7));
    CHECK(hearsUntil({QStringLiteral("Kim Rep")}));
    REQUIRE(kims.show(0));
    CHECK(hearsUntil({}));
    pg::Connection raw = schema.connect(QStringLiteral("user=") + login);
    REQUIRE(raw.exec(
        "SELECT pg_notify('funneldesk_presence', current_schema() || '|view|7|Boss Lady')"));
    CHECK(hearsUntil({QStringLiteral("Kim Rep")}));
    REQUIRE(raw.exec(
        "SELECT pg_notify('funneldesk_presence', current_schema() || '|leave|0|Boss Lady')"));
    CHECK(hearsUntil({}));

    // A session that ended before its message was read is believed in nothing but a leave:
    // its pid no longer says whose it was.
    QString briefPid;
    {
        pg::Connection brief = schema.connect(QStringLiteral("user=") + login);
        const auto pid = brief.exec("SELECT pg_backend_pid()");
        REQUIRE(pid);
        briefPid = pid->text(0, 0);
        REQUIRE(brief.exec(
            "SELECT pg_notify('funneldesk_presence', current_schema() || '|view|7|Boss Lady')"));
    }
    pg::Connection admin = schema.connect();
    bool ended = false;
    for (QDeadlineTimer deadline(60000); !ended && !deadline.hasExpired();) {
        const auto alive =
            admin.exec("SELECT count(*) FROM pg_stat_activity WHERE pid = $1::int", {briefPid});
        REQUIRE(alive);
        ended = alive->int64(0, 0) == 0;
        if (!ended)
            QThread::msleep(20);
    }
    REQUIRE(ended);
    bool read = false;
    for (QDeadlineTimer deadline(60000); !read && !deadline.hasExpired();) {
        REQUIRE(Session(*watcherDb).takeNotifications());
        const Result<bool> got = watcher.receive(now);
        REQUIRE(got);
        read = *got;
        pollfd watch{Session(*watcherDb).socket(), POLLIN, 0};
        (void)::poll(&watch, 1, read ? 0 : 200);
    }
    REQUIRE(read);
    CHECK(watcher.others(now).isEmpty());

    // The owner's session acts as the agent it picks: its message's name stands.
    auto ownerDb = openPg(schema.location());
    Presence owners(*ownerDb, QStringLiteral("Sam Roe"));
    REQUIRE(owners.show(7));
    CHECK(hearsUntil({QStringLiteral("Sam Roe")}));
}
