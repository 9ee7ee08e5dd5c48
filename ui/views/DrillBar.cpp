#include "views/DrillBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace fd {

DrillBar::DrillBar(const QString& backText, QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("drillBar"));
    setAutoFillBackground(true);
    QPalette notice = palette();
    notice.setColor(QPalette::Window, notice.color(QPalette::ToolTipBase));
    notice.setColor(QPalette::WindowText, notice.color(QPalette::ToolTipText));
    setPalette(notice);
    m_text = new QLabel;
    auto* button = new QPushButton(backText);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(button);
    hide();
    connect(button, &QPushButton::clicked, this, [this] {
        hide();
        emit back();
    });
}

void DrillBar::showText(const QString& text)
{
    m_text->setText(text);
    show();
}

} // namespace fd
