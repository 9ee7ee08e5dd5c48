// The dates an import reads without options: every form exports write, day and month in one
// order for the whole file, settled columns, placeholders, impossible values, two-digit years and
// Excel serial dates. The format a user gives: DateFormatGivenTest.cpp; local times:
// DateLocalTimeTest.cpp.
#include "csv/DateFormats.h"
#include "DateLearn.h"

#include "csv/DateText.h"

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

TEST_CASE("Every date form that exports write reads without options, to its instant",
          "[csv][dates]")
{
    const Zone zone("UTC");
    // value, the instant (UTC), the column's pattern as the summary says it, and whether
    // Qt 6.4 can read the --date-format suggested for it (it reads no microseconds).
    struct Form {
        const char* value;
        QDateTime at;
        const char* pattern;
        bool qtReads = true;
    };
    const auto form = GENERATE(values<Form>({
        {"2024-03-05", utc(2024, 3, 5), "YYYY-MM-DD"},
        {"2024-03-05 14:22", utc(2024, 3, 5, 14, 22), "YYYY-MM-DD HH:MM"},
        {"2024-03-05 14:22:10", utc(2024, 3, 5, 14, 22, 10), "YYYY-MM-DD HH:MM:SS"},
        {"2024-03-05T14:22:10", utc(2024, 3, 5, 14, 22, 10), "YYYY-MM-DDTHH:MM:SS"},
        {"2024-03-05T14:22:10Z", utc(2024, 3, 5, 14, 22, 10), "YYYY-MM-DDTHH:MM:SSZ"},
        {"2024-03-05T14:22:10.250Z", utc(2024, 3, 5, 14, 22, 10), "YYYY-MM-DDTHH:MM:SS.FFFZ"},
        {"2024-03-05T14:22:10.123456+01:00", utc(2024, 3, 5, 13, 22, 10),
         "YYYY-MM-DDTHH:MM:SS.FFFFFF±HH:MM", false},
        // c01: an offset after a space, as Zendesk writes it
        {"2024-03-05 14:22:10 +0100", utc(2024, 3, 5, 13, 22, 10), "YYYY-MM-DD HH:MM:SS ±HHMM"},
        {"2024-03-07 23:30:00 -0500", utc(2024, 3, 8, 4, 30), "YYYY-MM-DD HH:MM:SS ±HHMM"},
        {"2024-03-05 14:22:10+0100", utc(2024, 3, 5, 13, 22, 10), "YYYY-MM-DD HH:MM:SS±HHMM"},
        {"2024-03-05 14:22 -05", utc(2024, 3, 5, 19, 22), "YYYY-MM-DD HH:MM ±HH"},
        {"2024-03-05 14:22:10 UTC", utc(2024, 3, 5, 14, 22, 10), "YYYY-MM-DD HH:MM:SS UTC"},
        {"2024-03-05 14:22:10UTC", utc(2024, 3, 5, 14, 22, 10), "YYYY-MM-DD HH:MM:SSUTC"},
        {"2024-03-05 14:22:10 GMT", utc(2024, 3, 5, 14, 22, 10), "YYYY-MM-DD HH:MM:SS GMT"},
        {"2024-03-05 14:22:10 UTC+1", utc(2024, 3, 5, 13, 22, 10), "YYYY-MM-DD HH:MM:SS UTC±HH"},
        {"2024-03-05 14:22 GMT-05:00", utc(2024, 3, 5, 19, 22), "YYYY-MM-DD HH:MM GMT±HH"},
        {"2024/03/05 14:22", utc(2024, 3, 5, 14, 22), "YYYY/MM/DD HH:MM"},
        {"2024.03.05", utc(2024, 3, 5), "YYYY.MM.DD"},
        {"2024-3-5 9:05", utc(2024, 3, 5, 9, 5), "YYYY-MM-DD HH:MM"},
        // numbers: the order proven by a part above 12
        {"13/03/2024 14:22", utc(2024, 3, 13, 14, 22), "DD/MM/YYYY HH:MM"},
        {"03/13/2024 2:22 PM", utc(2024, 3, 13, 14, 22), "MM/DD/YYYY H:MM AM/PM"},
        {"13-03-2024 09:00", utc(2024, 3, 13, 9, 0), "DD-MM-YYYY HH:MM"},
        {"05.03.2024 14:22", utc(2024, 3, 5, 14, 22), "DD.MM.YYYY HH:MM"}, // c06a: day first
        {"3/25/2024 11:59 PM", utc(2024, 3, 25, 23, 59), "MM/DD/YYYY H:MM AM/PM"}, // c14a
        {"3/25/2024 12:15 am", utc(2024, 3, 25, 0, 15), "MM/DD/YYYY H:MM AM/PM"},
        {"25/3/24 12:30 pm", utc(2024, 3, 25, 12, 30), "DD/MM/YY H:MM AM/PM"},
        {"31/12/45", utc(2045, 12, 31), "DD/MM/YY"}, // two-digit years: 1946-2045 in 2026
        {"31/12/46", utc(1946, 12, 31), "DD/MM/YY"},
        {"15.03.69", utc(1969, 3, 15), "DD.MM.YY"},
        // month names
        {"05/Mar/24 2:22 PM", utc(2024, 3, 5, 14, 22), "DD/MMM/YY H:MM AM/PM"}, // c04: Jira
        {"06/Mar/24 9:05 AM", utc(2024, 3, 6, 9, 5), "DD/MMM/YY H:MM AM/PM"},
        {"05-Mar-2024", utc(2024, 3, 5), "DD-MMM-YYYY"},
        {"05-mar-2024 14:22:10", utc(2024, 3, 5, 14, 22, 10), "DD-MMM-YYYY HH:MM:SS"},
        {"5 March 2024", utc(2024, 3, 5), "DD MMMM YYYY"},
        {"Mar 5, 2024", utc(2024, 3, 5), "MMM DD, YYYY"},
        {"Mar 5, 2024, 2:22 PM", utc(2024, 3, 5, 14, 22), "MMM DD, YYYY, H:MM AM/PM"},
        {"March 5 2024 14:22", utc(2024, 3, 5, 14, 22), "MMMM DD YYYY HH:MM"},
        {"Tue, 05 Mar 2024 14:22:10 +0000", utc(2024, 3, 5, 14, 22, 10),
         "DDD, DD MMM YYYY HH:MM:SS ±HHMM"},
        // epoch, when the whole column holds it (c13)
        {"1709644930", utc(2024, 3, 5, 13, 22, 10), "epoch seconds", false},
        {"1709644930123", utc(2024, 3, 5, 13, 22, 10), "epoch milliseconds", false},
        {"978307200", utc(2001, 1, 1), "epoch seconds", false},
    }));
    const QString value = QString::fromUtf8(form.value);
    INFO(form.value);
    const auto format = learnColumn(form.value);
    REQUIRE(format.has_value());
    CHECK(format->pattern() == QString::fromUtf8(form.pattern));
    const auto instant = format->parse(value);
    REQUIRE(instant.has_value());
    CHECK(instant->utc == form.at);
    CHECK_FALSE(instant->movedForward);
    CHECK(format->parse(QString(u"  "_s + value + u" "_s))->utc == form.at); // cells are trimmed

    // A --date-format that does not match names one that does; and that one does.
    const auto other = dateFormatFromString(u"'#'yyyyMMdd"_s);
    REQUIRE(other.has_value());
    const QString mismatch = other->parse(value).error();
    INFO(mismatch.toStdString());
    const auto suggested =
        QRegularExpression(u"it looks like (.*?)( or .*)?\\.$"_s).match(mismatch).captured(1);
    REQUIRE_FALSE(suggested.isEmpty());
    if (form.qtReads) {
        const auto named = dateFormatFromString(suggested, kYear);
        REQUIRE(named.has_value());
        CHECK(read(*named, value) == form.at);
    }
}

