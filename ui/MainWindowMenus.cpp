// MainWindow's menu bar: File, Edit, Tools, View and Help, with their shortcuts and the
// actions a read-only or server database turns off.
#include "DateFieldTab.h"
#include "EmptyFileHint.h"
#include "MainWindow.h"
#include "MainWindowViews.h"
#include "MoveNotice.h"

#include "ExportConfirmation.h"
#include "SaveDialogs.h"
#include "ShortcutSheet.h"
#include "StatusRoom.h"
#include "WindowFit.h"

#include "models/Formatting.h"
#include "views/FormRows.h"

#include "AgentChooser.h"
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
#include "service/Customers.h"
#include "service/Maintenance.h"
#include "service/Session.h"
#include "service/Team.h"
#include "service/Tickets.h"
#include "stages/StageEngine.h"
#include "views/CannedRepliesDialog.h"
#include "views/CustomerDetail.h"
#include "views/CustomerDialog.h"
#include "views/CustomersView.h"
#include "views/DashboardView.h"
#include "views/ImportWizard.h"
#include "views/NewTicketDialog.h"
#include "views/SettingsDialog.h"
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

// The actions later parts of the menu bar turn off (for a rep's role, while the connection is
// lost), and the menus that then show why.
struct MainWindow::MenuActions {
    QMenu* file = nullptr;
    QMenu* edit = nullptr;
    QMenu* tools = nullptr;
    QAction* importFile = nullptr;
    QAction* exportData = nullptr;
    QAction* exportList = nullptr;
    QAction* newCustomer = nullptr;
    QAction* newTicket = nullptr;
    QAction* find = nullptr;
    QAction* canned = nullptr;
    QAction* recompute = nullptr;
    QAction* settings = nullptr;
};

void MainWindow::buildMenus()
{
    MenuActions actions;
    buildFileMenu(actions);
    buildEditMenu(actions);
    buildToolsMenu(actions);
    offForRole(actions);
    offWhileLost(actions);
    buildViewMenu();
    buildHelpMenu();
}

// File: opening, importing and exporting, backing up, quitting.
void MainWindow::buildFileMenu(MenuActions& actions)
{
    QMenu* file = actions.file = menuBar()->addMenu(tr("&File"));
    addOpenActions(file);
    file->addSeparator();
    actions.importFile =
        file->addAction(tr("&Import from CSV…"), this, &MainWindow::openImportWizard);
    actions.importFile->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    actions.importFile->setEnabled(!session().isReadOnly());
    actions.exportData =
        file->addAction(tr("&Export to CSV…"), this, &MainWindow::openExportDialog);
    actions.exportData->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    actions.exportList = file->addAction(tr("Export this &list…"), this, [this] {
        const QString target = SaveDialogs::askSavePath(
            this, SaveDialogs::Kind::Csv, tr("Export this list"),
            qobject_cast<TicketsView*>(m_pages->currentWidget()) ? QStringLiteral("tickets.csv")
                                                                 : QStringLiteral("customers.csv"),
            tr("CSV files (*.csv)"));
        if (!target.isEmpty())
            exportCurrentList(target, true);
    });
    actions.exportList->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    actions.exportList->setToolTip(
        tr("The customers or tickets shown, with their search, filters and order"));
    file->addSeparator();
    addBackUpAction(file);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcuts(QKeySequence::Quit);
    if (quit->shortcuts()
            .isEmpty()) // a platform theme without a Quit key (offscreen, some desktops)
        quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
}

// File's Open…, Connect to server…, Open recent and New database….
void MainWindow::addOpenActions(QMenu* file)
{
    QAction* open = file->addAction(tr("&Open…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open a FunnelDesk database"), QFileInfo(session().path()).absolutePath(),
            tr("FunnelDesk databases (*.sqlite *.db *.funneldesk);;All files (*)"));
        if (!path.isEmpty())
            emit openRequested(path);
    });
    open->setShortcut(QKeySequence::Open);
    QAction* connectServer =
        file->addAction(tr("&Connect to server…"), this, &MainWindow::connectToServer);
    connectServer->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O));
    QMenu* recent = file->addMenu(tr("Open &recent"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] {
        recent->clear();
        for (const QString& entry : recentFiles()) {
            const Result<Location> where = Location::parse(entry);
            if (!where || *where == session().location())
                continue;
            const QString label = where->isFile()
                                      ? QDir::toNativeSeparators(where->path())
                                      : tr("PostgreSQL server %1").arg(where->display());
            recent->addAction(label, this, [this, entry] { emit openRequested(entry); });
        }
        if (recent->isEmpty())
            recent->addAction(tr("No other files yet"))->setEnabled(false);
    });
    QAction* newFile = file->addAction(tr("&New database…"), this, [this] {
        const QString path = SaveDialogs::askSavePath(
            this, SaveDialogs::Kind::Database, tr("Create a FunnelDesk database"),
            QStringLiteral("funneldesk.sqlite"), tr("FunnelDesk databases (*.sqlite)"),
            QFileInfo(session().path()).absolutePath());
        if (path.isEmpty())
            return;
        if (QFileInfo::exists(path)) {
            showError(tr("“%1” already exists; choose File → Open to open it, or another name to "
                         "start a new database.")
                          .arg(QDir::toNativeSeparators(path)));
            return;
        }
        emit openRequested(path); // opening a missing file creates it
    });
    newFile->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
}

