// How many customers have each name on a server (026_dashboard_reads.sql; issue 16: the
// dashboards' long lists tell namesakes apart from these counts instead of grouping every name on
// each refresh): every path that writes customers keeps them equal to the customers, the lists
// follow them, and `check` names a difference. A migrate (a bulk load: the triggers off, the
// table rebuilt from the copied customers), a rep's new customer and rename (the triggers run
// with the owner's rights; the rep may not write the table itself), a manager's delete.
// [postgres]: run through tests/pg/with-cluster.sh.
#include "domain/Customer.h"
#include "domain/Names.h"
#include "service/Migrate.h"
#include "service/Session.h"
#include "service/Team.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/IntegrityCheck.h"
#include "storage/MetricsRepository.h"
#include "storage/postgres/PgConnection.h"
#include "support/PgTestSchema.h"
#include "support/ReadBack.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <string>

using namespace fd;

namespace {

// The folded names whose count differs from the customers (a name at 0 without customers is
// none).
qint64 differing(Database& db)
{
    return db.scalar("SELECT count(*) FROM (SELECT fd_nocase(name) AS folded, count(*) AS n FROM "
                     "customer GROUP BY 1) c FULL JOIN customer_name_count k USING (folded) "
                     "WHERE coalesce(c.n, 0) <> coalesce(k.customers, 0)");
}

qint64 countOf(Database& db, const char* folded)
{
    return db.scalar(std::string("SELECT coalesce(max(customers), -1) FROM customer_name_count "
                                 "WHERE folded = '") +
                     folded + "'");
}

// Customers whose copy in customer_names (029_search_urgency.sql) differs, or is missing or left
// over.
qint64 namesDiffering(Database& db)
{
    return db.scalar("SELECT count(*) FROM customer c FULL JOIN customer_names n ON n.id = c.id "
                     "WHERE c.id IS NULL OR n.id IS NULL OR n.name IS DISTINCT FROM c.name");
}

} // namespace

TEST_CASE("customer_name_count and customer_names: a migrate, a rep's new customer and rename "
          "and a manager's delete keep the counts and the copies, the long lists follow them, "
          "check names a difference",
          "[postgres][names]")
{
    // A file with namesakes by case, and names alone.
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("names.sqlite"));
    std::vector<qint64> ids;
    {
        auto file = test::openSqliteFile(path);
        for (const char* name : {"Acme", "ACME", "Beta", "Gamma"}) {
            auto id = CustomerRepository(*file).add(test::customerNamed(QString::fromUtf8(name)));
            REQUIRE(id);
            ids.push_back(*id);
        }
    }
    test::PgTestSchema schema; // empty: migrate makes FunnelDesk's schema in it
    const auto migrated = service::Migrate::run(Location::file(path), schema.location());
    INFO((migrated ? QString() : QString(migrated.error())).toStdString());
    REQUIRE(migrated);
    auto opened = Session::open(schema.location(), {});
    REQUIRE(opened);
    OwnedDatabase owner = std::move(*opened);
    CHECK(countOf(*owner, "acme") == 2);
    CHECK(countOf(*owner, "beta") == 1);
    CHECK(owner->scalar("SELECT count(*) FROM customer_name_count") == 3);
    CHECK(differing(*owner) == 0);
    CHECK(namesDiffering(*owner) == 0);
    const auto afterMigrate = IntegrityCheck::run(*owner);
    REQUIRE(afterMigrate);
    CHECK(afterMigrate->isEmpty());
    const auto apart = [&](Database& db) {
        auto names = MetricsRepository(db).namesApartOfMany(ids);
        REQUIRE(names);
        return *names;
    };
    CHECK(apart(*owner).at(ids[0]) == Names::customerAtStart(ids[0], QStringLiteral("Acme")));
    CHECK(apart(*owner).at(ids[2]) == QStringLiteral("Beta"));

    // A rep adds a second Beta and renames ACME: the triggers count both; the table is not the
    // rep's to write, but the rep's dashboards read it.
    const QString login = schema.name() + QStringLiteral("_rep");
    REQUIRE(Team(*owner).addLogin(login, QStringLiteral("Rhea Rep"), AgentRole::Rep, std::nullopt));
    {
        auto asRep = Session::open(schema.location(QStringLiteral("user=") + login), {});
        REQUIRE(asRep);
        REQUIRE(CustomerRepository(**asRep).add(test::customerNamed(QStringLiteral("beta"))));
        auto acme = CustomerRepository(**asRep).find(ids[1]);
        REQUIRE(acme);
        REQUIRE(acme->has_value());
        Customer renamed = **acme;
        renamed.name = QStringLiteral("Delta");
        REQUIRE(CustomerRepository(**asRep).update(renamed));
        CHECK(apart(**asRep).at(ids[2]) == Names::customerAtStart(ids[2], QStringLiteral("Beta")));
        CHECK(apart(**asRep).at(ids[0]) == QStringLiteral("Acme"));
        pg::Connection raw = schema.connect(QStringLiteral("user=") + login);
        const auto written = raw.exec("UPDATE customer_name_count SET customers = 2");
        REQUIRE_FALSE(written);
        CHECK(written.error().sqlState == "42501");
        const auto copyWritten = raw.exec("UPDATE customer_names SET name = 'Zed'");
        REQUIRE_FALSE(copyWritten);
        CHECK(copyWritten.error().sqlState == "42501");
    }
    CHECK(namesDiffering(*owner) == 0);
    CHECK(owner->scalar("SELECT count(*) FROM customer_names WHERE name = 'Delta'") == 1);
    CHECK(countOf(*owner, "acme") == 1);
    CHECK(countOf(*owner, "beta") == 2);
    CHECK(countOf(*owner, "delta") == 1);
    CHECK(differing(*owner) == 0);

    // A manager's delete of several customers, and a rename that only changes case (the same
    // folded name: no count moves).
    owner->execute("UPDATE customer SET name = 'GAMMA' WHERE name = 'Gamma'");
    owner->execute("DELETE FROM customer WHERE fd_nocase(name) IN ('beta', 'delta')");
    CHECK(countOf(*owner, "beta") == 0);
    CHECK(countOf(*owner, "gamma") == 1);
    CHECK(differing(*owner) == 0);
    CHECK(namesDiffering(*owner) == 0);
    CHECK(owner->scalar("SELECT count(*) FROM customer_names") == 2);
    CHECK(test::checkFindings(*owner, QStringLiteral("by name")).isEmpty());
    CHECK(test::checkFindings(*owner, QStringLiteral("for sorting")).isEmpty());

    // check names a customer whose copy of its name went wrong, or went (here by hand).
    owner->execute(
        ("UPDATE customer_names SET name = 'Zed' WHERE id = " + std::to_string(ids[0])).c_str());
    owner->execute("DELETE FROM customer_names WHERE name = 'GAMMA'");
    CHECK(test::checkFindings(*owner, QStringLiteral("for sorting")) ==
          QStringList{
              QStringLiteral("2 customers' names kept for sorting differ from the customers")});
    owner->execute("DELETE FROM customer_names");
    owner->execute("INSERT INTO customer_names (id, name) SELECT id, name FROM customer");

    // check names a count that went wrong (here by hand).
    owner->execute(
        "UPDATE customer_name_count SET customers = customers + 2 WHERE folded = 'acme'");
    owner->execute("DELETE FROM customer_name_count WHERE folded = 'gamma'");
    const QStringList found = test::checkFindings(*owner, QStringLiteral("by name"));
    INFO(found.join(QLatin1Char('\n')).toStdString());
    CHECK(found ==
          QStringList{QStringLiteral("2 counts of customers by name differ from the customers")});
}

