// Lengths of time for arithmetic on UTC seconds (seconds since 1970, as the database keeps
// them). The one definition of a day's length: every "N days ago" and "whole days between"
// of the stage rules, the dashboards, the health score, the playbooks and the demo is N ×
// kDay seconds of UTC, not N local calendar days (common/LocalDays.h has those).
#pragma once

#include <QtGlobal>

namespace fd {

// Seconds in a UTC day: 86,400 (Unix time has no leap seconds).
inline constexpr qint64 kDay = 86400;

} // namespace fd
