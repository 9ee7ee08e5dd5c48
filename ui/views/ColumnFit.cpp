#include "views/ColumnFit.h"

#include "views/KeepEndDelegate.h"
#include "views/WrapColumnDelegate.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QFontMetricsF>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <functional>

namespace fd {

ColumnFit::ColumnFit(QAbstractItemView* table, QHeaderView* header, int elastic, int elasticMinimum,
                     QList<int> givesWay, QList<int> mayCut)
    : QObject(table), m_table(table), m_viewport(table->viewport()), m_header(header),
      m_elastic(elastic), m_elasticMinimum(elasticMinimum), m_givesWay(std::move(givesWay)),
      m_mayCut(std::move(mayCut))
{
    for (int c = 0; c < header->count(); ++c)
        m_natural.push_back(header->sectionSize(c));
    m_built = m_natural;
    m_own.assign(m_natural.size(), false);
    connect(header, &QHeaderView::sectionResized, this, [this](int column, int, int size) {
        if (!m_fitting && column != m_elastic && size > 0 &&
            column < static_cast<int>(m_natural.size())) {
            m_natural[static_cast<std::size_t>(column)] = size; // the rep's own width
            m_own[static_cast<std::size_t>(column)] = true;
            // Fitted again once the drag has settled: what gives way for it, gives way now.
            QTimer::singleShot(0, this, &ColumnFit::fit);
        }
    });
    m_viewport->installEventFilter(this);
    // Never so narrow that the name or subject is cut below its minimum beside the columns
    // that never give way (hostile tester: at 900 × 500 the detail pane left the customers
    // list 257 px, names cut to three letters): a splitter narrows its other pane first.
    table->setMinimumWidth(std::max(table->minimumWidth(), minimumListWidth()));
    // The rows' contents decide the columns' widths. A list is fitted as it is read again; a
    // small table in a detail pane (contacts, timeline) once its rows are in, after the event
    // (a tree widget also resets its own model while it is being destroyed).
    if (qobject_cast<QTableView*>(table) && table->model())
        connect(table->model(), &QAbstractItemModel::modelReset, header, [this] { fit(); });
    else if (table->model()) {
        auto* later = new QTimer(this);
        later->setSingleShot(true);
        later->setInterval(0);
        connect(later, &QTimer::timeout, this, &ColumnFit::fit);
        auto again = [later] { later->start(); };
        connect(table->model(), &QAbstractItemModel::modelReset, later, again);
        connect(table->model(), &QAbstractItemModel::layoutChanged, later, again);
        connect(table->model(), &QAbstractItemModel::rowsInserted, later, again);
        connect(table->model(), &QAbstractItemModel::dataChanged, later, again);
    }
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
        const int own =
            c < static_cast<std::size_t>(widths.size()) ? widths.at(static_cast<qsizetype>(c)) : 0;
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

int ColumnFit::elasticMinimumWidth(bool withMinimum) const
{
    // The elastic column keeps at least its header whole (text, margins, sort arrow).
    const QString title =
        m_header->model()
            ? m_header->model()->headerData(m_elastic, m_header->orientation()).toString()
            : QString();
    const int margin = m_header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, m_header);
    const int header = m_header->fontMetrics().horizontalAdvance(title) + 3 * margin +
                       m_header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, m_header);
    return withMinimum ? std::max(m_elasticMinimum, header) : header;
}

int ColumnFit::numbersWidth(int column) const
{
    // A cut column's numbers stay whole ("Ticket #1202 (Solved)" beside stage moves).
    // A name told apart by its number keeps the number, not the whole name (KeepEndDelegate).
    return widestInView(column, [](const QModelIndex& index) {
        const QString text = KeepEndDelegate::leastWithNumbers(index);
        return std::any_of(text.begin(), text.end(), [](QChar ch) { return ch.isDigit(); })
                   ? text
                   : QString();
    });
}

int ColumnFit::wordsWidth(int column) const
{
    // A column whose text goes on over more lines is cut between words only: its widest word
    // stays whole (the timeline's What was "Onboa…" in a pane with room for "Onboarding").
    const auto* wrap = qobject_cast<const WrapColumnDelegate*>(m_table->itemDelegate());
    if (!wrap || !wrap->wraps(column))
        return 0;
    return widestInView(column, [](const QModelIndex& index) {
        QString widest;
        const QStringList words =
            index.data().toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString& word : words) {
            if (word.size() > widest.size())
                widest = word;
        }
        return widest;
    });
}

int ColumnFit::widestInView(int column,
                            const std::function<QString(const QModelIndex&)>& whole) const
{
    // The widest of `whole`'s texts of the cells in view, in each cell's own font, with the
    // cell's margins.
    const QAbstractItemModel* model = m_table->model();
    if (!model)
        return 0;
    const int margin =
        m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1;
    const int first = std::max(0, m_table->indexAt(QPoint(1, 1)).row());
    int widest = 0;
    for (int row = first; row < model->rowCount() && row < first + 60; ++row) {
        const QModelIndex index = model->index(row, column);
        if (m_table->visualRect(index).top() > m_viewport->height())
            break;
        const QString text = whole(index);
        if (text.isEmpty())
            continue;
        QFont font = m_table->font();
        if (const QVariant own = index.data(Qt::FontRole); own.canConvert<QFont>())
            font = own.value<QFont>();
        // Measured unrounded, with a pixel to spare each side: at scale factor 2 on X11 the
        // text drawn came out a few pixels wider than the rounded logical measure.
        const int advance =
            static_cast<int>(std::ceil(QFontMetricsF(font).horizontalAdvance(text)));
        widest = std::max(widest, advance + 2 * margin + 2);
    }
    return widest;
}

