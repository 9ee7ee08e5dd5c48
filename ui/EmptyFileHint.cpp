#include "EmptyFileHint.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace fd {

EmptyFileHint::EmptyFileHint(bool onServer, QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("emptyFileHint"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    auto* heading = new QLabel(onServer ? tr("<b>This database has no customers yet</b>")
                                        : tr("<b>This file has no customers yet</b>"));
    heading->setObjectName(QStringLiteral("emptyFileHeading"));
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    heading->setFont(big);
    auto* text =
        new QLabel(tr("Import your customers, tickets or touchpoints from a CSV file, or add your "
                      "first customer by hand. The dashboards count them as soon as they are in."));
    text->setObjectName(QStringLiteral("emptyFileText"));
    text->setWordWrap(true);
    m_buttons = new QHBoxLayout;
    m_buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addLayout(m_buttons);
    hide();
}

void EmptyFileHint::addAction(QAction* action)
{
    auto* button = new QPushButton;
    auto name = [action] {
        QString text = action->text();
        text.remove(QLatin1Char('&'));
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        return keys.isEmpty() ? text : tr("%1 (%2)", "an action and its shortcut").arg(text, keys);
    };
    button->setText(name());
    button->setToolTip(action->toolTip());
    button->setEnabled(action->isEnabled());
    connect(action, &QAction::changed, button, [button, action, name] {
        button->setText(name());
        button->setEnabled(action->isEnabled());
    });
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    m_buttons->insertWidget(m_buttons->count() - 1, button);
}

void EmptyFileHint::setFileEmpty(bool empty)
{
    m_empty = empty;
    follow();
}

void EmptyFileHint::setOnDashboard(bool onDashboard)
{
    m_onDashboard = onDashboard;
    follow();
}

void EmptyFileHint::follow()
{
    setVisible(m_empty && m_onDashboard);
}

} // namespace fd
