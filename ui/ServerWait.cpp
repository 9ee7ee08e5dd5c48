#include "ServerWait.h"

#include <QApplication>
#include <QBackingStore>
#include <QCloseEvent>
#include <QMainWindow>
#include <QPaintDevice>
#include <QStatusBar>
#include <QWidget>

namespace fd {

ServerWaitStatus::ServerWaitStatus(QMainWindow* window)
    : QObject(window), m_window(window), m_scope(*this)
{
}

ServerWaitStatus::~ServerWaitStatus()
{
    if (m_cursor) // a window closed mid-wait leaves no busy cursor behind (its bar is going)
        QApplication::restoreOverrideCursor();
}

QString ServerWaitStatus::sentence(const ServerWait& wait)
{
    const int seconds = static_cast<int>(wait.waitedMs / 1000);
    return wait.askingAlive
               ? tr("Waiting for the PostgreSQL server at %1… %2 s; asking whether it still "
                    "runs (FunnelDesk gives up after %3 s).")
                     .arg(wait.server)
                     .arg(seconds)
                     .arg(wait.giveUpSeconds)
               : tr("Waiting for the PostgreSQL server at %1… %2 s (FunnelDesk gives up after "
                    "%3 s).")
                     .arg(wait.server)
                     .arg(seconds)
                     .arg(wait.giveUpSeconds);
}

void ServerWaitStatus::keepTicking(QObject* object)
{
    m_ticking.insert(object);
    connect(object, &QObject::destroyed, this, [this, object] { m_ticking.remove(object); });
}

void ServerWaitStatus::waiting(const ServerWait& wait)
{
    if (wait.waitedMs < kQuietMs || !m_window)
        return;
    if (wait.waitedMs >= kShowMs)
        show(wait);
    if (paintingNow())
        return; // inside a paint: a second one on the same backing store is not allowed
    ++m_passes;
    qApp->installEventFilter(this);
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents |
                                    QEventLoop::ExcludeSocketNotifiers);
    qApp->removeEventFilter(this);
}

void ServerWaitStatus::show(const ServerWait& wait)
{
    QStatusBar* bar = m_window->statusBar();
    const QString text = sentence(wait);
    if (m_text.isEmpty())
        m_before = bar->currentMessage();
    if (text != m_text) {
        m_text = text;
        bar->showMessage(text);
    }
    if (!m_cursor) {
        QApplication::setOverrideCursor(Qt::BusyCursor);
        m_cursor = true;
    }
}

void ServerWaitStatus::waitEnded()
{
    if (m_cursor)
        QApplication::restoreOverrideCursor();
    m_cursor = false;
    if (m_text.isEmpty())
        return;
    if (m_window && m_window->statusBar()->currentMessage() == m_text) {
        if (m_before.isEmpty())
            m_window->statusBar()->clearMessage();
        else
            m_window->statusBar()->showMessage(m_before, 10000);
    }
    m_text.clear();
    m_before.clear();
}

bool ServerWaitStatus::paintingNow()
{
    for (QWidget* top : QApplication::topLevelWidgets()) {
        QBackingStore* store = top->backingStore();
        QPaintDevice* device = store ? store->paintDevice() : nullptr;
        if (device && device->paintingActive())
            return true;
    }
    const QWidgetList widgets = QApplication::allWidgets();
    return std::any_of(widgets.cbegin(), widgets.cend(),
                       [](const QWidget* widget) { return widget->paintingActive(); });
}

bool ServerWaitStatus::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::Timer:
        return !m_ticking.contains(watched); // swallowed: the timer comes again an interval later
    case QEvent::SockAct:
    case QEvent::SockClose:
    case QEvent::Quit:
        return true;
    case QEvent::Close:
        event->ignore(); // the window stays; closing it is asked again after the wait
        return true;
    default:
        return false;
    }
}

} // namespace fd
