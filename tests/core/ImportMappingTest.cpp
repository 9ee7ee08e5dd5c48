#include "csv/ImportMapping.h"
#include "common/FrontEndHints.h"
#include "support/TestSupport.h"

#include "core/FrontEnds.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace fd;
using namespace Qt::StringLiterals;
using Entity = ImportMapping::Entity;

namespace {

// The header of /work/shared/fixtures/kaggle-support-tickets.csv, as published.
const QStringList kKaggleHeader = {u"Ticket ID"_s,
                                   u"Customer Name"_s,
                                   u"Customer Email"_s,
                                   u"Customer Age"_s,
                                   u"Customer Gender"_s,
                                   u"Product Purchased"_s,
                                   u"Date of Purchase"_s,
                                   u"Ticket Type"_s,
                                   u"Ticket Subject"_s,
                                   u"Ticket Description"_s,
                                   u"Ticket Status"_s,
                                   u"Resolution"_s,
                                   u"Ticket Priority"_s,
                                   u"Ticket Channel"_s,
                                   u"First Response Time"_s,
                                   u"Time to Resolution"_s,
                                   u"Customer Satisfaction Rating"_s};

Entity entityNamed(const char* name)
{
    return *ImportMapping::entityFromString(QString::fromLatin1(name));
}

// The header text mapped to field, or "-".
QString columnFor(const ImportMapping& mapping, const QString& field)
{
    const qsizetype column = mapping.column(field);
    return column < 0 ? u"-"_s : mapping.header().at(column);
}

// A kind of value and a text, mapped: the stable name, or the reason it is refused.
QString mapped(const QString& kind, const QString& text)
{
    const auto show = [](const auto& result) {
        return result ? toString(*result) : QString(result.error());
    };
    if (kind == u"status")
        return show(ImportMapping::ticketStatus(text));
    if (kind == u"priority")
        return show(ImportMapping::priority(text));
    if (kind == u"channel")
        return show(ImportMapping::channel(text));
    if (kind == u"category")
        return show(ImportMapping::category(text));
    if (kind == u"kind")
        return show(ImportMapping::touchpointKind(text));
    if (kind == u"direction")
        return show(ImportMapping::direction(text));
    if (kind == u"customer status")
        return show(ImportMapping::customerStatus(text));
    if (kind == u"stage")
        return show(ImportMapping::stage(text));
    const auto number = kind == u"csat" ? ImportMapping::csat(text) : ImportMapping::score(text);
    return number ? QString::number(*number) : QString(number.error());
}

} // namespace

TEST_CASE("The Kaggle export maps completely without a hand-made mapping", "[csv]")
{
    const auto mapping = ImportMapping::fromHeader(Entity::Tickets, kKaggleHeader);
    REQUIRE(mapping.has_value());
    CHECK(mapping->checkRequired().has_value());
    const auto [field, column] = GENERATE(table<const char*, const char*>({
        {"external_ref", "Ticket ID"},
        {"customer_name", "Customer Name"},
        {"customer_email", "Customer Email"},
        {"customer_company", "-"},
        {"customer_since", "Date of Purchase"},
        {"subject", "Ticket Subject"},
        {"description", "Ticket Description"},
        {"status", "Ticket Status"},
        {"priority", "Ticket Priority"},
        {"channel", "Ticket Channel"},
        {"category", "Ticket Type"},
        {"created_at", "-"},
        {"first_response_at", "First Response Time"},
        {"solved_at", "Time to Resolution"},
        {"csat", "Customer Satisfaction Rating"},
        {"assignee", "-"},
    }));
    CHECK(columnFor(*mapping, QString::fromLatin1(field)) == QString::fromLatin1(column));
    CHECK(mapping->unmappedColumns() == QStringList{u"Customer Age"_s, u"Customer Gender"_s,
                                                    u"Product Purchased"_s, u"Resolution"_s});
}

TEST_CASE("The Kaggle export's values all map", "[csv]")
{
    for (const char* status : {"Open", "Pending Customer Response", "Closed"})
        CHECK(ImportMapping::ticketStatus(QString::fromLatin1(status)).has_value());
    for (const char* priority : {"Low", "Medium", "High", "Critical"})
        CHECK(ImportMapping::priority(QString::fromLatin1(priority)).has_value());
    for (const char* channel : {"Email", "Chat", "Phone", "Social media"})
        CHECK(ImportMapping::channel(QString::fromLatin1(channel)).has_value());
    for (const char* type : {"Refund request", "Technical issue", "Billing inquiry",
                             "Product inquiry", "Cancellation request"})
        CHECK(ImportMapping::category(QString::fromLatin1(type)).has_value());
    for (const char* rating : {"1.0", "2.0", "3.0", "4.0", "5.0"})
        CHECK(ImportMapping::csat(QString::fromLatin1(rating)).has_value());
}

