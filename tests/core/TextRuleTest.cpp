// Issue 17 hostile pass: one rule for free text (Validation::textProblem) at every write path
// (tickets, replies, stage reasons, customers, contacts, touchpoints, canned replies), an import
// that removes a stray ESC or bidi override and says which rows, agents made by an import under
// `add agent`'s rule, and logins in ASCII only (Validation::loginProblem).
#include "domain/Validation.h"
#include "service/Customers.h"
#include "service/Tickets.h"
#include "storage/CannedReplyRepository.h"
#include "storage/ContactRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "support/ImportTestSupport.h"
#include "support/ReadBack.h"
#include "support/TestSupport.h"
#include "support/TicketDesk.h"

#include <catch2/catch.hpp>

#include <QBuffer>

using namespace fd;

namespace {

const QString kEsc = QStringLiteral("Retitled \x1b]0;owned\x07 window");
const QString kOverride = QStringLiteral("Invoice ") + QChar(0x202E) + QStringLiteral("fdp.exe");

using Desk = test::TicketDesk;

} // namespace

TEST_CASE("Free text refuses controls but tab, CR and LF, and bidi overrides and isolates",
          "[validation][security]")
{
    CHECK(
        Validation::textProblem(kEsc, QStringLiteral("ticket subject")) ==
        QStringLiteral(
            "The ticket subject holds a control character, U+001B ESCAPE, at character 10, which a "
            "terminal obeys rather than shows; write it again without it."));
    CHECK(Validation::textProblem(kOverride, QStringLiteral("reason")) ==
          QStringLiteral(
              "The reason holds U+202E RIGHT-TO-LEFT OVERRIDE at character 9, which changes the "
              "direction the rest of the line is shown in; write it again without it."));
    // The place counts code points: an emoji before it is one character.
    CHECK(Validation::textProblem(QStringLiteral("😀") + QChar(0x2066), QStringLiteral("x"))
              .contains(u"at character 2"));
    for (const char16_t refused :
         {u'\0', u'\x07', u'\x7f', u'\x9b', u'\x85', u'\x202a', u'\x202d', u'\x2069'}) {
        INFO(int(refused));
        CHECK_FALSE(
            Validation::textProblem(QStringLiteral("a") + QChar(refused), QStringLiteral("x"))
                .isEmpty());
    }
    // Text of several lines, right-to-left writing, joiners and marks stay.
    for (const QString& fine :
         QStringList{QStringLiteral("line one\r\nline two\n\tindented"),
                     QStringLiteral("مرحبا") + QChar(0x200F) + QStringLiteral(" 42"),
                     QStringLiteral("می") + QChar(0x200C) + QStringLiteral("خواهم"), QString()}) {
        CHECK(Validation::textProblem(fine, QStringLiteral("x")).isEmpty());
    }
    qint64 removed = 0;
    CHECK(Validation::withoutRefusedInText(kEsc + kOverride, removed) ==
          QStringLiteral("Retitled ]0;owned window") + QStringLiteral("Invoice fdp.exe"));
    CHECK(removed == 3);
}

