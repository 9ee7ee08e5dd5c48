#include "MainWindow.h"
#include "DateFieldTab.h"
#include "EmptyFileHint.h"
#include "MainWindowViews.h"
#include "MoveNotice.h"
#include "PaletteFollow.h"

#include "ExportConfirmation.h"
#include "HealthSweep.h"
#include "SaveDialogs.h"
#include "ShortcutSheet.h"
#include "SlaSweep.h"
#include "StatusRoom.h"
#include "views/SettingsDialog.h"
#include "WindowFit.h"

#include "models/Formatting.h"
#include "views/FormRows.h"

#include "AgentChooser.h"
#include "AlsoViewing.h"
#include "BackgroundTask.h"
#include "common/Clock.h"
#include "common/OutputFile.h"
#include "ConnectionLost.h"
#include "csv/ListExporter.h"
#include "CurrentAgent.h"
#include "DataChanges.h"
#include "domain/Customer.h"
#include "domain/Ticket.h"
#include "FileGone.h"
#include "metrics/DashboardMetrics.h"
#include "models/CustomerTableModel.h"
#include "models/TicketTableModel.h"
#include "RefreshViews.h"
#include "ServerWait.h"
#include "service/Customers.h"
#include "service/Maintenance.h"
#include "service/Session.h"
#include "service/Team.h"
#include "service/Tickets.h"
#include "views/CannedRepliesDialog.h"
#include "views/CustomerDetail.h"
#include "views/CustomerDialog.h"
#include "views/CustomersView.h"
#include "views/DashboardView.h"
#include "views/ImportWizard.h"
#include "views/NewTicketDialog.h"
#include "views/TasksView.h"
#include "views/TicketDetail.h"
#include "views/TicketsView.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace fd {

using mainwindow::kViews;
using mainwindow::ViewInfo;

MainWindow::MainWindow(OwnedDatabase database, const Clock& clock, QWidget* parent)
    : QMainWindow(parent), m_db(std::move(database)), m_clock(clock)
{
    // A file by its name, a server's database as user@host:port/database.
    const Location where = session().location();
    setWindowTitle(tr("%1 — FunnelDesk")
                       .arg(where.isFile() ? QFileInfo(where.path()).fileName() : where.display()));
    DateFieldTab::install(); // Tab leaves every date field: dashboards' periods, Export's dates

    QSplitter* splitter = buildPages();
    QVBoxLayout* column = buildCentral(splitter);
    buildStatusBar();
    watchData(column, splitter);
    buildMenus();
    startSweeps();
    scheduleBackup();

    updateCounts();
    QSettings settings;
    const bool restored =
        restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    WindowFit::fitToScreen(*this,
                           restored); // the first run's size, or the one restored, on this screen
    splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
}

// The sidebar of views and the pages they show, each built the first time it is shown.
QSplitter* MainWindow::buildPages()
{
    m_sidebar = new QListWidget;
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setAccessibleName(tr("Views"));
    m_sidebar->setSpacing(3);
    followPalette(m_sidebar, []() -> QString {
        return QStringLiteral("QListWidget { padding: 8px 4px; background: %1; color: %2; }")
            .arg(paletteColor(QPalette::Base), paletteColor(QPalette::Text));
    });
    QFont sidebarFont = m_sidebar->font();
    sidebarFont.setPointSizeF(sidebarFont.pointSizeF() * 1.1);
    m_sidebar->setFont(sidebarFont);
    m_pages = new QStackedWidget;
    // A view is built the first time it is shown: starting costs one view, not all.
    for (const ViewInfo& info : kViews) {
        m_sidebar->addItem(tr(info.title));
        m_pages->addWidget(new QWidget);
    }
    m_sidebar->setMinimumWidth(m_sidebar->sizeHintForColumn(0) + 2 * (4 + 3) +
                               4); // names whole, room to the lists
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != m_pages->currentIndex())
            recordPlace(); // the view left, for Back
        if (row >= 0)
            m_pages->setCurrentWidget(viewWidget(static_cast<View>(row)));
    });
    // A file with no customers says what to do first, above its dashboards (buildMenus
    // gives it the actions; updateCounts says whether the file is empty).
    m_emptyHint = new EmptyFileHint(session().isServer());
    connect(m_pages, &QStackedWidget::currentChanged, this, [this](int index) {
        ExportConfirmation::dismiss(this);
        MoveNotice::dismiss(statusBar());
        m_emptyHint->setOnDashboard(index < static_cast<int>(View::Customers));
    });
    auto* right = new QWidget;
    auto* rightColumn = new QVBoxLayout(right);
    rightColumn->setContentsMargins(0, 0, 0, 0);
    rightColumn->addWidget(m_emptyHint);
    rightColumn->addWidget(m_pages, 1);

    auto* splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_sidebar);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({180, 1100});
    return splitter;
}

