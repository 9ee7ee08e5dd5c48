#include "views/TicketsView.h"
#include "ClearButton.h"

#include "AgentChooser.h"
#include "common/TimeUnits.h"
#include "CurrentAgent.h"
#include "domain/Enums.h"
#include "domain/Sla.h"
#include "models/Formatting.h"
#include "models/TicketTableModel.h"
#include "service/Lists.h"
#include "service/Session.h"
#include "service/Team.h"
#include "service/Tickets.h"
#include "views/ColumnFit.h"
#include "views/DrillBar.h"
#include "views/KeepEndDelegate.h"
#include "views/ListPlace.h"
#include "views/ListTable.h"
#include "views/TicketDetail.h"
#include "views/WrapRow.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabBar>
#include <QTableView>
#include <QTimer>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace fd {

using Queue = TicketListQuery::Queue;

namespace {

constexpr const char* kQueueNames[] = {QT_TRANSLATE_NOOP("fd::TicketsView", "My open"),
                                       QT_TRANSLATE_NOOP("fd::TicketsView", "Unassigned"),
                                       QT_TRANSLATE_NOOP("fd::TicketsView", "All open"),
                                       QT_TRANSLATE_NOOP("fd::TicketsView", "SLA breached"),
                                       QT_TRANSLATE_NOOP("fd::TicketsView", "All tickets")};

} // namespace

TicketsView::TicketsView(Database& db, const Clock& clock, QWidget* parent)
    : ListPane(parent), m_db(db)
{
    m_model = new TicketTableModel(db, clock, this);
    if (auto targets = Tickets(db, clock).slaTargets())
        m_model->setSlaTargets(*targets);

    createQueues();
    QLayout* bar = createSearchBar();
    createTable();
    sizeColumns();
    m_detail = new TicketDetail(db, clock);
    createLayout(bar);
    createConnections();
    fillAgents();
    connect(&CurrentAgent::instance(), &CurrentAgent::changed, this, [this](const QString& file) {
        if (file == CurrentAgent::fileKey(Session(m_db).location().key())) {
            fillAgents();
            m_model->setAgent(m_agentId);
            updateCounts();
        }
    });
    m_model->setAgent(m_agentId);
    // A rep with a queue starts there; otherwise everything open.
    // The queue the rep used last; a rep with a queue of their own starts there, else all open.
    const int fallback = static_cast<int>(m_agentId ? Queue::MyOpen : Queue::AllOpen);
    const int remembered = QSettings().value(QStringLiteral("tickets/queue"), fallback).toInt();
    m_queues->setCurrentIndex(remembered >= 0 && remembered < m_queues->count() ? remembered
                                                                                : fallback);
    applyFilters();
    if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->selectRow(0);
    connect(m_queues, &QTabBar::currentChanged, this,
            [](int tab) { QSettings().setValue(QStringLiteral("tickets/queue"), tab); });
}

// The queues, as tabs above the list.
void TicketsView::createQueues()
{
    m_queues = new QTabBar;
    m_queues->setObjectName(QStringLiteral("ticketQueues"));
    m_queues->setExpanding(false);
    m_queues->setDrawBase(false);
    m_queues->setUsesScrollButtons(false); // every queue in view, none behind arrows
    for (const char* name : kQueueNames)
        m_queues->addTab(tr(name));
}

// The search, "Me" and the count: on a narrow pane "Me" and the count go below the search.
QLayout* TicketsView::createSearchBar()
{
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search subjects and descriptions, or #number"));
    enableClearButton(m_search);
    m_search->setAccessibleName(tr("Search tickets"));
    // The hint whole (it says a number finds a ticket), and room for the clear button.
    m_search->setMinimumWidth(
        m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 40);
    m_me = new QComboBox;
    m_me->setObjectName(QStringLiteral("meAgent"));
    m_me->setPlaceholderText(tr("Choose…"));
    m_me->setToolTip(tr("Who you are: your queue, and the name on your replies"));
    m_summary = new QLabel;
    m_me->setSizeAdjustPolicy(QComboBox::AdjustToContents); // a rep's whole name
    auto* me = new QWidget;
    auto* meRow = new QHBoxLayout(me);
    meRow->setContentsMargins(0, 0, 0, 0);
    meRow->addWidget(new QLabel(tr("Me:")));
    meRow->addWidget(m_me);
    auto* bar = new WrapRow;
    bar->addWidget(m_search, 1);
    bar->addWidget(me);
    bar->addWidget(m_summary);
    return bar;
}

