#pragma once

#include "domain/Enums.h"
#include "success/HealthScore.h"

#include <QColor>
#include <QGuiApplication>
#include <QPalette>

#include <array>
#include <utility>

namespace fd {

// Step 14, dark mode: every colour of FunnelDesk's own comes as a light/dark pair, the one used
// chosen by the lightness of the window's background (a dark Fusion, KDE or GNOME palette gets
// the lighter, brighter tones; a high-contrast light one the deeper ones). Whatever a colour
// says is also said in words (a stage's name on its badge, bar and row; "breached 2 h ago" in
// the SLA column; "3 days late" beside a late task): colour is never the only sign.

inline bool isDark(const QPalette& palette = QGuiApplication::palette())
{
    return palette.color(QPalette::Window).lightness() < 128;
}

namespace colors {

// {light, dark}: the first reads on a light background, the second on a dark one.
using Pair = std::pair<QRgb, QRgb>;
inline constexpr Pair kOnboarding{0xff2563eb, 0xff60a5fa};
inline constexpr Pair kPostSales{0xffd97706, 0xfffbbf24};
inline constexpr Pair kRetention{0xff059669, 0xff34d399};
inline constexpr Pair kAdvocacy{0xff7c3aed, 0xffa78bfa};
inline constexpr Pair kProblem{0xffb91c1c, 0xfff87171}; // the SLA red, a problem's words
inline constexpr Pair kWarning{0xffb45309, 0xfffcd34d}; // an SLA close to its end, in words
inline constexpr Pair kLighterBar{0xff93c5fd, 0xff1e40af};
inline constexpr std::array<Pair, 7> kAll{kOnboarding, kPostSales, kRetention, kAdvocacy,
                                          kProblem,    kWarning,   kLighterBar};

inline QColor pick(Pair pair, const QPalette& palette)
{
    return QColor::fromRgba(isDark(palette) ? pair.second : pair.first);
}

} // namespace colors

// One colour per stage, the same in every view, chart and icon.
inline QColor stageColor(Stage stage, const QPalette& palette = QGuiApplication::palette())
{
    switch (stage) {
    case Stage::Onboarding:
        return colors::pick(colors::kOnboarding, palette);
    case Stage::PostSales:
        return colors::pick(colors::kPostSales, palette);
    case Stage::Retention:
        return colors::pick(colors::kRetention, palette);
    case Stage::Advocacy:
        return colors::pick(colors::kAdvocacy, palette);
    }
    return {};
}

// The red of a problem: an SLA breached, a late task, a sentence of ProblemLabel.
inline QColor problemColor(const QPalette& palette = QGuiApplication::palette())
{
    return colors::pick(colors::kProblem, palette);
}

// One colour per health band: Healthy green, Watch amber, At risk red (the detail pane's
// sparkline, the dashboards' band chart).
inline QColor bandColor(ScoreBand band, const QPalette& palette = QGuiApplication::palette())
{
    switch (band) {
    case ScoreBand::Healthy:
        return colors::pick(colors::kRetention, palette);
    case ScoreBand::Watch:
        return colors::pick(colors::kPostSales, palette);
    case ScoreBand::AtRisk:
        return problemColor(palette);
    }
    return {};
}

// `color` (one of the pairs above, either half) as it should be under `palette`: what a chart
// drawn before a theme switch re-colours its bars with. Other colours are returned as they are.
inline QColor themed(const QColor& color, const QPalette& palette = QGuiApplication::palette())
{
    for (const colors::Pair& pair : colors::kAll) {
        if (color.rgba() == pair.first || color.rgba() == pair.second)
            return colors::pick(pair, palette);
    }
    return color;
}

// `html` with each colour of the pairs above ("#b91c1c") as it should be under `palette`.
inline QString themedText(QString html, const QPalette& palette = QGuiApplication::palette())
{
    for (const colors::Pair& pair : colors::kAll) {
        const QString wrong = QColor::fromRgba(isDark(palette) ? pair.first : pair.second).name();
        html.replace(wrong, colors::pick(pair, palette).name(), Qt::CaseInsensitive);
    }
    return html;
}

// Text that reads on a `background` of one of these colours: near-black or white.
inline QColor textOn(const QColor& background)
{
    const double luminance =
        0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.45 ? QColor(0x11, 0x18, 0x27) : QColor(Qt::white);
}

} // namespace fd