// The sidebar and pages (`splitter`), under the read-only banner when the database is read-only.
QVBoxLayout* MainWindow::buildCentral(QSplitter* splitter)
{
    auto* central = new QWidget;
    auto* column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    if (session().isReadOnly())
        column->addWidget(readOnlyBanner());
    column->addWidget(splitter, 1);
    setCentralWidget(central);
    return column;
}

// Why the database is open read-only, and what to do to work in it.
QLabel* MainWindow::readOnlyBanner()
{
    const Location where = session().location();
    QString text =
        where.isServer()
            ? tr("Your user may only read this database, so it is open read-only: you can "
                 "look, "
                 "but not change anything. To work in it, ask the database's administrator for "
                 "the right to write.")
        : session().isInReadOnlyFolder()
            ? tr("This file is in a folder you cannot write to, so it is open read-only: you "
                 "can look, but not change anything. To work in it, copy it to a folder of "
                 "yours and open the copy.")
            : tr("This file is read-only: you can look, but not change anything. "
                 "Make it writable, or open a copy, to work in it.");
    // Read without locks (Database::open()): another's later changes are not noticed.
    if (session().readsWithoutLocks())
        text += QLatin1Char(' ') + tr("If someone else changes it meanwhile, open it again to see "
                                      "their changes.");
    auto* banner = new QLabel(text);
    banner->setObjectName(QStringLiteral("readOnlyBanner"));
    banner->setWordWrap(true);
    followPalette(banner, []() -> QString {
        return QStringLiteral("QLabel { ") + noticeColors() +
               QStringLiteral(" border: none; padding: 6px 10px; }");
    });
    return banner;
}

// The counts, the job's progress and Cancel, and the file or server, in the status bar.
void MainWindow::buildStatusBar()
{
    m_counts = new QLabel;
    statusBar()->addPermanentWidget(m_counts);
    m_file = new QLabel;
    showWhere();
    m_job = new QWidget;
    auto* jobRow = new QHBoxLayout(m_job);
    jobRow->setContentsMargins(0, 0, 0, 0);
    m_jobTitle = new QLabel;
    m_jobProgress = new QProgressBar;
    m_jobProgress->setMaximumWidth(160);
    m_jobProgress->setMaximumHeight(m_jobTitle->fontMetrics().height() + 4);
    auto* cancel = new QToolButton;
    cancel->setText(tr("Cancel"));
    cancel->setObjectName(QStringLiteral("cancelJob"));
    jobRow->addWidget(m_jobTitle);
    jobRow->addWidget(m_jobProgress);
    jobRow->addWidget(cancel);
    m_job->hide();
    statusBar()->addPermanentWidget(m_job);
    statusBar()->addPermanentWidget(m_file);         // no stretch: notices need the room
    new StatusRoom(statusBar(), {m_file, m_counts}); // a message is read whole: these give way
}

// Every view shows the data as it is after any write, in this window or by anyone else; a file
// gone or a connection lost is said by the window.
void MainWindow::watchData(QVBoxLayout* column, QSplitter* splitter)
{
    const Location where = session().location();
    m_changes = new DataChanges(*m_db, this);
    m_gone =
        new FileGone(*m_db, m_changes, this, m_file); // m_file: "(deleted or moved)" once it is
    // A server's connection lost: the window says so instead of showing lists read as empty.
    m_lost = new ConnectionLost(*m_db, where.display(), column, splitter, m_counts, m_file, this);
    connect(m_changes, &DataChanges::connectionLost, m_lost, &ConnectionLost::lost);
    if (where.isServer()) // a read of this thread the server is slow to answer: still painting
        new ServerWaitStatus(this);
    connect(m_lost, &ConnectionLost::reconnected, this,
            [this] { // back by itself: read everything again
                m_changes->resume();
                m_changes->announce();
                showWhere(); // the new connection may be encrypted or not (sslmode=prefer)
                statusBar()->showMessage(tr("Connected again; everything shown was read again."),
                                         10000); // not a stale refusal
            });
    connect(m_changes, &DataChanges::changed, this, [this] {
        updateCounts();
        for (int index : m_built)
            refreshAfterChange(m_pages->widget(index));
    });
    // An agent added here ("Add me…") is a write like any other: the owner filter offers it.
    connect(&CurrentAgent::instance(), &CurrentAgent::agentAdded, m_changes,
            [this](const QString& file) {
                if (file == CurrentAgent::fileKey(session().location().key()))
                    m_changes->announce();
            });
    // On a file, "Me" is the agent on whose behalf this window writes: the audit log's "who"
    // (issue 17). On a server the login's agent is (issue 17, "Who is working").
    if (!session().isServer()) {
        session().setActingAgent(CurrentAgent::remembered(session().path()));
        connect(&CurrentAgent::instance(), &CurrentAgent::changed, this,
                [this](const QString& file) {
                    if (file == CurrentAgent::fileKey(session().path()))
                        session().setActingAgent(CurrentAgent::remembered(session().path()));
                });
    }
}

