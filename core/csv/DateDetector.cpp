// DateDetector (DateFormats.h): the date columns of a file, learnt together from their values
// (one day/month order for the whole file), with the notes and errors an import reports.
#include "csv/DateFormats.h"

#include "common/FrontEndHints.h"
#include "csv/DateText.h"
#include "csv/Placeholders.h"

#include <algorithm>

namespace fd {

using namespace Qt::StringLiterals;
using namespace datetext;

struct DateDetector::Order {
    bool dayFirst = true;
    bool monthFirst = true;
    bool needed = false; // a numbers column not dotted has values
    const Column* dayProof = nullptr;
    const Column* monthProof = nullptr;
    const Column* ambiguous = nullptr; // the first column that needs the order
};

int DateDetector::addColumn(const QString& header)
{
    m_columns.push_back(Column{});
    m_columns.back().header = header;
    return static_cast<int>(m_columns.size() - 1);
}

int DateDetector::addEvidenceColumn(const QString& header)
{
    const int index = addColumn(header);
    m_columns.back().evidence = true;
    return index;
}

void DateDetector::add(int index, QStringView value, qint64 line)
{
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

void DateDetector::fail(Column& column, QStringView value, qint64 line)
{
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
                           .arg(column.header, value.toString(), lineText(line),
                                hints::clause(hints::Hint::DateFormat));
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

DateDetector::Order DateDetector::fileOrder() const
{
    Order order;
    // The columns read decide; the evidence columns only when those leave it open, and
    // only those of them that are dates through and through.
    const auto undecided = [&] { return order.dayFirst && order.monthFirst; };
    for (const bool evidence : {false, true})
        for (const Column& column : m_columns) {
            if (column.evidence != evidence ||
                (evidence && (!column.error.isEmpty() || !undecided())))
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

bool DateDetector::settled() const
{
    for (const Column& column : m_columns) {
        if (!column.evidence && (!column.error.isEmpty() || !column.seen))
            return false;
    }
    const Order order = fileOrder();
    return !order.needed || order.dayFirst != order.monthFirst;
}

// A column's form for people, its date only ("DD-MM-YY"), in the given order.
QString DateDetector::shape(const Column& column, bool dayFirst)
{
    Fields f;
    split(column.first, f);
    f.hasTime = false;
    return describe(f, dayFirst, Style::People);
}

// The --date-format that reads a column's values in the given order: its first value's
// form with the time, if any (the date part of a pattern with a time also reads dates
// alone), and M, d, H or h if any of its values wrote the part with one digit (Qt's MM
// needs two, M reads either).
QString DateDetector::option(const Column& column, bool dayFirst)
{
    Fields f;
    split(column.first, f);
    if (column.shortNumbers) {
        f.firstDigits = 1;
        f.secondDigits = 1;
        f.hourDigits = 1;
    }
    return describe(f, dayFirst, Style::Qt);
}

Result<std::vector<DateFormat>> DateDetector::result() const
{
    for (const Column& column : m_columns) {
        if (column.evidence)
            continue;
        if (!column.error.isEmpty())
            return failure(column.error);
        if (!column.seen && !column.word.isEmpty()) // words only: no date column at all
            return failure(
                tr("Column '%1' does not hold dates in a known format: '%2'%3 is none of "
                   "the forms read without options (such as 2024-03-05 14:22, "
                   "05/03/2024, 05-Mar-2024 2:22 PM, Mar 5, 2024 or epoch seconds)%4.")
                    .arg(column.header, column.word, lineText(column.wordLine),
                         hints::clause(hints::Hint::DateFormat)));
    }
    const Order order = fileOrder();
    if (order.needed && !order.dayFirst && !order.monthFirst)
        return failure(
            tr("Columns '%1' and '%2' write dates in opposite orders: '%3'%4 is day "
               "first and '%5'%6 is month first; a file is read one way%7.")
                .arg(order.dayProof->header, order.monthProof->header, order.dayProof->dayProof,
                     lineText(order.dayProof->dayProofLine), order.monthProof->monthProof,
                     lineText(order.monthProof->monthProofLine),
                     hints::clause(hints::Hint::DateOrder, {option(*order.dayProof, true),
                                                            option(*order.monthProof, false)})));
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

QStringList DateDetector::notes() const
{
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
                         .arg(
                             shape(*order.ambiguous, true),
                             hints::clause(hints::Hint::DateMonthFirst, {option(*example, false)}));
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
