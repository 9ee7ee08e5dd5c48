// How a date-time value is read into its parts and written back (declared in DateText.h): the
// tokens of a value (numbers, month and weekday names, a clock, a zone), split(), the epoch and
// Excel serial forms, and describe().
#include "csv/DateText.h"

#include "common/TimeUnits.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <QTimeZone>

namespace fd::datetext {

using namespace Qt::StringLiterals;

namespace {

// Unix seconds of 1990-01-01 and 2100-01-01: the plausible range of an epoch column.
constexpr qint64 kEpochLow = 631152000;
constexpr qint64 kEpochHigh = 4102444800;

} // namespace

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isLetter(QChar c)
{
    const char16_t u = c.unicode() | 0x20;
    return u >= u'a' && u <= u'z';
}

namespace {

// Reads minCount..maxCount digits at i, not followed by another digit.
bool readNumber(QStringView t, qsizetype& i, int minCount, int maxCount, int& value,
                int* count = nullptr)
{
    int n = 0;
    value = 0;
    while (i < t.size() && n < maxCount && isDigit(t[i])) {
        value = value * 10 + (t[i].unicode() - u'0');
        ++i;
        ++n;
    }
    if (count)
        *count = n;
    return n >= minCount && (i == t.size() || !isDigit(t[i]));
}

bool at(QStringView t, qsizetype i, char16_t c)
{
    return i < t.size() && t[i].unicode() == c;
}

} // namespace

qsizetype skipSpaces(QStringView t, qsizetype i)
{
    while (i < t.size() && t[i].unicode() == u' ')
        ++i;
    return i;
}

namespace {

QStringView word(QStringView t, qsizetype& i)
{
    const qsizetype start = i;
    while (i < t.size() && isLetter(t[i]))
        ++i;
    return t.sliced(start, i - start);
}

constexpr const char16_t* kMonths[] = {u"january",   u"february", u"march",    u"april",
                                       u"may",       u"june",     u"july",     u"august",
                                       u"september", u"october",  u"november", u"december"};
constexpr const char16_t* kWeekdays[] = {u"monday", u"tuesday",  u"wednesday", u"thursday",
                                         u"friday", u"saturday", u"sunday"};

// 1-12 for an English month name or its three-letter abbreviation ("Sept" too), else 0.
int monthNumber(QStringView name, bool& full)
{
    if (name.size() < 3)
        return 0;
    for (int m = 0; m < 12; ++m) {
        const QStringView month(kMonths[m]);
        if (name.compare(month, Qt::CaseInsensitive) == 0) {
            full = name.size() > 3 || month.size() == 3; // "May" reads as MMM
            return m + 1;
        }
        if (name.size() == 3 && name.compare(month.first(3), Qt::CaseInsensitive) == 0) {
            full = false;
            return m + 1;
        }
    }
    full = false;
    return name.compare(u"sept", Qt::CaseInsensitive) == 0 ? 9 : 0;
}

quint8 weekdayForm(QStringView name)
{
    for (const char16_t* day : kWeekdays) {
        const QStringView full(day);
        if (name.compare(full, Qt::CaseInsensitive) == 0)
            return 4;
        if (name.size() == 3 && name.compare(full.first(3), Qt::CaseInsensitive) == 0)
            return 3;
    }
    return 0;
}

// "±HH", "±HHMM", "±HH:MM", or after UTC/GMT also "±H" and "±H:MM".
bool readOffset(QStringView t, qsizetype& i, bool afterWord, int& secs)
{
    const int sign = t[i].unicode() == u'-' ? -1 : 1;
    ++i;
    int hours = 0;
    int minutes = 0;
    int digits = 0;
    if (!readNumber(t, i, afterWord ? 1 : 2, 4, hours, &digits) || digits == 3)
        return false;
    if (digits == 4) {
        minutes = hours % 100;
        hours /= 100;
    } else if (at(t, i, u':')) {
        ++i;
        if (!readNumber(t, i, 2, 2, minutes))
            return false;
    }
    if (hours > 14 || minutes > 59)
        return false;
    secs = sign * (hours * 3600 + minutes * 60);
    return true;
}

// The zone at i to the end: "Z", "UTC", "GMT", "UTC+1", "+0100", "-05:00", …
bool readZone(QStringView t, qsizetype i, Fields& f)
{
    const qsizetype start = i;
    if (at(t, i, u'Z') && i + 1 == t.size()) {
        f.zone = Fields::Zone::Z;
        f.offsetSecs = 0;
        ++i;
    } else if (at(t, i, u'+') || at(t, i, u'-')) {
        int secs = 0;
        if (!readOffset(t, i, false, secs))
            return false;
        f.zone = Fields::Zone::Offset;
        f.offsetSecs = secs;
    } else {
        const QStringView name = word(t, i);
        if (name.compare(u"UTC", Qt::CaseInsensitive) != 0 &&
            name.compare(u"GMT", Qt::CaseInsensitive) != 0)
            return false;
        int secs = 0;
        if ((at(t, i, u'+') || at(t, i, u'-')) && !readOffset(t, i, true, secs))
            return false;
        f.zone = Fields::Zone::Word;
        f.offsetSecs = secs;
    }
    f.zoneText = t.sliced(start, i - start);
    return i == t.size();
}

} // namespace

// The clock at i to the end: "H:MM[:SS[.fff]]", then AM/PM, then a zone.
bool readTime(QStringView t, qsizetype i, Fields& f)
{
    int digits = 0;
    if (!readNumber(t, i, 1, 2, f.hour, &digits) || !at(t, i++, u':') ||
        !readNumber(t, i, 2, 2, f.minute))
        return false;
    f.hourDigits = static_cast<quint8>(digits);
    if (at(t, i, u':')) {
        ++i;
        if (!readNumber(t, i, 2, 2, f.second_))
            return false;
        f.hasSeconds = true;
        if (at(t, i, u'.') || at(t, i, u',')) {
            ++i;
            int fractionDigits = 0;
            // Up to nine digits (nanoseconds); the value is dropped, only the digits read.
            while (i < t.size() && isDigit(t[i]) && fractionDigits < 9) {
                ++i;
                ++fractionDigits;
            }
            if (fractionDigits == 0 || (i < t.size() && isDigit(t[i])))
                return false;
            f.fractionDigits = static_cast<quint8>(fractionDigits);
        }
    }
    f.clockHour = f.hour;
    qsizetype j = skipSpaces(t, i);
    if (j + 1 < t.size() && (t[j + 1].unicode() | 0x20) == u'm' &&
        ((t[j].unicode() | 0x20) == u'a' || (t[j].unicode() | 0x20) == u'p') &&
        (j + 2 == t.size() || !isLetter(t[j + 2]))) {
        const bool pm = (t[j].unicode() | 0x20) == u'p';
        f.halfDay = t[j].isUpper() ? 'A' : 'a';
        f.timeFault = f.hour < 1 || f.hour > 12;
        f.hour = f.hour % 12 + (pm ? 12 : 0);
        i = j + 2;
        j = skipSpaces(t, i);
    }
    // A time of the right shape with a part out of range is still read: the value's row is
    // refused (DateFormat::parse), not its column's format.
    f.timeFault = f.timeFault || f.hour > 23 || f.minute > 59 || f.second_ > 59;
    f.hasTime = true;
    if (j == t.size())
        return true;
    f.spaceBeforeZone = j > i;
    return readZone(t, j, f);
}

namespace {

// What follows a date: the end, or a time after a space, a comma or (year first) a `T`.
bool readAfterDate(QStringView t, qsizetype i, Fields& f)
{
    if (i == t.size())
        return true;
    if (at(t, i, u'T') && f.layout == Layout::YearFirst) {
        f.timeAfterT = true;
        return readTime(t, i + 1, f);
    }
    if (at(t, i, u',')) {
        f.commaBeforeTime = true;
        ++i;
    }
    const qsizetype j = skipSpaces(t, i);
    if (j == i || j == t.size())
        return false;
    return readTime(t, j, f);
}

bool readYear(QStringView t, qsizetype& i, Fields& f)
{
    int digits = 0;
    if (!readNumber(t, i, 2, 4, f.year, &digits) || digits == 3)
        return false;
    f.yearDigits = static_cast<quint8>(digits); // two digits: see twoDigitYear
    return true;
}

} // namespace

namespace {

// "YYYY-MM-DD" and "YYYY-MM-DD HH:MM:SS", the forms of FunnelDesk's own exports and of most
// helpdesks', read by position (an import reads millions): the parts split() sets for them
// and nothing else, or false for any other text, which split() then reads its general way.
bool splitIso(QStringView t, Fields& f)
{
    const qsizetype n = t.size();
    if ((n != 10 && n != 19) || t[4] != u'-' || t[7] != u'-')
        return false;
    for (const qsizetype i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (!isDigit(t[i]))
            return false;
    }
    if (n == 19) {
        if (t[10] != u' ' || t[13] != u':' || t[16] != u':')
            return false;
        for (const qsizetype i : {11, 12, 14, 15, 17, 18}) {
            if (!isDigit(t[i]))
                return false;
        }
    }
    const auto number = [&](qsizetype i, int digits) {
        int value = 0;
        for (int k = 0; k < digits; ++k)
            value = value * 10 + (t[i + k].unicode() - u'0');
        return value;
    };
    f.layout = Layout::YearFirst;
    f.separator = u'-';
    f.year = number(0, 4);
    f.first = number(5, 2);
    f.firstDigits = 2;
    f.second = number(8, 2);
    f.secondDigits = 2;
    if (n == 10)
        return true;
    f.hour = number(11, 2); // readTime's parts
    f.hourDigits = 2;
    f.minute = number(14, 2);
    f.second_ = number(17, 2);
    f.hasSeconds = true;
    f.clockHour = f.hour;
    f.timeFault = f.timeFault || f.hour > 23 || f.minute > 59 || f.second_ > 59;
    f.hasTime = true;
    return true;
}

} // namespace

// Splits a value (trimmed, not empty) into its parts; false if it is none of the forms.
// Numbers out of range (month 13, day 32, hour 25) still split: see possibleDate().
bool split(QStringView t, Fields& f)
{
    if (splitIso(t, f))
        return true;
    return splitAnyForm(t, f);
}

bool splitAnyForm(QStringView t, Fields& f)
{
    qsizetype i = 0;
    if (i < t.size() && isLetter(t[i])) {
        qsizetype j = i;
        const QStringView name = word(t, j);
        if (const quint8 weekday = weekdayForm(name); weekday != 0) {
            f.weekday = weekday;
            if (at(t, j, u','))
                ++j;
            i = skipSpaces(t, j);
            if (i == j)
                return false;
        }
    }
    if (i < t.size() && isLetter(t[i])) { // Mar 5, 2024
        const QStringView name = word(t, i);
        f.first = monthNumber(name, f.longMonthName);
        if (f.first == 0 || !at(t, i, u' '))
            return false;
        i = skipSpaces(t, i);
        int digits = 0;
        if (!readNumber(t, i, 1, 2, f.second, &digits))
            return false;
        f.secondDigits = static_cast<quint8>(digits);
        f.layout = Layout::NameDay;
        f.separator = u' ';
        if (at(t, i, u',')) {
            f.commaAfterDay = true;
            ++i;
        }
        const qsizetype j = skipSpaces(t, i);
        if (j == i)
            return false;
        i = j;
        int yearDigits = 0;
        if (!readNumber(t, i, 4, 4, f.year, &yearDigits))
            return false;
        return readAfterDate(t, i, f);
    }
    int digits = 0;
    if (!readNumber(t, i, 1, 4, f.first, &digits) || digits == 3 || i == t.size())
        return false;
    f.firstDigits = static_cast<quint8>(digits);
    const char16_t separator = t[i].unicode();
    f.separator = separator;
    if (digits == 4) { // 2024-03-05, 2024/03/05, 2024.03.05
        if (separator != u'-' && separator != u'/' && separator != u'.')
            return false;
        f.layout = Layout::YearFirst;
        f.year = f.first;
        ++i;
        if (!readNumber(t, i, 1, 2, f.first, &digits) || !at(t, i++, separator))
            return false;
        f.firstDigits = static_cast<quint8>(digits);
        if (!readNumber(t, i, 1, 2, f.second, &digits))
            return false;
        f.secondDigits = static_cast<quint8>(digits);
        return readAfterDate(t, i, f);
    }
    if (separator != u'-' && separator != u'/' && separator != u'.' && separator != u' ')
        return false;
    ++i;
    if (i < t.size() && isLetter(t[i])) { // 05-Mar-2024, 05/Mar/24, 5 March 2024
        f.layout = Layout::DayName;
        f.second = monthNumber(word(t, i), f.longMonthName);
        if (f.second == 0 || !at(t, i++, separator))
            return false;
        f.secondDigits = 0;
        return readYear(t, i, f) && readAfterDate(t, i, f);
    }
    if (separator == u' ') // "05 03 2024" is no form anyone writes
        return false;
    f.layout = Layout::Numbers;
    if (!readNumber(t, i, 1, 2, f.second, &digits) || !at(t, i++, separator))
        return false;
    f.secondDigits = static_cast<quint8>(digits);
    return readYear(t, i, f) && readAfterDate(t, i, f);
}

// Unix seconds of a whole-number value of 9-10 digits (seconds) or 12-13 (milliseconds)
// within 1990-2100; with `anyLength`, of any whole number (--date-format epoch).
std::optional<qint64> epochSeconds(QStringView t, bool anyLength)
{
    const qsizetype n = t.size();
    if (n == 0 || n > 13 || !std::all_of(t.begin(), t.end(), isDigit))
        return std::nullopt;
    if (!anyLength && n != 9 && n != 10 && n != 12 && n != 13)
        return std::nullopt;
    const qint64 number = t.toLongLong();
    const qint64 secs = n >= 12 ? number / 1000 : number;
    if (!anyLength && (secs < kEpochLow || secs >= kEpochHigh))
        return std::nullopt;
    return secs;
}

std::optional<ExcelSerial> excelSerial(QStringView t, bool anyRange)
{
    qsizetype i = 0;
    int days = 0;
    int digits = 0;
    if (!readNumber(t, i, 1, 6, days, &digits) || (!anyRange && digits != 5))
        return std::nullopt;
    double fraction = 0;
    if (i < t.size()) {
        if ((t[i] != u'.' && t[i] != u',') || i + 1 == t.size() ||
            !std::all_of(t.begin() + i + 1, t.end(), isDigit))
            return std::nullopt;
        double scale = 1;
        for (qsizetype k = i + 1; k < t.size() && scale > 1e-12; ++k) {
            scale /= 10;
            fraction += (t[k].unicode() - u'0') * scale;
        }
    }
    if (anyRange ? days < 1 : (days < kExcelLow || days >= kExcelHigh))
        return std::nullopt;
    int secs = static_cast<int>(std::lround(fraction * static_cast<double>(kDay)));
    if (secs >= kDay) { // .9999999 rounds to the next midnight
        secs -= static_cast<int>(kDay);
        ++days;
    }
    return ExcelSerial{days, secs};
}

// A value that looks like a number of days (an Excel serial date outside the range of a
// column of them): digits, a point and digits.
bool looksLikeSerial(QStringView t)
{
    const qsizetype point = t.indexOf(u'.');
    return point > 0 && point + 1 < t.size() && point <= 6 &&
           std::all_of(t.begin(), t.begin() + point, isDigit) &&
           std::all_of(t.begin() + point + 1, t.end(), isDigit);
}

namespace {

int currentYear()
{
    return QDate::currentDate().year();
}

} // namespace

// The year of a two-digit year: the one within 80 years before and 20 years after the
// reference year (see the header); 0 is the current year.
int twoDigitYear(int yy, int referenceYear)
{
    if (referenceYear == 0)
        referenceYear = currentYear();
    int year = referenceYear - referenceYear % 100 + yy;
    if (year >= referenceYear + 20)
        year -= 100;
    else if (year < referenceYear - 80)
        year += 100;
    return year;
}

// Whether split parts can be a date at all, whatever the calendar says (the 30th of
// February is a real date's shape; month 13 is not): a value that is not is its row's
// error, and proves no order of day and month. In Layout::Numbers, either order may be the
// one; dotted dates are day first. (A time out of range, as 25:00, is its row's error too,
// and does not matter here.)
bool possibleDate(const Fields& f)
{
    const auto day = [](int d) { return d >= 1 && d <= 31; };
    const auto month = [](int m) { return m >= 1 && m <= 12; };
    switch (f.layout) {
    case Layout::YearFirst:
    case Layout::NameDay:
        return month(f.first) && day(f.second);
    case Layout::DayName:
        return day(f.first) && month(f.second);
    case Layout::Numbers:
        if (f.separator == u'.')
            return day(f.first) && month(f.second);
        return day(f.first) && day(f.second) && (month(f.first) || month(f.second));
    }
    return false;
}

bool hasDigit(QStringView t)
{
    return std::any_of(t.begin(), t.end(), isDigit);
}

// Year, month and day of split parts, in the given order for Layout::Numbers; a two-digit
// year by twoDigitYear.
void yearMonthDay(const Fields& f, bool dayFirst, int referenceYear, int& year, int& month,
                  int& day)
{
    year = f.yearDigits == 2 ? twoDigitYear(f.year, referenceYear) : f.year;
    switch (f.layout) {
    case Layout::YearFirst:
    case Layout::NameDay:
        month = f.first;
        day = f.second;
        return;
    case Layout::DayName:
        day = f.first;
        month = f.second;
        return;
    case Layout::Numbers:
        day = dayFirst ? f.first : f.second;
        month = dayFirst ? f.second : f.first;
        return;
    }
}

ParsedInstant instantOf(const QDate& date, const Fields& f)
{
    const QTime time = f.hasTime ? QTime(f.hour, f.minute, f.second_) : QTime();
    if (f.offsetSecs) {
        constexpr qint64 kUnixEpochJulian = 2440588;
        const qint64 wall = (date.toJulianDay() - kUnixEpochJulian) * kDay +
                            (f.hasTime ? time.msecsSinceStartOfDay() / 1000 : 0);
        return {QDateTime::fromSecsSinceEpoch(wall - *f.offsetSecs, Qt::UTC), false};
    }
    return localToUtc(date, time);
}

// How a value is written: "DD/MM/YYYY HH:MM" for people, "dd/MM/yyyy HH:mm" for Qt.
QString describe(const Fields& f, bool dayFirst, Style style)
{
    const bool qt = style == Style::Qt;
    const auto number = [&](quint8 digits, char16_t letter) -> QString {
        const QString one(QChar(qt ? letter : QChar(letter).toUpper().unicode()));
        return qt && digits == 1 ? one : one + one;
    };
    const QString year =
        qt ? (f.yearDigits == 2 ? u"yy"_s : u"yyyy"_s) : (f.yearDigits == 2 ? u"YY"_s : u"YYYY"_s);
    const QString monthName = f.longMonthName ? u"MMMM"_s : u"MMM"_s;
    const QString sep(QChar(f.separator));
    QString text;
    if (f.weekday != 0)
        text += (qt ? (f.weekday == 4 ? u"dddd"_s : u"ddd"_s) : u"DDD"_s) + u", "_s;
    switch (f.layout) {
    case Layout::YearFirst:
        text += year + sep + number(f.firstDigits, u'M') + sep + number(f.secondDigits, u'd');
        break;
    case Layout::Numbers: {
        const QString first = number(f.firstDigits, dayFirst ? u'd' : u'M');
        const QString second = number(f.secondDigits, dayFirst ? u'M' : u'd');
        text += first + sep + second + sep + year;
        break;
    }
    case Layout::DayName:
        text += number(f.firstDigits, u'd') + sep + monthName + sep + year;
        break;
    case Layout::NameDay:
        text += monthName + u' ' + number(f.secondDigits, u'd') +
                (f.commaAfterDay ? u", "_s : u" "_s) + year;
        break;
    }
    if (!f.hasTime)
        return text;
    text += f.timeAfterT ? (qt ? u"'T'"_s : u"T"_s) : (f.commaBeforeTime ? u", "_s : u" "_s);
    if (f.halfDay != 0)
        text += qt ? number(f.hourDigits, u'h') : u"H"_s;
    else
        text += qt ? number(f.hourDigits, u'H') : u"HH"_s;
    text += qt ? u":mm"_s : u":MM"_s;
    if (f.hasSeconds)
        text += qt ? u":ss"_s : u":SS"_s;
    if (f.fractionDigits > 0)
        text += qt ? u".z"_s : u"."_s + QString(f.fractionDigits, u'F');
    if (f.halfDay != 0)
        text += qt ? (f.halfDay == 'A' ? u" AP"_s : u" ap"_s) : u" AM/PM"_s;
    if (f.zone != Fields::Zone::None) {
        if (f.spaceBeforeZone)
            text += u' ';
        if (qt)
            text += u't';
        else if (f.zone == Fields::Zone::Z)
            text += u"Z"_s;
        else if (f.zone == Fields::Zone::Word)
            text += f.zoneText.first(3).toString().toUpper() +
                    (f.zoneText.size() > 3 ? u"±HH"_s : QString());
        else
            text += f.zoneText.size() == 3      ? u"±HH"_s
                    : f.zoneText.contains(u':') ? u"±HH:MM"_s
                                                : u"±HHMM"_s;
    }
    return text;
}

QString lineText(qint64 line)
{
    return line > 0 ? DateDetector::tr(" (line %1)").arg(line) : QString();
}

} // namespace fd::datetext
