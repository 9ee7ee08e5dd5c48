// DateFormat (DateFormats.h): a date column's form, as detected or as --date-format gives it,
// and the reading of a value in that form. The forms themselves are read by DateText.cpp; the
// detection of a column's form is DateDetector.cpp's.
#include "csv/DateFormats.h"

#include "common/FrontEndHints.h"
#include "csv/DateText.h"

#include <QTimeZone>

namespace fd {

using namespace Qt::StringLiterals;
using namespace datetext;

namespace {

// The index of the first time token of a Qt date-time pattern (outside quotes), or -1.
qsizetype firstTimeToken(const QString& pattern)
{
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

bool hasToken(const QString& pattern, char16_t token)
{
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
QDate pivotYear(const QDate& date, bool twoDigits, int referenceYear)
{
    if (!twoDigits || !date.isValid())
        return date;
    return date.addYears(twoDigitYear(date.year() % 100, referenceYear) - date.year());
}

// The instant of an Excel serial (local time); serial 60 is Excel's 1900-02-29.
Result<ParsedInstant> excelInstant(QStringView text, const ExcelSerial& serial)
{
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

QString DateFormat::pattern() const
{
    if (!m_pattern.isEmpty())
        return m_pattern;
    return u"YYYY"_s + QChar(m_separator) + u"MM"_s + QChar(m_separator) + u"DD"_s;
}

Result<ParsedInstant> DateFormat::parse(QStringView text) const
{
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

Result<ParsedInstant> DateFormat::parseQt(QStringView text) const
{
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

// Why a value does not match the date format given for its column, with a pattern that would
// match it.
QString DateFormat::mismatch(QStringView text) const
{
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
        return tr("'%1' does not match the date format %2; it looks like %3.")
            .arg(text.toString(), m_pattern, suggestion);
    }
    if (epochSeconds(text, false))
        return tr("'%1' does not match the date format %2; it looks like epoch.")
            .arg(text.toString(), m_pattern);
    if (excelSerial(text, false) || looksLikeSerial(text))
        return tr("'%1' does not match the date format %2; it looks like an Excel serial "
                  "date%3.") // %3: how to read the column as Excel serial dates
            .arg(text.toString(), m_pattern, hints::clause(hints::Hint::DateExcel));
    return tr("'%1' does not match the date format %2.").arg(text.toString(), m_pattern);
}

Result<DateFormat> dateFormatFromString(const QString& userFormat, int referenceYear)
{
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
} // namespace fd