TEST_CASE("Every write path refuses an ESC or a bidi override in free text and writes nothing",
          "[validation][security]")
{
    Desk d;
    Tickets tickets(*d.db, d.clock);
    auto subject = tickets.add(d.ticket(kEsc));
    REQUIRE_FALSE(subject);
    CHECK(subject.error().contains(u"ticket subject holds a control character, U+001B ESCAPE"));
    Ticket described = d.ticket(QStringLiteral("Fine"));
    described.description = kOverride;
    auto description = tickets.add(described);
    REQUIRE_FALSE(description);
    CHECK(description.error().contains(u"ticket description holds U+202E"));
    CHECK(d.count("ticket") == 0);

    auto id = tickets.add(d.ticket(QStringLiteral("Cannot log in")));
    REQUIRE(id);
    auto opened = tickets.find(id->value);
    REQUIRE(opened);
    REQUIRE(*opened);
    Ticket edited = **opened;
    edited.subject = kOverride;
    auto update = tickets.update(edited, **opened);
    REQUIRE_FALSE(update);
    CHECK(update.error().contains(u"U+202E"));

    TicketComment reply;
    reply.ticketId = id->value;
    reply.body = QStringLiteral("Hello\x1b[2J");
    auto replied = tickets.reply(reply);
    REQUIRE_FALSE(replied);
    CHECK(replied.error().contains(
        u"reply holds a control character, U+001B ESCAPE, at character 6"));
    CHECK(d.count("ticket_comment") == 0);

    Customers customers(*d.db, d.clock);
    auto moved = customers.move(d.customerId, Stage::Retention, kOverride, QStringLiteral("Ann"),
                                std::nullopt);
    REQUIRE_FALSE(moved);
    CHECK(moved.error().contains(u"reason holds U+202E"));
    CHECK(d.db->scalar("SELECT count(*) FROM stage_transition WHERE reason LIKE '%fdp%'") == 0);

    Customer noted = test::customerNamed(QStringLiteral("Noted"));
    noted.notes = kEsc;
    auto customer = customers.add(noted);
    REQUIRE_FALSE(customer);
    CHECK(customer.error().contains(u"notes holds a control character"));

    Contact contact;
    contact.customerId = d.customerId;
    contact.name = QStringLiteral("Ann Lee");
    contact.role = kOverride;
    contact.addedAt = d.clock.now().addDays(-1);
    auto person = customers.addContact(contact);
    REQUIRE_FALSE(person);
    CHECK(person.error().contains(u"contact role holds U+202E"));

    Touchpoint call;
    call.customerId = d.customerId;
    call.kind = TouchpointKind::Phone;
    call.occurredAt = d.clock.now().addDays(-1);
    call.summary = kEsc;
    auto logged = customers.logTouchpoint(call);
    REQUIRE_FALSE(logged);
    CHECK(logged.error().contains(u"touchpoint summary holds a control character"));

    CannedReply canned;
    canned.title = QStringLiteral("Thanks");
    canned.body = QStringLiteral("Thanks ") + QChar(0x2067) + QStringLiteral("{customer.name}");
    auto saved = CannedReplyRepository(*d.db).add(canned);
    REQUIRE_FALSE(saved);
    CHECK(saved.error().contains(u"canned reply's text holds U+2067"));
}

TEST_CASE("An import removes a stray ESC or bidi override, names the rows, and keeps them",
          "[import][security]")
{
    Desk d;
    const QByteArray csv =
        "subject,customer_email,customer_name,description,assignee,created_at\r\n"
        "Plain,a@x.example,Acme A,fine,,2026-03-01 10:00\r\n"
        "Retitled \x1b]0;owned\x07 window,b@x.example,Acme \xe2\x80\xae"
        "B,\xc2\x9b"
        "31mred,"
        "Dana\x1b[8m Agent,2026-03-01 11:00\r\n"
        "Third,c@x.example,Acme C,ok,,2026-03-01 12:00\r\n"
        "Fourth,d@x.example,Acme D,\"two\r\nlines\",,2026-03-01 13:00\r\n";
    auto summary = test::importCsv(*d.db, csv);
    INFO((summary ? summary->text() : QString(summary.error())).toStdString());
    REQUIRE(summary);
    CHECK(summary->imported == 4);
    CHECK(summary->rejected == 0);
    CHECK(summary->cleanedRows == 1);
    CHECK(summary->cleanedLines == QList<qint64>{3});
    CHECK(summary->text().contains(
        QStringLiteral("1 row held control characters or direction overrides (such as "
                       "ESC or U+202E), which were removed: line 3.")));
    CHECK(test::texts(*d.db, "SELECT subject FROM ticket ORDER BY id").at(1) ==
          QStringLiteral("Retitled ]0;owned window"));
    CHECK(test::texts(*d.db, "SELECT description FROM ticket ORDER BY id").at(1) ==
          QStringLiteral("31mred"));
    CHECK(test::texts(*d.db, "SELECT description FROM ticket ORDER BY id").at(3) ==
          QStringLiteral("two\r\nlines"));
    CHECK(test::texts(*d.db, "SELECT name FROM customer ORDER BY id")
              .contains(QStringLiteral("Acme B")));
    CHECK(test::texts(*d.db, "SELECT name FROM agent ORDER BY id") ==
          QStringList{QStringLiteral("Dana[8m Agent")});
}

