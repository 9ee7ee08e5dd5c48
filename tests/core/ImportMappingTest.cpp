#include "csv/ImportMapping.h"
#include "common/DateTimeText.h"
#include "support/TestSupport.h"

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
        return result ? toString(*result) : result.error();
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
    return number ? QString::number(*number) : number.error();
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
    const auto purchase =
        ImportMapping::detectDateFormat(u"Date of Purchase"_s, {u"2021-06-07"_s, u"2020-05-07"_s});
    const auto response = ImportMapping::detectDateFormat(
        u"First Response Time"_s, {u"2023-06-01 19:11:14"_s, u"2023-06-01 01:16:27"_s});
    const auto resolution = ImportMapping::detectDateFormat(
        u"Time to Resolution"_s, {QString(), u"2023-06-01 18:05:38"_s, QString()});
    for (const auto* format : {&purchase, &response, &resolution}) {
        REQUIRE(format->has_value());
        CHECK((*format)->pattern() == u"YYYY-MM-DD"_s);
        CHECK((*format)->note.isEmpty());
    }
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
    const auto twice =
        ImportMapping::fromHeader(Entity::Tickets, {u"Body"_s, u"Details"_s, u"body"_s});
    CHECK(twice->column(u"description") == 0);
}

TEST_CASE("Overrides replace the automatic mapping and are checked", "[csv]")
{
    const auto [override, field, column, error] =
        GENERATE(table<const char*, const char*, const char*, const char*>({
            {"subject=Ticket Description", "subject", "Ticket Description", ""},
            {"description=Ticket Subject", "subject", "-", ""},
            {" customer_company = Product Purchased ", "customer_company", "Product Purchased", ""},
            {"created_at=first response time", "created_at", "First Response Time", ""},
            {"csat=", "csat", "-", ""},
            {"nosuch=Ticket ID", "", "",
             "'nosuch=Ticket ID' does not name a ticket field; write "
             "FIELD=COLUMN with one of these fields: external_ref, customer_name, customer_email, "
             "customer_company, customer_since, subject, description, status, priority, channel, "
             "category, created_at, first_response_at, solved_at, csat, assignee, tags."},
            {"subject", "", "",
             "'subject' does not name a ticket field; write FIELD=COLUMN with "
             "one of these fields: external_ref, customer_name, customer_email, customer_company, "
             "customer_since, subject, description, status, priority, channel, category, "
             "created_at, first_response_at, solved_at, csat, assignee, tags."},
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
          u"customers; map a column to one of them."_s);
    const auto touchpoints =
        ImportMapping::fromHeader(Entity::Touchpoints, {u"Email"_s, u"Kind"_s});
    CHECK(touchpoints->checkRequired().error() ==
          u"No column maps to the touchpoint field occurred_at, which every touchpoint needs; "
          u"map a column to it."_s);
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
        {"kind", "Fax",
         "'Fax' is not a touchpoint kind; expected self_service, live_chat, "
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
        {"csat", "0", "'0' is not a satisfaction rating; expected a whole number from 1 to 5."},
        {"csat", "4.5", "'4.5' is not a satisfaction rating; expected a whole number from 1 to 5."},
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

TEST_CASE("A date column's format is learnt from its values", "[csv]")
{
    const auto [values, pattern, noted] = GENERATE(table<const char*, const char*, bool>({
        {"2021-06-07|2023-06-01 19:11:14||2023-06-01 19:11", "YYYY-MM-DD", false},
        {"2023-06-01T19:11:14Z|2023-06-01T19:11:14.250+02:00|2023-06-01T19:11", "YYYY-MM-DD",
         false},
        {"13/01/2023|01/02/2023 10:00", "DD/MM/YYYY", false},
        {"01/02/2023|01/13/2023|2/1/2023 7:05 PM", "MM/DD/YYYY", false},
        {"01/02/2023|03/04/2023", "DD/MM/YYYY", true},
        {"31-12-2023 10:00:59|01-01-2024", "DD-MM-YYYY", false},
        {"12-31-2023", "MM-DD-YYYY", false},
        {"01.02.2023|31.12.2023 23:59", "DD.MM.YYYY", false},
        {"|  |", "YYYY-MM-DD", false},
    }));
    INFO(values);
    const QStringList list = QString::fromLatin1(values).split(QLatin1Char('|'));
    const auto format = ImportMapping::detectDateFormat(u"Created"_s, list);
    REQUIRE(format.has_value());
    CHECK(format->pattern() == QString::fromLatin1(pattern));
    CHECK(format->note.isEmpty() == !noted);
    for (const QString& value : list) {
        if (!value.trimmed().isEmpty())
            CHECK(format->parse(value).has_value());
    }
}

TEST_CASE("A date column is settled once no later value can change its format", "[csv]")
{
    const auto [values, settled] = GENERATE(table<const char*, bool>({
        {"2023-06-01", true},
        {"|", false},
        {"01/02/2023|03/04/2023", false},
        {"01/02/2023|13/04/2023", true},
        {"01/02/2023|01/13/2023", true},
        {"01.02.2023", true}, // dotted dates are day first
        {"2023-06-01|01/02/2023", false}, // refused: only failure is left
    }));
    INFO(values);
    ImportMapping::DateDetector detector(u"Created"_s);
    for (const QString& value : QString::fromLatin1(values).split(QLatin1Char('|')))
        detector.add(value);
    CHECK(detector.settled() == settled);
}

TEST_CASE("An ambiguous date column says how it was read", "[csv]")
{
    const auto format =
        ImportMapping::detectDateFormat(u"Created"_s, {u"01/02/2023"_s, u"03/04/2023"_s});
    REQUIRE(format.has_value());
    CHECK(format->note ==
          u"Every date in column 'Created' could be day first or month first; they are read as "
          u"DD/MM/YYYY (use --date-format MM/dd/yyyy if they are month first)."_s);
}

TEST_CASE("A column whose dates fit no single format names the first that does not", "[csv]")
{
    const auto [values, error] = GENERATE(table<const char*, const char*>({
        {"13/01/2023|01/13/2023",
         "Column 'Created' mixes date formats: '01/13/2023' (line 3) does not fit DD/MM/YYYY, "
         "the format of the values before it."},
        {"01/02/2023|2023-01-02",
         "Column 'Created' mixes date formats: '2023-01-02' (line 3) does not fit DD/MM/YYYY or "
         "MM/DD/YYYY, the format of the values before it."},
        {"2023-01-02|2023-02-30",
         "Column 'Created' mixes date formats: '2023-02-30' (line 3) does not fit YYYY-MM-DD, "
         "the format of the values before it."},
        {"01/02/2023|01.02.2023",
         "Column 'Created' mixes date formats: '01.02.2023' (line 3) does not fit DD/MM/YYYY or "
         "MM/DD/YYYY, the format of the values before it."},
        {"|yesterday|2023-01-02",
         "Column 'Created' does not hold dates in a known format: 'yesterday' (line 3) is none of "
         "YYYY-MM-DD, DD/MM/YYYY, MM/DD/YYYY, DD-MM-YYYY, MM-DD-YYYY or DD.MM.YYYY (each with an "
         "optional time); name the format with --date-format."},
        {"2023-01-02 25:00",
         "Column 'Created' does not hold dates in a known format: '2023-01-02 25:00' (line 2) is "
         "none of YYYY-MM-DD, DD/MM/YYYY, MM/DD/YYYY, DD-MM-YYYY, MM-DD-YYYY or DD.MM.YYYY (each "
         "with an optional time); name the format with --date-format."},
        {"32.01.2023",
         "Column 'Created' does not hold dates in a known format: '32.01.2023' (line 2) is none "
         "of YYYY-MM-DD, DD/MM/YYYY, MM/DD/YYYY, DD-MM-YYYY, MM-DD-YYYY or DD.MM.YYYY (each with "
         "an optional time); name the format with --date-format."},
    }));
    INFO(values);
    ImportMapping::DateDetector detector(u"Created"_s);
    qint64 line = 1; // the header
    for (const QString& value : QString::fromLatin1(values).split(QLatin1Char('|')))
        detector.add(value, ++line);
    const auto format = detector.result();
    REQUIRE_FALSE(format.has_value());
    CHECK(format.error() == QString::fromLatin1(error));
}

TEST_CASE("Dates are local time unless they carry a zone", "[csv]")
{
    using Order = ImportMapping::DateFormat::Order;
    const auto local = [](int y, int mo, int d, int h, int mi, int s) {
        return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::LocalTime).toUTC();
    };
    const auto utc = [](int y, int mo, int d, int h, int mi, int s) {
        return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
    };
    ImportMapping::DateFormat iso;
    ImportMapping::DateFormat dayFirst{Order::DayMonthYear, '/', {}, {}};
    ImportMapping::DateFormat monthFirst{Order::MonthDayYear, '/', {}, {}};

    // The test zone is Europe/Berlin: summer is UTC+2.
    CHECK(*iso.parse(u"2023-06-01 19:11:14") == utc(2023, 6, 1, 17, 11, 14));
    CHECK(*iso.parse(u"2023-06-01 19:11:14") == local(2023, 6, 1, 19, 11, 14));
    CHECK(*iso.parse(u"2023-06-01") == parseLocalDateTime(u"2023-06-01"_s));
    CHECK(*iso.parse(u"2023-06-01T19:11") == parseLocalDateTime(u"2023-06-01 19:11"_s));
    CHECK(*iso.parse(u"2023-06-01T19:11:14Z") == utc(2023, 6, 1, 19, 11, 14));
    CHECK(*iso.parse(u"2023-06-01T19:11:14+05:30") == utc(2023, 6, 1, 13, 41, 14));
    CHECK(*iso.parse(u"2023-06-01T19:11:14-0100") == utc(2023, 6, 1, 20, 11, 14));
    CHECK(*dayFirst.parse(u"31/12/2023 07:05 PM") == local(2023, 12, 31, 19, 5, 0));
    CHECK(*dayFirst.parse(u"1/2/2023 12:30 am") == local(2023, 2, 1, 0, 30, 0));
    CHECK(*monthFirst.parse(u"1/2/2023") == local(2023, 1, 2, 0, 0, 0));

    CHECK(dayFirst.parse(u"2023-06-01").error() ==
          u"'2023-06-01' is not a date in the form DD/MM/YYYY."_s);
    CHECK(monthFirst.parse(u"13/01/2023").error() ==
          u"'13/01/2023' is not a date in the form MM/DD/YYYY."_s);
    CHECK_FALSE(iso.parse(u"2023-06-01 7:05 PM").has_value());
    CHECK_FALSE(iso.parse(u"").has_value());
}

TEST_CASE("An explicit date format is Qt's and is checked", "[csv]")
{
    const auto format = ImportMapping::dateFormatFromString(u"dd/MM/yyyy HH:mm"_s);
    REQUIRE(format.has_value());
    CHECK(*format->parse(u"31/12/2023 13:45") ==
          QDateTime(QDate(2023, 12, 31), QTime(13, 45), Qt::LocalTime).toUTC());
    CHECK(format->parse(u"2023-12-31").error() ==
          u"'2023-12-31' is not a date in the form dd/MM/yyyy HH:mm."_s);
    const auto dateOnly = ImportMapping::dateFormatFromString(u"yyyyMMdd"_s);
    REQUIRE(dateOnly.has_value());
    CHECK(*dateOnly->parse(u"20230601") == parseLocalDateTime(u"2023-06-01"_s));
    for (const QString& bad : {u"HH:mm"_s, u"nonsense"_s, QString()}) {
        INFO(bad.toStdString());
        CHECK(ImportMapping::dateFormatFromString(bad).error() ==
              u"'"_s + bad +
                  u"' is not a usable date format; write it with yyyy, MM, dd, HH, mm and ss, "
                  u"as in dd/MM/yyyy HH:mm."_s);
    }
}

TEST_CASE("Local times convert as QDateTime converts them, on clock-change days too", "[csv]")
{
    // Europe/Berlin changed clocks on 2023-03-26 and 2023-10-29.
    const ImportMapping::DateFormat iso;
    CHECK(*iso.parse(u"2023-03-26 01:30") == QDateTime(QDate(2023, 3, 26), QTime(0, 30), Qt::UTC));
    CHECK(*iso.parse(u"2023-03-26 03:30") == QDateTime(QDate(2023, 3, 26), QTime(1, 30), Qt::UTC));
    CHECK(*iso.parse(u"2023-10-29 12:00") == QDateTime(QDate(2023, 10, 29), QTime(11, 0), Qt::UTC));
    for (QDate day(2023, 1, 1); day.year() == 2023; day = day.addDays(1)) {
        for (int minutes = 0; minutes < 24 * 60; minutes += 150) {
            const QTime time(minutes / 60, minutes % 60);
            const QString text = formatDate(day) + u' ' + time.toString(u"HH:mm"_s);
            INFO(text.toStdString());
            REQUIRE(*iso.parse(text) == QDateTime(day, time, Qt::LocalTime).toUTC());
        }
        REQUIRE(*iso.parse(formatDate(day)) == day.startOfDay().toUTC());
    }
}
