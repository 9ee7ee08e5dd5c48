#include "views/WelcomeDialog.h"

#include "BackgroundTask.h"
#include "common/Clock.h"
#include "demo/Generator.h"
#include "SaveDialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace fd {

WelcomeDialog::WelcomeDialog(const QString& suggestedPath, const QString& demoPath,
                             const Clock& clock, QWidget* parent)
    : QDialog(parent), m_suggested(suggestedPath), m_demoPath(demoPath), m_clock(clock)
{
    setWindowTitle(tr("Welcome to FunnelDesk"));
    auto* heading =
        new QLabel(tr("<h2>Welcome to FunnelDesk</h2>"
                      "<p>Your customers, tickets and touchpoints live in one file on this "
                      "computer. Start a new one, open one you have, or look around in "
                      "demo data first.</p>"));
    heading->setWordWrap(true);
    m_create = new QPushButton(tr("&Create a new database…"));
    m_open = new QPushButton(tr("&Open a database…"));
    m_demo = new QPushButton(tr("Open &demo data"));
    m_demo->setToolTip(tr("2,000 customers with two years of tickets and touchpoints, in %1")
                           .arg(QDir::toNativeSeparators(demoPath)));
    m_progress = new QProgressBar;
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->hide();
    m_status = new QLabel;
    m_status->setWordWrap(true);

    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_create);
    layout->addWidget(m_open);
    layout->addWidget(m_demo);
    layout->addLayout(progressRow);
    layout->addWidget(m_status);
    resize(480, sizeHint().height());

    connect(m_create, &QPushButton::clicked, this, [this] {
        const QFileInfo suggested(m_suggested);
        const QString path = SaveDialogs::askSavePath(
            this, SaveDialogs::Kind::Database, tr("Create a FunnelDesk database"),
            suggested.fileName(), tr("FunnelDesk databases (*.sqlite)"), suggested.absolutePath());
        if (path.isEmpty())
            return;
        if (QFileInfo::exists(path)) {
            m_status->setText(tr("“%1” already exists; choose “Open a database” to open it.")
                                  .arg(QDir::toNativeSeparators(path)));
            return;
        }
        m_path = path;
        accept();
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open a FunnelDesk database"), QFileInfo(m_suggested).absolutePath(),
            tr("FunnelDesk databases (*.sqlite *.db *.funneldesk);;All files (*)"));
        if (path.isEmpty())
            return;
        m_path = path;
        accept();
    });
    connect(m_demo, &QPushButton::clicked, this, &WelcomeDialog::openDemo);
}

BackgroundTask* WelcomeDialog::openDemo()
{
    if (QFileInfo::exists(m_demoPath)) {
        m_path = m_demoPath;
        accept();
        return nullptr;
    }
    QDir().mkpath(QFileInfo(m_demoPath).absolutePath());
    for (QPushButton* b : {m_create, m_open, m_demo})
        b->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    m_status->setText(tr("Making the demo data…"));
    m_task = BackgroundTask::start(
        m_demoPath, tr("Making the demo data"),
        [clock = &m_clock](Database& db, const BackgroundTask::Report& report,
                           const std::atomic_bool& cancelled) -> Result<QString> {
            auto done = Generator::run(db, GeneratorOptions{}, *clock, report, &cancelled);
            if (!done)
                return failure(done.error());
            return QString();
        },
        this, BackgroundTask::Open::CreateIfMissing);
    connect(m_cancel, &QPushButton::clicked, m_task, &BackgroundTask::cancel);
    connect(m_task, &BackgroundTask::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 0);
    });
    connect(m_task, &BackgroundTask::finished, this, [this](bool ok, const Error& message) {
        m_task = nullptr;
        m_progress->hide();
        m_cancel->hide();
        for (QPushButton* b : {m_create, m_open, m_demo})
            b->setEnabled(true);
        if (!ok) {
            removeDemo();
            m_status->setText(message);
            return;
        }
        m_path = m_demoPath;
        accept();
    });
    return m_task;
}

void WelcomeDialog::removeDemo()
{
    // A cancelled or failed demo leaves no half-made file behind to open next time.
    QFile::remove(m_demoPath);
    for (const char* suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(m_demoPath + QLatin1String(suffix));
}

void WelcomeDialog::done(int result)
{
    if (m_task) {
        BackgroundTask::finishAll(this);
        m_task = nullptr;
        if (m_path != m_demoPath)
            removeDemo();
    }
    QDialog::done(result);
}

} // namespace fd