// File → Back up…, off for a server's database (its own tools back it up).
void MainWindow::addBackUpAction(QMenu* file)
{
    QAction* backUp = file->addAction(tr("&Back up…"), this, [this] {
        const QString target = SaveDialogs::askSavePath(
            this, SaveDialogs::Kind::Backup, tr("Back up to"),
            SaveDialogs::backupName(session().path(), m_clock.now().toLocalTime().date()),
            tr("FunnelDesk databases (*.sqlite)"), QFileInfo(session().path()).absolutePath());
        if (target.isEmpty())
            return;
        const QString problem = backUpTo(target);
        if (problem.isEmpty())
            ExportConfirmation::show(this, tr("The file is backed up."), target);
        else
            showError(problem);
    });
    backUp->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    if (session().location().isServer()) { // the server's own tools back it up, not this window
        backUp->setEnabled(false);
        backUp->setToolTip(
            tr("A database on a server is backed up and restored by its administrator with the "
               "server's own tools; for a FunnelDesk file of it, run “funneldesk-cli --db SERVER "
               "migrate --to copy.sqlite”."));
        file->setToolTipsVisible(
            true); // the why, on hovering the greyed item (a manager's menu too)
    }
}

// Edit: new customers and tickets, Find, canned replies.
void MainWindow::buildEditMenu(MenuActions& actions)
{
    QMenu* edit = actions.edit = menuBar()->addMenu(tr("&Edit"));
    actions.newCustomer = edit->addAction(tr("&New customer…"), this, [this] {
        auto agents = Team(*m_db).all();
        CustomerDialog dialog(m_clock, this, agents ? std::move(*agents) : std::vector<Agent>{});
        dialog.setSave([this](const Customer& c) {
            QString refused;
            addCustomer(c, &refused);
            return refused;
        });
        dialog.exec();
    });
    actions.newCustomer->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    actions.newCustomer->setEnabled(!session().isReadOnly());
    m_emptyHint->addAction(actions.importFile);
    m_emptyHint->addAction(actions.newCustomer);
    actions.newTicket = edit->addAction(tr("New &ticket…"), this, [this] {
        // The assignee defaults to the agent at the keyboard; when not known, the dialog asks
        // at Create ticket, like every write that needs the agent.
        const auto agent = currentAgent(*m_db);
        NewTicketDialog dialog(*m_db, m_clock, selectedCustomer(),
                               agent ? std::optional(agent->id) : std::nullopt, this);
        connect(&dialog, &NewTicketDialog::customerAdded, m_changes, &DataChanges::announce);
        while (dialog.exec() == QDialog::Accepted) {
            if (addTicket(dialog.ticket()) > 0)
                break; // refused: the dialog comes back with what was typed
        }
    });
    actions.newTicket->setShortcut(QKeySequence::New);
    actions.newTicket->setEnabled(!session().isReadOnly());
    actions.find = edit->addAction(tr("&Find…"), this, [this] {
        // From the overview, searching means the list of all customers.
        if (currentView() == View::Overview)
            showView(View::Customers);
        if (auto* list = qobject_cast<CustomersView*>(viewWidget(currentView())))
            list->focusSearch();
        else if (auto* tickets = qobject_cast<TicketsView*>(viewWidget(currentView())))
            tickets->focusSearch();
    });
    actions.find->setShortcut(QKeySequence::Find);
    edit->addSeparator();
    actions.canned = edit->addAction(tr("&Canned replies…"), this, [this] {
        auto* dialog = new CannedRepliesDialog(*m_db, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &CannedRepliesDialog::failed, this, &MainWindow::showError);
        dialog->open();
    });
    actions.canned->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
}

// Tools: recompute stages, the team's settings.
void MainWindow::buildToolsMenu(MenuActions& actions)
{
    QMenu* tools = actions.tools = menuBar()->addMenu(tr("&Tools"));
    actions.recompute =
        tools->addAction(tr("&Recompute stages"), this, &MainWindow::recomputeStages);
    actions.recompute->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R));
    actions.recompute->setEnabled(!session().isReadOnly());
    actions.recompute->setToolTip(tr("Apply the stage rules to every customer now"));
    tools->setToolTipsVisible(true);
    tools->addSeparator();
    actions.settings = tools->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    actions.settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    actions.settings->setEnabled(!session().isReadOnly());
    if (session().isReadOnly())
        actions.settings->setToolTip(tr("This file is read-only: its settings cannot be changed"));
    actions.settings->setToolTip(
        tr("Stage rules, targets, SLA, health score, success plans, playbooks and agents"));
}

