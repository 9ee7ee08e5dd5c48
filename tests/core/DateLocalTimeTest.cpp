// Local times in imported dates: a value's zone wins over the machine's, local times convert as
// QDateTime converts them, and a time in a clock change's gap moves forward (a doubled one is the
// first), when read and when learnt. Split from DateFormatsTest.cpp.
#include "csv/DateFormats.h"
#include "DateLearn.h"

#include "common/DateTimeText.h"
#include "support/TestSupport.h"

#include "core/FrontEnds.h"

#include <catch2/catch.hpp>
#include <ctime>
#include <QRegularExpression>

using namespace fd;
using namespace Qt::StringLiterals;
using test::Zone;
using namespace fd::test;

TEST_CASE("A value's zone wins over the machine's, and local times are the machine's",
          "[csv][dates]")
{
    // The test zone is Europe/Berlin: winter is UTC+1, summer UTC+2.
    const DateFormat iso;
    CHECK(read(iso, u"2023-06-01 19:11:14"_s) == utc(2023, 6, 1, 17, 11, 14));
    CHECK(read(iso, u"2023-01-10 19:11"_s) == utc(2023, 1, 10, 18, 11));
    CHECK(read(iso, u"2023-06-01"_s) == utc(2023, 5, 31, 22, 0));
    CHECK(read(iso, u"2023-06-01T19:11:14Z"_s) == utc(2023, 6, 1, 19, 11, 14));
    CHECK(read(iso, u"2023-06-01 19:11:14 UTC"_s) == utc(2023, 6, 1, 19, 11, 14));
    CHECK(read(iso, u"2023-06-01T19:11:14+05:30"_s) == utc(2023, 6, 1, 13, 41, 14));
    CHECK(read(iso, u"2023-06-01T19:11:14-0100"_s) == utc(2023, 6, 1, 20, 11, 14));
    CHECK(read(iso, u"2023-06-01"_s) == parseLocalDateTime(u"2023-06-01"_s));
    CHECK(read(iso, u"2023-06-01T19:11"_s) == parseLocalDateTime(u"2023-06-01 19:11"_s));
    CHECK_FALSE(iso.parse(u"").has_value());
    const auto named = dateFormatFromString(u"dd/MM/yyyy HH:mm"_s);
    REQUIRE(named.has_value());
    CHECK(read(*named, u"01/06/2023 19:11"_s) == utc(2023, 6, 1, 17, 11));
}

TEST_CASE("Local times convert as QDateTime converts them on ordinary days", "[csv][dates]")
{
    // Europe/Berlin changed clocks on 2023-03-26 and 2023-10-29: those two days are the next
    // test's. Every other day goes through the per-day offset cache.
    const DateFormat iso;
    for (QDate day(2023, 1, 1); day.year() == 2023; day = day.addDays(1)) {
        if (day == QDate(2023, 3, 26) || day == QDate(2023, 10, 29))
            continue;
        for (int minutes = 0; minutes < 24 * 60; minutes += 150) {
            const QTime time(minutes / 60, minutes % 60);
            const QString text = formatDate(day) + u' ' + time.toString(u"HH:mm"_s);
            INFO(text.toStdString());
            REQUIRE(read(iso, text) == QDateTime(day, time, Qt::LocalTime).toUTC());
        }
        REQUIRE(read(iso, formatDate(day)) == day.startOfDay().toUTC());
    }
}

TEST_CASE("A local time in a clock change's gap moves forward, and a doubled one is the first",
          "[csv][dates]")
{
    // c19: what Qt 6.4 does is wrong twice here: 02:30 is invalid (its toUTC() reads it as
    // 02:30 UTC) and QDateTime's constructor takes 01:30 EST, the second occurrence.
    const auto [zoneName, value, at, moved] =
        GENERATE(table<const char*, const char*, QDateTime, bool>({
            {"America/New_York", "2024-03-10 02:30", utc(2024, 3, 10, 7, 30), true},
            {"America/New_York", "2024-03-10 02:00", utc(2024, 3, 10, 7, 0), true},
            {"America/New_York", "2024-03-10 03:30", utc(2024, 3, 10, 7, 30), false},
            {"America/New_York", "2024-03-10 01:59", utc(2024, 3, 10, 6, 59), false},
            {"America/New_York", "2024-03-10", utc(2024, 3, 10, 5, 0), false},
            {"America/New_York", "2024-11-03 01:30", utc(2024, 11, 3, 5, 30), false},
            {"America/New_York", "2024-11-03 01:45", utc(2024, 11, 3, 5, 45), false},
            {"America/New_York", "2024-11-03 02:00", utc(2024, 11, 3, 7, 0), false},
            {"America/New_York", "2024-11-03 00:59", utc(2024, 11, 3, 4, 59), false},
            {"America/New_York", "2024-11-03 14:00 -0500", utc(2024, 11, 3, 19, 0), false},
            {"Europe/Berlin", "2023-03-26 02:30", utc(2023, 3, 26, 1, 30), true},
            {"Europe/Berlin", "2023-03-26 01:30", utc(2023, 3, 26, 0, 30), false},
            {"Europe/Berlin", "2023-10-29 02:30", utc(2023, 10, 29, 0, 30), false},
            {"Europe/Berlin", "2023-10-29 12:00", utc(2023, 10, 29, 11, 0), false},
            // created in the gap, solved after it: 02:30 is 03:30, after 03:10
            {"Europe/Berlin", "2024-03-31 02:30", utc(2024, 3, 31, 1, 30), true},
            {"Europe/Berlin", "2024-03-31 03:10", utc(2024, 3, 31, 1, 10), false},
            // Lord Howe Island moves its clocks by half an hour.
            {"Australia/Lord_Howe", "2024-10-06 02:15", utc(2024, 10, 5, 15, 45), true},
        }));
    INFO(zoneName << " " << value);
    const Zone zone(zoneName);
    const QString text = QString::fromUtf8(value);
    const auto instant = DateFormat().parse(text);
    REQUIRE(instant.has_value());
    CHECK(instant->utc == at);
    CHECK(instant->movedForward == moved);
    // The same through --date-format and through the command line's reading.
    if (text.size() == 16) {
        const auto named = dateFormatFromString(u"yyyy-MM-dd HH:mm"_s);
        REQUIRE(named.has_value());
        CHECK(named->parse(text)->utc == at);
        CHECK(named->parse(text)->movedForward == moved);
        const auto typed = readLocalDateTime(text);
        REQUIRE(typed.has_value());
        CHECK(typed->utc == at);
        CHECK(typed->movedForward == moved);
    }
}

TEST_CASE("A learnt local time in a clock change's gap says it moved forward", "[csv][dates]")
{
    const Zone zone("Europe/Berlin");
    const auto format = learnColumn("31/03/2024 02:30|13/03/2024 03:10");
    REQUIRE(format.has_value());
    const auto created = format->parse(u"31/03/2024 02:30");
    REQUIRE(created.has_value());
    CHECK(created->movedForward);
    CHECK(created->utc == utc(2024, 3, 31, 1, 30)); // 03:30 CEST
    const auto solved = format->parse(u"31/03/2024 03:10");
    REQUIRE(solved.has_value());
    CHECK_FALSE(solved->movedForward);
    CHECK(solved->utc < created->utc); // what TicketRepository::validate then refuses
    const auto excel = learnColumn("45382.1041666667"); // 2024-03-31 02:30
    REQUIRE(excel.has_value());
    CHECK(excel->parse(u"45382.1041666667")->movedForward);
}
