#include "common/LocalDays.h"

#include "common/TimeUnits.h"

#include <QDateTime>

#include <atomic>
#include <limits>
#include <unordered_map>
#include <vector>

namespace fd {

namespace {

constexpr qint64 kUnixEpochJulian = 2440588;
constexpr qint64 kQuarterHour = 900;
constexpr qint64 kCachedDays = 1 << 16; // 1970 to 2149
constexpr qint32 kUnknown = std::numeric_limits<qint32>::min();
constexpr qint32 kMixed = std::numeric_limits<qint32>::max();

// Bumped by forgetLocalOffsets(); each thread's cache compares it.
std::atomic<int> g_zoneGeneration{0};

qint32 askQt(qint64 utcSecs)
{
    return QDateTime::fromSecsSinceEpoch(utcSecs, Qt::UTC).toLocalTime().offsetFromUtc();
}

struct OffsetCache {
    int generation = -1;
    std::vector<qint32> days;                    // UTC days since 1970 → offset, kUnknown, kMixed
    std::unordered_map<qint64, qint32> quarters; // quarter hours of mixed days → offset
};

} // namespace

qint32 localOffsetAt(qint64 utcSecs)
{
    const qint64 day = utcSecs >= 0 ? utcSecs / kDay : -1;
    if (day < 0 || day >= kCachedDays)
        return askQt(utcSecs);
    thread_local OffsetCache cache;
    const int generation = g_zoneGeneration.load(std::memory_order_relaxed);
    if (cache.generation != generation) {
        cache.days.assign(kCachedDays, kUnknown);
        cache.quarters.clear();
        cache.generation = generation;
    }
    qint32& known = cache.days[static_cast<std::size_t>(day)];
    if (known == kUnknown) {
        const qint32 start = askQt(day * kDay);
        known = start == askQt(day * kDay + kDay - 1) ? start : kMixed;
    }
    if (known != kMixed)
        return known;
    const qint64 quarter = utcSecs / kQuarterHour;
    auto [it, fresh] = cache.quarters.try_emplace(quarter, 0);
    if (fresh)
        it->second = askQt(quarter * kQuarterHour);
    return it->second;
}

void forgetLocalOffsets()
{
    g_zoneGeneration.fetch_add(1, std::memory_order_relaxed);
}

qint64 LocalDays::julianDay(qint64 utcSecs)
{
    const qint64 local = utcSecs + localOffsetAt(utcSecs);
    const qint64 days = local >= 0 ? local / kDay : (local - (kDay - 1)) / kDay;
    return days + kUnixEpochJulian;
}

} // namespace fd
