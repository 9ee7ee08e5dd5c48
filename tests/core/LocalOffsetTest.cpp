// The one cache of the local zone's UTC offset (common/LocalDays.h): localOffsetAt, the local
// days of the dashboards (LocalDays), the exports' times (LocalDateTimeFormatter) and the
// imports' local times (localToUtc) all read it, agree with Qt on every quarter hour around
// both clock changes of a year, and all follow a change of zone once forgotten.
#include "common/DateTimeText.h"
#include "common/LocalDays.h"
#include "common/TimeUnits.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace fd;

namespace {

// Every quarter hour of the two UTC days around `day`'s clock change, checked against Qt.
void agreeWithQtAround(const QDate& day)
{
    LocalDays days;
    LocalDateTimeFormatter formatter;
    const qint64 from = QDateTime(day.addDays(-1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    for (qint64 t = from; t < from + 3 * kDay; t += 900) {
        const QDateTime local = QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toLocalTime();
        CAPTURE(t);
        REQUIRE(localOffsetAt(t) == local.offsetFromUtc());
        REQUIRE(days.date(t) == local.date());
        std::string text;
        formatter.append(t, text);
        REQUIRE(QString::fromStdString(text) ==
                local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        // Back from the wall time: the same instant, except the repeated hour (its first).
        const ParsedInstant back = localToUtc(local.date(), local.time());
        CHECK_FALSE(back.movedForward);
        CHECK(back.utc.toSecsSinceEpoch() <= t);
        CHECK(back.utc.toSecsSinceEpoch() >= t - 3600);
    }
}

} // namespace

TEST_CASE("One local-offset cache: days, export times and import times agree with Qt",
          "[datetime][offset]")
{
    {
        test::Zone berlin("Europe/Berlin");
        agreeWithQtAround(QDate(2026, 3, 29));  // 02:00 → 03:00
        agreeWithQtAround(QDate(2026, 10, 25)); // 03:00 → 02:00
        // 10:00 in Berlin in March is 09:00 UTC; the skipped 02:30 is moved forward to 03:30.
        CHECK(localToUtc(QDate(2026, 3, 15), QTime(10, 0)).utc ==
              QDateTime(QDate(2026, 3, 15), QTime(9, 0), Qt::UTC));
        const ParsedInstant gap = localToUtc(QDate(2026, 3, 29), QTime(2, 30));
        CHECK(gap.movedForward);
        CHECK(gap.utc == QDateTime(QDate(2026, 3, 29), QTime(1, 30), Qt::UTC));
        CHECK(localOffsetAt(
                  QDateTime(QDate(2026, 7, 1), QTime(12, 0), Qt::UTC).toSecsSinceEpoch()) == 7200);
    }
    {
        // Another zone, forgotten on the way in (test::Zone): every reader follows it at once.
        test::Zone newYork("America/New_York");
        const qint64 noon = QDateTime(QDate(2026, 7, 1), QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
        CHECK(localOffsetAt(noon) == -4 * 3600);
        LocalDateTimeFormatter formatter;
        std::string text;
        formatter.append(noon, text);
        CHECK(text == "2026-07-01 08:00:00");
        // 23:30 UTC on 1 July is still 1 July in New York (2 July in Berlin).
        CHECK(LocalDays().date(noon + 11 * 3600 + 1800) == QDate(2026, 7, 1));
        CHECK(localToUtc(QDate(2026, 7, 1), QTime(8, 0)).utc ==
              QDateTime::fromSecsSinceEpoch(noon, Qt::UTC));
        agreeWithQtAround(QDate(2026, 3, 8));
        agreeWithQtAround(QDate(2026, 11, 1));
    }
}
