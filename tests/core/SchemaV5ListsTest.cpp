// Schema v5, the lists' part (issue 15, second round): every customers-list sort index holds
// the id right after its key, so the list's order (key, id) is the index's order and SQLite
// sorts nothing. A v4 file upgrades in place and lists the same customers in the same order.
#include "common/Clock.h"
#include "demo/Generator.h"
#include "storage/CustomerListRepository.h"
#include "storage/Database.h"
#include "storage/FunnelOrder.h"
#include "storage/Schema.h"
#include "support/TestSupport.h"

#include "SchemaDowngrade.h"

#include <catch2/catch.hpp>

#include <QDir>

#include <map>
#include <utility>

using namespace fd;

namespace {

using Column = CustomerListQuery::Column;

using test::indexColumns;

// Every sort of the customers list, both ways, plus a filtered and a searched one.
std::map<std::pair<int, bool>, std::vector<qint64>> everyList(Database& db)
{
    std::map<std::pair<int, bool>, std::vector<qint64>> lists;
    CustomerListRepository list(db);
    for (int c = 0; c <= int(Column::LastTouch); ++c) {
        for (const bool descending : {false, true}) {
            CustomerListQuery q;
            q.sortColumn = Column(c);
            q.descending = descending;
            auto ids = list.ids(q);
            REQUIRE(ids);
            REQUIRE(ids->size() == 300);
            lists[{c, descending}] = *ids;
        }
    }
    CustomerListQuery retention;
    retention.stage = Stage::Retention;
    retention.sortColumn = Column::OpenTickets;
    lists[{100, false}] = list.ids(retention).value();
    CustomerListQuery search;
    search.search = QStringLiteral("a");
    search.sortColumn = Column::LastTouch;
    search.descending = true;
    lists[{101, true}] = list.ids(search).value();
    return lists;
}

// Whether SQLite sorts anything for the ids of the list in this order (key, id): the ORDER
// BY terms of CustomerListRepository.
bool sortsForOrder(Database& db, const char* key)
{
    auto q = db.query(std::string("EXPLAIN QUERY PLAN SELECT c.id FROM customer c ORDER BY ") +
                      key + ", c.id");
    bool sorts = false;
    while (q->step())
        sorts = sorts || q->text(3).contains(QStringLiteral("TEMP B-TREE"));
    return sorts;
}

// The last is the expression the repositories write for the funnel order (storage/FunnelOrder.h):
// should it drift from the index's, SQLite would sort, and the upgraded file's check fails.
const char* const kOrders[] = {"c.name COLLATE NOCASE", "c.company COLLATE NOCASE",
                               "c.open_tickets", "c.last_touch_at", kFunnelOrder.data()};

} // namespace

TEST_CASE(
    "A schema v4 file upgrades to v5: customers-list indexes hold the id after the key, same lists",
    "[sqlite-only][migration][lists][speed]")
{
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("v4.sqlite"));
    std::map<std::pair<int, bool>, std::vector<qint64>> before;
    {
        auto db = test::openDatabase(path);
        GeneratorOptions options;
        options.customers = 300; // many share an open-ticket count, a stage, an owner
        options.tickets = 1500;
        options.touchpoints = 3000;
        options.seed = 9;
        REQUIRE(Generator::run(*db, options, FixedClock(test::testNow())));
        test::downgradeToV4(*db);
        REQUIRE(Schema::version(*db) == 4);
        for (const char* key : kOrders)
            CHECK(sortsForOrder(*db, key)); // what v5 removes
        before = everyList(*db);
    }
    auto db = test::openDatabase(path);
    CHECK(Schema::version(*db) == Schema::kVersion);
    CHECK(indexColumns(*db, "customer_name").join(u',') ==
          QStringLiteral("name,id,stage,status,owner_id,email,company"));
    CHECK(indexColumns(*db, "customer_company").join(u',') ==
          QStringLiteral("company,id,stage,status,owner_id"));
    CHECK(indexColumns(*db, "customer_last_touch").join(u',') ==
          QStringLiteral("last_touch_at,id,stage,status,owner_id"));
    CHECK(indexColumns(*db, "customer_open_tickets").join(u',') ==
          QStringLiteral("open_tickets,id,stage,status,owner_id"));
    CHECK(indexColumns(*db, "customer_owner").join(u',') ==
          QStringLiteral("owner_id,id,stage,status"));
    CHECK(indexColumns(*db, "customer_funnel_order").join(u',') ==
          QStringLiteral("<expr>,id,status,owner_id"));
    for (const char* key : kOrders) {
        INFO(key);
        CHECK_FALSE(sortsForOrder(*db, key));
    }
    CHECK(everyList(*db) == before);
    CHECK(QDir(scratch.dir().path()).entryList({QStringLiteral("v4.sqlite.v4-*.bak")}).size() == 1);
}

