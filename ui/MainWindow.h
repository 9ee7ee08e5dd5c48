// The GUI's main window: a sidebar of views (the overview, one per funnel stage, all
// customers), menus and a status bar. Views arrive step by step (PRODUCT.md §4).
#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "csv/CsvExporter.h"
#include "Navigation.h"
#include "service/Session.h"

#include <QDateTime>
#include <QMainWindow>
#include <QPointer>

#include <atomic>
#include <functional>
#include <QSet>

#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QMenu;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QTimer;
class QVBoxLayout;

namespace fd {

class BackgroundTask;
class ConnectionLost;
class DataChanges;
class EmptyFileHint;
class FileGone;
class HealthSweep;
class SettingsDialog;
class SlaSweep;
class Database;
struct DrillDown;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    enum class View {
        Overview,
        Onboarding,
        PostSales,
        Retention,
        Advocacy,
        Customers,
        Tickets,
        Tasks
    };

    // `clock`: "now" for every view, dialog and background job the window makes (the
    // dashboards' counts, the tickets' SLA clocks, the sweeps, what a write stamps); it must
    // outlive the window and its background work. The system clock unless a test fixes it:
    // this default is the one place ui/ names Clock::system() (app/gui/main.cpp passes it).
    explicit MainWindow(OwnedDatabase database, const Clock& clock = Clock::system(),
                        QWidget* parent = nullptr);
    ~MainWindow() override;

    void showView(View view);
    View currentView() const;
    // False while the current view is still counting its numbers (a dashboard).
    bool isCurrentViewReady();
    // The view's widget, built on first use.
    QWidget* viewWidget(View view);

    // "overview", "onboarding", "post-sales", "retention", "advocacy", "customers", "tickets".
    static std::optional<View> viewNamed(const QString& name);

    // Files opened lately, newest first (kept in QSettings).
    static QStringList recentFiles();
    static void rememberFile(const QString& path);

    // Backs the open file up to `target` (online backup); the sentence if it failed.
    QString backUpTo(const QString& target);
    // Adds a customer (its stage evaluated at once) and shows it in the customers view. A
    // refusal goes to `refused` when given (the dialog shows it), else to an error box.
    bool addCustomer(const struct Customer& customer, QString* refused = nullptr);
    // Adds a ticket created now (the customer's stage re-evaluated with it) and shows it
    // in the tickets view; its id, or 0.
    qint64 addTicket(struct Ticket ticket);
    // Runs `work` off the UI thread on its own connection, with progress and Cancel in the
    // status bar; `done(ok)` runs back on the UI thread.
    BackgroundTask* runInBackground(
        const QString& title,
        std::function<Result<QString>(Database&, const std::function<void(qint64, qint64)>&,
                                      const std::atomic_bool&)>
            work,
        std::function<void(bool)> done = {});
    // Tools → Recompute stages, in the background; the lists are read again after it.
    BackgroundTask* recomputeStages();
    // Every active customer's health score now, in the background (after a saved setting).
    BackgroundTask* rescoreHealth();
    // Tools → Settings… (manager-only): the team's settings, not modal; the one open is raised.
    // Saved, every view reads again. Null when this login may not change them.
    SettingsDialog* openSettings();
    // File → Export to CSV: every field of customers, tickets or touchpoints.
    BackgroundTask* exportData(CsvExporter::Entity entity, const CsvExporter::Options& options,
                               const QString& target);
    // File → Export this list: the customers or tickets shown, as shown.
    BackgroundTask* exportCurrentList(const QString& target, bool bom);
    void openImportWizard();
    // Announces every write made in this window and notices those made by others; on its
    // changed() the counts, lists, detail panes and dashboards read the data again.
    DataChanges* dataChanges() const { return m_changes; }
    // Opens the list behind a dashboard's number, tile, bar, row or cell
    // (MainWindowNavigation.cpp): the list's search and filters cleared, a bar naming what is
    // listed; the place left is recorded for goBack.
    void openDrill(const DrillDown& list, const QString& what);
    // Back to the place before (Alt+Left, the drill bar's Back): the view and what it showed.
    void goBack();
    const NavigationHistory& history() const { return m_history; }

