#include "MainWindow.h"

#include "common/Clock.h"
#include "domain/Customer.h"
#include "stages/StageEngine.h"
#include "storage/Backup.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "models/CustomerTableModel.h"
#include "views/CustomerDetail.h"
#include "views/NewCustomerDialog.h"
#include "views/CustomersView.h"
#include "views/OverviewView.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace fd {

namespace {

struct ViewInfo {
    MainWindow::View view;
    const char* name; // for --view
    const char* title;
};

constexpr ViewInfo kViews[] = {
    {MainWindow::View::Overview, "overview", QT_TRANSLATE_NOOP("fd::MainWindow", "Overview")},
    {MainWindow::View::Onboarding, "onboarding", QT_TRANSLATE_NOOP("fd::MainWindow", "Onboarding")},
    {MainWindow::View::PostSales, "post-sales", QT_TRANSLATE_NOOP("fd::MainWindow", "Post-sales")},
    {MainWindow::View::Retention, "retention", QT_TRANSLATE_NOOP("fd::MainWindow", "Retention")},
    {MainWindow::View::Advocacy, "advocacy", QT_TRANSLATE_NOOP("fd::MainWindow", "Advocacy")},
    {MainWindow::View::Customers, "customers", QT_TRANSLATE_NOOP("fd::MainWindow", "Customers")},
};

} // namespace

MainWindow::MainWindow(std::unique_ptr<Database> database, QWidget* parent)
    : QMainWindow(parent), m_db(std::move(database))
{
    setWindowTitle(tr("%1 — FunnelDesk").arg(QFileInfo(m_db->path()).fileName()));

    m_sidebar = new QListWidget;
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setMinimumWidth(160);
    m_sidebar->setSpacing(3);
    m_sidebar->setStyleSheet(QStringLiteral("QListWidget { padding: 8px 4px; }"));
    QFont sidebarFont = m_sidebar->font();
    sidebarFont.setPointSizeF(sidebarFont.pointSizeF() * 1.1);
    m_sidebar->setFont(sidebarFont);
    m_pages = new QStackedWidget;
    // A view is built the first time it is shown: starting costs one view, not all.
    for (const ViewInfo& info : kViews) {
        m_sidebar->addItem(tr(info.title));
        m_pages->addWidget(new QWidget);
    }
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_pages->setCurrentWidget(viewWidget(static_cast<View>(row)));
    });

    auto* splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({180, 1100});
    auto* central = new QWidget;
    auto* column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    if (m_db->isReadOnly()) {
        auto* banner = new QLabel(tr("This file is read-only: you can look, but not change anything. "
                                     "Make it writable, or open a copy, to work in it."));
        banner->setObjectName(QStringLiteral("readOnlyBanner"));
        banner->setWordWrap(true);
        banner->setStyleSheet(QStringLiteral("QLabel { background: #fef3c7; color: #78350f; padding: 6px 10px; }"));
        column->addWidget(banner);
    }
    column->addWidget(splitter, 1);
    setCentralWidget(central);

    m_file = new QLabel(QDir::toNativeSeparators(m_db->path()) +
                        (m_db->isReadOnly() ? tr(" (read-only)") : QString()));
    statusBar()->addPermanentWidget(m_file); // no stretch: notices need the room
    buildMenus();

    resize(1280, 800);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
}

