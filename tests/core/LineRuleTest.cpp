// Issue 17 hostile pass, second round: a one-line field (a subject, a reason, a company, a
// canned reply's title; Validation::lineProblem) refuses line breaks, tabs, U+2028/U+2029,
// direction marks and invisible characters, as a name does, at every write path, while text of
// several lines (a description, notes, a reply) keeps its line breaks; and an import's notes
// count the rows it imported, and name a cell's own line in the file.
#include "domain/Validation.h"
#include "service/Customers.h"
#include "service/Tickets.h"
#include "storage/CannedReplyRepository.h"
#include "storage/Database.h"
#include "support/ImportTestSupport.h"
#include "support/ReadBack.h"
#include "support/TestSupport.h"
#include "support/TicketDesk.h"

#include <catch2/catch.hpp>

using namespace fd;

namespace {

using Desk = test::TicketDesk;

QString with(char32_t u)
{
    // Not QString::fromUcs4, which reads a lone U+FEFF as a byte order mark and drops it.
    const QString one = QStringView(QChar::fromUcs4(u)).toString();
    return QStringLiteral("Login") + one + QStringLiteral("fails");
}

} // namespace

TEST_CASE("A ticket's subject is one line: line breaks, separators, marks and invisible characters "
          "are refused",
          "[validation][security]")
{
    Desk d;
    Tickets tickets(*d.db, d.clock);
    const auto [u, name] = GENERATE(table<char32_t, const char*>({
        {0x000D, "U+000D CARRIAGE RETURN"},
        {0x000A, "U+000A LINE FEED"},
        {0x0009, "U+0009 CHARACTER TABULATION"},
        {0x2028, "U+2028 LINE SEPARATOR"},
        {0x2029, "U+2029 PARAGRAPH SEPARATOR"},
        {0x200B, "U+200B ZERO WIDTH SPACE"},
        {0xFEFF, "U+FEFF ZERO WIDTH NO-BREAK SPACE"},
        {0xE0041, "U+E0041 (a tag character)"},
        {0x061C, "U+061C ARABIC LETTER MARK"},
        {0x200F, "U+200F RIGHT-TO-LEFT MARK"},
    }));
    INFO(name);
    auto added = tickets.add(d.ticket(with(u)));
    REQUIRE_FALSE(added);
    CHECK(added.error().startsWith(QStringLiteral("The ticket subject holds ")));
    CHECK(added.error().contains(QString::fromLatin1(name)));
    CHECK(added.error().contains(QStringLiteral(" at character 6")));
    CHECK(d.db->scalar("SELECT count(*) FROM ticket") == 0);
}

TEST_CASE("A manual move's reason, a company and a canned reply's title are one line; a "
          "description, notes and a "
          "reply keep their line breaks",
          "[validation][security]")
{
    Desk d;
    Customers customers(*d.db, d.clock);
    const QString separated =
        QStringLiteral("Asked for it") + QChar(0x2028) + QStringLiteral("Also: pinned by Ann");
    auto moved = customers.move(d.customerId, Stage::Retention, separated, QStringLiteral("Ann"),
                                std::nullopt);
    REQUIRE_FALSE(moved);
    CHECK(moved.error().contains(u"The reason holds U+2028 LINE SEPARATOR at character 13"));
    CHECK(d.db->scalar("SELECT count(*) FROM stage_transition WHERE reason LIKE 'Asked%'") == 0);

    Customer company = test::customerNamed(QStringLiteral("Initech"));
    company.company = QStringLiteral("Initech\nOwner: Bob");
    auto refused = customers.add(company);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().contains(
        u"The company holds a control character, U+000A LINE FEED, at character 8"));

    CannedReply canned;
    canned.title = QStringLiteral("Thanks") + QChar(0x200B);
    canned.body = QStringLiteral("Thank you.\nAnn");
    auto saved = CannedReplyRepository(*d.db).add(canned);
    REQUIRE_FALSE(saved);
    CHECK(saved.error().contains(u"canned reply's title holds U+200B ZERO WIDTH SPACE"));

    // Text of several lines: line breaks and tabs, and a right-to-left mark, stay.
    Ticket described = d.ticket(QStringLiteral("Cannot log in"));
    described.description =
        QStringLiteral("Steps:\r\n\t1. open\n2. ") + QChar(0x200F) + QStringLiteral("fail");
    REQUIRE(Tickets(*d.db, d.clock).add(described));
    Customer noted = test::customerNamed(QStringLiteral("Noted"));
    noted.notes = QStringLiteral("Call first\nthen write");
    REQUIRE(customers.add(noted));
    canned.title = QStringLiteral("Thanks");
    REQUIRE(CannedReplyRepository(*d.db).add(canned));
}

TEST_CASE("An import's notes count the rows it imported, not the rows it rejected", "[import]")
{
    Desk d;
    ImportOptions options;
    options.entity = ImportMapping::Entity::Customers;
    options.skipInvalid = true;
    QBuffer rejects;
    rejects.open(QIODevice::WriteOnly);
    options.rejects = &rejects;
    // Three customers without a first sale; two of them have a status that does not read.
    const QByteArray csv = "name,email,since,status\r\n"
                           "Kept,kept@x.example,,active\r\n"
                           "Gone one,one@x.example,,maybe\r\n"
                           "Gone two,two@x.example,,perhaps\r\n"
                           "Dated,dated@x.example,2026-01-05,active\r\n";
    auto summary = test::importCsv(*d.db, csv, options);
    INFO((summary ? summary->text() : QString(summary.error())).toStdString());
    REQUIRE(summary);
    CHECK(summary->imported == 2);
    CHECK(summary->rejected == 2);
    CHECK(summary->text().contains(QStringLiteral("Customers without a first-sale date: 1;")));
}

TEST_CASE("An import names the line a refused cell is on, after a quoted line break in the row",
          "[import]")
{
    Desk d;
    // The row starts on line 2; its description holds a CR LF and a CR, so its email, the cell
    // refused, is on line 4 as an editor shows the file; the next row starts on line 5.
    const QByteArray csv = "subject,description,customer_email,created_at\r\n"
                           "Broken,\"first\r\nsecond\rthird\",not an address,2026-03-01 10:00\r\n"
                           "Fine,plain,ok@x.example,2026-03-01 11:00\r\n";
    auto summary = test::importCsv(*d.db, csv);
    REQUIRE_FALSE(summary);
    CHECK(
        summary.error().startsWith(QStringLiteral("in.csv, line 4, column 3 (“customer_email”):")));

    ImportOptions options;
    options.skipInvalid = true;
    QBuffer rejects;
    rejects.open(QIODevice::WriteOnly);
    options.rejects = &rejects;
    const QByteArray later = "subject,description,customer_email,created_at\r\n"
                             "Fine,\"two\r\nlines\",ok@x.example,2026-03-01 10:00\r\n"
                             "Bad,\"also\ntwo\",not an address,2026-03-01 11:00\r\n";
    auto skipped = test::importCsv(*d.db, later, options);
    INFO((skipped ? skipped->text() : QString(skipped.error())).toStdString());
    REQUIRE(skipped);
    REQUIRE(skipped->firstRejections.size() == 1);
    CHECK(skipped->firstRejections.at(0).startsWith(
        QStringLiteral("in.csv, line 5, column 3 (“customer_email”):")));
}
