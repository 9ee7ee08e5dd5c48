#pragma once

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;

namespace fd {

class BackgroundTask;
class Clock;

// The first start, with no database yet: create one, open one, or open demo data (made in
// the background with progress and Cancel). path() is the file to open once accepted.
class WelcomeDialog : public QDialog {
    Q_OBJECT

public:
    // `demoPath`: where the demo data set lives (made there if missing), generated up to
    // `clock`'s now; `clock` must outlive the dialog and its background work.
    WelcomeDialog(const QString& suggestedPath, const QString& demoPath, const Clock& clock,
                  QWidget* parent = nullptr);

    const QString& path() const { return m_path; }
    // Opens the demo (making it first when it is missing); tests call it directly.
    BackgroundTask* openDemo();
    // Closed while the demo is being made: the job is cancelled and waited for, and its
    // half-made file removed, so "Try the demo" next time makes it whole.
    void done(int result) override;

private:
    void removeDemo();
    QString m_suggested;
    QString m_demoPath;
    const Clock& m_clock;
    QString m_path;
    QPushButton* m_create = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_demo = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_status = nullptr;
    BackgroundTask* m_task = nullptr;
};

} // namespace fd
