// The main window's size fits the screen it opens on (issue 15, "Text clipped"; hostile
// tester: the first run opened at 1280 × 800 on any screen, 2560 × 1600 device pixels at
// scale factor 2 on a 1920 × 1080 screen, and a remembered size was restored as it was).
// Sizes are in logical pixels, as QScreen::availableGeometry() gives them at any scale factor.
#pragma once

#include <QMargins>
#include <QRect>
#include <QSize>

class QWidget;

namespace fd::WindowFit {

// The size a first run opens at when the screen has room for it.
inline constexpr QSize kPreferred{1280, 800};
// The smallest screen FunnelDesk is made for, 1024 × 768, less a 32 px panel and the
// window's frame (frameAllowance()): the main window's minimum size must be within it in
// every view (tests/ui/WindowFitTest.cpp).
inline constexpr QSize kSmallestScreen{1024, 768};
inline constexpr int kPanel = 32;
// What a window manager adds around a window before it is shown, when the real frame is
// not known yet: a title bar above and thin borders.
inline constexpr QMargins frameAllowance()
{
    return {4, 32, 4, 4};
}
// The largest window (without its frame) the smallest screen takes.
inline constexpr QSize smallestWindow()
{
    return {kSmallestScreen.width() - frameAllowance().left() - frameAllowance().right(),
            kSmallestScreen.height() - kPanel - frameAllowance().top() - frameAllowance().bottom()};
}

// The geometry (without frame) for a window that would like `wanted` inside a screen's
// `available` area: no larger than the area less `frame`, and moved so that all of it,
// frame included, is inside the area. An invalid `wanted` gets kPreferred, centred.
QRect fitted(QRect wanted, const QRect& available, const QMargins& frame = frameAllowance());

// Gives `window` its first-run size, or keeps the geometry restored into it, fitted to the
// available area of the screen it is on (the primary screen when it is on none).
void fitToScreen(QWidget& window, bool restored);

} // namespace fd::WindowFit