void TicketsView::createTable()
{
    m_table = new QTableView;
    m_table->setModel(m_model);
    setUpListTable(m_table);
    // A narrow column cuts the name, not the "(customer 12)" that tells two Acmes apart.
    m_table->setItemDelegateForColumn(TicketTableModel::CustomerColumn,
                                      new KeepEndDelegate(m_table));
    m_table->setObjectName(QStringLiteral("ticketsTable"));
    m_table->setAccessibleName(tr("Tickets"));
    rememberColumns(m_table);
    // Most urgent first (TicketListQuery::Column::Urgency); a header click sorts by its column.
    m_table->horizontalHeader()->setSortIndicator(TicketTableModel::SlaColumn, Qt::AscendingOrder);
}

// The columns as wide as their usual contents; the subject takes what is left.
void TicketsView::sizeColumns()
{
    const QFontMetrics metrics = m_table->fontMetrics();
    m_table->setColumnWidth(TicketTableModel::IdColumn,
                            metrics.horizontalAdvance(QStringLiteral("1000000 ")));
    m_table->setColumnWidth(
        TicketTableModel::SubjectColumn,
        metrics.horizontalAdvance(QStringLiteral("Login loop after password reset")));
    m_table->setColumnWidth(TicketTableModel::CustomerColumn,
                            metrics.horizontalAdvance(QStringLiteral("Samuel Lindqvist ")));
    int statusWidth = metrics.horizontalAdvance(tr("Status"));
    for (std::size_t i = 0; i < enumCount<TicketStatus>(); ++i)
        statusWidth = std::max(
            statusWidth, metrics.horizontalAdvance(displayName(static_cast<TicketStatus>(i))));
    m_table->setColumnWidth(TicketTableModel::StatusColumn, statusWidth + 24);
    int priorityWidth = metrics.horizontalAdvance(tr("Priority"));
    for (std::size_t i = 0; i < enumCount<Priority>(); ++i)
        priorityWidth = std::max(priorityWidth,
                                 metrics.horizontalAdvance(displayName(static_cast<Priority>(i))));
    m_table->setColumnWidth(TicketTableModel::PriorityColumn, priorityWidth + 24);
    // The SLA column's text is Sla::describeBriefly: one unit, so these are its widest.
    int slaWidth = metrics.horizontalAdvance(tr("SLA"));
    const QDateTime epoch = QDateTime::fromSecsSinceEpoch(0, QTimeZone::utc());
    const auto brief = [&epoch](SlaClock::State state, qint64 secs) {
        SlaClock clock;
        clock.state = state;
        clock.due = epoch.addSecs(secs);
        clock.breachedAt = epoch.addSecs(-secs);
        return Sla::describeBriefly(clock, epoch);
    };
    for (const QString& sample :
         {brief(SlaClock::State::Breached, 59 * 60), brief(SlaClock::State::Paused, 59 * 60),
          brief(SlaClock::State::Running, 59 * 60), brief(SlaClock::State::Breached, 59 * kDay),
          brief(SlaClock::State::Breached, 729 * kDay),
          brief(SlaClock::State::Breached, 99 * 365 * kDay)})
        slaWidth = std::max(slaWidth, metrics.horizontalAdvance(sample));
    m_table->setColumnWidth(TicketTableModel::SlaColumn, slaWidth + 16);
    m_table->setColumnWidth(TicketTableModel::AssigneeColumn,
                            metrics.horizontalAdvance(QStringLiteral("Emma Hansen  ")));
    m_table->setColumnWidth(TicketTableModel::CreatedColumn,
                            metrics.horizontalAdvance(QStringLiteral("30 Sep 2026, 23:59  ")));
    // Subject takes what is left; the columns a rep acts on (#, priority, status, SLA) stay in
    // view. The others give way, and the ticket's pane still shows them (customer, assignee,
    // created).
    new ColumnFit(m_table, m_table->horizontalHeader(), TicketTableModel::SubjectColumn,
                  metrics.averageCharWidth() * 16,
                  {TicketTableModel::CreatedColumn, TicketTableModel::AssigneeColumn,
                   TicketTableModel::CustomerColumn},
                  {TicketTableModel::AssigneeColumn, TicketTableModel::CustomerColumn});
}

