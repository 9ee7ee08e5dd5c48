#include "views/CustomersView.h"
#include "ClearButton.h"

#include "models/CustomerTableModel.h"
#include "models/Formatting.h"
#include "service/Team.h"
#include "views/ColumnFit.h"
#include "views/CustomerDetail.h"
#include "views/DrillBar.h"
#include "views/KeepEndDelegate.h"
#include "views/ListPlace.h"
#include "views/ListTable.h"
#include "views/WrapRow.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace fd {

CustomersView::CustomersView(Database& db, const Clock& clock, QWidget* parent)
    : ListPane(parent), m_db(db)
{
    m_model = new CustomerTableModel(db, this);
    QLayout* filters = createFilters();
    createTable();
    m_detail = new CustomerDetail(db, clock);
    auto* split = new QSplitter;
    split->setObjectName(QStringLiteral("customersSplitter"));
    split->addWidget(m_table);
    split->addWidget(scrolling(m_detail, QStringLiteral("customerScroll")));
    split->setStretchFactor(0, 5);
    split->setStretchFactor(1, 3);

    m_onlyBar = new DrillBar(tr("Show all customers"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_onlyBar);
    layout->addWidget(split, 1);
    setUpPane(m_search, m_table, m_detail, m_onlyBar); // Escape, Tab, the search's pause

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    m_detail->showCustomer(
                        current.data(CustomerTableModel::CustomerIdRole).toLongLong());
            });
    // An edit can change a row's stage, counts or place in the sort: the window announces
    // it (DataChanges) and refresh() reads the list again, keeping the customer selected.

    connect(m_stage, &QComboBox::currentIndexChanged, this, &CustomersView::applyFilters);
    connect(m_status, &QComboBox::currentIndexChanged, this, &CustomersView::applyFilters);
    connect(m_owner, &QComboBox::currentIndexChanged, this, &CustomersView::applyFilters);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CustomersView::updateSummary);
    applyFilters();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0); // the pane shows someone from the start
}

// The search, the stage, owner and status filters and the count: on a narrow window the
// filters and the count go below the search.
QLayout* CustomersView::createFilters()
{
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search name, email or company"));
    enableClearButton(m_search);
    m_search->setAccessibleName(tr("Search customers"));
    m_stage = new QComboBox;
    m_stage->addItem(tr("All stages"));
    for (std::size_t i = 0; i < enumCount<Stage>(); ++i)
        m_stage->addItem(displayName(static_cast<Stage>(i)), static_cast<int>(i));
    m_owner = new QComboBox;
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    fillOwners();
    m_status = new QComboBox;
    m_status->addItem(tr("Active"), static_cast<int>(CustomerStatus::Active));
    m_status->addItem(tr("Churned"), static_cast<int>(CustomerStatus::Churned));
    m_status->addItem(tr("Active and churned"));
    m_summary = new QLabel;

    auto* filters = new WrapRow;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_stage);
    filters->addWidget(m_owner);
    filters->addWidget(m_status);
    filters->addWidget(m_summary);
    return filters;
}

// The list, its columns as wide as their usual contents; the name takes what is left.
void CustomersView::createTable()
{
    m_table = new QTableView;
    m_table->setModel(m_model);
    setUpListTable(m_table);
    // A narrow column cuts the name, not the "(customer 12)" that tells two Acmes apart.
    m_table->setItemDelegateForColumn(CustomerTableModel::NameColumn, new KeepEndDelegate(m_table));
    m_table->setObjectName(QStringLiteral("customersTable"));
    m_table->setAccessibleName(tr("Customers"));
    rememberColumns(m_table);
    m_table->sortByColumn(CustomerTableModel::NameColumn, Qt::AscendingOrder);
    const QFontMetrics metrics = m_table->fontMetrics();
    m_table->setColumnWidth(CustomerTableModel::NameColumn,
                            metrics.horizontalAdvance(QStringLiteral("Chloe Johansson-Meyer")));
    m_table->setColumnWidth(CustomerTableModel::CompanyColumn,
                            metrics.horizontalAdvance(QStringLiteral("Copperleaf Analytics  ")));
    int stageWidth = 0;
    for (std::size_t i = 0; i < enumCount<Stage>(); ++i)
        stageWidth =
            std::max(stageWidth, metrics.horizontalAdvance(displayName(static_cast<Stage>(i))));
    m_table->setColumnWidth(CustomerTableModel::StageColumn, stageWidth + 16);
    m_table->setColumnWidth(CustomerTableModel::OwnerColumn,
                            metrics.horizontalAdvance(QStringLiteral("Emma Hansen  ")));
    m_table->setColumnWidth(CustomerTableModel::OpenTicketsColumn,
                            metrics.horizontalAdvance(QStringLiteral("Open   ")));
    m_table->setColumnWidth(CustomerTableModel::LastTouchColumn,
                            std::max(metrics.horizontalAdvance(QStringLiteral("30 Sep 2026")),
                                     metrics.horizontalAdvance(tr("Last touch"))) +
                                24);
    // Name takes what is left; stage, open tickets and last touch stay in view.
    new ColumnFit(m_table, m_table->horizontalHeader(), CustomerTableModel::NameColumn,
                  metrics.averageCharWidth() * 14,
                  {CustomerTableModel::OwnerColumn, CustomerTableModel::CompanyColumn},
                  {CustomerTableModel::OwnerColumn, CustomerTableModel::CompanyColumn});
}