TEST_CASE("Day and month are read in one order for the whole file", "[csv][dates]")
{
    const test::FrontEnd cli(test::FrontEnd::Cli); // the flags these sentences name
    const Zone zone("UTC");
    SECTION("c10a: one column proves month first for the other")
    {
        const auto learnt =
            learn({u"Created"_s, u"Resolved"_s}, u"04/03/2024 09:00;04/13/2024 10:00|"
                                                 u"02/01/2024 11:30;02/20/2024 16:00"_s);
        REQUIRE(learnt.formats.has_value());
        CHECK(learnt.settled);
        const DateFormat& created = learnt.formats->at(0);
        CHECK(read(created, u"04/03/2024 09:00"_s) == utc(2024, 4, 3, 9, 0));
        CHECK(read(created, u"02/01/2024 11:30"_s) == utc(2024, 2, 1, 11, 30));
        CHECK(read(learnt.formats->at(1), u"04/13/2024 10:00"_s) == utc(2024, 4, 13, 10, 0));
        CHECK(learnt.notes ==
              QStringList{u"Dates read month first (MM/DD/YYYY): column “Resolved” has "
                          u"04/13/2024 10:00 (line 2)."_s,
                          u"Column “Created” read as MM/DD/YYYY HH:MM."_s,
                          u"Column “Resolved” read as MM/DD/YYYY HH:MM."_s});
    }
    SECTION("c10b: the proof may come in a later row")
    {
        const auto learnt =
            learn({u"Created"_s, u"Resolved"_s}, u"04/03/2024 09:00;04/03/2024 10:00|"
                                                 u"04/05/2024 11:30;04/20/2024 16:00"_s);
        REQUIRE(learnt.formats.has_value());
        CHECK(read(learnt.formats->at(0), u"04/03/2024 09:00"_s) == utc(2024, 4, 3, 9, 0));
        CHECK(read(learnt.formats->at(0), u"04/05/2024 11:30"_s) == utc(2024, 4, 5, 11, 30));
    }
    SECTION("c10d: nothing proves it; day first, said in a note")
    {
        const auto learnt = learn({u"Date of Purchase"_s, u"Created"_s},
                                  u"01/02/2024;04/03/2024 09:00|02/01/2024;02/05/2024 11:30"_s);
        REQUIRE(learnt.formats.has_value());
        CHECK_FALSE(learnt.settled); // a later row may still prove month first
        CHECK(read(learnt.formats->at(0), u"01/02/2024"_s) == utc(2024, 2, 1));
        CHECK(read(learnt.formats->at(1), u"04/03/2024 09:00"_s) == utc(2024, 3, 4, 9, 0));
        CHECK(learnt.notes.value(0) ==
              u"Every date could be day first or month first; they were read day first "
              u"(DD/MM/YYYY): use --date-format 'MM/dd/yyyy HH:mm' if they are month first."_s);
        // That option, with or without a time, reads both columns month first.
        for (const QString& option : {u"MM/dd/yyyy"_s, u"MM/dd/yyyy HH:mm"_s}) {
            INFO(option.toStdString());
            const auto named = dateFormatFromString(option);
            REQUIRE(named.has_value());
            CHECK(read(*named, u"01/02/2024"_s) == utc(2024, 1, 2));
            CHECK(read(*named, u"04/03/2024 09:00"_s) == utc(2024, 4, 3, 9, 0));
        }
    }
    SECTION("c21: dashes, day first")
    {
        const auto learnt = learn({u"opened_at"_s, u"resolved_at"_s},
                                  u"05-03-2024 09:00;?|06-03-2024 11:15;06-03-2024 14:00"_s);
        REQUIRE(learnt.formats.has_value());
        CHECK(read(learnt.formats->at(0), u"05-03-2024 09:00"_s) == utc(2024, 3, 5, 9, 0));
        CHECK(read(learnt.formats->at(1), u"06-03-2024 14:00"_s) == utc(2024, 3, 6, 14, 0));
    }
    SECTION("dotted dates are day first and do not decide for the others")
    {
        const auto learnt =
            learn({u"Since"_s, u"Created"_s}, u"05.03.2024;03/13/2024|01.02.2024;03/05/2024"_s);
        REQUIRE(learnt.formats.has_value());
        CHECK(read(learnt.formats->at(0), u"01.02.2024"_s) == utc(2024, 2, 1));
        CHECK(read(learnt.formats->at(1), u"03/05/2024"_s) == utc(2024, 3, 5));
    }
    SECTION("columns that prove opposite orders are refused, naming both")
    {
        const auto learnt =
            learn({u"Created"_s, u"Resolved"_s}, u"13/04/2024;01/01/2024|01/01/2024;04/13/2024"_s);
        REQUIRE_FALSE(learnt.formats.has_value());
        CHECK(learnt.formats.error() ==
              u"Columns 'Created' and 'Resolved' write dates in opposite orders: '13/04/2024' "
              u"(line 2) is day first and '04/13/2024' (line 3) is month first; a file is read "
              u"one way, so name it with --date-format (dd/MM/yyyy or MM/dd/yyyy)."_s);
        CHECK(learnt.notes.isEmpty());
    }
}

