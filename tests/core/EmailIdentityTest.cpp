// When two emails are one (Validation's rules, on every write path): Unicode case,
// composition and invisible characters do not make a new email, and add and the import agree on
// which emails already belong to a customer.
#include "demo/Generator.h"
#include "domain/Validation.h"
#include "storage/AgentRepository.h"
#include "storage/ContactRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/Statement.h"
#include "storage/TicketRepository.h"
#include "storage/TouchpointRepository.h"
#include "support/ImportTestSupport.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace fd;

namespace {

struct Fixture {
    test::Scratch scratch;
    std::unique_ptr<Database> db = test::openDatabase(scratch.file(QStringLiteral("v.sqlite")));

    qint64 count(const char* table)
    {
        return db->scalar(std::string("SELECT count(*) FROM ") + table);
    }

    Result<qint64> customer(const QString& name, const QString& email,
                            QDate since = QDate::currentDate().addDays(-10))
    {
        Customer c;
        c.name = name;
        c.email = email;
        c.since = since;
        return CustomerRepository(*db).add(c);
    }

    Ticket ticket(qint64 customerId)
    {
        Ticket t;
        t.customerId = customerId;
        t.subject = QStringLiteral("Cannot log in");
        t.createdAt = QDateTime::currentDateTimeUtc().addDays(-2);
        return t;
    }
};

} // namespace

namespace {

// Aisha's address three ways that look alike: capitals beyond ASCII, ü as u + U+0308
// (NFD), and a zero-width space in front (issue 14 §3, the hostile tester's examples).
const QString kAisha = QStringLiteral("aisha.m\u00fcller12@orbitlogistics.example");
const QString kAishaUpper = QStringLiteral("AISHA.M\u00dcLLER12@ORBITLOGISTICS.EXAMPLE");
const QString kAishaNfd = QStringLiteral("aisha.mu\u0308ller12@orbitlogistics.example");
const QString kAishaHidden = QStringLiteral("\u200baisha.m\u00fcller12@orbitlogistics.example");

enum class Verdict { Duplicate, New, Invalid };

const char* name(Verdict v)
{
    return v == Verdict::Duplicate ? "duplicate" : v == Verdict::New ? "new" : "invalid";
}

} // namespace

TEST_CASE("An email that differs only by Unicode case, composition or an invisible character is no "
          "new email",
          "[validation]")
{
    CHECK(Validation::emailKey(kAishaUpper) == Validation::emailKey(kAisha));
    CHECK(Validation::emailKey(kAishaNfd) == Validation::emailKey(kAisha));
    CHECK(Validation::emailKey(QStringLiteral("  ") + kAisha + QStringLiteral("\t")) ==
          Validation::emailKey(kAisha));
    CHECK(Validation::emailKey(QStringLiteral("aisha.muller12@orbitlogistics.example")) !=
          Validation::emailKey(kAisha));
    for (const QString& hidden : {kAishaHidden, QStringLiteral("ops@acme.example\ufeff"),
                                  QStringLiteral("ops@\u200eacme.example")}) {
        const QString problem = Validation::emailProblem(hidden, QStringLiteral("email"));
        INFO(problem.toStdString());
        CHECK(problem.contains(QStringLiteral("holds an invisible character")));
    }

    Fixture f;
    const auto aisha = f.customer(QStringLiteral("Acme"), kAisha);
    REQUIRE(aisha);
    // The SQL function the duplicate check runs on SQLite is the C++ key, ASCII fast path
    // included. (PostgreSQL has no such function: CustomerRepository compares with the C++ key
    // itself there, so the refusals below are what shows it.)
    const QStringList keyed = {kAisha,
                               kAishaUpper,
                               kAishaNfd,
                               kAishaHidden,
                               QStringLiteral(" OPS@Acme.Example "),
                               QStringLiteral("\tOPS@x.example\u000b"),
                               QStringLiteral("\u0130stanbul@x.example"),
                               QStringLiteral("STRASSE@\u00dfx.example")};
    for (const QString& email :
         f.db->backend() == Database::Backend::Sqlite ? keyed : QStringList()) {
        auto q = f.db->query("SELECT fd_email_key(?)");
        q->bind(1, email);
        REQUIRE(q->step());
        CHECK(q->text(0) == Validation::emailKey(email));
    }
    for (const QString& copy : {kAishaUpper, kAishaNfd}) {
        const auto refused = f.customer(QStringLiteral("Copy"), copy);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().contains(
            QStringLiteral("already belongs to Acme (customer %1)").arg(*aisha)));
    }
    const auto hidden = f.customer(QStringLiteral("Hidden"), kAishaHidden);
    REQUIRE_FALSE(hidden);
    CHECK(hidden.error().contains(QStringLiteral("invisible character (U+200B)")));
    // The edit path runs the same check.
    const auto other = f.customer(QStringLiteral("Globex"), QStringLiteral("it@globex.example"));
    REQUIRE(other);
    Customer globex = **CustomerRepository(*f.db).find(*other);
    globex.email = kAishaNfd;
    CHECK_FALSE(CustomerRepository(*f.db).update(globex));
    CHECK(f.count("customer") == 2);
}

TEST_CASE("add and the import agree on which emails are already a customer's",
          "[validation][import]")
{
    const QStringList emails = {kAisha,
                                kAishaUpper,
                                kAishaNfd,
                                kAishaHidden,
                                QStringLiteral("  ") + kAishaUpper,
                                QStringLiteral("Aisha.M\u00fcller12@OrbitLogistics.example"),
                                QStringLiteral("aisha.muller12@orbitlogistics.example"),
                                QStringLiteral("aisha.m\u00fcller13@orbitlogistics.example")};
    int duplicates = 0;
    for (const QString& email : emails) {
        INFO(email.toStdString());
        Verdict byAdd = Verdict::New;
        {
            Fixture f;
            REQUIRE(f.customer(QStringLiteral("Aisha"), kAisha));
            const auto added = f.customer(QStringLiteral("Other"), email);
            if (!added)
                byAdd = added.error().contains(QStringLiteral("already belongs"))
                            ? Verdict::Duplicate
                            : Verdict::Invalid;
        }
        Verdict byImport = Verdict::New;
        {
            Fixture f;
            REQUIRE(f.customer(QStringLiteral("Aisha"), kAisha));
            QByteArray rejected;
            QBuffer rejects(&rejected);
            rejects.open(QIODevice::WriteOnly);
            ImportOptions options;
            options.entity = ImportMapping::Entity::Customers;
            options.skipInvalid = true;
            options.rejects = &rejects;
            const QByteArray csv =
                "name,email,since\r\nOther,\"" + email.toUtf8() + "\",2026-01-10\r\n";
            const auto summary = test::importCsv(*f.db, csv, options);
            INFO((summary ? QString() : QString(summary.error())).toStdString());
            REQUIRE(summary);
            if (summary->customersMatched == 1)
                byImport = Verdict::Duplicate;
            else if (summary->rejected == 1)
                byImport = Verdict::Invalid;
            else
                CHECK(summary->customersCreated == 1);
        }
        INFO("add: " << name(byAdd) << ", import: " << name(byImport));
        CHECK(byAdd == byImport);
        duplicates += byAdd == Verdict::Duplicate ? 1 : 0;
    }
    CHECK(duplicates == 5); // the four spellings of Aisha's address and the exact one
}
