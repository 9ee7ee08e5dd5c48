// What a file (or a server's database) with no customers shows above its dashboards (issue 15, Step
// 9: a new file opened on an Overview of zeros with no hint): what to do first, with buttons that
// do it. It goes once the file holds a customer, also after an import or a New customer in the same
// window (the window's data-changed path calls setFileEmpty).
#pragma once

#include <QFrame>

class QAction;
class QHBoxLayout;

namespace fd {

class EmptyFileHint : public QFrame {
    Q_OBJECT

public:
    // `onServer`: a database on a PostgreSQL server, not a file, is named so.
    explicit EmptyFileHint(bool onServer, QWidget* parent = nullptr);

    // A button that triggers `action` (File → Import from CSV…, Edit → New customer…), named
    // by it with its shortcut ("Import from CSV… (Ctrl+I)"), enabled while it is.
    void addAction(QAction* action);
    // Shown while the file has no customers and a dashboard is in view; the lists say on
    // their own that they are empty.
    void setFileEmpty(bool empty);
    void setOnDashboard(bool onDashboard);

private:
    void follow();

    QHBoxLayout* m_buttons = nullptr;
    bool m_empty = false;
    bool m_onDashboard = true;
};

} // namespace fd