QString CustomersView::listedText(int count, const QString& what)
{
    // "12 customers: Onboarding — stuck over 30 days"
    return tr("%Ln customer(s): %1", nullptr, count).arg(what);
}

bool CustomersView::isDrilled() const
{
    return m_model->query().only.has_value() || m_stageDrill;
}

void CustomersView::clearFilters()
{
    const QSignalBlocker blockStage(m_stage);
    const QSignalBlocker blockOwner(m_owner);
    const QSignalBlocker blockStatus(m_status);
    if (!isDrilled())
        m_statusBeforeDrill = m_status->currentIndex();
    setSearchText(QString());
    m_stage->setCurrentIndex(0);
    m_owner->setCurrentIndex(0);
    m_status->setCurrentIndex(0);
}

void CustomersView::showStage(Stage stage, const QString& what)
{
    m_redrill = {};
    m_drillWhat = what;
    clearFilters();
    m_model->setOnly(std::nullopt);
    {
        const QSignalBlocker blockStage(m_stage);
        m_stage->setCurrentIndex(std::max(0, m_stage->findData(static_cast<int>(stage))));
    }
    m_stageDrill = true;
    applyFilters();
    m_onlyBar->showText(listedText(m_model->rowCount(), what));
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

QVariantMap CustomersView::saveState() const
{
    QVariantMap state;
    savePane(state, m_model->query().only);
    state[QStringLiteral("stage")] = m_stage->currentIndex();
    state[QStringLiteral("owner")] = m_owner->currentIndex();
    state[QStringLiteral("status")] = m_status->currentIndex();
    state[QStringLiteral("statusBeforeDrill")] = m_statusBeforeDrill;
    state[QStringLiteral("stageDrill")] = m_stageDrill;
    state[QStringLiteral("selected")] = m_detail->customerId();
    return state;
}

void CustomersView::restoreState(const QVariantMap& state)
{
    setSearchText(state.value(QStringLiteral("search")).toString());
    {
        const QSignalBlocker blockStage(m_stage);
        const QSignalBlocker blockOwner(m_owner);
        const QSignalBlocker blockStatus(m_status);
        m_stage->setCurrentIndex(state.value(QStringLiteral("stage")).toInt());
        m_owner->setCurrentIndex(state.value(QStringLiteral("owner")).toInt());
        m_status->setCurrentIndex(state.value(QStringLiteral("status")).toInt());
    }
    m_statusBeforeDrill = state.value(QStringLiteral("statusBeforeDrill")).toInt();
    m_stageDrill = state.value(QStringLiteral("stageDrill")).toBool();
    m_model->setOnly(restoreDrill(state));
    applyFilters();
    const qint64 selected = state.value(QStringLiteral("selected")).toLongLong();
    if (selected > 0) {
        selectCustomer(selected);
        if (m_detail->customerId() != selected)
            showUnlisted(selected);
    }
}

qint64 CustomersView::shownId() const
{
    return m_detail->customerId();
}

void CustomersView::showInPane(qint64 id)
{
    m_detail->showCustomer(id);
}

QString CustomersView::emptyText() const
{
    const QString words = m_search->text().trimmed();
    if (!words.isEmpty())
        return tr("No customer matches “%1”.").arg(words) + QLatin1Char('\n') +
               tr("Escape clears the search.");
    return isDrilled() ? tr("No customer in this list.") : tr("No customer matches the filters.");
}

int CustomersView::rowOf(qint64 id) const
{
    return m_model->rowOf(id);
}

bool CustomersView::widenToReveal(qint64 /*id*/)
{
    // The drill-down, then the search and the stage and owner filters, then churned
    // customers too.
    if (isDrilled()) {
        showAll();
        return true;
    }
    if (!m_search->text().isEmpty() || m_stage->currentIndex() != 0 ||
        m_owner->currentIndex() != 0) {
        clearFilters();
        applyFilters();
        return true;
    }
    if (m_status->currentData().isValid()) {
        const QSignalBlocker blockStatus(m_status);
        m_status->setCurrentIndex(m_status->count() - 1); // active and churned
        applyFilters();
        return true;
    }
    return false;
}

void CustomersView::selectCustomer(qint64 customerId)
{
    const int row = m_model->rowOf(customerId);
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    }
}