int ColumnFit::minimumListWidth() const
{
    int width = 2 * m_table->frameWidth() +
                m_table->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_table) +
                elasticMinimumWidth();
    for (int c = 0; c < static_cast<int>(m_built.size()); ++c) {
        if (c != m_elastic && !m_givesWay.contains(c))
            width += m_built[static_cast<std::size_t>(c)];
    }
    return width;
}

// One fit's working state: the room in the list, each other column's contents and width so
// far, the order columns give up room in (the less important first), those hidden.
struct ColumnFit::Fitting {
    int count = 0;
    int elastic = 0;
    int room = 0;
    int elasticWanted = 0;
    int elasticMinimum = 0;
    std::vector<int> content;
    std::vector<int> width;
    std::vector<int> order;
    QList<int> hidden; // of m_givesWay

    // What the shown columns take with the elastic one at `elasticWidth`.
    int need(int elasticWidth) const
    {
        int sum = elasticWidth;
        for (int c = 0; c < count; ++c) {
            if (c != elastic && !hidden.contains(c))
                sum += width[static_cast<std::size_t>(c)];
        }
        return sum;
    }
};

void ColumnFit::fit()
{
    QHeaderView* header = m_header;
    const int count = header->count();
    if (count != static_cast<int>(m_natural.size()))
        return;
    m_fitting = true;
    header->setStretchLastSection(false);
    header->setSectionResizeMode(m_elastic, QHeaderView::Stretch);
    Fitting f = startFitting();
    auto snug = [&](std::size_t i) { return snugWidth(f, i); };
    const std::vector<int> whole = f.width;
    // The name or subject gets what its rows need before a lesser column keeps room it does
    // not fill (hostile tester: "Aisha Adey…" at 1280 × 800 beside columns with room to
    // spare), then before a lesser column keeps more than its built width, then before a
    // column of names (`mayCut`, the least important first) keeps more than two thirds of
    // that, never less than its header.
    narrow(f, false, f.elasticWanted, [&](std::size_t i) { return f.content[i]; });
    narrow(f, false, f.elasticWanted, snug);
    cutNames(f);
    evenOutNames(f);
    // Then the less important columns give way, those the rep widened last: a column just
    // dragged wider is narrowed to its contents before it is hidden, and the name or subject
    // is never cut below its minimum behind a sideways scroll (hostile tester). The rep's
    // widths come back whole when the list is widened (m_natural keeps them).
    giveWay(f, false);
    narrow(f, true, f.elasticMinimum, snug);
    giveWay(f, true);
    giveBack(f, whole);
    apply(f);
    m_fitting = false;
}

// What `column`'s header needs whole, hidden or not (text, margins, the sort arrow on the
// sorted column).
int ColumnFit::headerWidth(int column) const
{
    QHeaderView* header = m_header;
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const QString text = header->model()
                             ? header->model()->headerData(column, header->orientation()).toString()
                             : QString();
    int width = header->fontMetrics().horizontalAdvance(text) + 2 * margin;
    if (header->isSortIndicatorShown() && header->sortIndicatorSection() == column)
        width += margin + header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
    return width;
}

ColumnFit::Fitting ColumnFit::startFitting() const
{
    Fitting f;
    f.count = m_header->count();
    f.elastic = m_elastic;
    f.room = m_viewport->width();
    // Its minimum, or less when its rows need less (an email shorter than the minimum
    // leaves the rest to a role, hostile tester), never less than its header whole.
    const int elasticHeader = elasticMinimumWidth(false);
    // What the header and the rows in view need.
    auto contents = [&](int c) { return std::max(headerWidth(c), m_table->sizeHintForColumn(c)); };
    f.elasticWanted = std::max(elasticHeader, contents(m_elastic));
    f.elasticMinimum = std::min(elasticMinimumWidth(), f.elasticWanted);
    // Each other column starts whole: its contents, or the width it was built with when
    // wider (room for longer values); a width the rep chose stays as chosen.
    f.content.assign(m_natural.size(), 0);
    f.width.assign(m_natural.size(), 0);
    for (const int c : m_givesWay)
        f.order.push_back(c);
    for (int c = f.count - 1; c >= 0; --c) {
        const auto i = static_cast<std::size_t>(c);
        if (c == m_elastic)
            continue;
        f.content[i] = contents(c);
        f.width[i] = m_own[i] ? m_natural[i] : std::max(m_natural[i], f.content[i]);
        if (!m_givesWay.contains(c))
            f.order.push_back(c);
    }
    return f;
}

int ColumnFit::snugWidth(const Fitting& f, std::size_t i) const
{
    return std::min(m_natural[i], f.content[i]);
}

