// The GUI's main window. Until the shell of Step 3 lands it shows what the open
// database holds: its entities and the customers in each funnel stage.
#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;

namespace fd {

class Database;
struct DatabaseCounts;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Database> database, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Reads the counts again from the database.
    void refresh();

private:
    void showCounts(const DatabaseCounts& counts);

    std::unique_ptr<Database> m_db;
    QWidget* m_entities = nullptr;
    QWidget* m_stages = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace fd