TEST_CASE("Header synonyms map to fields whatever their case and punctuation", "[csv]")
{
    const auto [entity, header, field] = GENERATE(table<const char*, const char*, const char*>({
        {"tickets", "Customer Email", "customer_email"},
        {"tickets", "E-mail", "customer_email"},
        {"tickets", "requester email", "customer_email"},
        {"tickets", "Email Address", "customer_email"},
        {"tickets", "customer_email", "customer_email"},
        {"tickets", "Ticket ID", "external_ref"},
        {"tickets", "id", "external_ref"},
        {"tickets", "ticket number", "external_ref"},
        {"tickets", "Title", "subject"},
        {"tickets", "Summary", "subject"},
        {"tickets", "Body", "description"},
        {"tickets", "Details", "description"},
        {"tickets", "State", "status"},
        {"tickets", "Urgency", "priority"},
        {"tickets", "Source", "channel"},
        {"tickets", "Via", "channel"},
        {"tickets", "Type", "category"},
        {"tickets", "Category", "category"},
        {"tickets", "Customer Since", "customer_since"},
        {"tickets", "Purchase Date", "customer_since"},
        {"tickets", "Created", "created_at"},
        {"tickets", "Created At", "created_at"},
        {"tickets", "Opened", "created_at"},
        {"tickets", "Date Created", "created_at"},
        {"tickets", "First Reply At", "first_response_at"},
        {"tickets", "Resolved At", "solved_at"},
        {"tickets", "Closed At", "solved_at"},
        {"tickets", "Solved At", "solved_at"},
        {"tickets", "CSAT", "csat"},
        {"tickets", "Satisfaction", "csat"},
        {"tickets", "Agent", "assignee"},
        {"tickets", "Assigned To", "assignee"},
        {"tickets", "Requester", "customer_name"},
        {"tickets", "Requester Name", "customer_name"},
        {"tickets", "Contact Name", "customer_name"},
        {"tickets", "  Company  ", "customer_company"},
        {"customers", "Customer Name", "name"},
        {"customers", "E-Mail Address", "email"},
        {"customers", "Tier", "plan"},
        {"customers", "Account Owner", "owner"},
        {"customers", "Customer since", "since"},
        {"customers", "Lifecycle stage", "stage"},
        {"touchpoints", "Email", "customer_email"},
        {"touchpoints", "Type", "kind"},
        {"touchpoints", "In/Out", "direction"},
        {"touchpoints", "Timestamp", "occurred_at"},
        {"touchpoints", "NPS score", "score"},
    }));
    INFO(entity << ": " << header);
    const auto mapping =
        ImportMapping::fromHeader(entityNamed(entity), {QString::fromUtf8(header)});
    REQUIRE(mapping.has_value());
    CHECK(mapping->column(QString::fromLatin1(field)) == 0);
    CHECK(mapping->unmappedColumns().isEmpty());
}

TEST_CASE("No header text names two fields of one entity", "[csv]")
{
    for (const auto entity : {Entity::Customers, Entity::Tickets, Entity::Touchpoints}) {
        QSet<QString> seen;
        for (const QString& field : ImportMapping::fields(entity)) {
            const QStringList synonyms = ImportMapping::synonyms(entity, field);
            REQUIRE_FALSE(synonyms.isEmpty());
            // The field's own name comes first, so the exact header wins.
            CHECK(synonyms.front() == QString(field).remove(QLatin1Char('_')));
            for (const QString& synonym : synonyms) {
                INFO(field.toStdString() << ": " << synonym.toStdString());
                CHECK_FALSE(seen.contains(synonym));
                seen.insert(synonym);
            }
        }
    }
}

TEST_CASE("Two columns for one field: the closer name wins, the other is unmapped", "[csv]")
{
    const auto mapping = ImportMapping::fromHeader(
        Entity::Tickets, {u"E-mail"_s, u"Customer Email"_s, u"Title"_s, u"Subject"_s, u"x"_s});
    REQUIRE(mapping.has_value());
    CHECK(mapping->column(u"customer_email") == 1);
    CHECK(mapping->column(u"subject") == 3);
    CHECK(mapping->unmappedColumns() == QStringList{u"E-mail"_s, u"Title"_s, u"x"_s});
    // Equally close: the first column.
    const auto closest =
        ImportMapping::fromHeader(Entity::Tickets, {u"Details"_s, u"Body"_s, u"Message"_s});
    CHECK(closest->column(u"description") == 1);
    // The same header twice is one field's two values: refused for a field with one value,
    // naming the header and its columns.
    const auto twice =
        ImportMapping::fromHeader(Entity::Tickets, {u"Body"_s, u"Details"_s, u"body"_s});
    REQUIRE_FALSE(twice);
    CHECK(twice.error() ==
          u"The header “Body” appears 2 times (columns 1 and 3), and a ticket has one "
          u"description; remove or rename all but one of those columns."_s);
}