// Narrows the columns (the rep's own, or the others) toward `floor`, the less important
// first, just until the elastic column has `target`.
void ColumnFit::narrow(Fitting& f, bool own, int target,
                       const std::function<int(std::size_t)>& floor) const
{
    for (const int c : f.order) {
        const auto i = static_cast<std::size_t>(c);
        const int excess = f.need(target) - f.room;
        if (excess <= 0)
            return;
        if (m_own[i] == own && !f.hidden.contains(c))
            f.width[i] -= std::min(excess, std::max(0, f.width[i] - floor(i)));
    }
}

void ColumnFit::giveWay(Fitting& f, bool own) const
{
    for (const int c : m_givesWay) {
        if (f.need(f.elasticMinimum) <= f.room)
            return;
        if (m_own[static_cast<std::size_t>(c)] == own)
            f.hidden << c;
    }
}

int ColumnFit::cutFloor(const Fitting& f, int c) const
{
    return std::max({headerWidth(c), snugWidth(f, static_cast<std::size_t>(c)) * 2 / 3,
                     numbersWidth(c), wordsWidth(c)});
}

// The columns of names cut toward their floor (cutFloor), only when that makes the elastic
// column whole: two names cut for a subject still cut read worse than one of them hidden.
void ColumnFit::cutNames(Fitting& f) const
{
    int cuttable = 0;
    for (const int c : m_mayCut) {
        if (!m_own[static_cast<std::size_t>(c)])
            cuttable += std::max(0, f.width[static_cast<std::size_t>(c)] - cutFloor(f, c));
    }
    if (f.need(f.elasticWanted) - f.room <= cuttable) {
        for (const int c : m_mayCut) {
            const auto i = static_cast<std::size_t>(c);
            const int excess = f.need(f.elasticWanted) - f.room;
            if (excess > 0 && !m_own[i])
                f.width[i] -= std::min(excess, std::max(0, f.width[i] - cutFloor(f, c)));
        }
    }
}

// A column of names that never gives way (a timeline's What) keeps no more room than the
// elastic column is left with while that one is cut: the two are evened out, down to
// the column's floor (issue 15, leftover: at scale factor 2 the timeline's What kept
// "Retention → Advocacy" whole beside reasons cut to ten letters).
void ColumnFit::evenOutNames(Fitting& f) const
{
    for (const int c : m_mayCut) {
        const auto i = static_cast<std::size_t>(c);
        const int elasticLeft = f.room - f.need(0);
        if (elasticLeft >= f.elasticWanted)
            break;
        if (m_givesWay.contains(c) || m_own[i] || f.width[i] <= elasticLeft)
            continue;
        f.width[i] -=
            std::min((f.width[i] - elasticLeft + 1) / 2, std::max(0, f.width[i] - cutFloor(f, c)));
    }
}

// What a hidden column left beyond the name's need goes back to the others, the more
// important first, up to their `whole` widths.
void ColumnFit::giveBack(Fitting& f, const std::vector<int>& whole) const
{
    int spare = f.room - f.need(f.elasticWanted);
    for (auto c = f.order.rbegin(); c != f.order.rend() && spare > 0; ++c) {
        const auto i = static_cast<std::size_t>(*c);
        if (f.hidden.contains(*c) || m_own[i])
            continue;
        const int back = std::min(spare, whole[i] - f.width[i]);
        f.width[i] += back;
        spare -= back;
    }
}

void ColumnFit::apply(const Fitting& f)
{
    QHeaderView* header = m_header;
    for (const int column : m_givesWay) {
        if (header->isSectionHidden(column) != f.hidden.contains(column))
            header->setSectionHidden(column, f.hidden.contains(column));
    }
    for (int c = 0; c < f.count; ++c) {
        if (c != m_elastic && !header->isSectionHidden(c) &&
            header->sectionSize(c) != f.width[static_cast<std::size_t>(c)])
            header->resizeSection(c, f.width[static_cast<std::size_t>(c)]);
    }
}

QLayout* ColumnFit::asWideAsColumns(QTableView* table, int visibleRows)
{
    // As high as the header and up to `visibleRows` rows, no blank row below them; as wide
    // as the columns, plus a vertical scroll bar only when there are more rows than that
    // (a blank strip beside the last column otherwise).
    const int frame = 2 * table->frameWidth();
    const int rows = table->model()->rowCount();
    const int shown = std::clamp(rows, 1, std::max(1, visibleRows));
    table->setFixedHeight(frame + table->horizontalHeader()->sizeHint().height() +
                          shown * table->verticalHeader()->defaultSectionSize());
    int width = frame + (rows > shown ? table->style()->pixelMetric(QStyle::PM_ScrollBarExtent,
                                                                    nullptr, table)
                                      : 0);
    for (int c = 0; c < table->model()->columnCount(); ++c)
        width += table->isColumnHidden(c) ? 0 : table->columnWidth(c);
    table->setMaximumWidth(width);
    auto* row = new QHBoxLayout;
    row->addWidget(table, 1);
    row->addStretch(0);
    return row;
}

} // namespace fd
