#pragma once

#include "domain/Enums.h"
#include "success/HealthScore.h"

#include <QColor>

namespace fd {

// One colour per stage, the same in every view, chart and icon.
inline QColor stageColor(Stage stage)
{
    switch (stage) {
    case Stage::Onboarding:
        return QColor(0x3b, 0x82, 0xf6);
    case Stage::PostSales:
        return QColor(0xf5, 0x9e, 0x0b);
    case Stage::Retention:
        return QColor(0x10, 0xb9, 0x81);
    case Stage::Advocacy:
        return QColor(0x8b, 0x5c, 0xf6);
    }
    return {};
}

// One colour per health band: Healthy green, Watch amber, At risk red (the detail pane's
// sparkline, the dashboards' band chart).
inline QColor bandColor(ScoreBand band)
{
    switch (band) {
    case ScoreBand::Healthy:
        return QColor(0x10, 0xb9, 0x81);
    case ScoreBand::Watch:
        return QColor(0xf5, 0x9e, 0x0b);
    case ScoreBand::AtRisk:
        return QColor(0xb9, 0x1c, 0x1c);
    }
    return {};
}

} // namespace fd
