#include "views/TicketsView.h"

#include "CurrentAgent.h"
#include "domain/Enums.h"
#include "models/TicketTableModel.h"
#include "storage/AgentRepository.h"
#include "storage/TicketListRepository.h"
#include "storage/TicketRepository.h"
#include "views/DrillBar.h"
#include "views/ListPlace.h"
#include "views/ListTable.h"
#include "views/TicketDetail.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace fd {

using Queue = TicketListQuery::Queue;

namespace {

constexpr const char* kQueueNames[] = {
    QT_TRANSLATE_NOOP("fd::TicketsView", "My open"), QT_TRANSLATE_NOOP("fd::TicketsView", "Unassigned"),
    QT_TRANSLATE_NOOP("fd::TicketsView", "All open"), QT_TRANSLATE_NOOP("fd::TicketsView", "SLA breached"),
    QT_TRANSLATE_NOOP("fd::TicketsView", "All tickets")};

} // namespace

TicketsView::TicketsView(Database& db, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_db(db)
{
    m_model = new TicketTableModel(db, clock, this);
    if (auto targets = TicketRepository(db).slaTargets())
        m_model->setSlaTargets(*targets);

    m_queues = new QTabBar;
    m_queues->setObjectName(QStringLiteral("ticketQueues"));
    m_queues->setExpanding(false);
    m_queues->setDrawBase(false);
    for (const char* name : kQueueNames)
        m_queues->addTab(tr(name));

    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search subjects and descriptions, or #number"));
    m_search->setClearButtonEnabled(true);
    m_me = new QComboBox;
    m_me->setPlaceholderText(tr("Choose…"));
    m_me->setToolTip(tr("Who you are: your queue, and the name on your replies"));
    m_summary = new QLabel;
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(new QLabel(tr("Me:")));
    bar->addWidget(m_me);
    bar->addWidget(m_summary);

    m_table = new QTableView;
    m_table->setModel(m_model);
    setUpListTable(m_table);
    m_table->setObjectName(QStringLiteral("ticketsTable"));
    rememberColumns(m_table);
    m_table->horizontalHeader()->setSortIndicator(TicketTableModel::CreatedColumn, Qt::DescendingOrder);
    const QFontMetrics metrics = m_table->fontMetrics();
    m_table->setColumnWidth(TicketTableModel::IdColumn, metrics.horizontalAdvance(QStringLiteral("1000000 ")));
    m_table->setColumnWidth(TicketTableModel::SubjectColumn, metrics.horizontalAdvance(QStringLiteral("Login loop after password reset")));
    m_table->setColumnWidth(TicketTableModel::CustomerColumn, metrics.horizontalAdvance(QStringLiteral("Samuel Lindqvist ")));
    int statusWidth = metrics.horizontalAdvance(tr("Status"));
    for (std::size_t i = 0; i < enumCount<TicketStatus>(); ++i)
        statusWidth = std::max(statusWidth, metrics.horizontalAdvance(displayName(static_cast<TicketStatus>(i))));
    m_table->setColumnWidth(TicketTableModel::StatusColumn, statusWidth + 24);
    int priorityWidth = metrics.horizontalAdvance(tr("Priority"));
    for (std::size_t i = 0; i < enumCount<Priority>(); ++i)
        priorityWidth = std::max(priorityWidth, metrics.horizontalAdvance(displayName(static_cast<Priority>(i))));
    m_table->setColumnWidth(TicketTableModel::PriorityColumn, priorityWidth + 24);
    m_table->setColumnWidth(TicketTableModel::SlaColumn, metrics.horizontalAdvance(QStringLiteral("breached 999 d 23 h ago  ")));
    m_table->setColumnWidth(TicketTableModel::AssigneeColumn, metrics.horizontalAdvance(QStringLiteral("Emma Hansen  ")));
    m_table->setColumnWidth(TicketTableModel::CreatedColumn, metrics.horizontalAdvance(QStringLiteral("30 Sep 2026, 23:59  ")));

    m_detail = new TicketDetail(db, clock);
    auto* listColumn = new QWidget;
    auto* listLayout = new QVBoxLayout(listColumn);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_onlyBar = new DrillBar(tr("Show the whole queue"));
    connect(m_onlyBar, &DrillBar::back, this, [this] {
        m_model->setOnly(std::nullopt);
        updateCounts();
    });
    listLayout->addLayout(bar);
    listLayout->addWidget(m_onlyBar);
    listLayout->addWidget(m_queues);
    listLayout->addWidget(m_table, 1);
    auto* split = new QSplitter;
    split->setObjectName(QStringLiteral("ticketsSplitter"));
    split->addWidget(listColumn);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 5);
    split->setStretchFactor(1, 3);
    split->setSizes({640, 420});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    m_detail->showTicket(current.data(TicketTableModel::TicketIdRole).toLongLong());
            });
    // An edit is announced by the window (DataChanges), whose refresh() keeps the ticket.
    connect(m_model, &TicketTableModel::notice, this, &TicketsView::notice);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TicketsView::updateCounts);
    // After a new queue, search or sort, the ticket in the pane stays selected when it is
    // listed; otherwise the first one is.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_refreshing)
            return;
        const int row = m_detail->ticketId() > 0 ? m_model->rowOf(m_detail->ticketId()) : -1;
        if (row >= 0 || m_model->rowCount() > 0)
            m_table->selectRow(std::max(row, 0));
    });
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &TicketsView::applyFilters);
    connect(m_queues, &QTabBar::currentChanged, this, &TicketsView::applyFilters);
    connect(m_me, &QComboBox::activated, this, &TicketsView::chooseAgent);

    auto agents = AgentRepository(db).all();
    const QString me = currentAgentName();
    for (const Agent& a : agents ? *agents : std::vector<Agent>{}) {
        if (!a.active)
            continue;
        m_me->addItem(a.name, a.id);
        if (a.name == me)
            m_agentId = a.id;
    }
    if (m_agentId)
        m_me->setCurrentIndex(m_me->findData(*m_agentId));
    else
        m_me->setCurrentIndex(-1);
    m_model->setAgent(m_agentId);
    // A rep with a queue starts there; otherwise everything open.
    // The queue the rep used last; a rep with a queue of their own starts there, else all open.
    const int fallback = static_cast<int>(m_agentId ? Queue::MyOpen : Queue::AllOpen);
    const int remembered = QSettings().value(QStringLiteral("tickets/queue"), fallback).toInt();
    m_queues->setCurrentIndex(remembered >= 0 && remembered < m_queues->count() ? remembered : fallback);
    applyFilters();
    if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->selectRow(0);
    connect(m_queues, &QTabBar::currentChanged, this,
            [](int tab) { QSettings().setValue(QStringLiteral("tickets/queue"), tab); });
}

