#pragma once

#include "common/DateTimeText.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <vector>

namespace fd {

// How the dates of an imported file read: the forms other helpdesks' exports and
// spreadsheets write, learnt from the values with no option (DateDetector), or named by
// the user (dateFormatFromString, --date-format). Issue 13 and the files in
// tests/fixtures/import-quirks are the source of every rule here.
//
// The forms read without options, each with an optional time and zone (below):
//   year first     2024-03-05, 2024/03/05, 2024.03.05 (a `T` may stand for the space)
//   numbers        05/03/2024, 05-03-2024, 05.03.2024, 5/3/24: day or month first, decided
//                  once per file (DateDetector); dotted dates are always day first
//   month names    05-Mar-2024, 05/Mar/24, 5 March 2024, Mar 5, 2024, March 5 2024
//                  (English names and three-letter abbreviations, any case; a leading
//                  weekday as in "Tue, 05 Mar 2024" is read and ignored)
//   epoch          Unix seconds (9-10 digits) or milliseconds (12-13 digits) from 1990 to
//                  2100, only when a whole column holds them
//   Excel serials  days in Excel's 1900 date system with an optional fraction of a day
//                  (45356.5 is 2024-03-05 12:00, local time), 20000-79999 (1954-10-03 to
//                  2119-01-10), only when a whole column holds them (--date-format excel reads any
//                  from 1). Serial 1 is 1900-01-01; Excel counts a 1900-02-29 that never was
//                  (serial 60, refused), so serials from 61 on are days since 1899-12-30.
// A two-digit year is the year ending in those digits within 80 years before and 20 years
// after the reference year (the current year unless a test names one): in 2026, 45 is 2045
// and 46 is 1946. This is the rule of Unicode TR35 / ICU's and Java's SimpleDateFormat
// ("adjusting dates to be within 80 years before and 20 years after the time the
// SimpleDateFormat instance is created"), by years; --date-format's yy reads the same
// (Qt 6.4 alone reads it as 1900-1999).
//
// A value of its column's form whose numbers cannot be a date or time (month 13, day 32,
// hour 25, minute 61, 13:30 PM, 00:30 AM) or whose day is not in the calendar (2024-02-30)
// is that row's error, from DateFormat::parse, as is a word among dates ("soon", "TBD"):
// an import with --skip-invalid rejects those rows and reads the rest. A value of another
// form (2024-01-02 among 01/02/2024, 20240102, 13/01/2024 and 01/13/2024 in one column)
// refuses the column: its values cannot be read one way.
// The time: H:MM, H:MM:SS, H:MM:SS.fff (fractions are read and dropped: instants are kept
// to the second), then AM/PM in any case (12:15 am is 00:15); then a zone, with or
// without a space before it: Z, UTC, GMT, UTC+1, ±HH, ±HHMM or ±HH:MM. A value with a zone
// is that instant; one without is local time in the process's zone, with localToUtc's
// rules for clock changes (common/DateTimeText.h). A date alone is the start of its local
// day.
//
// One column's format: how each of its values reads.
class DateFormat {
    Q_DECLARE_TR_FUNCTIONS(fd::DateFormat)

public:
    // How values are told apart (for DateDetector and the parsers behind it): written in one
    // of the forms above, epoch numbers, or a --date-format pattern; the form's layout.
    enum class Kind : quint8 { Written, Epoch, Excel, Qt };
    enum class Layout : quint8 { YearFirst, Numbers, DayName, NameDay };

    // YYYY-MM-DD, with any time and zone (what FunnelDesk's own exports write).
    DateFormat() = default;

    // For people: "DD/MM/YYYY HH:MM", "YYYY-MM-DD HH:MM:SS ±HHMM", "epoch seconds", "Excel
    // serial dates", or the --date-format as given.
    QString pattern() const;
    // The instant a value stands for. The failure is the reason for a rejected row, one
    // sentence: "'2024-02-30' is not a real date (February 2024 has 29 days).", "'2024-03-05
    // 25:00' is not a real time (hours go from 00 to 23).", "'soon' is not a date; the other
    // values of column 'Created' are YYYY-MM-DD HH:MM." or
    // "'05/Mar/24 2:22 PM' does not match the date format dd/MM/yyyy; it looks like dd/MMM/yy
    // h:mm AP." (a value that looks like an Excel serial date ends with the front end's
    // hints::Hint::DateExcel clause). No sentence names a command-line flag.
    Result<ParsedInstant> parse(QStringView text) const;

private:
    friend class DateDetector;
    friend Result<DateFormat> dateFormatFromString(const QString& userFormat, int referenceYear);