TEST_CASE(
    "The customers list sorted by open tickets or last touch is in (key, id) order, both ways",
    "[lists]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("order.sqlite")));
    GeneratorOptions options;
    options.customers = 300;
    options.tickets = 1500;
    options.touchpoints = 3000;
    options.seed = 4;
    REQUIRE(Generator::run(*db, options, FixedClock(test::testNow())));
    for (const auto& [column, sql] : {std::pair{Column::OpenTickets, "open_tickets"},
                                      std::pair{Column::LastTouch, "last_touch_at"}}) {
        // The expected order from the rows themselves, sorted here.
        std::vector<std::pair<qint64, qint64>> keyed; // (key, id); NULL first as SQLite sorts it
        auto q = db->query(std::string("SELECT coalesce(") + sql +
                           ", -9223372036854775807 - 1), id FROM customer");
        while (q->step())
            keyed.emplace_back(q->int64(0), q->int64(1));
        std::sort(keyed.begin(), keyed.end());
        std::vector<qint64> expected;
        for (const auto& entry : keyed)
            expected.push_back(entry.second);
        for (const bool descending : {false, true}) {
            CustomerListQuery list;
            list.sortColumn = column;
            list.descending = descending;
            auto ids = CustomerListRepository(*db).ids(list);
            REQUIRE(ids);
            INFO(sql << (descending ? " desc" : " asc"));
            CHECK(*ids == (descending ? std::vector<qint64>(expected.rbegin(), expected.rend())
                                      : expected));
        }
    }
}

TEST_CASE(
    "One stage's customers are found in customer_funnel_order, in id order, by its expression",
    "[sqlite-only][lists][health][speed]")
{
    // HealthRepository's band counts walk the index for one value of kFunnelOrder (its
    // scoredIn): an expression that no longer matches the index's would scan all of it instead.
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("funnel.sqlite")));
    for (const Stage stage :
         {Stage::Onboarding, Stage::PostSales, Stage::Retention, Stage::Advocacy}) {
        auto q = db->query("EXPLAIN QUERY PLAN SELECT c.id FROM customer c WHERE " +
                           std::string(kFunnelOrder) + " = ?1 ORDER BY c.id");
        q->bind(1, static_cast<qint64>(funnelOrder(stage)));
        QStringList plan;
        while (q->step())
            plan << q->text(3);
        // "USING INDEX" in SQLite 3.40, "USING COVERING INDEX" where a later one covers it.
        const QString text = plan.join(u'|');
        INFO(text.toStdString());
        CHECK(text.contains(QStringLiteral("customer_funnel_order (<expr>=?)")));
        CHECK_FALSE(text.contains(QStringLiteral("TEMP B-TREE")));
    }
    // The order each stage has in the index's expression.
    auto customers = db->query("INSERT INTO customer (name, since, stage, stage_entered_at) VALUES "
                               "('A', '2026-01-01', ?1, 0)");
    for (const Stage stage :
         {Stage::Onboarding, Stage::PostSales, Stage::Retention, Stage::Advocacy}) {
        customers->bindStatic(1, enumName(stage));
        customers->exec();
        auto order = db->query("SELECT " + std::string(kFunnelOrder) +
                               " FROM customer c WHERE c.id = (SELECT max(id) FROM customer)");
        REQUIRE(order->step());
        CHECK(order->int64(0) == funnelOrder(stage));
    }
}
