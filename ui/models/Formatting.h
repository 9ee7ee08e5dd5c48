// How the window writes dates and times: one style everywhere (lists, detail panes,
// dashboards, tooltips, dialogs and date edits), local time, in the style of the locale
// (QLocale(), the system's): year-month-day as the command line, CSV files and the reasons
// stored with each stage move write them (PRODUCT.md, the command line: "Dates are
// YYYY-MM-DD, date-times YYYY-MM-DD HH:MM"), or day.month.year where the locale writes dates
// so (German: 24.11.2026 14:05). Never ambiguous: "03/04" is not a form the window uses, so a
// locale whose short date has slashes (English, French) keeps year-month-day. Every date the
// window shows goes through here; CSV and the command line keep year-month-day.
#pragma once

#include "common/VisibleText.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QString>

namespace fd {

// A one-line field (a name, subject, company, plan, role, title, login) as a list row, a
// combo box, a pane's heading or a dashboard cell shows it: on one line, as the CLI shows it
// (fd::visibleCell: a control as its picture, “␛”, a bidi override as “<U+202E>”), except that
// a line break is drawn as “↵” (U+21B5) and a tab as a space: the pictures “␊”, “␍” and “␉” are
// missing from the desktop's usual fonts (DejaVu) and showed as empty boxes. Names made by
// domain/Names.h come through visibleCell already and are drawn the same way. Such a value can
// only come from outside FunnelDesk (raw SQL, another program, a row the server's line rule
// left NOT VALID): FunnelDesk's own forms and imports refuse it (Validation::lineProblem).
// Before, a subject "Printer\njam" took two lines of its row, and a company with a line break
// a line of the customer's profile of its own.
inline QString oneLine(const QString& text)
{
    static const QRegularExpression lineBreak(QStringLiteral("\u240D\u240A|[\u240A\u240D]"));
    QString shown = visibleCell(text);
    shown.replace(lineBreak, QStringLiteral("\u21B5"));
    shown.replace(QChar(0x2409), QLatin1Char(' '));
    return shown;
}

// Whether the default locale writes dates day.month.year with dots ("dd.MM.yy": German),
// the one style besides year-month-day that no one reads two ways.
inline bool dottedDates()
{
    const QString format = QLocale().dateFormat(QLocale::ShortFormat);
    return format.startsWith(QLatin1Char('d')) && format.count(QLatin1Char('.')) >= 2 &&
           !format.contains(QLatin1Char('/'));
}

// The display formats, for QDateEdit/QDateTimeEdit::setDisplayFormat as well.
inline QString dateFormat()
{
    return dottedDates() ? QStringLiteral("dd.MM.yyyy") : QStringLiteral("yyyy-MM-dd");
}

inline QString dateTimeFormat()
{
    return dateFormat() + QStringLiteral(" HH:mm");
}

// "2026-11-24": a local day.
inline QString shortDate(const QDate& day)
{
    return day.isValid() ? day.toString(dateFormat()) : QString();
}

// "2026-11-24 14:05": a moment (UTC) in local time.
inline QString shortDateTime(const QDateTime& utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(dateTimeFormat()) : QString();
}

// `text` (a date-time, "2026-12-01 10:53"; a length, "9 h 02 min") as one unit a wrapping
// label never breaks inside: its spaces become no-break spaces (hostile tester: "first
// response 2026-12-01 / 10:53" wrapped between the date and the time).
inline QString keepTogether(QString text)
{
    return text.replace(QLatin1Char(' '), QChar(0x00A0));
}

// "2026-11-24": the local day of a moment (UTC).
inline QString shortDate(const QDateTime& utc)
{
    return utc.isValid() ? shortDate(utc.toLocalTime().date()) : QString();
}

// Chart axes, where a bar has room for a few characters: the same order, shortened.
// "11-24" (a week's first day), "2026-11" (a month), "2026 Q4" (a quarter); with dotted
// dates "24.11.", "11.2026" and "Q4 2026".
inline QString dayOfYear(const QDate& day)
{
    return day.toString(dottedDates() ? QStringLiteral("dd.MM.") : QStringLiteral("MM-dd"));
}

inline QString yearMonth(const QDate& day)
{
    return day.toString(dottedDates() ? QStringLiteral("MM.yyyy") : QStringLiteral("yyyy-MM"));
}

inline QString yearQuarter(const QDate& day)
{
    return (dottedDates() ? QStringLiteral("Q%2 %1") : QStringLiteral("%1 Q%2"))
        .arg(day.year())
        .arg((day.month() - 1) / 3 + 1);
}

} // namespace fd
