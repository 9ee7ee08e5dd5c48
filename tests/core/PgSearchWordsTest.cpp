// ticket.search on PostgreSQL written by a bulk load (issue 16, plan R6): the words the client
// computes for ASCII text (storage/postgres/PgSearchWords.h) read as the very tsvector the
// server's fd_ticket_search makes, and a bulk load leaves every ticket with the value the
// trigger ticket_search would have set, whatever its text. Tagged [postgres]: run through
// tests/pg/with-cluster.sh; each test has a schema of its own.
#include "storage/postgres/PgSearchWords.h"
#include "common/Location.h"
#include "domain/Customer.h"
#include "domain/Ticket.h"
#include "domain/Validation.h"
#include "service/Migrate.h"
#include "storage/BulkLoad.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/postgres/PgConnection.h"
#include "storage/postgres/PgSchema.h"
#include "storage/TicketRepository.h"
#include "support/PgTestSchema.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

using namespace fd;

namespace {

struct Sample {
    const char* subject;
    std::optional<const char*> description;
};

// ASCII texts at the edges of the rule: case, digits, every kind of separator (underscore,
// apostrophe, tsquery and COPY specials), repeats, a word longer than 200 characters, words
// that meet where subject and description join, no words at all.
std::vector<Sample> asciiSamples()
{
    static const std::string longWord = std::string(230, 'x') + "Y9";
    static const std::string longWords =
        std::string(199, 'a') + " " + std::string(200, 'b') + " " + std::string(201, 'c');
    return {
        {"Invoice #123 wrong", "Please FIX the invoice; it's WRONG."},
        {"snake_case and kebab-case", "e-mail: jo.doe+x@example.com, http://a.b/c?d=1&e=2"},
        {"tab\there", "new\nline\r\nand back\\slash \"quoted\" 'single' a:b a&b !c a|b (x) <y>"},
        {"", ""},
        {"!!!", std::nullopt},
        {"subject", std::nullopt},
        {"ends with a word", "word begins here"},
        {"end-", "-start"},
        {"dup dup DUP Dup", "dup"},
        {"007 3.14 1,000 42nd", "v2.0.1"},
        {"  spaces   around  ", "   "},
        {longWord.c_str(), longWords.c_str()},
        {"\x01\x1f\x7f control", "~`^{}[]"},
    };
}

Customer aCustomer()
{
    Customer customer;
    customer.id = 1;
    customer.name = QStringLiteral("Ada");
    customer.since = QDate(2026, 1, 5);
    return customer;
}

// The ASCII samples, then texts beyond ASCII (accents, ①, ß, Greek), with planned ids, enough
// for COPY (storage/MultiRowInsert.h: kCopyFrom).
std::vector<Ticket> ticketsOfEveryKind()
{
    std::vector<Sample> samples = asciiSamples();
    samples.push_back(
        {"Caf\xc3\xa9 cr\xc3\xa8me", "na\xc3\xafve R\xc3\xa9sum\xc3\xa9 \xe2\x91\xa0 \xc3\x9f"});
    samples.push_back(
        {"ASCII subject", "\xce\x9a\xce\xb1\xce\xbb\xce\xb7\xce\xbc\xce\xad\xcf\x81\xce\xb1"});
    std::vector<Ticket> tickets;
    for (const Sample& sample : samples) {
        Ticket t;
        t.id = qint64(tickets.size()) + 1;
        t.customerId = 1;
        // As FunnelDesk stores them (the server's 018_text_rule.sql refuses the rest): a subject is
        // one line, its controls as spaces; a description loses the controls but tab and line ends.
        t.subject = QString::fromUtf8(sample.subject);
        std::replace_if(
            t.subject.begin(), t.subject.end(),
            [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7F; }, QLatin1Char(' '));
        qint64 removed = 0;
        if (sample.description)
            t.description =
                Validation::withoutRefusedInText(QString::fromUtf8(*sample.description), removed);
        t.createdAt = QDateTime(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC);
        tickets.push_back(t);
    }
    REQUIRE(tickets.size() >= 8);
    return tickets;
}

} // namespace

