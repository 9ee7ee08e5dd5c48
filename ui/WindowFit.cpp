#include "WindowFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace fd::WindowFit {

QRect fitted(QRect wanted, const QRect& available, const QMargins& frame)
{
    const QRect room = available.marginsRemoved(frame);
    if (!wanted.isValid() || wanted.isEmpty()) {
        wanted = QRect(QPoint(0, 0), kPreferred);
        wanted.moveCenter(room.center());
    }
    const QSize size = wanted.size().boundedTo(room.size());
    QPoint topLeft = wanted.topLeft();
    topLeft.setX(std::clamp(topLeft.x(), room.left(),
                            std::max(room.left(), room.right() - size.width() + 1)));
    topLeft.setY(std::clamp(topLeft.y(), room.top(),
                            std::max(room.top(), room.bottom() - size.height() + 1)));
    return {topLeft, size};
}

void fitToScreen(QWidget& window, bool restored)
{
    if (window.windowState() & (Qt::WindowMaximized | Qt::WindowFullScreen))
        return; // the window manager fits those
    QScreen* screen = restored ? QGuiApplication::screenAt(window.geometry().center()) : nullptr;
    if (!screen)
        screen = window.screen() ? window.screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect wanted = restored ? window.geometry() : QRect();
    const QRect geometry = fitted(wanted, screen->availableGeometry());
    window.resize(geometry.size());
    window.move(geometry.topLeft() - QPoint(frameAllowance().left(), frameAllowance().top()));
}

} // namespace fd::WindowFit