TEST_CASE("Overrides replace the automatic mapping and are checked", "[csv]")
{
    const auto [override, field, column,
                error] = GENERATE(table<const char*, const char*, const char*, const char*>({
        {"subject=Ticket Description", "subject", "Ticket Description", ""},
        {"description=Ticket Subject", "subject", "-", ""},
        {" customer_company = Product Purchased ", "customer_company", "Product Purchased", ""},
        {"created_at=first response time", "created_at", "First Response Time", ""},
        {"csat=", "csat", "-", ""},
        {"nosuch=Ticket ID", "", "",
         "'nosuch=Ticket ID' does not name a ticket field; write "
         "FIELD=COLUMN with one of these fields: external_ref, customer_name, customer_email, "
         "customer_company, customer_since, subject, description, status, priority, channel, "
         "category, created_at, first_response_at, solved_at, updated_at, csat, assignee, tags."},
        {"subject", "", "",
         "'subject' does not name a ticket field; write FIELD=COLUMN with "
         "one of these fields: external_ref, customer_name, customer_email, customer_company, "
         "customer_since, subject, description, status, priority, channel, category, "
         "created_at, first_response_at, solved_at, updated_at, csat, assignee, tags."},
        {"subject=Nope", "", "",
         "The file has no column 'Nope' (in subject=Nope); its "
         "columns are: Ticket ID, Customer Name, Customer Email, Customer Age, Customer "
         "Gender, Product Purchased, Date of Purchase, Ticket Type, Ticket Subject, Ticket "
         "Description, Ticket Status, Resolution, Ticket Priority, Ticket Channel, First "
         "Response Time, Time to Resolution, Customer Satisfaction Rating."},
    }));
    INFO(override);
    const auto mapping =
        ImportMapping::fromHeader(Entity::Tickets, kKaggleHeader, {QString::fromUtf8(override)});
    if (*error) {
        REQUIRE_FALSE(mapping.has_value());
        CHECK(mapping.error() == QString::fromUtf8(error));
        return;
    }
    REQUIRE(mapping.has_value());
    CHECK(columnFor(*mapping, QString::fromLatin1(field)) == QString::fromLatin1(column));
}

TEST_CASE("A mapping without the fields an import needs says which", "[csv]")
{
    const auto tickets = ImportMapping::fromHeader(Entity::Tickets, {u"Subject"_s});
    CHECK(tickets->checkRequired().error() ==
          u"No column maps to customer_email or customer_name, so the rows cannot be matched to "
          u"customers; map a column to one of them, with one of the file's columns: Subject."_s);
    // The command line names its flag (core names none: common/FrontEndHints.h).
    const test::FrontEnd cli(test::FrontEnd::Cli);
    CHECK(tickets->checkRequired().error().contains(
        u"one of them, e.g. --map customer_email=COLUMN, with one"_s));
    const auto touchpoints =
        ImportMapping::fromHeader(Entity::Touchpoints, {u"Email"_s, u"Kind"_s});
    CHECK(touchpoints->checkRequired().error() ==
          u"No column maps to the touchpoint field occurred_at, which every touchpoint needs; "
          u"map a column to it with --map occurred_at=COLUMN, with one of the file's columns: "
          u"Email, Kind."_s);
    CHECK(ImportMapping::fromHeader(Entity::Customers, {u"Name"_s})->checkRequired());
}

