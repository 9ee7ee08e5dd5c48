// The Dialect hooks the repositories use (issue 16), checked through SQL that every backend
// runs: what each hook's text does, not how it is spelled. Each case runs on an SQLite file,
// and the same cases once more on a PostgreSQL schema ([postgres]).
#include "storage/Dialect.h"
#include "storage/Database.h"
#include "storage/postgres/PgSchema.h"
#include "support/PgTestSchema.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <functional>
#include <string>
#include <vector>

using namespace fd;

namespace {

// Customers 1..3: "Acme Corp" (company ACME), "globex" (Globex_Inc), "Initech" (no company).
struct Fixture {
    explicit Fixture(std::unique_ptr<Database> opened) : db(std::move(opened)), d(db->dialect())
    {
        db->execute("INSERT INTO customer (id, name, company, since, stage_entered_at) VALUES "
                    "(1, 'Acme Corp', 'ACME', '2026-01-05', 0), (2, 'globex', 'Globex_Inc', "
                    "'2026-01-05', 0), "
                    "(3, 'Initech', NULL, '2026-01-05', 0)");
    }

    std::vector<qint64> ids(const std::string& sql,
                            const std::function<void(Statement&)>& bind = {})
    {
        auto q = db->query(sql);
        if (bind)
            bind(*q);
        std::vector<qint64> result;
        while (q->step())
            result.push_back(q->int64(0));
        return result;
    }