void MainWindow::showEvent(QShowEvent* event)
{
    // The overview unless a view was asked for before the window appeared.
    if (m_sidebar->currentRow() < 0)
        showView(View::Overview);
    QMainWindow::showEvent(event);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open a FunnelDesk database"), QFileInfo(m_db->path()).absolutePath(),
            tr("FunnelDesk databases (*.sqlite *.db);;All files (*)"));
        if (!path.isEmpty())
            emit openRequested(path);
    });
    open->setShortcut(QKeySequence::Open);
    QMenu* recent = file->addMenu(tr("Open &recent"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] {
        recent->clear();
        for (const QString& path : recentFiles()) {
            if (path != m_db->path())
                recent->addAction(QDir::toNativeSeparators(path), this, [this, path] { emit openRequested(path); });
        }
        if (recent->isEmpty())
            recent->addAction(tr("No other files yet"))->setEnabled(false);
    });
    file->addAction(tr("&Back up…"), this, [this] {
        const QString suggested = m_db->path() + QDate::currentDate().toString(QStringLiteral("'.'yyyy-MM-dd'.backup.sqlite'"));
        const QString target = QFileDialog::getSaveFileName(this, tr("Back up to"), suggested,
                                                            tr("FunnelDesk databases (*.sqlite)"));
        if (target.isEmpty())
            return;
        const QString problem = backUpTo(target);
        if (problem.isEmpty())
            statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(target)), 10000);
        else
            showError(problem);
    });
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* newCustomer = edit->addAction(tr("&New customer…"), this, [this] {
        NewCustomerDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted)
            addCustomer(dialog.customer());
    });
    newCustomer->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    newCustomer->setEnabled(!m_db->isReadOnly());
    QAction* find = edit->addAction(tr("&Find customers…"), this, [this] {
        // From the overview, searching means the list of all customers.
        if (currentView() == View::Overview)
            showView(View::Customers);
        if (auto* list = qobject_cast<CustomersView*>(viewWidget(currentView())))
            list->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    int number = 1;
    for (const ViewInfo& info : kViews) {
        QAction* action = view->addAction(tr(info.title), this, [this, v = info.view] { showView(v); });
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + number++)));
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), this, [this] {
        QMessageBox::information(
            this, tr("Keyboard shortcuts"),
            tr("<table cellpadding='3'>"
               "<tr><td><b>Ctrl+1 … Ctrl+6</b></td><td>Overview, the four stages, all customers</td></tr>"
               "<tr><td><b>Ctrl+F</b></td><td>Search customers</td></tr>"
               "<tr><td><b>Ctrl+Shift+N</b></td><td>New customer</td></tr>"
               "<tr><td><b>Ctrl+L</b></td><td>Log a touchpoint with the selected customer</td></tr>"
               "<tr><td><b>Ctrl+O</b></td><td>Open another database</td></tr>"
               "<tr><td><b>Ctrl+Q</b></td><td>Quit</td></tr></table>"));
    });
    help->addAction(tr("&About FunnelDesk"), this, [this] {
        QMessageBox::about(this, tr("About FunnelDesk"),
                           tr("<h3>FunnelDesk %1</h3><p>A desktop helpdesk organised around the "
                              "support funnel: Onboarding → Post-sales support → Retention → "
                              "Advocacy.</p><p>Licensed under the Apache License 2.0.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

bool MainWindow::addCustomer(const Customer& customer)
{
    auto added = StageEngine(*m_db, Clock::system()).record(std::nullopt, [&] {
        return CustomerRepository(*m_db).add(customer);
    });
    if (!added) {
        showError(added.error());
        return false;
    }
    showView(View::Customers);
    auto* list = qobject_cast<CustomersView*>(viewWidget(View::Customers));
    list->model()->refresh();
    list->selectCustomer(added->first);
    statusBar()->showMessage(tr("Added %1 in %2").arg(customer.name,
                                                      displayName(added->second.empty() ? Stage::Onboarding : added->second.back().to)),
                             10000);
    return true;
}

QStringList MainWindow::recentFiles()
{
    return QSettings().value(QStringLiteral("files/recent")).toStringList();
}

void MainWindow::rememberFile(const QString& path)
{
    QStringList files = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    QSettings().setValue(QStringLiteral("files/recent"), files.mid(0, 8));
}

QString MainWindow::backUpTo(const QString& target)
{
    // QFileDialog has asked about replacing an existing file; Backup never replaces one.
    if (QFileInfo::exists(target) && !QFile::remove(target))
        return tr("Cannot replace “%1”.").arg(QDir::toNativeSeparators(target));
    auto saved = Backup::save(*m_db, target);
    return saved ? QString() : saved.error();
}

void MainWindow::showView(View view)
{
    m_sidebar->setCurrentRow(static_cast<int>(view));
}

MainWindow::View MainWindow::currentView() const
{
    return static_cast<View>(m_pages->currentIndex());
}

QWidget* MainWindow::viewWidget(View view)
{
    const int index = static_cast<int>(view);
    if (m_built.contains(index))
        return m_pages->widget(index);
    QWidget* page = nullptr;
    if (view == View::Overview) {
        auto* overview = new OverviewView(*m_db);
        connect(overview, &OverviewView::failed, this, &MainWindow::showError);
        page = overview;
    } else {
        const std::optional<Stage> stage =
            view == View::Customers ? std::nullopt : std::optional(static_cast<Stage>(index - 1));
        auto* customers = new CustomersView(*m_db, Clock::system(), stage);
        connect(customers->detail(), &CustomerDetail::failed, this, &MainWindow::showError);
        connect(customers->model(), &CustomerTableModel::failed, this, &MainWindow::showError);
        connect(customers->detail(), &CustomerDetail::moved, this,
                [this](qint64, const QString& notice, const QString& reason) {
                    statusBar()->showMessage(notice + tr(" — why: ") + reason, 15000);
                });
        page = customers;
    }
    QWidget* placeholder = m_pages->widget(index);
    m_pages->insertWidget(index, page);
    m_pages->removeWidget(placeholder);
    delete placeholder;
    m_built.insert(index);
    return page;
}

std::optional<MainWindow::View> MainWindow::viewNamed(const QString& name)
{
    for (const ViewInfo& info : kViews) {
        if (name == QLatin1String(info.name))
            return info.view;
    }
    return std::nullopt;
}

void MainWindow::showError(const QString& sentence)
{
    statusBar()->showMessage(sentence);
    // Window-modal but not blocking: the event loop (and a test driving it) goes on.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("FunnelDesk"), sentence, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    if (auto* splitter = findChild<QSplitter*>(QStringLiteral("mainSplitter")))
        settings.setValue(QStringLiteral("window/splitter"), splitter->saveState());
    event->accept();
}

} // namespace fd