TEST_CASE("Cell texts map to the stable enum names", "[csv]")
{
    const auto [kind, text, expected] = GENERATE(table<const char*, const char*, const char*>({
        {"status", "Pending Customer Response", "pending"},
        {"status", "Open", "open"},
        {"status", "Closed", "closed"},
        {"status", "Resolved", "solved"},
        {"status", "On hold", "on_hold"},
        {"status", "on-hold", "on_hold"},
        {"status", "Waiting", "on_hold"},
        {"status", "NEW", "new"},
        {"status", "Foo",
         "'Foo' is not a ticket status; expected new, open, pending, on_hold, "
         "solved or closed."},
        {"priority", "Critical", "urgent"},
        {"priority", "Medium", "normal"},
        {"priority", " low ", "low"},
        {"priority", "High", "high"},
        {"priority", "Urgent", "urgent"},
        {"priority", "Foo", "'Foo' is not a priority; expected low, normal, high or urgent."},
        {"priority", "", "'' is not a priority; expected low, normal, high or urgent."},
        {"channel", "Social media", "social_media"},
        {"channel", "Chat", "live_chat"},
        {"channel", "Phone", "phone"},
        {"channel", "E-mail", "email"},
        {"channel", "Web", "self_service"},
        {"channel", "Portal", "self_service"},
        {"channel", "Forum", "community_forum"},
        {"channel", "Testimonial",
         "'Testimonial' is not a ticket channel; expected "
         "self_service, live_chat, email, phone, in_person, "
         "social_media or community_forum."},
        {"category", "Technical issue", "bug"},
        {"category", "Billing inquiry", "billing"},
        {"category", "Product inquiry", "question"},
        {"category", "Refund request", "billing"},
        {"category", "Cancellation request", "other"},
        {"category", "Setup", "setup"},
        {"category", "Installation", "setup"},
        {"category", "How to", "usage"},
        {"category", "Usage", "usage"},
        {"category", "Rant",
         "'Rant' is not a ticket category; expected setup, usage, billing, "
         "bug, question or other."},
        {"kind", "Testimonial", "testimonial"},
        {"kind", "User Conference", "user_conference"},
        {"kind", "QBR", "success_review"},
        {"kind", "Chat", "live_chat"},
        {"kind", "Fax", "email"},
        {"kind", "Carrier pigeon",
         "'Carrier pigeon' is not a touchpoint kind; expected self_service, live_chat, "
         "email, phone, in_person, partner, social_media, success_review, "
         "user_group, community_forum, testimonial, meetup, user_conference, "
         "product_update, survey or referral."},
        {"direction", "Incoming", "inbound"},
        {"direction", "OUT", "outbound"},
        {"direction", "sideways", "'sideways' is not a direction; expected inbound or outbound."},
        {"customer status", "Cancelled", "churned"},
        {"customer status", "Active", "active"},
        {"stage", "Post-sales", "post_sales"},
        {"csat", "3.0", "3"},
        {"csat", " 5 ", "5"},
        {"csat", "0",
         "'0' is not a satisfaction rating; expected a whole number from 1 to 5 or a word "
         "such as Good or Bad."},
        {"csat", "4.5",
         "'4.5' is not a satisfaction rating; expected a whole number from 1 to 5 or a "
         "word such as Good or Bad."},
        {"csat", "Good", "5"},
        {"csat", "Bad with comment", "1"},
        {"csat", "Not Good", "1"},
        {"csat", "Offered", "0"},
        {"status", "pending reminder", "pending"},
        {"status", "Awaiting User Info", "pending"},
        {"status", "Waiting on Third Party", "on_hold"},
        {"status", "Waiting on contact", "pending"},
        {"status", "To Do", "new"},
        {"priority", "2 normal", "normal"},
        {"priority", "3 - Moderate", "normal"},
        {"priority", "1 - Critical", "urgent"},
        {"priority", "5 - Planning", "low"},
        {"priority", "HIGH", "high"},
        {"priority", "P1", "urgent"},
        {"channel", "Web form", "self_service"},
        {"channel", "Feedback Widget", "self_service"},
        {"channel", "Phone call (incoming)", "phone"},
        {"channel", "Walk-in", "in_person"},
        {"score", "10", "10"},
        {"score", "0", "0"},
        {"score", "11", "'11' is not a survey score; expected a whole number from 0 to 10."},
        {"score", "ten", "'ten' is not a survey score; expected a whole number from 0 to 10."},
    }));
    INFO(kind << ": " << text);
    CHECK(mapped(QString::fromLatin1(kind), QString::fromUtf8(text)) ==
          QString::fromUtf8(expected));
}

TEMPLATE_TEST_CASE("Every stable name reads back in any case and with any separator", "[csv]",
                   TicketStatus, Priority, Category, TouchpointKind, Direction, CustomerStatus,
                   Stage)
{
    for (std::size_t i = 0; i < enumCount<TestType>(); ++i) {
        const QString name = toString(static_cast<TestType>(i));
        for (const QString& text : {name, name.toUpper(), QString(name).replace(u'_', u' '),
                                    QString(name).replace(u'_', u'-').toUpper()}) {
            INFO(text.toStdString());
            const QString kind = std::is_same_v<TestType, TicketStatus>     ? u"status"_s
                                 : std::is_same_v<TestType, Priority>       ? u"priority"_s
                                 : std::is_same_v<TestType, Category>       ? u"category"_s
                                 : std::is_same_v<TestType, TouchpointKind> ? u"kind"_s
                                 : std::is_same_v<TestType, Direction>      ? u"direction"_s
                                 : std::is_same_v<TestType, CustomerStatus> ? u"customer status"_s
                                                                            : u"stage"_s;
            CHECK(mapped(kind, text) == name);
        }
    }
}
