// Step 14, dark mode: a theme switched while FunnelDesk runs (the desktop's dark palette on or
// off, a high-contrast one) re-colours what FunnelDesk coloured itself: a style sheet made of
// StageColors.h's pairs, a chart's bars, a row's red.
#pragma once

#include <QPalette>
#include <QString>

#include <functional>

class QWidget;

namespace fd {

// Calls `apply` now, and again after each change of the application's or `widget`'s palette
// (QEvent::ApplicationPaletteChange, QEvent::PaletteChange; a hidden widget when it is shown),
// for as long as `widget` lives;
// a change `apply` itself causes does not call it again.
void onPaletteChange(QWidget* widget, std::function<void()> apply);

// The style sheet `sheet()` gives, set on `widget` now and after each palette change that changes
// it. A widget with a style sheet keeps the palette it was polished with (QStyleSheetStyle): a
// sheet names its colours itself (paletteColor()), never "palette(link)", so a switch re-sets it.
void followPalette(QWidget* widget, std::function<QString()> sheet);

// The warm note colours of a notice (another rep's change, the file-gone banner) and the cool
// ones of an information line, as a style sheet's "background…; color…; border…" for the
// palette in use.
QString noticeColors();
// The application palette's colour of `role`, as "#rrggbb" for a style sheet.
QString paletteColor(QPalette::ColorRole role);
QString infoColors();

} // namespace fd
