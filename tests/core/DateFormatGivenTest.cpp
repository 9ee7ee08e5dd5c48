// The date format a user gives an import: Qt's tokens, epoch and zones; a value that does not
// match it is shown a pattern that would; an unusable one is refused; the one a note suggests reads
// the columns it is about. Split from DateFormatsTest.cpp.
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

TEST_CASE("The --date-format option takes Qt's tokens, epoch and zones", "[csv][dates]")
{
    const Zone zone("UTC");
    const auto [pattern, value, at] = GENERATE(table<const char*, const char*, QDateTime>({
        {"dd/MM/yyyy HH:mm", "31/12/2023 13:45", utc(2023, 12, 31, 13, 45)},
        {"dd/MMM/yy h:mm AP", "05/Mar/24 2:22 PM", utc(2024, 3, 5, 14, 22)}, // c04
        {"dd/MM/yy", "31/12/45", utc(2045, 12, 31)},
        {"dd/MM/yy", "01/01/46", utc(1946, 1, 1)},
        {"dd.MM.yy", "15.03.69", utc(1969, 3, 15)},
        {"excel", "45356.5", utc(2024, 3, 5, 12, 0)},
        {"Excel", "1", utc(1900, 1, 1)},
        {"M/d/yyyy h:mm ap", "3/5/2024 12:15 am", utc(2024, 3, 5, 0, 15)}, // c14a
        {"yyyy-MM-dd HH:mm:ss t", "2024-03-05 14:22:10 +0100", utc(2024, 3, 5, 13, 22, 10)},
        {"yyyy-MM-dd HH:mm t", "2024-03-05 14:22 UTC", utc(2024, 3, 5, 14, 22)},
        {"dd.MM.yy HH:mm t", "05.03.24 14:22 -05:00", utc(2024, 3, 5, 19, 22)},
        {"epoch", "1709644930", utc(2024, 3, 5, 13, 22, 10)},
        {"epoch", "1709644930123", utc(2024, 3, 5, 13, 22, 10)},
        {"EPOCH", "86400", utc(1970, 1, 2)},
        // the date part of a pattern with a time reads a date alone (c10d) …
        {"MM/dd/yyyy HH:mm", "01/02/2024", utc(2024, 1, 2)},
        {"dd/MMM/yy h:mm AP", "05/Mar/24", utc(2024, 3, 5)},
        // … and a date-only pattern reads a date with any time after it
        {"MM/dd/yyyy", "04/03/2024 09:00", utc(2024, 4, 3, 9, 0)},
        {"MM/dd/yyyy", "04/03/2024 9:00 PM", utc(2024, 4, 3, 21, 0)},
        {"d MMMM yyyy", "5 March 2024 14:22", utc(2024, 3, 5, 14, 22)},
        {"yyyy-MM-dd", "2024-03-05T14:22:10+01:00", utc(2024, 3, 5, 13, 22, 10)},
        {"yyyyMMdd", "20230601", utc(2023, 6, 1)},
    }));
    INFO(pattern << " " << value);
    const auto format = dateFormatFromString(QString::fromUtf8(pattern), kYear);
    REQUIRE(format.has_value());
    CHECK(read(*format, QString::fromUtf8(value)) == at);
}

TEST_CASE("A value that does not match the date format is shown a pattern that would",
          "[csv][dates]")
{
    const auto [pattern, value, error] = GENERATE(table<const char*, const char*, const char*>({
        {"dd/MM/yyyy", "05/Mar/24 2:22 PM",
         "'05/Mar/24 2:22 PM' does not match the date format dd/MM/yyyy; it looks like dd/MMM/yy "
         "h:mm AP."},
        {"dd/MM/yyyy", "2024-03-05 14:22:10 +0100",
         "'2024-03-05 14:22:10 +0100' does not match the date format dd/MM/yyyy; it looks like "
         "yyyy-MM-dd HH:mm:ss t."},
        {"yyyy-MM-dd", "05/03/2024",
         "'05/03/2024' does not match the date format yyyy-MM-dd; it looks like dd/MM/yyyy or "
         "MM/dd/yyyy."},
        {"yyyy-MM-dd", "3/25/2024 11:59 PM",
         "'3/25/2024 11:59 PM' does not match the date format yyyy-MM-dd; it looks like M/dd/yyyy "
         "hh:mm AP."},
        {"yyyy-MM-dd", "1709644930",
         "'1709644930' does not match the date format yyyy-MM-dd; it looks like epoch."},
        {"yyyy-MM-dd", "soon", "'soon' does not match the date format yyyy-MM-dd."},
        {"yyyy-MM-dd", "45356.5",
         "'45356.5' does not match the date format yyyy-MM-dd; it looks like an Excel serial "
         "date."},
        {"dd/MM/yyyy HH:mm", "05/03/2024 25:00",
         "'05/03/2024 25:00' is not a real time (hours go from 00 to 23)."},
        {"excel", "soon", "'soon' is not an Excel serial date (a number of days, as 45356.5)."},
        {"dd/MM/yyyy", "30/02/2024",
         "'30/02/2024' is not a real date (February 2024 has 29 days)."},
        {"epoch", "2024-03-05",
         "'2024-03-05' is not a Unix time in seconds or milliseconds (epoch (seconds, or "
         "milliseconds by length))."},
    }));
    INFO(pattern << " " << value);
    const auto format = dateFormatFromString(QString::fromUtf8(pattern));
    REQUIRE(format.has_value());
    CHECK(format->parse(QString::fromUtf8(value)).error() == QString::fromUtf8(error));
}