TEST_CASE("ticket.search from the client's ASCII words equals the server's fd_ticket_search",
          "[postgres][pgbulk]")
{
    test::PgTestSchema schema;
    pg::Connection conn = schema.initialised();
    for (const Sample& sample : asciiSamples()) {
        INFO("subject: " << sample.subject
                         << ", description: " << sample.description.value_or("NULL"));
        const std::optional<std::string> words = pg::asciiSearchWords(
            sample.subject, sample.description
                                ? std::optional<std::string_view>(*sample.description)
                                : std::nullopt);
        REQUIRE(words);
        const QString description =
            sample.description ? QString::fromUtf8(*sample.description) : QString();
        const auto server = conn.exec(
            "SELECT fd_ticket_search($1, $2)::text, $3::tsvector::text",
            {QString::fromUtf8(sample.subject), description, QString::fromStdString(*words)});
        INFO((server ? std::string() : server.error().sentence.toStdString()));
        REQUIRE(server);
        CHECK(server->text(0, 1) == server->text(0, 0));
    }
    // Beyond ASCII the server decides (case folds, diacritics, number classes are ICU's).
    CHECK_FALSE(pg::asciiSearchWords("Caf\xc3\xa9", "plain"));
    CHECK_FALSE(pg::asciiSearchWords("plain", "\xe2\x91\xa0 circled"));
    CHECK(pg::asciiSearchWords("plain", std::nullopt) == "plain");
}

TEST_CASE(
    "A bulk load on PostgreSQL leaves every ticket with the search the trigger would have set",
    "[postgres][pgbulk]")
{
    test::PgTestSchema schema;
    (void)schema.initialised();
    auto opened = Database::open(schema.location(), Database::Options{});
    REQUIRE(opened);
    Database& db = **opened;

    const Customer customer = aCustomer();
    const std::vector<Ticket> tickets = ticketsOfEveryKind();
    const Status loaded = db.guard([&] {
        BulkLoad load(db);
        CustomerRepository(db).insert(std::span<const Customer>(&customer, 1));
        TicketRepository(db).insert(std::span<const Ticket>(tickets));
        load.commit();
    });
    INFO((loaded ? QString() : QString(loaded.error())).toStdString());
    REQUIRE(loaded);
    CHECK(db.scalar("SELECT count(*) FROM ticket") == qint64(tickets.size()));
    CHECK(db.scalar("SELECT count(*) FROM ticket WHERE search IS NULL") == 0);
    CHECK(db.scalar("SELECT count(*) FROM ticket WHERE search IS DISTINCT FROM "
                    "fd_ticket_search(subject, description)") == 0);
    // And it finds them, through the GIN index made after the rows.
    CHECK(db.scalar("SELECT count(*) FROM ticket WHERE search @@ fd_search_query('invoice wro')") ==
          1);
    CHECK(db.scalar(
              "SELECT count(*) FROM ticket WHERE search @@ fd_search_query('creme resume')") == 1);

    // Outside a bulk load the trigger keeps it, on insert and on a change of the text.
    REQUIRE(db.guard(
        [&] { db.execute("UPDATE ticket SET description = 'now about kangaroos' WHERE id = 1"); }));
    CHECK(db.scalar("SELECT count(*) FROM ticket WHERE search @@ fd_search_query('kangaroo')") ==
          1);
    CHECK(db.scalar("SELECT count(*) FROM ticket WHERE search @@ fd_search_query('please')") == 0);
}

TEST_CASE("A migrate from a file to PostgreSQL leaves every ticket with the search the trigger "
          "would have set",
          "[postgres][pgbulk]")
{
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("words.sqlite"));
    {
        auto file = test::openSqliteFile(path); // a file whatever FUNNELDESK_TEST_BACKEND says
        const Customer customer = aCustomer();
        const std::vector<Ticket> tickets = ticketsOfEveryKind();
        REQUIRE(CustomerRepository(*file).add(customer) ==
                1); // with its stage history, as `check` wants
        REQUIRE(
            file->guard([&] { TicketRepository(*file).insert(std::span<const Ticket>(tickets)); }));
    }
    test::PgTestSchema schema; // empty: migrate makes FunnelDesk's schema in it
    const auto migrated = service::Migrate::run(Location::file(path), schema.location());
    INFO((migrated ? QString() : QString(migrated.error())).toStdString());
    REQUIRE(migrated);
    auto opened = Database::open(schema.location(), Database::Options{});
    REQUIRE(opened);
    Database& db = **opened;
    CHECK(db.scalar("SELECT count(*) FROM ticket") == qint64(ticketsOfEveryKind().size()));
    CHECK(db.scalar("SELECT count(*) FROM ticket WHERE search IS DISTINCT FROM "
                    "fd_ticket_search(subject, description)") == 0);
    CHECK(db.scalar(
              "SELECT count(*) FROM ticket WHERE search @@ fd_search_query('creme resume')") == 1);
}