void MainWindow::startSweeps()
{
    // Breaches are recorded when they happen: a sweep now and every minute while open.
    if (!session().isReadOnly()) {
        m_sweep = new SlaSweep(
            session().location(), m_clock, [this] { return m_gone->isGone() || m_lost->isLost(); },
            this);
        connect(m_sweep, &SlaSweep::recorded, m_changes, &DataChanges::announce);
        connect(m_sweep, &SlaSweep::notice, this, [this](const QString& sentence, int ms) {
            statusBar()->showMessage(sentence, ms);
        });
        // Health scores are current: every active customer scored on open and each new day.
        if (HealthSweep::automatic())
            m_health = new HealthSweep(
                session().location(), m_clock,
                [this] { return m_gone->isGone() || m_lost->isLost(); }, this);
        if (m_health) {
            connect(m_health, &HealthSweep::scored, m_changes, &DataChanges::announce);
            connect(m_health, &HealthSweep::notice, this, [this](const QString& sentence, int ms) {
                statusBar()->showMessage(sentence, ms);
            });
        }
    }
}

void MainWindow::scheduleBackup()
{
    // Automatic backups: once a day on open (in the background), and on close when the
    // file changed. Kept next to the file, the newest 7.
    m_openedAt = QDateTime::currentDateTime();
    // Only a file: a server's data is backed up by the server's own tools.
    if (session().location().isFile() && !session().isReadOnly() &&
        !service::Maintenance::savedToday(session().path())) {
        QTimer::singleShot(3000, this, [this] {
            auto* task = BackgroundTask::start(
                session().path(), tr("Automatic backup"),
                [](Database& db, const BackgroundTask::Report&,
                   const std::atomic_bool& cancelled) -> Result<QString> {
                    auto saved = service::Maintenance(db).saveRolling(7, &cancelled);
                    if (!saved)
                        return failure(saved.error());
                    return *saved;
                },
                this);
            connect(task, &BackgroundTask::finished, this, [this](bool ok, const QString& message) {
                if (!ok)
                    statusBar()->showMessage(tr("The automatic backup failed: %1").arg(message),
                                             15000);
            });
        });
    }
}

void MainWindow::showEvent(QShowEvent* event)
{
    // The overview unless a view was asked for before the window appeared.
    if (m_sidebar->currentRow() < 0)
        showView(View::Overview);
    QMainWindow::showEvent(event);
}

MainWindow::~MainWindow()
{
    // The views go with the window's widgets, after m_db: what still speaks to the server as
    // it goes (AlsoViewing's leave, also on the window's last hide) goes first.
    qDeleteAll(findChildren<AlsoViewing*>());
}

bool MainWindow::addCustomer(const Customer& customer, QString* refused)
{
    auto added = Customers(*m_db, m_clock).add(customer);
    if (!added) {
        if (refused)
            *refused = added.error();
        else
            showError(added.error());
        return false;
    }
    m_changes->announce();
    showView(View::Customers);
    // Listed and selected, even when the search or a filter would hide it.
    const bool widened =
        qobject_cast<CustomersView*>(viewWidget(View::Customers))->reveal(added->value);
    const QString sentence =
        tr("Added %1 in %2")
            .arg(customer.name,
                 displayName(added->moves.empty() ? Stage::Onboarding : added->moves.back().to));
    statusBar()->showMessage(
        widened ? sentence + QStringLiteral(". ") + ListPane::revealedSentence() : sentence, 10000);
    return true;
}

qint64 MainWindow::addTicket(Ticket ticket)
{
    auto added = Tickets(*m_db, m_clock).add(std::move(ticket)); // created now
    if (!added) {
        showError(added.error());
        return 0;
    }
    m_changes->announce(); // the customer's row shows its new open ticket, the dashboards count it
    showView(View::Tickets);
    // Listed and selected, even when the search, the queue or a drill-down would hide it.
    const bool widened =
        qobject_cast<TicketsView*>(viewWidget(View::Tickets))->reveal(added->value);
    // The move, or the rules that send the customer back and forth and left it where it was.
    const QStringList moved = added->sentences();
    for (const QString& sentence : moved)
        announceMove(sentence, QString());
    if (moved.isEmpty()) {
        const QString sentence = tr("Ticket #%1 created").arg(added->value);
        statusBar()->showMessage(
            widened ? sentence + QStringLiteral(". ") + ListPane::revealedSentence() : sentence,
            10000);
    }
    return added->value;
}

void MainWindow::openImportWizard()
{
    auto* wizard = new ImportWizard(session().location(), m_clock, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::importFinished, this, [this](bool ok) {
        if (ok)
            refreshLists();
    });
    wizard->open();
}