// The list under the search, the drill bar and the queues, beside the ticket's pane.
void TicketsView::createLayout(QLayout* bar)
{
    auto* listColumn = new QWidget;
    auto* listLayout = new QVBoxLayout(listColumn);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_onlyBar = new DrillBar(tr("Show the whole queue"));
    listLayout->addLayout(bar);
    listLayout->addWidget(m_onlyBar);
    listLayout->addWidget(m_queues);
    createWhoHint();
    listLayout->addWidget(m_whoHint);
    listLayout->addWidget(m_table, 1);
    auto* split = new QSplitter;
    split->setObjectName(QStringLiteral("ticketsSplitter"));
    split->addWidget(listColumn);
    // On a short screen the ticket's pane scrolls rather than squeezing the conversation
    // (TicketDetail::kThreadMinimumLines).
    split->addWidget(scrolling(m_detail, QStringLiteral("ticketScroll")));
    split->setStretchFactor(0, 5);
    split->setStretchFactor(1, 3);
    split->setSizes({640, 420});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
}

void TicketsView::createWhoHint()
{
    // "My open" while nobody is chosen for this file: why the list is empty, and the chooser
    // (the shared "Who are you?"); choosing fills the queue (CurrentAgent::changed).
    m_whoHint = new QWidget;
    m_whoHint->setObjectName(QStringLiteral("myOpenWho"));
    auto* whoText = new QLabel(
        tr("“My open” lists the tickets assigned to you, and FunnelDesk does not know yet "
           "who you are in this file."));
    whoText->setWordWrap(true);
    auto* whoButton = new QPushButton(tr("Choose who you are…"));
    connect(whoButton, &QPushButton::clicked, this,
            [this] { askCurrentAgent(this, m_db, tr("to list the tickets assigned to you")); });
    auto* whoLayout = new QHBoxLayout(m_whoHint);
    whoLayout->setContentsMargins(0, 0, 0, 0);
    whoLayout->addWidget(whoText, 1);
    whoLayout->addWidget(whoButton);
    m_whoHint->hide();
}

void TicketsView::createConnections()
{
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    m_detail->showTicket(current.data(TicketTableModel::TicketIdRole).toLongLong());
            });
    // An edit is announced by the window (DataChanges), whose refresh() keeps the ticket.
    connect(m_model, &TicketTableModel::notice, this, &TicketsView::notice);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TicketsView::updateCounts);
    // After a new queue, search or sort: ListPane::keepShownListed.
    setUpPane(m_search, m_table, m_detail, m_onlyBar); // Escape, Tab, the search's pause
    // Enter (or a double-click) on a ticket: straight to its reply box, past the fields that
    // save as they change (hostile tester: seven Tabs, and typing changed a combo box).
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        const qint64 id = index.data(TicketTableModel::TicketIdRole).toLongLong();
        if (id > 0 && id != m_detail->ticketId())
            m_detail->showTicket(id);
        if (m_detail->ticketId() > 0 && m_detail->composer()->isEnabled())
            m_detail->focusComposer();
    });
    connect(m_queues, &QTabBar::currentChanged, this, &TicketsView::applyFilters);
    connect(m_me, &QComboBox::activated, this, &TicketsView::chooseAgent);
}

QString TicketsView::listedText(int count, const QString& what)
{
    // "36 tickets: Post-sales tickets"
    return tr("%Ln ticket(s): %1", nullptr, count).arg(what);
}