TEST_CASE("A date column is settled once no later value can change its format", "[csv][dates]")
{
    const auto [values, settled] = GENERATE(table<const char*, bool>({
        {"2023-06-01", true},
        {"|", false},
        {"-|N/A", false}, // placeholders are no values
        {"01/02/2023|03/04/2023", false},
        {"01/02/2023|13/04/2023", true},
        {"01/02/2023|01/13/2023", true},
        {"01.02.2023", true}, // dotted dates are day first
        {"05/Mar/24 2:22 PM", true},
        {"1709644930", true},
        {"2023-06-01|01/02/2023", false}, // refused: only failure is left
    }));
    INFO(values);
    CHECK(learn({u"Created"_s}, QString::fromUtf8(values)).settled == settled);
}

TEST_CASE("Empty cells and placeholders are no dates", "[csv][dates]")
{
    const Zone zone("UTC");
    const auto format = learnColumn("|-|?|N/A|null|none| |2024-03-05 14:22");
    REQUIRE(format.has_value());
    CHECK(format->pattern() == u"YYYY-MM-DD HH:MM"_s);
    const auto learnt = learn({u"Created"_s, u"Solved"_s}, u"-;|n/a;"_s);
    REQUIRE(learnt.formats.has_value());
    CHECK(learnt.notes.isEmpty()); // no column had a value to say anything about
}