void MainWindow::refreshLists()
{
    m_changes->announce();
}

void MainWindow::showNotice(const QString& sentence)
{
    statusBar()->showMessage(sentence, 10000);
}

void MainWindow::announceMove(const QString& notice, const QString& reason)
{
    MoveNotice::show(statusBar(),
                     reason.isEmpty() ? notice : notice + QStringLiteral(": ") + reason);
}

QString MainWindow::backUpTo(const QString& target)
{
    // QFileDialog has asked about replacing an existing file: the rename replaces it once the
    // copy is complete (never the open database itself, which Backup refuses).
    auto saved = service::Maintenance(*m_db).saveCopy(target, true);
    return saved ? QString() : saved.error();
}

void MainWindow::showError(const Error& sentence)
{
    // A write refused because the file is gone: the offer to save a copy (FileGone), not a
    // bare box, and never a second box over a dialog open now.
    if (sentence.is(Error::Kind::Gone)) {
        statusBar()->showMessage(sentence);
        m_gone->offer(true);
        return;
    }
    // A lost connection (or anything after it): said once by the window, not box after box.
    if (sentence.is(Error::Kind::ConnectionLost))
        m_lost->lost(sentence);
    if (m_lost->isLost()) {
        statusBar()->showMessage(m_lost->refusal(), 10000);
        return;
    }
    statusBar()->showMessage(sentence);
    // Window-modal but not blocking: the event loop (and a test driving it) goes on.
    auto* box =
        new QMessageBox(QMessageBox::Warning, tr("FunnelDesk"), sentence, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::updateCounts()
{
    if (m_lost->isLost())
        return; // no count read now would be right
    auto counts = service::Maintenance(*m_db).quickCounts();
    if (!counts && counts.error().is(Error::Kind::ConnectionLost))
        m_lost->lost(counts.error());
    if (!counts)
        return; // a busy file: the next edit tries again
    m_emptyHint->setFileEmpty(counts->customers == 0);
    m_counts->setText(tr("%1 · %2").arg(
        tr("%Ln customer(s)", nullptr, static_cast<int>(counts->customers)),
        tr("%Ln open ticket(s)", nullptr, static_cast<int>(counts->openTickets))));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Settings changed and not saved are not thrown away without asking either.
    if (m_settings && m_settings->isVisible()) {
        m_settings->reject(); // asks when something changed; Cancel keeps it open
        if (m_settings && m_settings->isVisible()) {
            event->ignore();
            return;
        }
    }
    // Replies typed and not sent are not thrown away without asking.
    if (auto* tickets =
            m_built.contains(static_cast<int>(View::Tickets))
                ? qobject_cast<TicketsView*>(m_pages->widget(static_cast<int>(View::Tickets)))
                : nullptr;
        tickets && !tickets->detail()->confirmDropDrafts()) {
        event->ignore();
        return;
    }
    if (!m_gone->confirmClose()) // the file deleted under the window: save a copy first?
        return event->ignore();
    BackgroundTask::finishAll(this); // no job is cut off halfway through a file
    saveLayout();
    if (!session().isReadOnly() && !m_gone->isGone() && changedSinceOpen()) {
        statusBar()->showMessage(tr("Backing up before closing…"));
        if (auto saved = service::Maintenance(*m_db).saveRolling(); !saved)
            qWarning("%s", qPrintable(saved.error())); // closing: no one to show a dialog to
    }
    event->accept();
}

bool MainWindow::changedSinceOpen() const
{
    const QString path = session().path();
    for (const QString& file : {path, QString(path + QStringLiteral("-wal"))}) {
        const QFileInfo info(file);
        if (info.exists() && info.lastModified() > m_openedAt)
            return true;
    }
    return false;
}

// The status bar's file or server; for a server, whether the connection is encrypted
// (issue 19, Security: libpq's PQsslInUse, through Session::encryption()).
void MainWindow::showWhere()
{
    const Location where = session().location();
    const QString readOnly = session().isReadOnly() ? tr(" (read-only)") : QString();
    if (where.isFile()) {
        m_file->setText(QDir::toNativeSeparators(where.path()) + readOnly);
        return;
    }
    const Encryption encryption = session().encryption();
    const QString server =
        encryption.encrypted
            ? tr("PostgreSQL server %1, encrypted (%2)").arg(where.display(), encryption.how)
            : tr("PostgreSQL server %1, not encrypted").arg(where.display());
    m_file->setText(server + readOnly);
    m_file->setToolTip(
        encryption.encrypted
            ? QString()
            : tr("What FunnelDesk and the server say to each other can be read on the network "
                 "between them. To require encryption, connect with sslmode=require (More "
                 "options) once the server's administrator has turned SSL on."));
}

} // namespace fd
