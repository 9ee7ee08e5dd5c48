// The one way every export says it is done (issue 15: "Every export confirms with its
// path and an Open folder action"): a notice with the sentence, the file's path and
// "Open folder". Not modal, and it covers nothing: it takes a row of its own at the
// bottom of the window's central area, above the status bar (hostile tester #4: the old
// floating notice hid the ticket pane's Send button a minute later). It goes away by
// itself after kShownMs without the pointer or focus on it, when the window shows another
// view (dismiss()), when the next export replaces it, or with its × button.
#pragma once

#include <QFrame>
#include <QUrl>

#include <functional>

class QLabel;
class QTimer;

namespace fd {

class ExportConfirmation : public QFrame {
    Q_OBJECT

public:
    // How long the notice stays (ms) once the pointer and focus are off it: long enough to
    // read a path and reach "Open folder".
    static constexpr int kShownMs = 30000;

    // Opens a folder (a file: URL) in the desktop's file manager; true if it could.
    using Opener = std::function<bool(const QUrl& folder)>;

    // Shows `sentence` ("Exported 580 rows.") and `path` at the bottom of `anchor`'s window
    // (the box layout of a main window's central widget, else of the window itself),
    // replacing the notice shown there before. Returns the notice (owned by that layout's
    // widget).
    static ExportConfirmation* show(QWidget* anchor, const QString& sentence, const QString& path);
    // The notice shown in `anchor`'s window, if any.
    static ExportConfirmation* current(QWidget* anchor);
    // Takes away the notice shown in `anchor`'s window, if any (the user moved on: another
    // view was shown).
    static void dismiss(QWidget* anchor);

    // Tests: nothing launches. An empty function brings back QDesktopServices::openUrl.
    static void setOpener(Opener opener);

    QString path() const { return m_path; }
    // The folder holding path(), absolute.
    QString folder() const;
    // Asks the opener to show folder(); false if it could not (the notice says so).
    bool openFolder();

protected:
    bool event(QEvent* event) override;

private:
    // `pathWidth`: pixels the path may take before it is cut in the middle (elidedPath).
    ExportConfirmation(const QString& sentence, const QString& path, int pathWidth);

    QString m_path;
    QLabel* m_text = nullptr;
    QTimer* m_timer = nullptr;
};

} // namespace fd
