// The customer pane's health line (issue 18): the score the last health recompute stored, its
// band in words (never by colour alone), and 90 days of it as a sparkline (HealthEngine::trend).
#pragma once

#include <QWidget>

class QLabel;

namespace fd {

class Clock;
class Database;
class Sparkline;

class HealthStrip : public QWidget {
    Q_OBJECT

public:
    HealthStrip(Database& db, const Clock& clock, QWidget* parent = nullptr);

    // Reads the customer's stored score and trend; a read that fails leaves the line empty
    // (the pane's other parts say what went wrong).
    void showCustomer(qint64 customerId);
    QString text() const;
    const Sparkline* sparkline() const { return m_line; }

private:
    Database& m_db;
    const Clock& m_clock;
    QLabel* m_label = nullptr;
    Sparkline* m_line = nullptr;
};

} // namespace fd
