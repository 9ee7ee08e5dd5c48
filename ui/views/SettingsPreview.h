// The live what-if of a Settings page (issue 18): how many customers the values being typed
// would move, from where to where, each row opening the customers behind it in the window's
// Customers list. The dialog runs the preview (StageEngine::preview, HealthEngine::preview)
// in the background and hands the result here.
#pragma once

#include "metrics/Report.h"

#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace fd {

class SettingsPreview : public QWidget {
    Q_OBJECT

public:
    // One row: "Onboarding → Post-sales" and the customers it would move.
    struct Row {
        QString from;
        QString to;
        std::vector<qint64> ids;
        QString caption; // the Customers list's "what-if, …" caption; "" for "from → to"
    };

    // `title`: "What these rules would change", …; `headers`: the three columns' ("From", "To",
    // "Customers" when empty).
    explicit SettingsPreview(const QString& title, const QStringList& headers = {},
                             QWidget* parent = nullptr);

    // Nothing edited on the page: `sentence` says the saved values stand.
    void showSaved(const QString& sentence);
    // Counting in the background.
    void showRunning();
    // Counting in the background, saying so in `sentence`.
    void showRunning(const QString& sentence);
    // The values have a problem, or the preview failed: `sentence`, no rows.
    void showProblem(const QString& sentence);
    // The answer: `summary` above the rows (largest first as given).
    void showRows(const QString& summary, const std::vector<Row>& rows);

    QString summary() const;
    // "from\tto\tcount" per row, for tests.
    QStringList rows() const;
    bool isRunning() const { return m_running; }
    // Opens the customers of row `row` (Show customers, Return, a double click); nothing while
    // counting, when the rows are of the values before.
    void openRow(int row);

signals:
    void showCustomers(const fd::DrillDown& list, const QString& what);

private:
    void clearRows();

    QLabel* m_summary = nullptr;
    QTreeWidget* m_tree = nullptr;
    QPushButton* m_show = nullptr;
    std::vector<Row> m_rows;
    bool m_running = false;
};

} // namespace fd