TEST_CASE("An import creates agents only under add agent's name rule",
          "[import][validation][security]")
{
    Desk d;
    const QByteArray csv = "subject,customer_email,assignee,created_at\r\n"
                           "One,a@x.example,Ann Lee,2026-03-01 10:00\r\n"
                           "Two,b@x.example,Ann\xe2\x80\x8bLee,2026-03-01 11:00\r\n"
                           "Three,c@x.example,4711,2026-03-01 12:00\r\n"
                           "Four,d@x.example,\xe2\x80\x8f"
                           "Bo,2026-03-01 13:00\r\n";
    QByteArray rejected;
    QBuffer rejects(&rejected);
    rejects.open(QIODevice::WriteOnly);
    ImportOptions options;
    options.skipInvalid = true;
    options.rejects = &rejects;
    auto summary = test::importCsv(*d.db, csv, options);
    INFO((summary ? summary->text() : QString(summary.error())).toStdString());
    REQUIRE(summary);
    // A cell of digits only is another helpdesk's agent id: an agent "Agent 4711", not a
    // refused row (ImportExportTest, "an assignee given by number").
    CHECK(summary->imported == 2);
    CHECK(summary->rejected == 2);
    CHECK(summary->agentsCreated == 2);
    CHECK(test::texts(*d.db, "SELECT name FROM agent ORDER BY id") ==
          QStringList{QStringLiteral("Ann Lee"), QStringLiteral("Agent 4711")});
    REQUIRE(summary->firstRejections.size() == 2);
    CHECK(summary->firstRejections.at(0).contains(u"U+200B ZERO WIDTH SPACE"));
    CHECK(summary->firstRejections.at(1).contains(u"U+200F RIGHT-TO-LEFT MARK"));
}

TEST_CASE("A login is ASCII letters, digits and . _ - @, so no login looks like another",
          "[validation][team]")
{
    for (const char* fine : {"ann", "ann.lee", "ann_lee-2", "ann@acme.example", "  Ann42  ", ""}) {
        INFO(fine);
        CHECK(Validation::loginProblem(QString::fromUtf8(fine)).isEmpty());
    }
    // "аdmin" with a Cyrillic а (U+0430) reads as "admin".
    CHECK(Validation::loginProblem(QString::fromUtf8("\xd0\xb0"
                                                     "dmin")) ==
          QString::fromUtf8(
              "The login “\xd0\xb0"
              "dmin” holds U+0430 at character 1; a login may hold only the "
              "letters a–z and A–Z, digits and . _ - @, so that no login looks like another."));
    CHECK(Validation::loginProblem(QString::fromUtf8("r\xc3\xa9p"))
              .contains(u"U+00E9 at character 2"));
    CHECK(Validation::loginProblem(QStringLiteral("ann lee")).contains(u"U+0020 at character 4"));
    CHECK(Validation::loginProblem(QStringLiteral("ann\x1b"))
              .contains(u"U+001B ESCAPE at character 4"));
    CHECK(Validation::loginProblem(QStringLiteral("-c")).contains(u"starts with “-”"));
    CHECK(Validation::loginProblem(QStringLiteral("ann") + QChar(0x200B))
              .contains(u"U+200B ZERO WIDTH SPACE"));
}
