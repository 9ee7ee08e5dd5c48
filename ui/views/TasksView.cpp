#include "views/TasksView.h"
#include "PaletteFollow.h"
#include "StageColors.h"

#include "AgentChooser.h"
#include "common/Clock.h"
#include "common/DateTimeText.h"
#include "domain/Agent.h"
#include "models/Formatting.h"
#include "service/Tasks.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace fd {

namespace {

constexpr int kTaskId = Qt::UserRole;
constexpr int kCustomerId = Qt::UserRole + 1;

enum Column { Due, Customer, TaskTitle, Records, Owner, ColumnCount };

} // namespace

TasksView::TasksView(Database& db, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_db(db), m_clock(clock)
{
    auto* layout = new QVBoxLayout(this);
    m_who = new QLabel(this);
    m_who->setWordWrap(true);
    layout->addWidget(m_who);

    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Due"), tr("Customer"), tr("Task"), tr("Records"), tr("Owner")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setAccessibleName(tr("My tasks"));
    // A theme switched: the late days' red for the new background (Step 14).
    onPaletteChange(m_tree, [this] {
        for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
            const QBrush brush = (*it)->foreground(Due);
            if (brush.style() != Qt::NoBrush && brush.color() != themed(brush.color()))
                (*it)->setForeground(Due, themed(brush.color()));
        }
    });
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(TaskTitle, QHeaderView::Stretch);
    layout->addWidget(m_tree, 1);

    auto* buttons = new QHBoxLayout;
    m_done = new QPushButton(tr("Mark done"), this);
    m_done->setToolTip(tr("Records the task's touchpoint for its customer (Ctrl+Return)"));
    m_open = new QPushButton(tr("Open customer"), this);
    m_open->setToolTip(tr("Shows the task's customer (Return)"));
    buttons->addWidget(m_done);
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_done, &QPushButton::clicked, this, &TasksView::markDone);
    connect(m_open, &QPushButton::clicked, this, &TasksView::openSelected);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this] { openSelected(); });
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &TasksView::updateButtons);
    auto* done = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    done->setContext(Qt::WidgetWithChildrenShortcut);
    connect(done, &QShortcut::activated, this, &TasksView::markDone);
    updateButtons();
}

void TasksView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void TasksView::refresh()
{
    Tasks tasks(m_db, m_clock);
    const std::optional<Agent> me = currentAgent(m_db);
    MyTasks groups;
    if (me) {
        auto mine = tasks.mine(me->id);
        if (!mine) {
            emit failed(mine.error());
            return;
        }
        groups = std::move(*mine);
        m_who->setText(tr("The open tasks of %1, due this week or late.").arg(me->name));
    } else {
        // Nobody chosen: the team's open tasks due by Sunday, grouped the same way.
        groups.today = m_clock.now().toLocalTime().date();
        TaskFilter week;
        week.dueUntil = groups.today.addDays(7 - groups.today.dayOfWeek());
        auto all = tasks.list(week, 2000);
        if (!all) {
            emit failed(all.error());
            return;
        }
        for (Task& t : *all)
            (t.dueDay < groups.today    ? groups.overdue
             : t.dueDay == groups.today ? groups.dueToday
                                        : groups.thisWeek)
                .push_back(std::move(t));
        m_who->setText(tr("Everyone's open tasks, due this week or late. Choose who you are (Me… "
                          "above the tickets) "
                          "to see only yours."));
    }
    const qint64 selected =
        m_tree->currentItem() ? m_tree->currentItem()->data(0, kTaskId).toLongLong() : 0;
    m_tree->clear();
    QTreeWidgetItem* reselect = nullptr;
    auto addGroup = [&](const QString& title, const std::vector<Task>& list, bool late) {
        auto* group =
            new QTreeWidgetItem(m_tree, {QStringLiteral("%1 (%2)").arg(title).arg(list.size())});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        group->setFlags(Qt::ItemIsEnabled);
        for (const Task& t : list) {
            QString due = shortDate(t.dueDay);
            if (late) // not by colour alone: the days late in words
                due = tr("%1 (%n day(s) late)", nullptr,
                         static_cast<int>(t.dueDay.daysTo(groups.today)))
                          .arg(due);
            auto* row = new QTreeWidgetItem(group, {due, t.customerName, t.title,
                                                    t.kind ? displayName(*t.kind) : tr("nothing"),
                                                    t.ownerName});
            row->setData(0, kTaskId, t.id);
            row->setData(0, kCustomerId, t.customerId);
            if (late)
                row->setForeground(Due, problemColor()); // the problem red of ProblemLabel
            if (t.id == selected)
                reselect = row;
        }
        group->setExpanded(true);
    };
    addGroup(tr("Overdue"), groups.overdue, true);
    addGroup(tr("Today"), groups.dueToday, false);
    addGroup(tr("This week"), groups.thisWeek, false);
    for (int c = 0; c < ColumnCount; ++c) {
        if (c != TaskTitle)
            m_tree->resizeColumnToContents(c);
    }
    // The task selected before, else the first: Ctrl+Return works at once.
    if (!reselect) {
        for (int g = 0; g < m_tree->topLevelItemCount() && !reselect; ++g) {
            if (m_tree->topLevelItem(g)->childCount() > 0)
                reselect = m_tree->topLevelItem(g)->child(0);
        }
    }
    if (reselect)
        m_tree->setCurrentItem(reselect);
    updateButtons();
}

QStringList TasksView::shownRows() const
{
    QStringList rows;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem* group = m_tree->topLevelItem(g);
        rows << group->text(0);
        for (int i = 0; i < group->childCount(); ++i) {
            const QTreeWidgetItem* row = group->child(i);
            rows << QStringLiteral("  %1\t%2\t%3")
                        .arg(row->text(Due), row->text(Customer), row->text(TaskTitle));
        }
    }
    return rows;
}

void TasksView::updateButtons()
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    const bool task = item && item->data(0, kTaskId).toLongLong() > 0;
    m_done->setEnabled(task);
    m_open->setEnabled(task);
}

void TasksView::openSelected()
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (item && item->data(0, kCustomerId).toLongLong() > 0)
        emit openCustomer(item->data(0, kCustomerId).toLongLong());
}

void TasksView::markDone()
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (!item || item->data(0, kTaskId).toLongLong() <= 0)
        return;
    const qint64 id = item->data(0, kTaskId).toLongLong();
    const QString title = item->text(TaskTitle);
    const QString customer = item->text(Customer);
    auto me = requireCurrentAgent(this, m_db, tr("to mark tasks done"));
    if (!me) {
        emit failed(me.error());
        return;
    }
    if (!*me)
        return; // the rep cancelled: nothing done
    auto done = Tasks(m_db, m_clock).done(id, (*me)->id);
    if (!done) {
        emit failed(done.error());
        refresh();
        return;
    }
    emit notice(done->value
                    ? tr("Done: %1 for %2; its touchpoint is recorded.").arg(title, customer)
                    : tr("Done: %1 for %2.").arg(title, customer));
    for (const QString& sentence : done->sentences()) // the move takes the status bar's place
        emit moved(sentence);
    emit changed();
    refresh();
}

} // namespace fd
