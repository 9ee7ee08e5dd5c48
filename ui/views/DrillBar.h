// The bar above a list that holds only the rows behind a dashboard's number: it names
// them ("12 customers: Onboarding — stuck over 30 days"), gives the whole list back
// (`back`, also Escape in the list) and goes back to where the rep came from (`goBack`,
// also Alt+Left).
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace fd {

class DrillBar : public QWidget {
    Q_OBJECT

public:
    explicit DrillBar(const QString& backText, QWidget* parent = nullptr);
    void showText(const QString& text);
    QString text() const;

signals:
    void back();
    void goBack();

private:
    QLabel* m_text = nullptr;
};

} // namespace fd
