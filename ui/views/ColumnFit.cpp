#include "views/ColumnFit.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableView>
#include <QTimer>
#include <QStyle>
#include <QAbstractItemView>

#include <algorithm>

namespace fd {

ColumnFit::ColumnFit(QAbstractItemView* table, QHeaderView* header, int elastic, int elasticMinimum, QList<int> givesWay)
    : QObject(table), m_table(table), m_viewport(table->viewport()), m_header(header), m_elastic(elastic), m_elasticMinimum(elasticMinimum), m_givesWay(std::move(givesWay))
{
    for (int c = 0; c < header->count(); ++c)
        m_natural.push_back(header->sectionSize(c));
    m_built = m_natural;
    m_own.assign(m_natural.size(), false);
    connect(header, &QHeaderView::sectionResized, this, [this](int column, int, int size) {
        if (!m_fitting && column != m_elastic && size > 0 && column < static_cast<int>(m_natural.size()))
        {
            m_natural[static_cast<std::size_t>(column)] = size; // the rep's own width
            m_own[static_cast<std::size_t>(column)] = true;
            // Fitted again once the drag has settled: what gives way for it, gives way now.
            QTimer::singleShot(0, this, &ColumnFit::fit);
        }
    });
    m_viewport->installEventFilter(this);
    // The rows' contents decide the columns' compact widths. Lists only: a tree widget
    // resets its own model while it is being destroyed.
    if (qobject_cast<QTableView*>(table) && table->model())
        connect(table->model(), &QAbstractItemModel::modelReset, header, [this] { fit(); });
}

QList<int> ColumnFit::ownWidths() const
{
    QList<int> widths;
    for (std::size_t c = 0; c < m_natural.size(); ++c)
        widths << (m_own[c] ? m_natural[c] : 0);
    return widths;
}

void ColumnFit::restoreOwnWidths(const QList<int>& widths)
{
    for (std::size_t c = 0; c < m_natural.size(); ++c) {
        const int own = c < static_cast<std::size_t>(widths.size()) ? widths.at(static_cast<qsizetype>(c)) : 0;
        m_own[c] = own > 0 && static_cast<int>(c) != m_elastic;
        m_natural[c] = m_own[c] ? own : m_built[c];
    }
    fit();
}

bool ColumnFit::eventFilter(QObject* watched, QEvent* event)
{
    // Compared by the pointer kept: the viewport's last events come while the table is
    // being destroyed, when calling into it is undefined (UBSan saw it).
    if (watched == m_viewport && event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

void ColumnFit::fit()
{
    QHeaderView* header = m_header;
    if (header->count() != static_cast<int>(m_natural.size()))
        return;
    m_fitting = true;
    header->setStretchLastSection(false);
    header->setSectionResizeMode(m_elastic, QHeaderView::Stretch);
    const int room = m_viewport->width();
    // The elastic column keeps at least its header whole (text, margins, sort arrow).
    const QString title = header->model() ? header->model()->headerData(m_elastic, header->orientation()).toString() : QString();
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const int elasticMinimum = std::max(m_elasticMinimum, header->fontMetrics().horizontalAdvance(title) + 3 * margin +
                                                              header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header));
    // Each other column at the width it was given, or, when that leaves the elastic column
    // less than its contents need, as wide as its header and the rows in view need (a Stage
    // column sized for its longest stage gives back what "Lead" leaves over).
    std::vector<int> width(m_natural);
    QList<int> hidden; // of m_givesWay
    auto need = [&] {
        int sum = elasticMinimum;
        for (int c = 0; c < header->count(); ++c) {
            if (c != m_elastic && !hidden.contains(c))
                sum += width[static_cast<std::size_t>(c)];
        }
        return sum;
    };
    auto compact = [&](bool own) {
        for (int c = 0; c < header->count(); ++c) {
            if (c != m_elastic && m_own[static_cast<std::size_t>(c)] == own)
                width[static_cast<std::size_t>(c)] =
                    std::min(m_natural[static_cast<std::size_t>(c)],
                             std::max(header->sectionSizeHint(c), m_table->sizeHintForColumn(c)));
        }
    };
    auto giveWay = [&](bool own) {
        for (const int c : m_givesWay) {
            if (need() <= room)
                return;
            if (m_own[static_cast<std::size_t>(c)] == own)
                hidden << c;
        }
    };
    const int elasticWanted = std::max(elasticMinimum, m_table->sizeHintForColumn(m_elastic));
    if (need() - elasticMinimum + elasticWanted > room)
        compact(false);
    // Then the less important columns give way, those the rep widened last: a column just
    // dragged wider is narrowed to its contents before it is hidden, and the name or subject
    // is never cut below its minimum behind a sideways scroll (hostile tester). The rep's
    // widths come back whole when the list is widened (m_natural keeps them).
    giveWay(false);
    if (need() > room)
        compact(true);
    giveWay(true);
    for (const int column : m_givesWay) {
        if (header->isSectionHidden(column) != hidden.contains(column))
            header->setSectionHidden(column, hidden.contains(column));
    }
    for (int c = 0; c < header->count(); ++c) {
        if (c != m_elastic && !header->isSectionHidden(c) && header->sectionSize(c) != width[static_cast<std::size_t>(c)])
            header->resizeSection(c, width[static_cast<std::size_t>(c)]);
    }
    m_fitting = false;
}

QLayout* ColumnFit::asWideAsColumns(QTableView* table)
{
    int width = 2 * table->frameWidth() + table->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, table);
    for (int c = 0; c < table->model()->columnCount(); ++c)
        width += table->isColumnHidden(c) ? 0 : table->columnWidth(c);
    table->setMaximumWidth(width);
    auto* row = new QHBoxLayout;
    row->addWidget(table, 1);
    row->addStretch(0);
    return row;
}

} // namespace fd
