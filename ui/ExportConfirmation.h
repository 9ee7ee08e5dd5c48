// The one way every export says it is done (issue 15: "Every export confirms with its
// path and an Open folder action"): a notice at the bottom of the window with the
// sentence, the file's path and "Open folder". Not modal: work goes on under it; it stays
// until closed or replaced by the next one.
#pragma once

#include <QFrame>
#include <QUrl>

#include <functional>

class QLabel;

namespace fd {

class ExportConfirmation : public QFrame {
    Q_OBJECT

public:
    // Opens a folder (a file: URL) in the desktop's file manager; true if it could.
    using Opener = std::function<bool(const QUrl& folder)>;

    // Shows `sentence` ("Exported 580 rows.") and `path` over `anchor`'s window, replacing
    // the notice shown there before. Returns the notice (owned by the window).
    static ExportConfirmation* show(QWidget* anchor, const QString& sentence, const QString& path);
    // The notice shown over `anchor`'s window, if any.
    static ExportConfirmation* current(QWidget* anchor);

    // Tests: nothing launches. An empty function brings back QDesktopServices::openUrl.
    static void setOpener(Opener opener);

    QString path() const { return m_path; }
    // The folder holding path(), absolute.
    QString folder() const;
    // Asks the opener to show folder(); false if it could not (the notice says so).
    bool openFolder();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    ExportConfirmation(QWidget* window, const QString& sentence, const QString& path);
    void place();

    QString m_path;
    QLabel* m_text = nullptr;
};

} // namespace fd
