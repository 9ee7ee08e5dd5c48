#include "views/ListPane.h"

#include "views/DrillBar.h"
#include "views/PaneFocus.h"

#include <QAbstractItemModel>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTimer>

#include <algorithm>

namespace fd {

ListPane::ListPane(QWidget* parent) : QWidget(parent)
{
}

void ListPane::setUpPane(QLineEdit* search, QTableView* table, QWidget* detail, DrillBar* bar)
{
    m_search = search;
    m_table = table;
    m_detailPane = detail;
    m_onlyBar = bar;
    connect(m_onlyBar, &DrillBar::back, this, [this] { showAll(); });
    connect(m_onlyBar, &DrillBar::goBack, this, &ListPane::backRequested);
    // Typing waits for a pause before it queries.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] { applyFilters(); });
    connect(m_table->model(), &QAbstractItemModel::modelReset, this, [this] {
        if (!m_refreshing)
            keepShownListed();
        else if (m_table->model()->rowCount() > 0 && m_paneStack &&
                 m_paneStack->currentIndex() != 0)
            keepShownListed(); // rows again after a re-read of an empty list: one is shown
    });
    // Whatever shows a customer or ticket (a row chosen, a ticket opened from elsewhere)
    // shows the pane.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    showEmptyState(false);
            });
    m_search->installEventFilter(this);
    m_table->installEventFilter(this);
    // Tab walks the panes: the search, the list, then the detail pane.
    setTabOrder(m_search, m_table);
}

QWidget* ListPane::scrolling(QWidget* detail, const QString& name)
{
    auto* area = new QScrollArea;
    area->setObjectName(name);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setWidget(detail);
    area->setMinimumWidth(detail->minimumSizeHint().width() +
                          area->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, area));
    m_emptyState = new QLabel;
    m_emptyState->setObjectName(QStringLiteral("emptyDetail"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setMargin(area->fontMetrics().height());
    m_emptyState->setForegroundRole(QPalette::PlaceholderText);
    m_paneStack = new QStackedWidget;
    m_paneStack->addWidget(area);
    m_paneStack->addWidget(m_emptyState);
    return m_paneStack;
}

void ListPane::showUnlisted(qint64 id)
{
    m_hiddenId = 0;
    showInPane(id);
    showEmptyState(false);
}

void ListPane::showEmptyState(bool empty)
{
    if (!m_paneStack)
        return;
    if (empty)
        m_emptyState->setText(emptyText());
    m_paneStack->setCurrentIndex(empty ? 1 : 0);
}

void ListPane::setSearch(const QString& text)
{
    setSearchText(text);
    applyFilters();
}

void ListPane::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ListPane::savePane(QVariantMap& state, const std::optional<std::vector<qint64>>& only) const
{
    state[QStringLiteral("search")] = m_search->text();
    state[QStringLiteral("bar")] = drillText();
    if (only) {
        QVariantList ids;
        for (const qint64 id : *only)
            ids << id;
        state[QStringLiteral("only")] = ids;
    }
}

std::optional<std::vector<qint64>> ListPane::drillAgain() const
{
    return m_redrill && isDrilled() ? m_redrill() : std::nullopt;
}

std::optional<std::vector<qint64>> ListPane::restoreDrill(const QVariantMap& state)
{
    m_redrill = {};
    m_drillWhat.clear(); // the bar keeps the words it was saved with
    const QString bar = state.value(QStringLiteral("bar")).toString();
    if (bar.isEmpty())
        m_onlyBar->hide();
    else
        m_onlyBar->showText(bar);
    if (!state.contains(QStringLiteral("only")))
        return std::nullopt;
    std::vector<qint64> ids;
    for (const QVariant& id : state.value(QStringLiteral("only")).toList())
        ids.push_back(id.toLongLong());
    return ids;
}

QString ListPane::drillText() const
{
    return isDrilled() ? m_onlyBar->text() : QString();
}

void ListPane::setSearchText(const QString& text)
{
    // Not under a QSignalBlocker: QLineEdit shows and hides its clear button on its own
    // textChanged, so blocked signals left the button up over an empty box.
    m_search->setText(text);
    m_searchDelay->stop(); // applied by the caller, not after a pause
}

bool ListPane::reveal(qint64 id)
{
    bool widened = false;
    while (rowOf(id) < 0 && widenToReveal(id))
        widened = true;
    const int row = rowOf(id);
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_table->model()->index(row, 0));
    }
    return widened;
}

void ListPane::keepShownListed()
{
    const qint64 shown = shownId() > 0 ? shownId() : m_hiddenId;
    const int row = shown > 0 ? rowOf(shown) : -1;
    if (row >= 0 || m_table->model()->rowCount() > 0) {
        m_hiddenId = 0;
        showEmptyState(false);
        m_table->selectRow(std::max(row, 0));
        return;
    }
    // No row left: the pane says so, and shows nobody the list does not hold (its actions,
    // New ticket's customer, act on nobody); the one it showed comes back with the rows.
    m_hiddenId = shown;
    showInPane(0);
    showEmptyState(true);
}

QString ListPane::revealedSentence()
{
    return tr("The search and filters were cleared to show it.");
}

bool ListPane::eventFilter(QObject* watched, QEvent* event)
{
    // Escape in the search box or the list: clears the words, else closes the drill-down.
    if (event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape &&
        static_cast<QKeyEvent*>(event)->modifiers() == Qt::NoModifier) {
        if (!m_search->text().isEmpty()) {
            setSearchText(QString());
            applyFilters();
            return true;
        }
        if (isDrilled()) {
            showAll();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool ListPane::focusNextPrevChild(bool next)
{
    // The panes in turn: Tab from the list to the detail pane's first field (the filters
    // come after it), Shift+Tab from there back to the list.
    QWidget* field = firstTabStop(m_detailPane);
    if (next && m_table->hasFocus() && field) {
        field->setFocus(Qt::TabFocusReason);
        return true;
    }
    if (!next && field && field->hasFocus()) {
        m_table->setFocus(Qt::BacktabFocusReason);
        return true;
    }
    return QWidget::focusNextPrevChild(next);
}

} // namespace fd
