// For GUI tests: answer a modal dialog (exec()) when it shows, from a timer that runs inside
// the dialog's own event loop. Callbacks must not REQUIRE (an exception through Qt's event
// loop); they CHECK, and the test checks `seen` afterwards.
#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <functional>
#include <memory>

namespace fd::test {

// Lives as long as the test holds it: its watch stops with it, so a watch left from one
// section never answers another's dialog.
struct ModalAnswer {
    int seen = 0;
    std::unique_ptr<QTimer> timer = std::make_unique<QTimer>();
};

// A watch that gave up while a dialog it did not expect is open: says which, and closes it
// (and any under it), so the test fails on its `seen` instead of waiting for CTest's timeout.
inline void giveUp(const QString& expected)
{
    for (int guard = 0; guard < 8; ++guard) {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible())
            return;
        const auto* box = qobject_cast<QMessageBox*>(modal);
        std::fprintf(stderr, "Waited 20 s for \"%s\"; closing the %s \"%s\" open instead: %s\n",
                     qPrintable(expected), modal->metaObject()->className(),
                     qPrintable(modal->objectName()),
                     qPrintable(box ? box->text() : modal->windowTitle()));
        if (auto* dialog = qobject_cast<QDialog*>(modal))
            dialog->reject();
        else
            modal->close();
    }
}

// Watches for the active modal widget whose object name is `name` (or, when `name` is
// empty, any modal widget whose window title starts with `title`), `times` times, and
// hands it to `answer`. Gives up after 20 s, closing what is open (giveUp), so a test
// fails instead of hanging.
inline std::shared_ptr<ModalAnswer> whenModal(const QString& name,
                                              std::function<void(QWidget*)> answer, int times = 1,
                                              const QString& title = QString())
{
    auto state = std::make_shared<ModalAnswer>();
    ModalAnswer* watch = state.get(); // the timer dies with it
    QTimer* timer = watch->timer.get();
    timer->setInterval(20);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    auto armed = std::make_shared<bool>(true); // off from an answer until that dialog closes
    QObject::connect(timer, &QTimer::timeout, [=] {
        QWidget* modal = QApplication::activeModalWidget();
        const bool match =
            modal && modal->isVisible() &&
            (name.isEmpty() ? modal->windowTitle().startsWith(title) : modal->objectName() == name);
        if (!match)
            *armed = true;
        if (match && *armed && watch->seen < times) {
            *armed = false;
            ++watch->seen;
            if (watch->seen >= times || clock->elapsed() > 20000)
                timer->stop();
            answer(modal);
            return;
        }
        if (clock->elapsed() > 20000) {
            timer->stop();
            giveUp(name.isEmpty() ? title : name);
        }
    });
    timer->start();
    return state;
}

// The standard question (UnsavedChanges::ask): clicks `button`, saving a picture first
// when `picture` is given.
inline std::shared_ptr<ModalAnswer> answerUnsaved(QMessageBox::StandardButton button,
                                                  const QString& picture = QString(), int times = 1)
{
    return whenModal(
        QStringLiteral("unsavedChanges"),
        [button, picture](QWidget* w) {
            auto* box = qobject_cast<QMessageBox*>(w);
            if (!box)
                return;
            if (!picture.isEmpty()) {
                QDir().mkpath(QStringLiteral(FUNNELDESK_SCREENSHOT_DIR));
                box->grab().save(QStringLiteral(FUNNELDESK_SCREENSHOT_DIR "/") + picture +
                                     QStringLiteral(".png"),
                                 "PNG");
            }
            if (QAbstractButton* b = box->button(button))
                b->click();
        },
        times);
}

} // namespace fd::test
