#include "SettingsPreview.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fd {

SettingsPreview::SettingsPreview(const QString& title, const QStringList& headers, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()));
    layout->addWidget(heading);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_tree = new QTreeWidget;
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels(
        headers.size() == 3 ? headers : QStringList{tr("From"), tr("To"), tr("Customers")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setAccessibleName(title);
    layout->addWidget(m_tree, 1);
    m_show = new QPushButton(tr("Show &customers"));
    m_show->setToolTip(tr("Open the customers of the selected row in the window's Customers list"));
    m_show->setEnabled(false);
    layout->addWidget(m_show, 0, Qt::AlignRight);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_show->setEnabled(!m_running && m_tree->currentItem() != nullptr); });
    connect(m_tree, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { openRow(m_tree->indexOfTopLevelItem(item)); });
    connect(m_show, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem* item = m_tree->currentItem())
            openRow(m_tree->indexOfTopLevelItem(item));
    });
}

void SettingsPreview::clearRows()
{
    m_rows.clear();
    m_tree->clear();
    m_show->setEnabled(false);
}

void SettingsPreview::showSaved(const QString& sentence)
{
    m_running = false;
    m_tree->setEnabled(true);
    clearRows();
    m_summary->setText(sentence);
}

void SettingsPreview::showRunning()
{
    showRunning(tr("Counting what these values would change…"));
}

void SettingsPreview::showRunning(const QString& sentence)
{
    m_running = true;
    m_show->setEnabled(false);
    m_tree->setEnabled(false); // its rows are of the values before: not to be opened now
    m_summary->setText(sentence);
}

void SettingsPreview::showProblem(const QString& sentence)
{
    m_running = false;
    m_tree->setEnabled(true);
    clearRows();
    m_summary->setText(sentence);
}

void SettingsPreview::showRows(const QString& summary, const std::vector<Row>& rows)
{
    m_running = false;
    m_tree->setEnabled(true);
    clearRows();
    m_rows = rows;
    m_summary->setText(summary);
    for (const Row& row : m_rows) {
        auto* item = new QTreeWidgetItem(
            m_tree, {row.from, row.to, QLocale().toString(static_cast<qlonglong>(row.ids.size()))});
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(0, tr("Return or a double click opens these customers"));
    }
    if (!m_rows.empty())
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
}

QString SettingsPreview::summary() const
{
    return m_summary->text();
}

QStringList SettingsPreview::rows() const
{
    QStringList out;
    for (const Row& row : m_rows)
        out << QStringLiteral("%1\t%2\t%3").arg(row.from, row.to).arg(row.ids.size());
    return out;
}

void SettingsPreview::openRow(int row)
{
    if (m_running)
        return; // the rows are of the values before the last change
    if (row < 0 || static_cast<std::size_t>(row) >= m_rows.size())
        return;
    DrillDown list;
    list.kind = DrillDown::Kind::Customers;
    list.listed = true;
    list.ids = m_rows[static_cast<std::size_t>(row)].ids;
    const Row& shown = m_rows[static_cast<std::size_t>(row)];
    emit showCustomers(list, shown.caption.isEmpty()
                                 ? tr("what-if, %1 → %2").arg(shown.from, shown.to)
                                 : shown.caption); // "12 customers: what-if, …"
}

} // namespace fd
