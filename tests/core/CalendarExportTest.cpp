// Tasks as an iCalendar file (issue 18, calendar/CalendarExport.h): one all-day event per
// task on its due day, text escaped and folded as RFC 5545 wants, a UID per task.
#include "calendar/CalendarExport.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace fd;

namespace {

// The file's logical lines: folded lines (CRLF then a space) joined, CRLF split.
QStringList unfolded(const QByteArray& ics)
{
    return QString::fromUtf8(ics)
        .replace(QStringLiteral("\r\n "), QString())
        .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("a task is an all-day event on its due day, escaped, folded and kept by its UID",
          "[calendar]")
{
    Task review;
    review.id = 42;
    review.customerId = 7;
    review.customerName = QStringLiteral("Acme, Inc.; Zürich");
    review.ownerName = QStringLiteral("Rita");
    review.title = QStringLiteral("Success review");
    review.kind = TouchpointKind::SuccessReview;
    review.dueDay = QDate(2026, 3, 18);
    Task call = review;
    call.id = 43;
    call.title = QStringLiteral("A very long title that goes on and on so that the summary line is "
                                "longer than seventy-five octets");
    call.kind.reset();
    call.dueDay = QDate(2026, 12, 31);
    const std::vector<Task> tasks{review, call};
    const QByteArray ics = CalendarExport::ics(
        tasks, QDateTime(QDate(2026, 3, 15), QTime(9, 0), Qt::UTC), QStringLiteral("example.org"));

    CHECK(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    CHECK(ics.endsWith("END:VCALENDAR\r\n"));
    for (const QByteArray& line : ics.split('\n'))
        CHECK(line.size() <= 76); // 75 octets and the CR
    const QStringList lines = unfolded(ics);
    CHECK(lines.count(QStringLiteral("BEGIN:VEVENT")) == 2);
    CHECK(lines.contains(QStringLiteral("METHOD:PUBLISH")));
    CHECK(lines.contains(QStringLiteral("UID:task-42@example.org")));
    CHECK(lines.contains(QStringLiteral("DTSTART;VALUE=DATE:20260318")));
    CHECK(lines.contains(QStringLiteral("DTEND;VALUE=DATE:20260319")));
    CHECK(lines.contains(QStringLiteral("DTSTART;VALUE=DATE:20261231")));
    CHECK(lines.contains(QStringLiteral("DTEND;VALUE=DATE:20270101")));
    CHECK(lines.contains(QStringLiteral("DTSTAMP:20260315T090000Z")));
    CHECK(lines.contains(QStringLiteral("SUMMARY:Success review: Acme\\, Inc.\\; Zürich")));
    CHECK(lines.contains(QStringLiteral(
        "DESCRIPTION:Customer Acme\\, Inc.\\; Zürich (7). Owner: Rita. Marking it done records a "
        "touchpoint: Success review.")));
    CHECK(lines.contains(QStringLiteral("SUMMARY:") + call.title +
                         QStringLiteral(": Acme\\, Inc.\\; Zürich")));

    const QByteArray none = CalendarExport::ics(
        {}, QDateTime(QDate(2026, 3, 15), QTime(9, 0), Qt::UTC), QStringLiteral("x"));
    CHECK_FALSE(none.contains("VEVENT"));
    CHECK(none.contains("PRODID:-//FunnelDesk//Success tasks//EN"));
}