void MainWindow::offForRole(const MenuActions& actions)
{
    // What the signed-in role may not do is off, and says why (issue 17, "Rights enforced by the
    // server"): the server refuses it anyway; a rep is not left to find out by trying.
    if (const TeamRights rights = session().rights(); !rights.manager) {
        const std::pair<QAction*, QString> managers[] = {
            {actions.importFile, tr("Importing")},
            {actions.canned, tr("Editing the canned replies")},
            {actions.settings, tr("Changing the team's settings")}};
        for (const auto& [action, what] : managers) {
            action->setEnabled(false);
            action->setToolTip(Session::needsManager(what, rights));
        }
        actions.file->setToolTipsVisible(true); // the why, on hovering the greyed item
        actions.edit->setToolTipsVisible(true);
        actions.tools->setToolTipsVisible(true);
    }
}

void MainWindow::offWhileLost(const MenuActions& actions)
{
    // Once the server's connection is lost, nothing that reads or writes the data may run: a
    // recompute would report "moved: 0", a new ticket would find no customer (hostile pass).
    // File's opening items and Quit stay. Reconnected, each is as it was before.
    const QList<QAction*> dataActions{actions.importFile,  actions.exportData, actions.exportList,
                                      actions.newCustomer, actions.newTicket,  actions.find,
                                      actions.canned,      actions.recompute,  actions.settings};
    connect(m_lost, &ConnectionLost::connectionLost, this, [this, dataActions] {
        for (QAction* action : dataActions) {
            action->setProperty("enabledBeforeLoss", action->isEnabled());
            action->setProperty("tipBeforeLoss", action->toolTip());
            action->setEnabled(false);
            action->setToolTip(m_lost->sentence());
        }
    });
    connect(m_lost, &ConnectionLost::reconnected, this, [dataActions] {
        for (QAction* action : dataActions) {
            action->setEnabled(action->property("enabledBeforeLoss").toBool());
            action->setToolTip(action->property("tipBeforeLoss").toString());
        }
    });
}

// View: one item per view (Ctrl+1…), Refresh, Back.
void MainWindow::buildViewMenu()
{
    QMenu* view = menuBar()->addMenu(tr("&View"));
    int number = 1;
    for (const ViewInfo& info : kViews) {
        QAction* action =
            view->addAction(tr(info.title), this, [this, v = info.view] { showView(v); });
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + number++)));
    }
    view->addSeparator();
    QAction* refresh = view->addAction(tr("&Refresh"), this, [this] {
        updateCounts();
        refreshNow(m_pages->currentWidget());
    });
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    view->addAction(tr("&Back"), this, &MainWindow::goBack)->setShortcuts(backKeys());
}

// Help: the keyboard shortcuts, About.
void MainWindow::buildHelpMenu()
{
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), this,
                    [this] {
                        QMessageBox::information(this, tr("Keyboard shortcuts"),
                                                 ShortcutSheet::html(*menuBar()));
                    })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    QAction* about = help->addAction(tr("&About FunnelDesk"), this, [this] {
        QMessageBox::about(this, tr("About FunnelDesk"),
                           tr("<h3>FunnelDesk %1</h3><p>A desktop helpdesk organised around the "
                              "support funnel: Onboarding → Post-sales support → Retention → "
                              "Advocacy.</p><p>Licensed under the Apache License 2.0.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    about->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F1));
}

} // namespace fd

namespace fd {

SettingsDialog* MainWindow::openSettings()
{
    if (session().isReadOnly()) {
        showError(tr(
            "This file is read-only: its settings can be read with funneldesk-cli settings list, "
            "not changed."));
        return nullptr;
    }
    if (const TeamRights rights = session().rights(); !rights.manager) {
        showError(Session::needsManager(tr("Changing the team's settings"), rights));
        return nullptr;
    }
    if (m_settings &&
        m_settings->isVisible()) { // a closed one is on its way out (WA_DeleteOnClose)
        m_settings->raise();
        m_settings->activateWindow();
        return m_settings;
    }
    m_settings = new SettingsDialog(*m_db, m_clock, session().location().isServer(), this);
    m_settings->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_settings->isLoaded()) {
        const Error why = m_settings->loadError();
        delete m_settings;
        showError(why);
        return nullptr;
    }
    connect(m_settings, &SettingsDialog::showCustomers, this, &MainWindow::openDrill);
    connect(m_settings, &SettingsDialog::saved, this, [this](bool stageRules, bool health) {
        m_changes->announce(); // every view reads again: a target or a rule changes what they show
        showNotice(tr("Settings saved."));
        // What the preview said happens now: the rules move the customers, then the scores
        // (time in stage among them) are computed again.
        if (stageRules) {
            if (BackgroundTask* task = recomputeStages())
                connect(task, &BackgroundTask::finished, this, [this](bool ok) {
                    if (ok)
                        rescoreHealth();
                });
        } else if (health) {
            rescoreHealth();
        }
    });
    m_settings->show();
    return m_settings;
}

} // namespace fd