    std::unique_ptr<Database> db;
    const Dialect& d;
};

void likeAndTyped(Fixture& f)
{
    const std::string sql = "SELECT id FROM customer WHERE (" + f.d.typed("?1", "text") +
                            " IS NULL OR " + f.d.likeNocase("name", "?1") + " OR " +
                            f.d.likeNocase("company", "?1") + ") ORDER BY id";
    const auto matching = [&](const QString& pattern) {
        return f.ids(sql, [&](Statement& q) { q.bind(1, pattern); });
    };
    CHECK(matching(QStringLiteral("%acme%")) == std::vector<qint64>{1});
    CHECK(matching(QStringLiteral("%GLOBEX\\_%")) ==
          std::vector<qint64>{2}); // '_' escaped: a character
    CHECK(matching(QStringLiteral("%x\\_i%")) == std::vector<qint64>{2});
    CHECK(matching(QStringLiteral("%e_h%")) == std::vector<qint64>{3}); // '_' any one character
    CHECK(matching(QString()) == std::vector<qint64>{1, 2, 3});         // NULL: no filter
}

void lists(Fixture& f)
{
    const std::array<qint64, 3> wanted{3, 1, 99};
    const std::string list = f.d.idListValue(wanted);
    const auto bindList = [&](Statement& q) { q.bind(1, std::string_view(list)); };
    CHECK(f.ids("SELECT id FROM customer WHERE id IN " + f.d.idList(1) + " ORDER BY id",
                bindList) == std::vector<qint64>{1, 3});
    // As a table to join (the join's order is the planner's).
    auto joined = f.ids(
        "SELECT c.id FROM " + f.d.idTable(1, "j") + " JOIN customer c ON c.id = j.value", bindList);
    std::sort(joined.begin(), joined.end());
    CHECK(joined == std::vector<qint64>{1, 3});

    const std::array<std::string_view, 4> names{"globex", "Acme \"Corp\"", "back\\slash",
                                                "Initech"};
    const std::string texts = f.d.textListValue(names);
    const auto bindTexts = [&](Statement& q) { q.bind(1, std::string_view(texts)); };
    CHECK(f.ids("SELECT id FROM customer WHERE name IN " + f.d.textList(1) + " ORDER BY id",
                bindTexts) == std::vector<qint64>{2, 3});
    f.db->execute("UPDATE customer SET name = 'Acme \"Corp\"' WHERE id = 1");
    f.db->execute("UPDATE customer SET company = 'back\\slash' WHERE id = 3");
    CHECK(f.ids("SELECT id FROM customer WHERE name IN " + f.d.textList(1) + " OR company IN " +
                    f.d.textList(1) + " ORDER BY id",
                bindTexts) == std::vector<qint64>{1, 2, 3});
    const std::array<std::string_view, 0> none{};
    const std::string empty = f.d.textListValue(none);
    CHECK(f.ids("SELECT id FROM customer WHERE name IN " + f.d.textList(1), [&](Statement& q) {
               q.bind(1, std::string_view(empty));
           }).empty());
}

void order(Fixture& f)
{
    const auto byCompany = [&](bool descending) {
        const char* direction = descending ? " DESC" : " ASC";
        return f.ids("SELECT id FROM customer ORDER BY " + f.d.nocase("company") + direction +
                     f.d.nullsLowest(descending) + ", id" + direction);
    };
    CHECK(byCompany(false) == std::vector<qint64>{3, 1, 2}); // NULL, acme, globex_inc
    CHECK(byCompany(true) == std::vector<qint64>{2, 1, 3});
    CHECK(f.ids("SELECT id FROM customer ORDER BY " + f.d.nocase("name") + ", id") ==
          std::vector<qint64>{1, 2, 3});
}

void idsAndSearch(Fixture& f)
{
    auto insert = f.db->query(f.d.insertReturningId("INSERT INTO agent (name, id) VALUES (?, ?)"));
    insert->bind(1, QStringLiteral("Given"));
    bindId(*insert, 2, 40);
    CHECK(f.db->insertedId(*insert) == 40);
    insert->bind(1, QStringLiteral("Picked"));
    bindId(*insert, 2, 0); // NULL: the database picks, past the given 40 (as SQLite's rowid)
    CHECK(f.db->insertedId(*insert) == 41);
    CHECK(f.db->scalar("SELECT count(*) FROM agent") == 2);

    for (int i = 1; i <= 4; ++i) {
        const std::string sql =
            "INSERT INTO ticket (id, customer_id, subject, created_at) VALUES (" +
            std::to_string(i) + ", 1, 'Printer " + (i == 3 ? "fine" : "jammed") + "', 0)";
        f.db->execute(sql.c_str());
    }
    const std::string words =
        f.d.searchExpression({QStringLiteral("print"), QStringLiteral("JAM")}).toStdString();
    const auto bindWords = [&](Statement& q) { q.bind(1, std::string_view(words)); };
    CHECK(
        f.ids("SELECT t.id FROM ticket t WHERE t.id IN (" + f.d.searchIds(1, 0) + ") ORDER BY t.id",
              bindWords) == std::vector<qint64>{1, 2, 4});
    CHECK(
        f.ids("SELECT t.id FROM ticket t WHERE t.id IN (" + f.d.searchIds(1, 2) + ") ORDER BY t.id",
              [&](Statement& q) {
                  bindWords(q);
                  q.bind(2, qint64(2));
              }) == std::vector<qint64>{2, 4});
}

const std::array<std::pair<const char*, void (*)(Fixture&)>, 4> kCases{{
    {"likeNocase and typed", &likeAndTyped},
    {"id and text lists", &lists},
    {"NULL and NOCASE order", &order},
    {"new ids and searchIds", &idsAndSearch},
}};

void onSqlite(void (*check)(Fixture&))
{
    test::Scratch scratch;
    Fixture f(test::openDatabase(scratch.file(QStringLiteral("d.sqlite"))));
    check(f);
}

} // namespace

TEST_CASE(
    "likeNocase matches ASCII letters in either case, and typed lets a parameter be NULL first",
    "[storage][dialect]")
{
    onSqlite(&likeAndTyped);
}

TEST_CASE("id and text lists go in as one value each", "[storage][dialect]")
{
    onSqlite(&lists);
}

TEST_CASE("NULL sorts below every value, and NOCASE orders by folded ASCII", "[storage][dialect]")
{
    onSqlite(&order);
}

TEST_CASE(
    "An insert yields its id, given or picked past the given ones, and searchIds keeps the newest",
    "[storage][dialect]")
{
    onSqlite(&idsAndSearch);
}

TEST_CASE("The dialect's hooks do on PostgreSQL what they do on SQLite", "[postgres]")
{
    for (const auto& [name, check] : kCases) {
        INFO(name);
        test::PgTestSchema schema;
        {
            pg::Connection conn = schema.connect();
            REQUIRE(pg::Schema::init(conn));
        }
        Result<std::unique_ptr<Database>> server = Database::open(
            test::pgLocation(QStringLiteral("options='-csearch_path=%1'").arg(schema.name())), {});
        INFO((server ? QString() : QString(server.error())).toStdString());
        REQUIRE(server);
        Fixture f(std::move(*server));
        check(f);
    }
}
