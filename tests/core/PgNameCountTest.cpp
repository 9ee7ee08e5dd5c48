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

} // namespace

TEST_CASE("customer_name_count: a migrate, a rep's new customer and rename and a manager's delete "
          "keep the counts, the long lists follow them, check names a difference",
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
    }
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
    CHECK(test::checkFindings(*owner, QStringLiteral("by name")).isEmpty());

    // check names a count that went wrong (here by hand).
    owner->execute(
        "UPDATE customer_name_count SET customers = customers + 2 WHERE folded = 'acme'");
    owner->execute("DELETE FROM customer_name_count WHERE folded = 'gamma'");
    const QStringList found = test::checkFindings(*owner, QStringLiteral("by name"));
    INFO(found.join(QLatin1Char('\n')).toStdString());
    CHECK(found ==
          QStringList{QStringLiteral("2 counts of customers by name differ from the customers")});
}
