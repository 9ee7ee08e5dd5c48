#include "DateFieldTab.h"

#include <QApplication>
#include <QDateTimeEdit>
#include <QKeyEvent>
#include <QPointer>

namespace fd::DateFieldTab {

namespace {

// On the application: it sees each key press before the focused date field does.
class TabLeaves : public QObject {
public:
    using QObject::QObject;

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::KeyPress)
            return false;
        auto* date = qobject_cast<QDateTimeEdit*>(watched);
        if (!date)
            return false;
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() != Qt::Key_Tab && key->key() != Qt::Key_Backtab) ||
            (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier)))
            return false;
        // The window moves the focus on from its focus widget, as for any other field.
        QCoreApplication::sendEvent(date->window(), event);
        return true;
    }
};

} // namespace

void install()
{
    static QPointer<TabLeaves> installed;
    if (installed || !qApp)
        return;
    installed = new TabLeaves(qApp);
    qApp->installEventFilter(installed);
}

} // namespace fd::DateFieldTab