    Result<ParsedInstant> parseQt(QStringView text) const;
    QString mismatch(QStringView text) const;

    Kind m_kind = Kind::Written;
    Layout m_layout = Layout::YearFirst;
    char16_t m_separator = u'-';
    bool m_dayFirst = true;  // Layout::Numbers
    int m_referenceYear = 0; // for two-digit years; 0: the current year
    QString m_pattern;       // for people; empty: YYYY-MM-DD
    QString m_column;        // the column's header, when learnt from its values
    // Kind::Qt: the user's pattern, its date part (the text before the first time token)
    // and that part's count of space runs, to find a date-only pattern's date in a
    // date-time.
    QString m_qtDate;
    int m_qtDateSpaces = 0;
    bool m_qtHasTime = false;
    bool m_qtHasZone = false;
    bool m_qtTwoDigitYear = false;
};

// --date-format: Qt's tokens (QDateTime::fromString: yyyy, yy, M, MM, MMM, MMMM, d, dd, ddd,
// H, HH, h, hh, mm, ss, z, zzz, AP, ap, t for a zone), the word `epoch` (seconds, or
// milliseconds for 12 digits and more) or the word `excel` (Excel serial dates, above). A pattern
// with a time also reads date-only values by its date part; a date-only pattern also reads values
// with a time after its date (any time above). Values without a zone are local time, as above.
// Fails with one sentence if the pattern cannot read back a date it writes. yy reads by
// referenceYear (above).
Result<DateFormat> dateFormatFromString(const QString& userFormat,
                                        int referenceYear = QDate::currentDate().year());

// Learns the date formats of ONE file's date columns from their values, fed one at a time
// (streaming, constant memory). Empty values and placeholders (csv/Placeholders.h) are
// ignored. Each column holds one form (above); whether day or month comes first in the
// numbers form is decided once for the whole file from every column together: a part above
// 12 proves it ("04/13/2024" in one column makes "04/03/2024" in another April 3), and if
// nothing does, day first is chosen and a note says so, with the --date-format that reads
// them month first. A value of the right form whose numbers are impossible, or a word, is
// not the column's failure but that row's (above).
class DateDetector {
    Q_DECLARE_TR_FUNCTIONS(fd::DateDetector)

public:
    // referenceYear: for two-digit years (above); tests name one.
    explicit DateDetector(int referenceYear = QDate::currentDate().year())
        : m_referenceYear(referenceYear)
    {
    }
    // A date column named by its header; returns its index for add().
    int addColumn(const QString& header);
    // A column the import does not read that holds dates ("Due date"): its values may
    // settle the file's day/month order when the columns read cannot, and are otherwise
    // passed over; its failures refuse nothing, and it has no note of its own.
    int addEvidenceColumn(const QString& header);
    // line: the value's line in the file, for messages (0 if unknown).
    void add(int column, QStringView value, qint64 line = 0);
    // True once no value to come can change any column's format, only refuse it: every
    // column has a value, and the day/month order, if a column needs it, is proven.
    bool settled() const;
    // One format per column, in addColumn order (a column with no value reads year first).
    // The failure names the column, the value and its line, and says what would work.
    Result<std::vector<DateFormat>> result() const;
    // For the import's summary: the day/month decision, then how each column with values
    // was read ("Column “Created” read as DD/MM/YYYY HH:MM.").
    QStringList notes() const;

private:
    struct Column {
        QString header;
        bool evidence = false; // addEvidenceColumn
        QString error;         // why the column is refused, once a value did not fit
        bool seen = false;
        DateFormat::Kind kind = DateFormat::Kind::Written;
        DateFormat::Layout layout = DateFormat::Layout::YearFirst;
        char16_t separator = 0;
        QString first; // the first value, to describe the column by
        QString word;  // the first value with no digit ("soon"), a row's error
        qint64 wordLine = 0;
        bool shortNumbers = false; // a day, month or hour written with one digit
        // Layout::Numbers: the orders still possible, and the first value proving each.
        bool dayFirst = true;
        bool monthFirst = true;
        QString dayProof;
        QString monthProof;
        qint64 dayProofLine = 0;
        qint64 monthProofLine = 0;
    };
    struct Order; // the file's day/month order
    Order fileOrder() const;
    static QString shape(const Column& column, bool dayFirst);
    static QString option(const Column& column, bool dayFirst);
    void fail(Column& column, QStringView value, qint64 line);

    int m_referenceYear;
    std::vector<Column> m_columns;
};

} // namespace fd