void CustomersView::fillOwners()
{
    // The file's agents, read again on every change: one added later ("Add me…", the CLI)
    // is offered without reopening the view; the owner chosen stays chosen.
    const QVariant chosen = m_owner->currentData();
    const QSignalBlocker block(m_owner);
    m_owner->clear();
    m_owner->addItem(tr("All owners"));
    m_owner->addItem(tr("No owner"), qint64(0));
    auto agents = Team(m_db).all();
    for (const Agent& a : agents ? *agents : std::vector<Agent>{})
        m_owner->addItem(oneLine(a.name), a.id);
    const int index = chosen.isValid() ? m_owner->findData(chosen) : 0;
    m_owner->setCurrentIndex(std::max(0, index));
    if (index < 0) // the owner chosen is gone: every owner's customers, as the box says
        applyFilters();
}

void CustomersView::refresh()
{
    fillOwners();
    const ListPlace place = listPlace(*m_table, CustomerTableModel::CustomerIdRole);
    const qint64 shown = m_detail->customerId();
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
    const bool listed = restoreListPlace(*m_table, place, CustomerTableModel::CustomerIdRole,
                                         [this](qint64 id) { return m_model->rowOf(id); });
    // Listed: becoming current again re-read it. Otherwise the pane keeps it, read again.
    if ((!listed || place.id != shown) && shown > 0)
        m_detail->showCustomer(shown);
}

void CustomersView::showOnly(const std::vector<qint64>& ids, const QString& what)
{
    m_redrill = {};
    m_drillWhat = what;
    clearFilters();
    m_stageDrill = false;
    {
        const QSignalBlocker blockStatus(m_status);
        m_status->setCurrentIndex(m_status->count() - 1); // active and churned: exactly these
    }
    m_onlyBar->showText(listedText(static_cast<int>(ids.size()), what));
    m_model->setOnly(ids);
    applyFilters();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

void CustomersView::showAll()
{
    m_redrill = {};
    m_drillWhat.clear();
    leaveDrill();
    applyFilters();
}

void CustomersView::leaveDrill()
{
    m_onlyBar->hide();
    m_model->setOnly(std::nullopt);
    const QSignalBlocker blockStage(m_stage);
    if (m_stageDrill)
        m_stage->setCurrentIndex(0); // the whole list: every stage
    m_stageDrill = false;
    const QSignalBlocker blockStatus(m_status);
    m_status->setCurrentIndex(m_statusBeforeDrill); // the drill showed churned customers too
}

void CustomersView::setStageFilter(std::optional<Stage> stage)
{
    if (isDrilled()) // a stage asked for: the whole stage, not a list within it
        leaveDrill();
    m_stage->setCurrentIndex(stage ? std::max(0, m_stage->findData(static_cast<int>(*stage))) : 0);
    applyFilters();
}

void CustomersView::setOwnerFilter(std::optional<qint64> agentId)
{
    m_owner->setCurrentIndex(agentId ? std::max(0, m_owner->findData(*agentId)) : 0);
    applyFilters();
}

void CustomersView::applyFilters()
{
    m_searchDelay->stop();
    m_model->setSearch(m_search->text());
    const QVariant stage = m_stage->currentData();
    m_model->setStageFilter(stage.isValid() ? std::optional(static_cast<Stage>(stage.toInt()))
                                            : std::nullopt);
    const QVariant owner = m_owner->currentData();
    m_model->setOwnerFilter(owner.isValid() ? std::optional<qint64>(owner.toLongLong())
                                            : std::nullopt);
    const QVariant status = m_status->currentData();
    m_model->setStatusFilter(status.isValid()
                                 ? std::optional(static_cast<CustomerStatus>(status.toInt()))
                                 : std::nullopt);
    updateSummary();
}

void CustomersView::updateSummary()
{
    const int n = m_model->rowCount();
    m_summary->setText(tr("%Ln customer(s)", nullptr, n));
}

} // namespace fd