TEST_CASE("An impossible date is its row's error, not the column's", "[csv][dates]")
{
    // c11d
    const auto format = learnColumn("2024-03-05 14:22|2024-02-30 10:00|2024-03-07 08:00");
    REQUIRE(format.has_value());
    CHECK(format->parse(u"2024-02-30 10:00").error() ==
          u"'2024-02-30 10:00' is not a real date (February 2024 has 29 days)."_s);
    CHECK(format->parse(u"2023-02-29").error() ==
          u"'2023-02-29' is not a real date (February 2023 has 28 days)."_s);
    const auto dayFirst = learnColumn("31/04/2024|01/05/2024");
    REQUIRE(dayFirst.has_value());
    CHECK(dayFirst->parse(u"31/04/2024").error() ==
          u"'31/04/2024' is not a real date (April 2024 has 30 days)."_s);
    const auto named = learnColumn("30-Feb-2024");
    REQUIRE(named.has_value());
    CHECK(named->parse(u"30-Feb-2024").error() ==
          u"'30-Feb-2024' is not a real date (February 2024 has 29 days)."_s);
    // A value of another form is still refused in the form of the column.
    CHECK(format->parse(u"05/03/2024").error() ==
          u"'05/03/2024' is not a date in the form YYYY-MM-DD HH:MM."_s);
}

TEST_CASE("A column whose values are no dates, or several forms, is refused", "[csv][dates]")
{
    const test::FrontEnd cli(test::FrontEnd::Cli); // the flags these sentences name
    const QString known = u" is none of the forms read without options (such as 2024-03-05 14:22, "
                          u"05/03/2024, 05-Mar-2024 2:22 PM, Mar 5, 2024 or epoch seconds); name "
                          u"its format with --date-format, as in --date-format \"dd/MM/yyyy "
                          u"HH:mm\"."_s;
    const QString unknown = u"Column 'Created' does not hold dates in a known format: "_s;
    const auto [values, error] = GENERATE_COPY(table<const char*, QString>({
        {"13/01/2023|01/13/2023",
         u"Column 'Created' mixes date formats: '01/13/2023' (line 3) does not fit DD/MM/YYYY, "
         u"the format of the values before it."_s},
        {"01/02/2023|2023-01-02",
         u"Column 'Created' mixes date formats: '2023-01-02' (line 3) does not fit DD/MM/YYYY or "
         u"MM/DD/YYYY, the format of the values before it."_s},
        {"01/02/2023|01.02.2023",
         u"Column 'Created' mixes date formats: '01.02.2023' (line 3) does not fit DD/MM/YYYY or "
         u"MM/DD/YYYY, the format of the values before it."_s},
        {"1709644930|2024-03-05",
         u"Column 'Created' mixes date formats: '2024-03-05' (line 3) does not fit epoch "
         u"seconds, the format of the values before it."_s},
        {"2024-03-05|1709644930",
         u"Column 'Created' mixes date formats: '1709644930' (line 3) does not fit YYYY-MM-DD, "
         u"the format of the values before it."_s},
        {"2023-01-02|20230103",
         u"Column 'Created' mixes date formats: '20230103' (line 3) does not fit YYYY-MM-DD, "
         u"the format of the values before it."_s},
        {"45356.5|2024-03-05",
         u"Column 'Created' mixes date formats: '2024-03-05' (line 3) does not fit Excel serial "
         u"dates, the format of the values before it."_s},
        {"|yesterday|TBD", unknown + u"'yesterday' (line 3)"_s + known}, // words only
        {"13:00 2023-01-02", unknown + u"'13:00 2023-01-02' (line 2)"_s + known},
        {"12345.5",
         u"Column 'Created' holds numbers, not dates: '12345.5' (line 2) may be an Excel serial "
         u"date (a number of days since 1900) but is outside 20000-79999, the range read "
         u"without options; if the column holds them, name its format with --date-format "
         u"excel."_s},
        {"123456789", unknown + u"'123456789' (line 2)"_s + known}, // 1973: no epoch column
        {"20240305", unknown + u"'20240305' (line 2)"_s + known},
    }));
    INFO(values);
    const auto format = learnColumn(values);
    REQUIRE_FALSE(format.has_value());
    CHECK(format.error() == error);
}

