#include "charts/FlowMatrix.h"

#include "StageColors.h"

#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace fd {

namespace {

constexpr int kCellIndexRole = Qt::UserRole + 1;

} // namespace

FlowMatrix::FlowMatrix(QWidget* parent) : QWidget(parent)
{
    auto* title = new QLabel(tr("<b>Moves between stages</b> (rows: from, columns: to)"));
    title->setAlignment(Qt::AlignHCenter);
    const int stages = static_cast<int>(enumCount<Stage>());
    m_table = new QTableWidget(stages + 1, stages);
    m_table->setObjectName(QStringLiteral("flowMatrix"));
    QStringList names;
    for (int i = 0; i < stages; ++i)
        names << displayName(static_cast<Stage>(i));
    m_table->setHorizontalHeaderLabels(names);
    m_table->setVerticalHeaderLabels(QStringList{tr("New")} + names);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setToolTip(tr("Click a number to open the customers who made that move"));
    // Every column as wide as its widest header (the stretch shares out what is left), and
    // the matrix no narrower than all of them side by side.
    QHeaderView* header = m_table->horizontalHeader();
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    int widest = 0;
    for (const QString& name : names)
        widest = std::max(widest, header->fontMetrics().horizontalAdvance(name) + 2 * margin + 4);
    header->setMinimumSectionSize(widest);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setMinimumWidth(m_table->verticalHeader()->sizeHint().width() + stages * widest + 2 * m_table->frameWidth() + 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(title);
    layout->addWidget(m_table, 1);
    setMinimumHeight(240);
    connect(m_table, &QTableWidget::cellClicked, this, [this](int row, int column) {
        const QTableWidgetItem* item = m_table->item(row, column);
        if (item && item->data(kCellIndexRole).isValid())
            emit clicked(item->data(kCellIndexRole).toInt());
    });
}

void FlowMatrix::setCells(const std::vector<Cell>& cells)
{
    qint64 most = 1;
    for (const Cell& c : cells)
        most = std::max(most, c.count);
    for (int r = 0; r < m_table->rowCount(); ++r) {
        for (int c = 0; c < m_table->columnCount(); ++c) {
            auto* empty = new QTableWidgetItem(QStringLiteral("·"));
            empty->setTextAlignment(Qt::AlignCenter);
            empty->setForeground(palette().color(QPalette::PlaceholderText));
            m_table->setItem(r, c, empty);
        }
    }
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const Cell& cell = cells[i];
        const int row = cell.from ? static_cast<int>(*cell.from) + 1 : 0;
        const int column = static_cast<int>(cell.to);
        auto* item = new QTableWidgetItem(QLocale().toString(cell.count));
        item->setTextAlignment(Qt::AlignCenter);
        item->setData(kCellIndexRole, static_cast<int>(i));
        // Shade by share of the largest move, never so dark that the number is hard to read.
        QColor shade = stageColor(cell.to);
        shade.setAlphaF(0.15 + 0.45 * static_cast<double>(cell.count) / static_cast<double>(most));
        item->setBackground(shade);
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
        m_table->setItem(row, column, item);
    }
}

} // namespace fd