bool TicketsView::isDrilled() const
{
    return m_model->query().only.has_value() || m_queueDrill;
}

void TicketsView::showAll()
{
    m_redrill = {};
    m_drillWhat.clear();
    m_onlyBar->hide();
    m_model->setOnly(std::nullopt);
    const int before = m_queueBeforeDrill;
    m_queueDrill = false;
    m_queueBeforeDrill = -1;
    if (before >= 0 && before != m_queues->currentIndex())
        selectQueue(before); // applies the filters
    else
        applyFilters();
}

void TicketsView::showQueue(int queue, const QString& what)
{
    m_redrill = {};
    m_drillWhat = what;
    if (!isDrilled())
        m_queueBeforeDrill = m_queues->currentIndex();
    setSearchText(QString());
    m_model->setOnly(std::nullopt);
    m_queueDrill = true;
    {
        const QSignalBlocker blockQueues(m_queues);
        selectQueue(queue);
    }
    applyFilters();
    m_onlyBar->showText(listedText(m_model->rowCount(), what));
}

QVariantMap TicketsView::saveState() const
{
    QVariantMap state;
    savePane(state, m_model->query().only);
    state[QStringLiteral("queue")] = m_queues->currentIndex();
    state[QStringLiteral("queueDrill")] = m_queueDrill;
    state[QStringLiteral("queueBeforeDrill")] = m_queueBeforeDrill;
    state[QStringLiteral("selected")] = m_detail->ticketId();
    return state;
}

void TicketsView::restoreState(const QVariantMap& state)
{
    setSearchText(state.value(QStringLiteral("search")).toString());
    {
        const QSignalBlocker blockQueues(m_queues);
        selectQueue(state.value(QStringLiteral("queue")).toInt());
    }
    m_queueDrill = state.value(QStringLiteral("queueDrill")).toBool();
    m_queueBeforeDrill = state.value(QStringLiteral("queueBeforeDrill"), -1).toInt();
    m_model->setOnly(restoreDrill(state));
    applyFilters();
    const qint64 selected = state.value(QStringLiteral("selected")).toLongLong();
    if (selected > 0)
        selectTicket(selected);
}

void TicketsView::fillAgents()
{
    // The file's active agents, the one remembered for this file chosen, and "Add me…":
    // a file with no agents is not a dead end.
    const QSignalBlocker block(m_me);
    m_me->clear();
    m_agentId.reset();
    const auto me = currentAgent(m_db);
    auto agents = Team(m_db).all();
    for (const Agent& a : agents ? *agents : std::vector<Agent>{}) {
        if (a.active)
            m_me->addItem(oneLine(a.name), a.id);
    }
    if (!Session(m_db).isReadOnly()) {
        if (m_me->count() > 0)
            m_me->insertSeparator(m_me->count());
        m_me->addItem(tr("Add me…"));
    }
    if (me)
        m_agentId = me->id;
    m_me->setCurrentIndex(m_agentId ? m_me->findData(*m_agentId) : -1);
    // On a server "Me" is the signed-in login's agent (issue 17, "Who is working").
    const TeamRights rights = Session(m_db).rights();
    const bool signedIn = rights.team && rights.agentId && me && me->id == *rights.agentId;
    m_me->setEnabled(!signedIn);
    m_me->setToolTip(signedIn
                         ? tr("Signed in as “%1”: on a server, you are the agent of your login")
                               .arg(rights.login)
                         : tr("Who you are: your queue, and the name on your replies"));
}

void TicketsView::chooseAgent()
{
    const QVariant id = m_me->currentData();
    if (id.isValid()) {
        CurrentAgent::remember(Session(m_db).location().key(),
                               id.toLongLong()); // fillAgents() follows
        return;
    }
    // "Add me…": the shared chooser, with its form open.
    AgentChooser chooser(m_db, tr("to list your tickets and sign your replies"), this,
                         AgentChooser::Start::AddMe);
    chooser.exec(); // remembered when accepted; cancelled, "Me" shows what it did
    fillAgents();
}