TEST_CASE("The command line's date-times say what is wrong with them", "[dates]")
{
    const Zone zone("America/New_York");
    CHECK(parseLocalDateTime(u"2024-03-10 02:30"_s) == utc(2024, 3, 10, 7, 30));
    CHECK(parseLocalDateTime(u"2024-03-10T02:30:15"_s) == utc(2024, 3, 10, 7, 30, 15));
    CHECK(readLocalDateTime(u"2024-02-30 10:00"_s).error() ==
          u"“2024-02-30 10:00” is not a real date (February 2024 has 29 days)."_s);
    CHECK(readLocalDateTime(u"2024-02-30"_s).error() ==
          u"“2024-02-30” is not a real date (February 2024 has 29 days)."_s);
    for (const QString& bad : {u"5 March"_s, u"2024-03-10 25:00"_s, u"2024-13-01"_s, QString()}) {
        INFO(bad.toStdString());
        CHECK(readLocalDateTime(bad).error() ==
              u"“"_s + bad +
                  u"” is not a date or a date-time in the form YYYY-MM-DD HH:MM[:SS]."_s);
        CHECK_FALSE(parseLocalDateTime(bad).isValid());
    }
}

TEST_CASE("The Kaggle export's date columns read year first, with no note of doubt", "[csv][dates]")
{
    // /work/shared/fixtures/kaggle-support-tickets.csv: a date column, two date-time columns
    // (one often empty).
    const auto learnt =
        learn({u"Date of Purchase"_s, u"First Response Time"_s, u"Time to Resolution"_s},
              u"2021-06-07;2023-06-01 19:11:14;|"
              u"2020-05-07;2023-06-01 01:16:27;2023-06-01 18:05:38"_s);
    REQUIRE(learnt.formats.has_value());
    CHECK(learnt.settled);
    CHECK(learnt.notes ==
          QStringList{u"Column “Date of Purchase” read as YYYY-MM-DD."_s,
                      u"Column “First Response Time” read as YYYY-MM-DD HH:MM:SS."_s,
                      u"Column “Time to Resolution” read as YYYY-MM-DD HH:MM:SS."_s});
}