    // File → Connect to server… (MainWindowConnect.cpp): the dialog; once it has opened a server,
    // connected() hands it on.
    void connectToServer();
    // The database File → Connect to server… opened, for whoever shows it (then null).
    OwnedDatabase takeConnected();
    // The connection to the server was found lost (ConnectionLost.h): the window shows
    // nothing read through it any more.
    bool isConnectionLost() const;

signals:
    // The user chose another database file; whoever made the window opens it.
    void openRequested(const QString& path);
    // File → Connect to server… opened the server `key` (Location::key()): whoever made the
    // window shows takeConnected() in its place.
    void connected(const QString& key);

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    // The constructor's parts, in the order it calls them (MainWindow.cpp).
    QSplitter* buildPages();
    QVBoxLayout* buildCentral(QSplitter* splitter);
    QLabel* readOnlyBanner();
    void buildStatusBar();
    void watchData(QVBoxLayout* column, QSplitter* splitter);
    void startSweeps();
    void scheduleBackup();
    // The menu bar, menu by menu (MainWindowMenus.cpp).
    struct MenuActions;
    void buildMenus();
    void buildFileMenu(MenuActions& actions);
    void addOpenActions(QMenu* file);
    void addBackUpAction(QMenu* file);
    void buildEditMenu(MenuActions& actions);
    void buildToolsMenu(MenuActions& actions);
    void offForRole(const MenuActions& actions);
    void offWhileLost(const MenuActions& actions);
    void buildViewMenu();
    void buildHelpMenu();
    // A sentence in a box; a write refused because the file is gone (Error::Kind::Gone)
    // is FileGone's offer to save a copy instead.
    void showError(const fd::Error& sentence);
    void updateCounts();
    void showWhere();
    void refreshLists();
    void openExportDialog();
    void restoreLayout(QWidget* page);
    void saveLayout();
    bool changedSinceOpen() const;
    // A write's confirmation ("Reply sent on ticket #12."), in the status bar for 10 s.
    void showNotice(const QString& sentence);
    void announceMove(const QString& notice, const QString& reason);
    void showCustomer(qint64 customerId);
    // The customer the rep is looking at, if any: the default for a new ticket.
    std::optional<qint64> selectedCustomer();

    // What the open database is (where, read-only, gone): service/Session.h.
    Session session() const { return Session(*m_db); }

    OwnedDatabase m_db;
    const Clock& m_clock;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_pages = nullptr;
    EmptyFileHint* m_emptyHint = nullptr; // above the dashboards while the file has no customers
    QSet<int> m_built;
    QLabel* m_counts = nullptr;
    QDateTime m_openedAt;
    QLabel* m_file = nullptr;
    QWidget* m_job = nullptr; // the status bar's progress and Cancel while a job runs
    QProgressBar* m_jobProgress = nullptr;
    QLabel* m_jobTitle = nullptr;
    SlaSweep* m_sweep = nullptr;     // the SLA sweep, on open then every minute (none read-only)
    HealthSweep* m_health = nullptr; // the day's health recompute (none read-only)
    DataChanges* m_changes = nullptr;
    FileGone* m_gone = nullptr;          // the file deleted or moved under the window
    ConnectionLost* m_lost = nullptr;    // the server's connection lost under the window
    OwnedDatabase m_connected;           // opened by Connect to server…, until taken
    QPointer<SettingsDialog> m_settings; // Tools → Settings…, while open
    // Going back: the places left, and whether goBack is moving (it records nothing).
    void recordPlace();
    NavigationHistory m_history;
    bool m_goingBack = false;
};

} // namespace fd
