#pragma once

#include <QWidget>

namespace fd {

class Database;
struct DatabaseCounts;

// What the open file holds: its entities and the customers in each funnel stage. The
// dashboards of Step 4 replace it.
class OverviewView : public QWidget {
    Q_OBJECT

public:
    explicit OverviewView(Database& db, QWidget* parent = nullptr);
    void refresh();

signals:
    void failed(const QString& sentence);

private:
    void showCounts(const DatabaseCounts& counts);

    Database& m_db;
    QWidget* m_entities = nullptr;
    QWidget* m_stages = nullptr;
};

} // namespace fd