TEST_CASE("A value of its column's form with impossible numbers is its row's error", "[csv][dates]")
{
    const Zone zone("UTC");
    // The column's values, the pattern learnt from them, a value and its row's error.
    const auto [values, pattern, value,
                error] = GENERATE(table<const char*, const char*, const char*, const char*>({
        {"2024-03-05 14:22|2024-03-05 25:00|2024-03-06 09:00", "YYYY-MM-DD HH:MM",
         "2024-03-05 25:00", "'2024-03-05 25:00' is not a real time (hours go from 00 to 23)."},
        {"2024-03-05 14:22", "YYYY-MM-DD HH:MM", "2024-03-05 14:61",
         "'2024-03-05 14:61' is not a real time (minutes go from 00 to 59)."},
        {"2024-03-05 14:22:10|2024-03-05 14:22:60", "YYYY-MM-DD HH:MM:SS", "2024-03-05 14:22:60",
         "'2024-03-05 14:22:60' is not a real time (seconds go from 00 to 59)."},
        {"2024-13-01 10:00|2024-03-05 14:22", "YYYY-MM-DD HH:MM", "2024-13-01 10:00",
         "'2024-13-01 10:00' is not a real date (months go from 1 to 12)."},
        {"2024-03-00", "YYYY-MM-DD", "2024-03-00",
         "'2024-03-00' is not a real date (days go from 1 to 31)."},
        {"03/13/2024 1:30 PM|03/14/2024 13:30 PM", "MM/DD/YYYY H:MM AM/PM", "03/14/2024 13:30 PM",
         "'03/14/2024 13:30 PM' is not a 12-hour time (hours go from 1 to 12 before AM or "
         "PM)."},
        {"03/13/2024 00:30 AM", "MM/DD/YYYY H:MM AM/PM", "03/13/2024 00:30 AM",
         "'03/13/2024 00:30 AM' is not a 12-hour time (hours go from 1 to 12 before AM or "
         "PM)."},
        // an impossible value proves no order: 13/13 leaves 13/01 day first
        {"13/13/2024|13/01/2024", "DD/MM/YYYY", "13/13/2024",
         "'13/13/2024' is not a real date (months go from 1 to 12)."},
        {"32/01/2024|01/02/2024", "DD/MM/YYYY", "32/01/2024",
         "'32/01/2024' is not a real date (days go from 1 to 31)."},
        {"32.01.2023", "DD.MM.YYYY", "32.01.2023",
         "'32.01.2023' is not a real date (days go from 1 to 31)."},
        {"01.13.2023|05.03.2024", "DD.MM.YYYY", "01.13.2023", // dotted: day first
         "'01.13.2023' is not a real date (months go from 1 to 12)."},
        {"05-Mar-2024|32-Mar-2024", "DD-MMM-YYYY", "32-Mar-2024",
         "'32-Mar-2024' is not a real date (days go from 1 to 31)."},
        {"Mar 5, 2024|Mar 0, 2024", "MMM DD, YYYY", "Mar 0, 2024",
         "'Mar 0, 2024' is not a real date (days go from 1 to 31)."},
        {"2024-02-30 10:00|2024-03-05 14:22", "YYYY-MM-DD HH:MM", "2024-02-30 10:00",
         "'2024-02-30 10:00' is not a real date (February 2024 has 29 days)."},
        // a word among dates: the row's error, naming the column's form
        {"2024-03-05 14:22|soon|2024-03-06 09:00", "YYYY-MM-DD HH:MM", "soon",
         "'soon' is not a date; the other values of column 'Created' are YYYY-MM-DD HH:MM."},
        {"TBD|05/03/2024|13/03/2024", "DD/MM/YYYY", "TBD",
         "'TBD' is not a date; the other values of column 'Created' are DD/MM/YYYY."},
        {"1709644930|never", "epoch seconds", "never",
         "'never' is not a Unix time in seconds or milliseconds (epoch seconds)."},
        // a value of another form is still refused in the column's form
        {"2024-03-05", "YYYY-MM-DD", "05/03/2024",
         "'05/03/2024' is not a date in the form YYYY-MM-DD."},
    }));
    INFO(values << " / " << value);
    const auto format = learnColumn(values);
    REQUIRE(format.has_value());
    CHECK(format->pattern() == QString::fromUtf8(pattern));
    CHECK(format->parse(QString::fromUtf8(value)).error() == QString::fromUtf8(error));
}

TEST_CASE("Impossible values and words do not decide or unsettle a column", "[csv][dates]")
{
    const auto [values, settled] = GENERATE(table<const char*, bool>({
        {"soon|2024-03-05", true},
        {"2024-03-05|soon", true},
        {"TBD|pending", false},           // no date yet: refused if it stays so
        {"01/02/2024|13/13/2024", false}, // still either order
        {"01/02/2024|13/13/2024|13/02/2024", true},
        {"2024-03-05 25:00", true},
    }));
    INFO(values);
    const auto learnt = learn({u"Created"_s}, QString::fromUtf8(values));
    CHECK(learnt.settled == settled);
}

