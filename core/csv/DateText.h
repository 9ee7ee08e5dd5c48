// The reading of a date-time value into its parts, shared by DateFormat (DateFormats.cpp) and
// DateDetector (DateDetector.cpp): split() takes a value apart (which number is the day is
// decided later), the epoch and Excel serial forms, and describe() writes the form back as a
// person or Qt would. Internal to core/csv; the definitions are in DateText.cpp.
#pragma once

#include "csv/DateFormats.h"

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace fd::datetext {

using Kind = DateFormat::Kind;
using Layout = DateFormat::Layout;

// Excel serial days of 1954-10-03 and 2119-01-11: the plausible range of a column of them.
constexpr int kExcelLow = 20000;
constexpr int kExcelHigh = 80000;

bool isDigit(QChar c);
bool isLetter(QChar c); // an ASCII letter, either case
qsizetype skipSpaces(QStringView t, qsizetype i);

// One value split into its parts, before anyone decides which number is the day.
struct Fields {
    Layout layout = Layout::YearFirst;
    char16_t separator = 0;
    // YearFirst and NameDay: month, day; DayName: day, month; Numbers: as written.
    int first = 0;
    int second = 0;
    int year = 0;
    quint8 firstDigits = 0; // 0 for a month name
    quint8 secondDigits = 0;
    quint8 yearDigits = 4;
    bool longMonthName = false;
    bool commaAfterDay = false; // NameDay: "Mar 5, 2024"
    quint8 weekday = 0;         // 0 none, 3 abbreviated, 4 in full
    // The time.
    bool hasTime = false;
    bool timeAfterT = false;
    bool commaBeforeTime = false;
    quint8 hourDigits = 2;
    bool hasSeconds = false;
    quint8 fractionDigits = 0;
    quint8 halfDay = 0;     // 0 none, 'A' "AM", 'a' "am"
    bool timeFault = false; // a part out of range (hour 25, minute 61, 13 PM): see clockHour
    int clockHour = 0;      // the hour as written (before AM/PM)
    int hour = 0;
    int minute = 0;
    int second_ = 0;
    // The zone.
    std::optional<int> offsetSecs;
    bool spaceBeforeZone = false;
    enum class Zone : quint8 { None, Z, Offset, Word } zone = Zone::None;
    QStringView zoneText; // as written, for the pattern
};

// The clock at i to the end: "H:MM[:SS[.fff]]", then AM/PM, then a zone.
bool readTime(QStringView t, qsizetype i, Fields& f);

// Splits a value (trimmed, not empty) into its parts; false if it is none of the forms.
// Numbers out of range (month 13, day 32, hour 25) still split: see possibleDate().
bool split(QStringView t, Fields& f);
// split() without its fast reading of YYYY-MM-DD[ HH:MM:SS] by position (for the tests that
// hold the two to the same parts).
bool splitAnyForm(QStringView t, Fields& f);

// Unix seconds of a whole-number value of 9-10 digits (seconds) or 12-13 (milliseconds)
// within 1990-2100; with `anyLength`, of any whole number (--date-format epoch).
std::optional<qint64> epochSeconds(QStringView t, bool anyLength);

// An Excel serial date: whole days since 1899-12-31 (serial 1 is 1900-01-01), then the
// time as a fraction of a day, read to the nearest second. Excel's 1900 date system counts
// a 1900-02-29 that never was (serial 60, refused), so serials from 61 on are one day
// after their count. With `anyRange`, any serial from 1 (--date-format excel); else
// only 5 digits before the fraction within kExcelLow-kExcelHigh (a column of them).
struct ExcelSerial {
    int days = 0;
    int secs = 0; // into the day, 0-86399
};

std::optional<ExcelSerial> excelSerial(QStringView t, bool anyRange);

// A value that looks like a number of days (an Excel serial date outside the range of a
// column of them): digits, a point and digits.
bool looksLikeSerial(QStringView t);

// The year of a two-digit year: the one within 80 years before and 20 years after the
// reference year (see DateFormats.h); 0 is the current year.
int twoDigitYear(int yy, int referenceYear);

// Whether split parts can be a date at all, whatever the calendar says (DateText.cpp).
bool possibleDate(const Fields& f);

bool hasDigit(QStringView t);

// Year, month and day of split parts, in the given order for Layout::Numbers; a two-digit
// year by twoDigitYear.
void yearMonthDay(const Fields& f, bool dayFirst, int referenceYear, int& year, int& month,
                  int& day);

ParsedInstant instantOf(const QDate& date, const Fields& f);

enum class Style { People, Qt };

// How a value is written: "DD/MM/YYYY HH:MM" for people, "dd/MM/yyyy HH:mm" for Qt.
QString describe(const Fields& f, bool dayFirst, Style style);

// " (line N)" for a message, or nothing for line 0.
QString lineText(qint64 line);

} // namespace fd::datetext
