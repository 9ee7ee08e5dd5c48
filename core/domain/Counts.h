// How much a database holds: what `stats` prints and what the status bar shows (PRODUCT.md §5).
#pragma once

#include "domain/Enums.h"

#include <QtGlobal>

#include <array>

namespace fd {

// What `stats` prints: rows per table, and active customers per stage.
struct DatabaseCounts {
    qint64 customers = 0;
    qint64 contacts = 0;
    qint64 agents = 0;
    qint64 tickets = 0;
    qint64 comments = 0;
    qint64 touchpoints = 0;
    qint64 transitions = 0;
    std::array<qint64, enumCount<Stage>()> activeByStage{}; // churned customers excluded
    qint64 churned = 0;
};

// What the status bar shows: cheap enough to read after every edit (b-tree counts and
// the open tickets' own index).
struct QuickCounts {
    qint64 customers = 0;
    qint64 openTickets = 0;
};

} // namespace fd