TEST_CASE("An unusable --date-format is refused in one sentence", "[csv][dates]")
{
    for (const QString& bad : {u"HH:mm"_s, u"nonsense"_s, QString(), u"  "_s}) {
        INFO(bad.toStdString());
        CHECK(
            dateFormatFromString(bad).error() ==
            u"'"_s + bad +
                u"' is not a usable date format; write it with yyyy (or yy), MM (or MMM), dd, "
                u"HH (or h and AP), mm and ss, as in dd/MM/yyyy HH:mm, or write epoch or excel."_s);
    }
}

TEST_CASE("The --date-format a note suggests reads the columns it is about", "[csv][dates]")
{
    const test::FrontEnd cli(test::FrontEnd::Cli); // the flags these sentences name
    const Zone zone("UTC");
    struct Case {
        QStringList headers;
        QString rows;
        QString shape; // the date as the note shows it
        std::vector<std::pair<QString, QDateTime>> monthFirst;
    };
    const auto c = GENERATE(values<Case>({
        {{u"Created"_s},
         u"03/04/24 10:00|01/02/24 09:05"_s,
         u"DD/MM/YY"_s,
         {{u"03/04/24 10:00"_s, utc(2024, 3, 4, 10, 0)},
          {u"01/02/24 09:05"_s, utc(2024, 1, 2, 9, 5)}}},
        {{u"Created"_s},
         u"03-04-24|05-06-24"_s,
         u"DD-MM-YY"_s,
         {{u"03-04-24"_s, utc(2024, 3, 4)}, {u"05-06-24"_s, utc(2024, 5, 6)}}},
        {{u"Created"_s},
         u"03/04/2024 2:05 PM|11/12/2024 10:00 AM|1/2/2024 9:00 am"_s,
         u"DD/MM/YYYY"_s,
         {{u"03/04/2024 2:05 PM"_s, utc(2024, 3, 4, 14, 5)},
          {u"11/12/2024 10:00 AM"_s, utc(2024, 11, 12, 10, 0)}}},
        {{u"Date of Purchase"_s, u"Created"_s},
         u"01/02/2024;04/03/2024 09:00|02/01/2024;02/05/2024 11:30"_s,
         u"DD/MM/YYYY"_s,
         {{u"01/02/2024"_s, utc(2024, 1, 2)},
          {u"02/01/2024"_s, utc(2024, 2, 1)},
          {u"04/03/2024 09:00"_s, utc(2024, 4, 3, 9, 0)},
          {u"02/05/2024 11:30"_s, utc(2024, 2, 5, 11, 30)}}},
        {{u"Created"_s},
         u"3/4/24 9:00|10/11/24 10:00"_s,
         u"DD/MM/YY"_s,
         {{u"3/4/24 9:00"_s, utc(2024, 3, 4, 9, 0)},
          {u"10/11/24 10:00"_s, utc(2024, 10, 11, 10, 0)}}},
    }));
    INFO(c.rows.toStdString());
    const auto learnt = learn(c.headers, c.rows);
    REQUIRE(learnt.formats.has_value());
    const auto match = QRegularExpression(u"^Every date could be day first or month first; they "
                                          u"were read day first \\((.*)\\): use --date-format "
                                          u"(.*) if they are month first\\.$"_s)
                           .match(learnt.notes.value(0));
    REQUIRE(match.hasMatch());
    CHECK(match.captured(1) == c.shape);
    // The flag's value as one shell word: quoted where it holds a space.
    QString given = match.captured(2);
    INFO(given.toStdString());
    if (given.size() > 1 && given.startsWith(u'\'') && given.endsWith(u'\''))
        given = given.mid(1, given.size() - 2);
    const auto named = dateFormatFromString(given, kYear);
    REQUIRE(named.has_value());
    for (const auto& [value, at] : c.monthFirst) {
        INFO(value.toStdString());
        CHECK(read(*named, value) == at);
    }
}
