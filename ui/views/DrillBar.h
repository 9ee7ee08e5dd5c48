// The bar above a list that holds only the rows behind a dashboard's number: it names
// them and gives the whole list back.
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

signals:
    void back();

private:
    QLabel* m_text = nullptr;
};

} // namespace fd
