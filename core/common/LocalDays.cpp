#include "common/LocalDays.h"

#include <ctime>

namespace fd {

qint64 LocalDays::julianDay(qint64 utcSecs)
{
    const qint64 slot = utcSecs >= 0 ? utcSecs / 900 : (utcSecs - 899) / 900;
    if (slot == m_lastSlot)
        return m_lastDay;
    auto it = m_days.find(slot);
    if (it == m_days.end()) {
        const auto t = static_cast<std::time_t>(slot * 900);
        std::tm local{};
        localtime_r(&t, &local);
        it = m_days.emplace(slot, QDate(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday).toJulianDay()).first;
    }
    m_lastSlot = slot;
    m_lastDay = it->second;
    return m_lastDay;
}

} // namespace fd
