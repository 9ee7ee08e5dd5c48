#include "views/CustomersView.h"

#include "models/CustomerTableModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace fd {

CustomersView::CustomersView(Database& db, std::optional<Stage> fixedStage, QWidget* parent)
    : QWidget(parent), m_fixedStage(fixedStage)
{
    m_model = new CustomerTableModel(db, this);
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search name, email or company"));
    m_search->setClearButtonEnabled(true);
    m_stage = new QComboBox;
    m_stage->addItem(tr("All stages"));
    for (std::size_t i = 0; i < enumCount<Stage>(); ++i)
        m_stage->addItem(displayName(static_cast<Stage>(i)), static_cast<int>(i));
    m_stage->setVisible(!fixedStage);
    m_status = new QComboBox;
    m_status->addItem(tr("Active"), static_cast<int>(CustomerStatus::Active));
    m_status->addItem(tr("Churned"), static_cast<int>(CustomerStatus::Churned));
    m_status->addItem(tr("Active and churned"));
    m_summary = new QLabel;

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_stage);
    filters->addWidget(m_status);
    filters->addWidget(m_summary);

    m_table = new QTableView;
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CustomerTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setColumnWidth(CustomerTableModel::NameColumn, 220);
    m_table->setColumnWidth(CustomerTableModel::CompanyColumn, 220);
    m_table->setColumnWidth(CustomerTableModel::StageColumn, 130);
    m_table->setColumnWidth(CustomerTableModel::OwnerColumn, 170);
    m_table->setColumnWidth(CustomerTableModel::OpenTicketsColumn, 110);
    m_table->setColumnHidden(CustomerTableModel::StageColumn, fixedStage.has_value());

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table);

    // Typing waits for a pause before it queries.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &CustomersView::applyFilters);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &CustomersView::applyFilters);
    connect(m_status, &QComboBox::currentIndexChanged, this, &CustomersView::applyFilters);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CustomersView::updateSummary);
    applyFilters();
}

void CustomersView::setSearch(const QString& text)
{
    m_search->setText(text);
    applyFilters();
}

void CustomersView::applyFilters()
{
    m_searchDelay->stop();
    m_model->setSearch(m_search->text());
    if (m_fixedStage) {
        m_model->setStageFilter(m_fixedStage);
    } else {
        const QVariant stage = m_stage->currentData();
        m_model->setStageFilter(stage.isValid() ? std::optional(static_cast<Stage>(stage.toInt()))
                                                : std::nullopt);
    }
    const QVariant status = m_status->currentData();
    m_model->setStatusFilter(status.isValid()
                                 ? std::optional(static_cast<CustomerStatus>(status.toInt()))
                                 : std::nullopt);
    updateSummary();
}

void CustomersView::updateSummary()
{
    m_summary->setText(tr("%1 customers").arg(QLocale().toString(m_model->rowCount())));
}

} // namespace fd
