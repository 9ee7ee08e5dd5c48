// My tasks (issue 18): the open tasks of the agent at the keyboard (currentAgent: a server's
// signed-in login's agent, a file's remembered one), grouped Overdue, Today and This week
// (service/Tasks::mine). Mark done (Ctrl+Return) records the task's touchpoint in the same
// transaction (Tasks::done); Open customer (Return, a double click) shows its customer. With
// nobody chosen on a file it shows everyone's, and says how to see only one's own.
#pragma once

#include "common/Result.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace fd {

class Clock;
class Database;

class TasksView : public QWidget {
    Q_OBJECT

public:
    TasksView(Database& db, const Clock& clock, QWidget* parent = nullptr);

    // Reads the tasks again (on show, and after a change elsewhere).
    void refresh();
    // The rows shown, for tests: every task row's "due\tcustomer\ttask" under its group's title.
    QStringList shownRows() const;

signals:
    void failed(const fd::Error& sentence);
    void notice(const QString& text);
    void changed(); // a task was done: other views read again
    // The touchpoint a done task recorded moved its customer (one of Written::sentences()).
    void moved(const QString& notice);
    void openCustomer(qint64 customerId); // Open customer

protected:
    void showEvent(QShowEvent* event) override;

private:
    void markDone();
    void openSelected();
    void updateButtons();

    Database& m_db;
    const Clock& m_clock;
    QLabel* m_who = nullptr;
    QTreeWidget* m_tree = nullptr;
    QPushButton* m_done = nullptr;
    QPushButton* m_open = nullptr;
};

} // namespace fd
