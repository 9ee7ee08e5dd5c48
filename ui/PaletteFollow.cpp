#include "PaletteFollow.h"

#include "StageColors.h"

#include <QApplication>
#include <QEvent>

#include <map>
#include <QGuiApplication>
#include <QWidget>
#include <vector>

namespace fd {

namespace {

// The application's own palette change, heard once for all watchers: a widget with a style
// sheet has a palette of its own and is sent no PaletteChange when the application's changes.
class PaletteHub : public QObject {
public:
    static PaletteHub& instance()
    {
        static auto* hub = [] {
            auto* made = new PaletteHub;
            qApp->installEventFilter(made);
            QObject::connect(qApp, &QObject::destroyed, made, [made] { delete made; });
            return made;
        }();
        return *hub;
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange) {
            for (const auto& [owner, apply] : std::vector(m_watchers.begin(), m_watchers.end()))
                if (m_watchers.count(owner))
                    apply(event->type());
        }
        return false;
    }

    std::map<QObject*, std::function<void(QEvent::Type)>> m_watchers;
};

class PaletteWatch : public QObject {
public:
    PaletteWatch(QWidget* widget, std::function<void(QEvent::Type)> apply)
        : QObject(widget), m_apply(std::move(apply))
    {
        widget->installEventFilter(this);
        PaletteHub::instance().m_watchers[this] = [this](QEvent::Type why) { run(why); };
    }
    ~PaletteWatch() override { PaletteHub::instance().m_watchers.erase(this); }

    void run(QEvent::Type why)
    {
        if (m_applying)
            return;
        m_applying = true;
        m_apply(why);
        m_applying = false;
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        // A hidden widget hears of no palette change: it catches up when shown.
        const bool changed = event->type() == QEvent::PaletteChange ||
                             event->type() == QEvent::ApplicationPaletteChange ||
                             event->type() == QEvent::Show;
        if (changed)
            run(event->type());
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void(QEvent::Type)> m_apply;
    bool m_applying = false;
};

} // namespace

void onPaletteChange(QWidget* widget, std::function<void()> apply)
{
    apply();
    new PaletteWatch(widget, [apply = std::move(apply)](QEvent::Type) { apply(); });
}

void followPalette(QWidget* widget, std::function<QString()> sheet)
{
    onPaletteChange(widget, [widget, sheet = std::move(sheet)] {
        const QString wanted = sheet();
        if (widget->styleSheet() != wanted)
            widget->setStyleSheet(wanted);
    });
}

QString paletteColor(QPalette::ColorRole role)
{
    return QGuiApplication::palette().color(role).name();
}

QString noticeColors()
{
    return isDark() ? QStringLiteral(
                          "background-color: #422006; color: #fde68a; border: 1px solid #a16207;")
                    : QStringLiteral(
                          "background-color: #fff4cc; color: #3d2f00; border: 1px solid #e0c060;");
}

QString infoColors()
{
    return isDark() ? QStringLiteral("background-color: #082f49; color: #bae6fd;")
                    : QStringLiteral("background-color: #e0f2fe; color: #0c4a6e;");
}

} // namespace fd