void TicketsView::selectQueue(int queue)
{
    m_queues->setCurrentIndex(queue);
}

void TicketsView::showOnly(const std::vector<qint64>& ids, const QString& what)
{
    m_redrill = {};
    m_drillWhat = what;
    if (!isDrilled())
        m_queueBeforeDrill = m_queues->currentIndex();
    m_queueDrill = false;
    setSearchText(QString());
    m_onlyBar->showText(listedText(static_cast<int>(ids.size()), what));
    m_model->setOnly(ids);
    {
        const QSignalBlocker blockQueues(m_queues);
        selectQueue(static_cast<int>(TicketListQuery::Queue::All));
    }
    applyFilters();
}

qint64 TicketsView::shownId() const
{
    return m_detail->ticketId();
}

void TicketsView::showInPane(qint64 id)
{
    m_detail->showTicket(id);
}

QString TicketsView::emptyText() const
{
    const QString words = m_search->text().trimmed();
    if (!words.isEmpty())
        return tr("No ticket matches “%1”.").arg(words) + QLatin1Char('\n') +
               tr("Escape clears the search.");
    return isDrilled() ? tr("No ticket in this list.") : tr("No ticket in this queue.");
}

int TicketsView::rowOf(qint64 id) const
{
    return m_model->rowOf(id);
}

bool TicketsView::widenToReveal(qint64 /*id*/)
{
    // The drill-down, then the search, then all open tickets, then every ticket.
    if (isDrilled()) {
        showAll();
        return true;
    }
    if (!m_search->text().isEmpty()) {
        setSearchText(QString());
        applyFilters();
        return true;
    }
    const int queue = m_queues->currentIndex();
    if (queue != static_cast<int>(Queue::AllOpen) && queue != static_cast<int>(Queue::All)) {
        selectQueue(static_cast<int>(Queue::AllOpen)); // applies the filters
        return true;
    }
    if (queue != static_cast<int>(Queue::All)) {
        selectQueue(static_cast<int>(Queue::All));
        return true;
    }
    return false;
}

void TicketsView::selectTicket(qint64 ticketId)
{
    const int row = m_model->rowOf(ticketId);
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    } else {
        showUnlisted(ticketId);
    }
}

void TicketsView::refresh()
{
    const ListPlace place = listPlace(*m_table, TicketTableModel::TicketIdRole);
    const qint64 shown = m_detail->ticketId();
    // "Me" offers the file's agents as they are now (one added by another process, say).
    fillAgents();
    m_model->setAgent(m_agentId);
    m_refreshing = true;
    if (auto ids = drillAgain())
        m_model->setOnly(std::move(ids)); // the drill-down counted again
    m_model->refresh();
    m_refreshing = false;
    if (isDrilled() && !m_drillWhat.isEmpty()) { // the bar's count follows
        const auto& only = m_model->query().only;
        m_onlyBar->showText(
            listedText(only ? static_cast<int>(only->size()) : m_model->rowCount(), m_drillWhat));
    }
    const bool listed = restoreListPlace(*m_table, place, TicketTableModel::TicketIdRole,
                                         [this](qint64 id) { return m_model->rowOf(id); });
    // Listed: becoming current again re-read it. Otherwise the pane keeps it, read again.
    if ((!listed || place.id != shown) && shown > 0)
        m_detail->showTicket(shown);
}

void TicketsView::applyFilters()
{
    m_searchDelay->stop();
    m_model->setSearch(m_search->text());
    const int tab = m_queues->currentIndex();
    m_model->setQueue(tab < 0 ? Queue::AllOpen : static_cast<Queue>(tab));
    updateCounts();
}

void TicketsView::updateCounts()
{
    m_whoHint->setVisible(m_queues->currentIndex() == static_cast<int>(Queue::MyOpen) &&
                          !m_agentId);
    const int n = m_model->rowCount();
    QString text = tr("%Ln ticket(s)", nullptr, n);
    if (m_model->truncated())
        text = tr("newest %1 matches").arg(QLocale().toString(n));
    m_summary->setText(text);
}

} // namespace fd