TEST_CASE("customer_name_count: a rename commits while another transaction holds the summaries' "
          "lock and wants the renamed customer's row next (no deadlock)",
          "[postgres][names]")
{
    test::PgTestSchema schema;
    (void)schema.initialised();
    auto opened = Session::open(schema.location(), {});
    REQUIRE(opened);
    OwnedDatabase db = std::move(*opened);
    std::vector<qint64> ids;
    for (const char* name : {"Acme", "Beta"}) {
        auto id = CustomerRepository(*db).add(test::customerNamed(QString::fromUtf8(name)));
        REQUIRE(id);
        ids.push_back(*id);
    }

    // The other transaction does what `stages recompute` does on a server
    // (StageFactsWrites.cpp): a planned task first, whose trigger takes the summaries' lock
    // (023_task_day.sql), then the movers' rows, Beta's among them.
    pg::Connection other = schema.connect();
    REQUIRE(other.exec("BEGIN"));
    REQUIRE(other.exec("INSERT INTO task (customer_id, title, due_day, origin, occasion, step, "
                       "created_at) VALUES (" +
                       QByteArray::number(ids[0]) +
                       ", 'Call', current_date, 'plan', 'welcome', 0, 0)"));

    // Beta saved under a new name meanwhile (the customer dialog's path). Its trigger waited for
    // the summaries' lock holding Beta's row: the busy timeout refused the save here, and without
    // one the other's UPDATE below closed the circle and the server rolled one back.
    db->setBusyTimeout(5000);
    auto beta = CustomerRepository(*db).find(ids[1]);
    REQUIRE(beta);
    REQUIRE(beta->has_value());
    Customer renamed = **beta;
    renamed.name = QStringLiteral("Gamma");
    const auto saved = CustomerRepository(*db).update(renamed);
    INFO((saved ? QString() : QString(saved.error())).toStdString());
    REQUIRE(saved);

    // A customer added meanwhile: its trigger does not wait for the lock either.
    auto added = CustomerRepository(*db).add(test::customerNamed(QStringLiteral("ACME")));
    INFO((added ? QString() : QString(added.error())).toStdString());
    REQUIRE(added);

    REQUIRE(other.exec("UPDATE customer SET stage_entered_at = stage_entered_at WHERE id = " +
                       QByteArray::number(ids[1])));
    REQUIRE(other.exec("COMMIT"));
    CHECK(countOf(*db, "acme") == 2);
    CHECK(countOf(*db, "beta") == 0);
    CHECK(countOf(*db, "gamma") == 1);
    CHECK(differing(*db) == 0);
}
