#include "csv/DateFormats.h"

#include "common/FrontEndHints.h"
#include "csv/Placeholders.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <QTimeZone>

namespace fd {

using namespace Qt::StringLiterals;

namespace {

using Kind = DateFormat::Kind;
using Layout = DateFormat::Layout;

// Unix seconds of 1990-01-01 and 2100-01-01: the plausible range of an epoch column.
constexpr qint64 kEpochLow = 631152000;
constexpr qint64 kEpochHigh = 4102444800;
// Excel serial days of 1954-10-03 and 2119-01-11: the plausible range of a column of them.
constexpr int kExcelLow = 20000;
constexpr int kExcelHigh = 80000;

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
    quint8 halfDay = 0; // 0 none, 'A' "AM", 'a' "am"
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

bool isDigit(QChar c) {
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isLetter(QChar c) {
    const char16_t u = c.unicode() | 0x20;
    return u >= u'a' && u <= u'z';
}

// Reads minCount..maxCount digits at i, not followed by another digit.
bool readNumber(QStringView t, qsizetype& i, int minCount, int maxCount, int& value,
                int* count = nullptr) {
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

bool at(QStringView t, qsizetype i, char16_t c) {
    return i < t.size() && t[i].unicode() == c;
}

qsizetype skipSpaces(QStringView t, qsizetype i) {
    while (i < t.size() && t[i].unicode() == u' ')
        ++i;
    return i;
}

QStringView word(QStringView t, qsizetype& i) {
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
int monthNumber(QStringView name, bool& full) {
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

quint8 weekdayForm(QStringView name) {
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
bool readOffset(QStringView t, qsizetype& i, bool afterWord, int& secs) {
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
bool readZone(QStringView t, qsizetype i, Fields& f) {
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

// The clock at i to the end: "H:MM[:SS[.fff]]", then AM/PM, then a zone.
bool readTime(QStringView t, qsizetype i, Fields& f) {
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

// What follows a date: the end, or a time after a space, a comma or (year first) a `T`.
bool readAfterDate(QStringView t, qsizetype i, Fields& f) {
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

bool readYear(QStringView t, qsizetype& i, Fields& f) {
    int digits = 0;
    if (!readNumber(t, i, 2, 4, f.year, &digits) || digits == 3)
        return false;
    f.yearDigits = static_cast<quint8>(digits); // two digits: see twoDigitYear
    return true;
}

// Splits a value (trimmed, not empty) into its parts; false if it is none of the forms.
// Numbers out of range (month 13, day 32, hour 25) still split: see possibleDate().
bool split(QStringView t, Fields& f) {
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
std::optional<qint64> epochSeconds(QStringView t, bool anyLength) {
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

// An Excel serial date: whole days since 1899-12-31 (serial 1 is 1900-01-01), then the
// time as a fraction of a day, read to the nearest second. Excel's 1900 date system counts
// a 1900-02-29 that never was (serial 60, refused), so serials from 61 on are one day
// after their count. With `anyRange`, any serial from 1 (--date-format excel); else
// only 5 digits before the fraction within kExcelLow-kExcelHigh (a column of them).
struct ExcelSerial {
    int days = 0;
    int secs = 0; // into the day, 0-86399
};

std::optional<ExcelSerial> excelSerial(QStringView t, bool anyRange) {
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
    int secs = static_cast<int>(std::lround(fraction * 86400));
    if (secs >= 86400) { // .9999999 rounds to the next midnight
        secs -= 86400;
        ++days;
    }
    return ExcelSerial{days, secs};
}

// A value that looks like a number of days (an Excel serial date outside the range of a
// column of them): digits, a point and digits.
bool looksLikeSerial(QStringView t) {
    const qsizetype point = t.indexOf(u'.');
    return point > 0 && point + 1 < t.size() && point <= 6 &&
           std::all_of(t.begin(), t.begin() + point, isDigit) &&
           std::all_of(t.begin() + point + 1, t.end(), isDigit);
}

int currentYear() {
    return QDate::currentDate().year();
}

// The year of a two-digit year: the one within 80 years before and 20 years after the
// reference year (see the header); 0 is the current year.
int twoDigitYear(int yy, int referenceYear) {
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
bool possibleDate(const Fields& f) {
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

bool hasDigit(QStringView t) {
    return std::any_of(t.begin(), t.end(), isDigit);
}

// Year, month and day of split parts, in the given order for Layout::Numbers; a two-digit
// year by twoDigitYear.
void yearMonthDay(const Fields& f, bool dayFirst, int referenceYear, int& year, int& month,
                  int& day) {
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

ParsedInstant instantOf(const QDate& date, const Fields& f) {
    const QTime time = f.hasTime ? QTime(f.hour, f.minute, f.second_) : QTime();
    if (f.offsetSecs) {
        constexpr qint64 kUnixEpochJulian = 2440588;
        const qint64 wall = (date.toJulianDay() - kUnixEpochJulian) * 86400 +
                            (f.hasTime ? time.msecsSinceStartOfDay() / 1000 : 0);
        return {QDateTime::fromSecsSinceEpoch(wall - *f.offsetSecs, Qt::UTC), false};
    }
    return localToUtc(date, time);
}

enum class Style { People, Qt };

// How a value is written: "DD/MM/YYYY HH:MM" for people, "dd/MM/yyyy HH:mm" for Qt.
QString describe(const Fields& f, bool dayFirst, Style style) {
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

QString lineText(qint64 line) {
    return line > 0 ? DateDetector::tr(" (line %1)").arg(line) : QString();
}

// The index of the first time token of a Qt date-time pattern (outside quotes), or -1.
qsizetype firstTimeToken(const QString& pattern) {
    bool quoted = false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const char16_t c = pattern[i].unicode();
        if (c == u'\'')
            quoted = !quoted;
        else if (!quoted && (c == u'H' || c == u'h' || c == u'm' || c == u's' || c == u'z' ||
                             c == u'a' || c == u'A' || c == u't'))
            return i;
    }
    return -1;
}

bool hasToken(const QString& pattern, char16_t token) {
    bool quoted = false;
    for (const QChar c : pattern) {
        if (c == u'\'')
            quoted = !quoted;
        else if (!quoted && c.unicode() == token)
            return true;
    }
    return false;
}

// Qt 6.4 reads yy as 1900-1999; the header's rule is twoDigitYear's.
QDate pivotYear(const QDate& date, bool twoDigits, int referenceYear) {
    if (!twoDigits || !date.isValid())
        return date;
    return date.addYears(twoDigitYear(date.year() % 100, referenceYear) - date.year());
}

// The instant of an Excel serial (local time); serial 60 is Excel's 1900-02-29.
Result<ParsedInstant> excelInstant(QStringView text, const ExcelSerial& serial) {
    if (serial.days == 60)
        return failure(DateFormat::tr("'%1' is 1900-02-29 in Excel, a day that never was (Excel "
                                      "counts 1900 as a leap year).")
                           .arg(text.toString()));
    const QDate date = QDate(1899, 12, serial.days < 60 ? 31 : 30).addDays(serial.days);
    const bool dateAlone = !text.contains(u'.') && !text.contains(u',');
    return localToUtc(date,
                      dateAlone ? QTime() : QTime::fromMSecsSinceStartOfDay(serial.secs * 1000));
}

} // namespace

// --- DateFormat ---

QString DateFormat::pattern() const {
    if (!m_pattern.isEmpty())
        return m_pattern;
    return u"YYYY"_s + QChar(m_separator) + u"MM"_s + QChar(m_separator) + u"DD"_s;
}

Result<ParsedInstant> DateFormat::parse(QStringView text) const {
    text = text.trimmed();
    if (m_kind == Kind::Qt)
        return parseQt(text);
    if (m_kind == Kind::Excel) {
        if (const auto serial = excelSerial(text, true))
            return excelInstant(text, *serial);
        return failure(tr("'%1' is not an Excel serial date (a number of days, as 45356.5).")
                           .arg(text.toString()));
    }
    if (m_kind == Kind::Epoch) {
        if (const auto secs = epochSeconds(text, true))
            return ParsedInstant{QDateTime::fromSecsSinceEpoch(*secs, Qt::UTC), false};
        return failure(tr("'%1' is not a Unix time in seconds or milliseconds (%2).")
                           .arg(text.toString(), pattern()));
    }
    Fields f;
    if (!text.isEmpty() && split(text, f) && f.layout == m_layout && f.separator == m_separator) {
        int year = 0;
        int month = 0;
        int day = 0;
        yearMonthDay(f, m_dayFirst, m_referenceYear, year, month, day);
        const QDate date(year, month, day);
        if (date.isValid() && !f.timeFault)
            return instantOf(date, f);
        if (!date.isValid())
            return failure(notARealDate(text, year, month, day));
        return failure(notARealTime(text, f.clockHour, f.minute, f.second_, f.halfDay != 0));
    }
    if (!m_column.isEmpty() && !hasDigit(text))
        return failure(tr("'%1' is not a date; the other values of column '%2' are %3.")
                           .arg(text.toString(), m_column, pattern()));
    return failure(tr("'%1' is not a date in the form %2.").arg(text.toString(), pattern()));
}

Result<ParsedInstant> DateFormat::parseQt(QStringView text) const {
    const QString value = text.toString();
    // With a zone in the pattern, the value says its instant; without one, Qt is asked
    // for the parts only (as UTC, so that a local time in a gap is not lost) and the
    // local time is converted by localToUtc's rules.
    if (m_qtHasZone) {
        // Qt 6.4 reads "UTC+1" but not "GMT+1", which means the same.
        QString zoned = value;
        if (const qsizetype gmt = zoned.indexOf(u"GMT"_s, 0, Qt::CaseInsensitive);
            gmt >= 0 && gmt + 3 < zoned.size() &&
            (zoned[gmt + 3] == u'+' || zoned[gmt + 3] == u'-'))
            zoned.replace(gmt, 3, u"UTC"_s);
        const QDateTime at = QDateTime::fromString(zoned, m_pattern);
        if (at.isValid()) {
            const QDate date = pivotYear(at.date(), m_qtTwoDigitYear, m_referenceYear);
            const QTime time(at.time().hour(), at.time().minute(), at.time().second());
            return ParsedInstant{
                QDateTime(date, time, Qt::OffsetFromUTC, at.offsetFromUtc()).toUTC(), false};
        }
    } else if (m_qtHasTime) {
        const QDateTime at = QDateTime::fromString(value + u" UTC"_s, m_pattern + u" t"_s);
        if (at.isValid()) {
            const QTime time(at.time().hour(), at.time().minute(), at.time().second());
            return localToUtc(pivotYear(at.date(), m_qtTwoDigitYear, m_referenceYear), time);
        }
    }
    const auto readDate = [&](const QString& v) {
        return pivotYear(QDate::fromString(v, m_qtDate), m_qtTwoDigitYear, m_referenceYear);
    };
    if (const QDate date = readDate(value); date.isValid()) // a date alone
        return localToUtc(date, QTime());
    if (!m_qtHasTime) { // a date-only pattern before a time: the date, then any time
        qsizetype i = 0;
        for (int runs = 0; i < text.size(); ++i) {
            if (text[i] == u' ' && (i == 0 || text[i - 1] != u' ') && runs++ == m_qtDateSpaces)
                break;
        }
        if (i == text.size()) { // 2024-03-05T14:22
            const qsizetype t = text.lastIndexOf(u'T');
            if (t > 0 && t + 1 < text.size() && isDigit(text[t + 1]))
                i = t;
        }
        Fields clock;
        if (i < text.size() && readTime(text, skipSpaces(text, i + 1), clock)) {
            if (const QDate date = readDate(text.first(i).toString()); date.isValid())
                return instantOf(date, clock);
        }
    }
    return failure(mismatch(text));
}

// Why a value does not match --date-format, with a pattern that would match it.
QString DateFormat::mismatch(QStringView text) const {
    Fields f;
    if (!text.isEmpty() && split(text, f)) {
        // The order a numbers value proves, else the user's own.
        bool dayFirst = m_pattern.indexOf(u'd') < m_pattern.indexOf(u'M');
        if (f.layout == Layout::Numbers && f.first > 12)
            dayFirst = true;
        else if (f.layout == Layout::Numbers && f.second > 12)
            dayFirst = false;
        int year = 0;
        int month = 0;
        int day = 0;
        yearMonthDay(f, dayFirst, m_referenceYear, year, month, day);
        if (QString reason = notARealDate(text, year, month, day); !reason.isEmpty())
            return reason;
        if (f.timeFault)
            return notARealTime(text, f.clockHour, f.minute, f.second_, f.halfDay != 0);
        QString suggestion = describe(f, dayFirst, Style::Qt);
        if (f.layout == Layout::Numbers && f.first <= 12 && f.second <= 12)
            suggestion =
                tr("%1 or %2").arg(describe(f, true, Style::Qt), describe(f, false, Style::Qt));
        return tr("'%1' does not match --date-format %2; it looks like %3.")
            .arg(text.toString(), m_pattern, suggestion);
    }
    if (epochSeconds(text, false))
        return tr("'%1' does not match --date-format %2; it looks like epoch.")
            .arg(text.toString(), m_pattern);
    if (excelSerial(text, false) || looksLikeSerial(text))
        return tr("'%1' does not match --date-format %2; it looks like an Excel serial date "
                  "(--date-format excel).")
            .arg(text.toString(), m_pattern);
    return tr("'%1' does not match --date-format %2.").arg(text.toString(), m_pattern);
}

Result<DateFormat> dateFormatFromString(const QString& userFormat, int referenceYear) {
    DateFormat format;
    format.m_referenceYear = referenceYear;
    const QString trimmed = userFormat.trimmed();
    if (trimmed.compare(u"epoch"_s, Qt::CaseInsensitive) == 0) {
        format.m_kind = Kind::Epoch;
        format.m_pattern = DateFormat::tr("epoch (seconds, or milliseconds by length)");
        return format;
    }
    if (trimmed.compare(u"excel"_s, Qt::CaseInsensitive) == 0) {
        format.m_kind = Kind::Excel;
        format.m_pattern = DateFormat::tr("Excel serial dates");
        return format;
    }
    format.m_kind = Kind::Qt;
    format.m_pattern = userFormat;
    const qsizetype timeAt = firstTimeToken(userFormat);
    format.m_qtHasTime = timeAt >= 0;
    format.m_qtDate = timeAt >= 0 ? userFormat.first(timeAt) : userFormat;
    while (!format.m_qtDate.isEmpty() && !isLetter(format.m_qtDate.back()) &&
           format.m_qtDate.back() != u'\'')
        format.m_qtDate.chop(1);
    if (format.m_qtDate.endsWith(u"'T'"_s))
        format.m_qtDate.chop(3);
    format.m_qtDateSpaces = 0;
    for (qsizetype i = 0; i < format.m_qtDate.size(); ++i) {
        if (format.m_qtDate[i] == u' ' && (i == 0 || format.m_qtDate[i - 1] != u' '))
            ++format.m_qtDateSpaces;
    }
    format.m_qtHasZone = hasToken(userFormat, u't');
    format.m_qtTwoDigitYear = userFormat.contains(u"yy"_s) && !userFormat.contains(u"yyyy"_s);
    // A format that reads back its own rendering of a known moment has a year, a month
    // and a day in it (its yy read in the probe's own century).
    const QDateTime probe(QDate(2024, 12, 31), QTime(13, 45, 30), Qt::UTC);
    format.m_referenceYear = probe.date().year();
    const auto back = trimmed.isEmpty() ? Result<ParsedInstant>(failure(QString()))
                                        : format.parse(probe.toString(userFormat));
    const QDate backDate =
        !back ? QDate() : (format.m_qtHasZone ? back->utc : back->utc.toLocalTime()).date();
    if (backDate != probe.date())
        return failure(DateFormat::tr("'%1' is not a usable date format; write it with yyyy (or "
                                      "yy), MM (or MMM), dd, HH (or h and AP), mm and ss, as in "
                                      "dd/MM/yyyy HH:mm, or write epoch or excel.")
                           .arg(userFormat));
    format.m_referenceYear = referenceYear;
    return format;
}

// --- DateDetector ---

struct DateDetector::Order {
    bool dayFirst = true;
    bool monthFirst = true;
    bool needed = false; // a numbers column not dotted has values
    const Column* dayProof = nullptr;
    const Column* monthProof = nullptr;
    const Column* ambiguous = nullptr; // the first column that needs the order
};

int DateDetector::addColumn(const QString& header) {
    m_columns.push_back(Column{});
    m_columns.back().header = header;
    return static_cast<int>(m_columns.size() - 1);
}

int DateDetector::addEvidenceColumn(const QString& header) {
    const int index = addColumn(header);
    m_columns.back().evidence = true;
    return index;
}

void DateDetector::add(int index, QStringView value, qint64 line) {
    Column& column = m_columns[static_cast<std::size_t>(index)];
    if (!column.error.isEmpty())
        return;
    value = value.trimmed();
    if (value.isEmpty() || isPlaceholder(value))
        return;
    Fields f;
    Kind kind = Kind::Written;
    if (!split(value, f)) {
        if (epochSeconds(value, false))
            kind = Kind::Epoch;
        else if (excelSerial(value, false))
            kind = Kind::Excel;
        else if (!hasDigit(value)) { // "soon", "TBD": a row's error, not another format
            if (column.word.isEmpty()) {
                column.word = value.toString();
                column.wordLine = line;
            }
            return;
        } else
            return fail(column, value, line);
    }
    const bool written = kind == Kind::Written;
    const bool fresh = !column.seen;
    if (fresh) {
        column.kind = kind;
        column.layout = f.layout;
        column.separator = f.separator;
        // Dotted dates are day first everywhere.
        column.monthFirst = !written || f.layout != Layout::Numbers || f.separator != u'.';
        column.seen = true;
        column.first = value.toString();
    } else if (column.kind != kind ||
               (written && (f.layout != column.layout || f.separator != column.separator))) {
        return fail(column, value, line);
    }
    if (!written || f.layout != Layout::Numbers)
        return;
    // Month 13, day 32, hour 25: that row's error (DateFormat::parse), no proof of an order.
    if (!possibleDate(f))
        return;
    column.shortNumbers = column.shortNumbers || f.firstDigits == 1 || f.secondDigits == 1 ||
                          (f.hasTime && f.hourDigits == 1);
    {
        const bool dayFirst = column.dayFirst && f.second <= 12;
        const bool monthFirst = column.monthFirst && f.first <= 12;
        if (!dayFirst && !monthFirst)
            return fail(column, value, line);
        if (!dayFirst && column.dayFirst) {
            column.monthProof = value.toString();
            column.monthProofLine = line;
        }
        if (!monthFirst && column.monthFirst) {
            column.dayProof = value.toString();
            column.dayProofLine = line;
        }
        column.dayFirst = dayFirst;
        column.monthFirst = monthFirst;
    }
}

void DateDetector::fail(Column& column, QStringView value, qint64 line) {
    if (!column.seen && looksLikeSerial(value)) {
        column.error = tr("Column '%1' holds numbers, not dates: '%2'%3 may be an Excel serial "
                          "date (a number of days since 1900) but is outside %4-%5, the range "
                          "read without options%6.")
                           .arg(column.header, value.toString(), lineText(line))
                           .arg(kExcelLow)
                           .arg(kExcelHigh - 1)
                           .arg(hints::clause(hints::Hint::DateExcel));
        return;
    }
    if (!column.seen) {
        column.error = tr("Column '%1' does not hold dates in a known format: '%2'%3 is none of "
                          "the forms read without options (such as 2024-03-05 14:22, "
                          "05/03/2024, 05-Mar-2024 2:22 PM, Mar 5, 2024 or epoch seconds)%4.")
                           .arg(column.header, value.toString(), lineText(line), hints::clause(hints::Hint::DateFormat));
        return;
    }
    QString before;
    if (column.kind == Kind::Epoch) {
        before = column.first.size() >= 12 ? DateFormat::tr("epoch milliseconds")
                                           : DateFormat::tr("epoch seconds");
    } else if (column.kind == Kind::Excel) {
        before = DateFormat::tr("Excel serial dates");
    } else {
        Fields f;
        split(column.first, f);
        if (f.layout == Layout::Numbers && column.dayFirst && column.monthFirst)
            before = tr("%1 or %2")
                         .arg(describe(f, true, Style::People), describe(f, false, Style::People));
        else
            before = describe(f, column.dayFirst, Style::People);
    }
    column.error = tr("Column '%1' mixes date formats: '%2'%3 does not fit %4, the format of the "
                      "values before it.")
                       .arg(column.header, value.toString(), lineText(line), before);
}

DateDetector::Order DateDetector::fileOrder() const {
    Order order;
    // The columns read decide; the evidence columns only when those leave it open, and
    // only those of them that are dates through and through.
    const auto undecided = [&] { return order.dayFirst && order.monthFirst; };
    for (const bool evidence : {false, true})
    for (const Column& column : m_columns) {
        if (column.evidence != evidence || (evidence && (!column.error.isEmpty() || !undecided())))
            continue;
        if (!column.seen || column.kind != Kind::Written || column.layout != Layout::Numbers ||
            column.separator == u'.')
            continue;
        if (evidence && column.dayFirst == column.monthFirst)
            continue; // proves nothing
        if (evidence && !order.needed)
            continue; // no column read needs an order
        order.needed = true;
        if (!order.ambiguous)
            order.ambiguous = &column;
        if (!column.monthFirst && !order.dayProof)
            order.dayProof = &column;
        if (!column.dayFirst && !order.monthProof)
            order.monthProof = &column;
        order.dayFirst = order.dayFirst && column.dayFirst;
        order.monthFirst = order.monthFirst && column.monthFirst;
    }
    return order;
}

bool DateDetector::settled() const {
    for (const Column& column : m_columns) {
        if (!column.evidence && (!column.error.isEmpty() || !column.seen))
            return false;
    }
    const Order order = fileOrder();
    return !order.needed || order.dayFirst != order.monthFirst;
}

// A column's form for people, its date only ("DD-MM-YY"), in the given order.
QString DateDetector::shape(const Column& column, bool dayFirst) {
    Fields f;
    split(column.first, f);
    f.hasTime = false;
    return describe(f, dayFirst, Style::People);
}

// The --date-format that reads a column's values in the given order: its first value's
// form with the time, if any (the date part of a pattern with a time also reads dates
// alone), and M, d, H or h if any of its values wrote the part with one digit (Qt's MM
// needs two, M reads either).
QString DateDetector::option(const Column& column, bool dayFirst) {
    Fields f;
    split(column.first, f);
    if (column.shortNumbers) {
        f.firstDigits = 1;
        f.secondDigits = 1;
        f.hourDigits = 1;
    }
    return describe(f, dayFirst, Style::Qt);
}

Result<std::vector<DateFormat>> DateDetector::result() const {
    for (const Column& column : m_columns) {
        if (column.evidence)
            continue;
        if (!column.error.isEmpty())
            return failure(column.error);
        if (!column.seen && !column.word.isEmpty()) // words only: no date column at all
            return failure(tr("Column '%1' does not hold dates in a known format: '%2'%3 is none of "
                              "the forms read without options (such as 2024-03-05 14:22, "
                              "05/03/2024, 05-Mar-2024 2:22 PM, Mar 5, 2024 or epoch seconds)%4.")
                               .arg(column.header, column.word, lineText(column.wordLine), hints::clause(hints::Hint::DateFormat)));
    }
    const Order order = fileOrder();
    if (order.needed && !order.dayFirst && !order.monthFirst)
        return failure(tr("Columns '%1' and '%2' write dates in opposite orders: '%3'%4 is day "
                          "first and '%5'%6 is month first; a file is read one way%7.")
                           .arg(order.dayProof->header, order.monthProof->header,
                                order.dayProof->dayProof, lineText(order.dayProof->dayProofLine),
                                order.monthProof->monthProof,
                                lineText(order.monthProof->monthProofLine),
                                hints::clause(hints::Hint::DateOrder, {option(*order.dayProof, true), option(*order.monthProof, false)})));
    std::vector<DateFormat> formats;
    formats.reserve(m_columns.size());
    for (const Column& column : m_columns) {
        DateFormat format;
        format.m_referenceYear = m_referenceYear;
        if (column.seen) {
            format.m_kind = column.kind;
            format.m_layout = column.layout;
            format.m_separator = column.separator;
            format.m_dayFirst = column.separator == u'.' || !order.monthFirst || order.dayFirst;
            format.m_column = column.header;
            if (column.kind == Kind::Epoch) {
                format.m_pattern = column.first.size() >= 12 ? DateFormat::tr("epoch milliseconds")
                                                             : DateFormat::tr("epoch seconds");
            } else if (column.kind == Kind::Excel) {
                format.m_pattern = DateFormat::tr("Excel serial dates");
            } else {
                Fields f;
                split(column.first, f);
                format.m_pattern = describe(f, format.m_dayFirst, Style::People);
            }
        }
        formats.push_back(std::move(format));
    }
    return formats;
}

QStringList DateDetector::notes() const {
    QStringList notes;
    const auto formats = result();
    if (!formats)
        return notes;
    const Order order = fileOrder();
    if (order.needed) {
        if (order.dayFirst && order.monthFirst) {
            // The option is the form of a column with a time, if one has: its date part
            // reads the date-only columns too.
            const Column* example = order.ambiguous;
            for (const Column& column : m_columns) {
                Fields f;
                if (column.seen && !column.evidence && column.kind == Kind::Written &&
                    column.layout == Layout::Numbers && column.separator != u'.' &&
                    split(column.first, f) && f.hasTime) {
                    example = &column;
                    break;
                }
            }
            notes << tr("Every date could be day first or month first; they were read day first "
                        "(%1)%2.")
                         .arg(shape(*order.ambiguous, true), hints::clause(hints::Hint::DateMonthFirst, {option(*example, false)}));
        } else if (order.monthFirst) {
            notes << tr("Dates read month first (%1): column “%2” has %3%4.")
                         .arg(shape(*order.monthProof, false), order.monthProof->header,
                              order.monthProof->monthProof,
                              lineText(order.monthProof->monthProofLine));
        } else {
            notes << tr("Dates read day first (%1): column “%2” has %3%4.")
                         .arg(shape(*order.dayProof, true), order.dayProof->header,
                              order.dayProof->dayProof, lineText(order.dayProof->dayProofLine));
        }
    }
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        if (m_columns[i].seen && !m_columns[i].evidence)
            notes
                << tr("Column “%1” read as %2.").arg(m_columns[i].header, (*formats)[i].pattern());
    }
    return notes;
}

} // namespace fd
