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
    m_text->setObjectName(QStringLiteral("drillText"));
    auto* button = new QPushButton(backText, this); // the first child button: the whole list
    button->setObjectName(QStringLiteral("drillWholeList"));
    button->setToolTip(tr("Close this list and show the whole one (Esc)"));
    auto* previous = new QPushButton(tr("Back"), this);
    previous->setObjectName(QStringLiteral("drillBack"));
    previous->setToolTip(tr("Back to where you came from (Alt+Left)"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(previous);
    layout->addWidget(button);
    setTabOrder(previous, button); // in the order they are shown
    connect(previous, &QPushButton::clicked, this, &DrillBar::goBack);
    hide();
    connect(button, &QPushButton::clicked, this, [this] {
        hide();
        emit back();
    });
}

QString DrillBar::text() const
{
    return m_text->text();
}

void DrillBar::showText(const QString& text)
{
    m_text->setText(text);
    show();
}

} // namespace fd