TEST_CASE("Two-digit years are within 80 years before and 20 after the reference year",
          "[csv][dates]")
{
    const Zone zone("UTC");
    const auto [referenceYear, value, year] = GENERATE(table<int, const char*, int>({
        {2026, "15.03.69", 1969},
        {2026, "15.03.45", 2045},
        {2026, "15.03.46", 1946},
        {2026, "15.03.00", 2000},
        {2026, "15.03.99", 1999},
        {2090, "15.03.09", 2109},
        {2090, "15.03.10", 2010},
        {1999, "15.03.19", 1919},
        {1999, "15.03.18", 2018},
    }));
    INFO(referenceYear << " " << value);
    DateDetector detector(referenceYear);
    detector.addColumn(u"Created"_s);
    detector.add(0, QString::fromUtf8(value));
    const auto formats = detector.result();
    REQUIRE(formats.has_value());
    CHECK(read(formats->front(), QString::fromUtf8(value)) == utc(year, 3, 15));
    const auto named = dateFormatFromString(u"dd.MM.yy"_s, referenceYear);
    REQUIRE(named.has_value());
    CHECK(read(*named, QString::fromUtf8(value)) == utc(year, 3, 15));
}

TEST_CASE("A column of Excel serial dates reads in Excel's 1900 date system", "[csv][dates]")
{
    const Zone zone("UTC");
    const auto format = learnColumn("45356.5|45357|45356.25");
    REQUIRE(format.has_value());
    CHECK(format->pattern() == u"Excel serial dates"_s);
    const auto excel = dateFormatFromString(u"excel"_s);
    REQUIRE(excel.has_value());
    const auto [value, at] = GENERATE(table<const char*, QDateTime>({
        {"45356.5", utc(2024, 3, 5, 12, 0)},
        {"45357", utc(2024, 3, 6)},
        {"45356.25", utc(2024, 3, 5, 6, 0)},
        {"45356,75", utc(2024, 3, 5, 18, 0)},
        {"45356.999999999", utc(2024, 3, 6)}, // to the nearest second
        {"20000", utc(1954, 10, 3)},
        {"79999", utc(2119, 1, 10)},
    }));
    INFO(value);
    CHECK(read(*format, QString::fromUtf8(value)) == at);
    CHECK(read(*excel, QString::fromUtf8(value)) == at);
    // --date-format excel reads any serial, with the 1900 leap-year bug
    CHECK(read(*excel, u"1"_s) == utc(1900, 1, 1));
    CHECK(read(*excel, u"59"_s) == utc(1900, 2, 28));
    CHECK(read(*excel, u"61"_s) == utc(1900, 3, 1));
    CHECK(read(*excel, u"367"_s) == utc(1901, 1, 1));
    CHECK(excel->parse(u"60").error() ==
          u"'60' is 1900-02-29 in Excel, a day that never was (Excel counts 1900 as a leap "
          u"year)."_s);
    CHECK_FALSE(excel->parse(u"0").has_value());
    CHECK_FALSE(format->parse(u"45356.5.1").has_value());
}

TEST_CASE("The fast reading of YYYY-MM-DD HH:MM:SS gives the parts the general one gives",
          "[csv][dates]")
{
    // split() reads these two forms by position; any other text, and any of these, must come
    // out of it as the general reading takes it apart (the import's dates, the detector's
    // patterns and the rows it refuses all follow from the parts).
    const char* raw =
        GENERATE(as<const char*>{}, "2024-03-05", "2024-03-05 14:22:10", "1999-12-31 23:59:59",
                 "0000-00-00 00:00:00", "2024-02-30 24:60:60", "2024-13-45 99:99:99",
                 "2024-03-05T14:22:10", "2024-03-05 14:22", "2024-3-05 14:22:10",
                 "2024/03/05 14:22:10", "2024-03-05 14:22:1x", "2024-03-0a", "20240-3-05",
                 "2024-03-05Z", "2024-03-05 14:22:10Z", "05-03-2024", "-024-03-05");
    const QString value = QString::fromLatin1(raw);
    datetext::Fields fast;
    datetext::Fields general;
    const bool fastRead = datetext::split(value, fast);
    const bool generalRead = datetext::splitAnyForm(value, general);
    INFO(raw);
    CHECK(fastRead == generalRead);
    if (!fastRead)
        return;
    const auto parts = [](const datetext::Fields& f) {
        return std::make_tuple(f.layout, f.separator, f.first, f.second, f.year, f.firstDigits,
                               f.secondDigits, f.yearDigits, f.longMonthName, f.commaAfterDay,
                               f.weekday, f.hasTime, f.timeAfterT, f.commaBeforeTime, f.hourDigits,
                               f.hasSeconds, f.fractionDigits, f.halfDay, f.timeFault, f.clockHour,
                               f.hour, f.minute, f.second_, f.offsetSecs, f.spaceBeforeZone, f.zone,
                               f.zoneText.toString());
    };
    CHECK(parts(fast) == parts(general));
}