void TicketsView::chooseAgent()
{
    const QVariant id = m_me->currentData();
    m_agentId = id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
    setCurrentAgentName(m_me->currentText());
    m_model->setAgent(m_agentId);
    updateCounts();
}

void TicketsView::selectQueue(int queue)
{
    m_queues->setCurrentIndex(queue);
}

void TicketsView::showOnly(const std::vector<qint64>& ids, const QString& what)
{
    {
        const QSignalBlocker blockSearch(m_search);
        m_search->clear();
    }
    m_onlyBar->showText(tr("Showing the %Ln ticket(s) behind “%1”.", nullptr, static_cast<int>(ids.size())).arg(what));
    m_model->setOnly(ids);
    selectQueue(static_cast<int>(TicketListQuery::Queue::All));
    applyFilters();
}

void TicketsView::setSearch(const QString& text)
{
    m_search->setText(text);
    applyFilters();
}

void TicketsView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void TicketsView::selectTicket(qint64 ticketId)
{
    const int row = m_model->rowOf(ticketId);
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    } else {
        m_detail->showTicket(ticketId);
    }
}

void TicketsView::refresh()
{
    const ListPlace place = listPlace(*m_table, TicketTableModel::TicketIdRole);
    const qint64 shown = m_detail->ticketId();
    m_refreshing = true;
    m_model->refresh();
    m_refreshing = false;
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
    const int n = m_model->rowCount();
    QString text = tr("%Ln ticket(s)", nullptr, n);
    if (m_model->truncated())
        text = tr("newest %1 matches").arg(QLocale().toString(n));
    m_summary->setText(text);
}

} // namespace fd
