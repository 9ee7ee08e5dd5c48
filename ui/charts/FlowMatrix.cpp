#include "charts/FlowMatrix.h"
#include "PaletteFollow.h"

#include "StageColors.h"

#include <QHeaderView>
#include <QLabel>
#include <QPainter>
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
    m_table->setMinimumWidth(m_table->verticalHeader()->sizeHint().width() + stages * widest +
                             2 * m_table->frameWidth() + 2);
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
    // A theme switched: the stages' tones and the placeholder's grey for the new background.
    onPaletteChange(this, [this] {
        if (!m_cells.empty())
            setCells(std::vector<Cell>(m_cells));
    });
}

void FlowMatrix::setCells(const std::vector<Cell>& cells)
{
    m_cells = cells;
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

void FlowMatrix::paint(QPainter& painter, const QRectF& target) const
{
    painter.save();
    const int stages = static_cast<int>(enumCount<Stage>());
    QStringList names;
    for (int i = 0; i < stages; ++i)
        names << displayName(static_cast<Stage>(i));
    const QFontMetricsF metrics(painter.font(), painter.device());
    const double line = metrics.height() * 1.8;
    double labelWidth = metrics.horizontalAdvance(tr("New"));
    for (const QString& name : names)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(name));
    labelWidth += metrics.averageCharWidth() * 2;
    const QFont normal = painter.font();
    QFont bold = normal;
    bold.setBold(true);
    painter.setFont(bold);
    painter.drawText(QRectF(target.left(), target.top(), target.width(), line), Qt::AlignCenter,
                     tr("Moves between stages (rows: from, columns: to)"));
    const double top = target.top() + line;
    const double cellWidth = (target.width() - labelWidth) / stages;
    const double cellHeight = std::min(line, (target.bottom() - top) / (stages + 2));
    painter.setFont(normal);
    for (int c = 0; c < stages; ++c)
        painter.drawText(
            QRectF(target.left() + labelWidth + c * cellWidth, top, cellWidth, cellHeight),
            Qt::AlignCenter, names.at(c));
    const QStringList rows = QStringList{tr("New")} + names;
    qint64 most = 1;
    for (const Cell& cell : m_cells)
        most = std::max(most, cell.count);
    for (int r = 0; r < rows.size(); ++r) {
        const double y = top + (r + 1) * cellHeight;
        painter.setPen(Qt::black);
        painter.drawText(QRectF(target.left(), y, labelWidth, cellHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, rows.at(r));
        for (int c = 0; c < stages; ++c) {
            const QRectF box(target.left() + labelWidth + c * cellWidth, y, cellWidth, cellHeight);
            painter.setPen(QPen(QColor(0xd1, 0xd5, 0xdb), 0));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(box);
        }
    }
    for (const Cell& cell : m_cells) {
        const int r = cell.from ? static_cast<int>(*cell.from) + 1 : 0;
        const int c = static_cast<int>(cell.to);
        const QRectF box(target.left() + labelWidth + c * cellWidth, top + (r + 1) * cellHeight,
                         cellWidth, cellHeight);
        QColor shade = stageColor(cell.to);
        shade.setAlphaF(0.15 + 0.45 * static_cast<double>(cell.count) / static_cast<double>(most));
        painter.fillRect(box.adjusted(0.5, 0.5, -0.5, -0.5), shade);
        painter.setPen(Qt::black);
        painter.setFont(bold);
        painter.drawText(box, Qt::AlignCenter, QLocale().toString(cell.count));
    }
    painter.restore();
}

} // namespace fd
