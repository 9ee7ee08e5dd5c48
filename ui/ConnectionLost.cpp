#include "ConnectionLost.h"

#include <QLabel>
#include <QVBoxLayout>

namespace fd {

ConnectionLost::ConnectionLost(const QString& display, QVBoxLayout* column, QWidget* content, QLabel* counts,
                               QLabel* fileLabel, QObject* parent)
    : QObject(parent), m_display(display), m_column(column), m_content(content), m_counts(counts),
      m_fileLabel(fileLabel)
{
}

QString ConnectionLost::sentence() const
{
    return tr("The connection to the PostgreSQL server at %1 was lost, so this window no longer shows its data; "
              "check that the server is running, then use File → Connect to server… to connect again.")
        .arg(m_display);
}

void ConnectionLost::lost(const QString& why)
{
    if (m_lost)
        return;
    m_lost = true;
    auto* message = new QLabel(QStringLiteral("<h3>%1</h3><p>%2</p>")
                                   .arg(tr("Connection lost").toHtmlEscaped(), sentence().toHtmlEscaped()));
    message->setObjectName(QStringLiteral("connectionLost"));
    message->setToolTip(why);
    message->setWordWrap(true);
    message->setAlignment(Qt::AlignCenter);
    message->setTextInteractionFlags(Qt::TextSelectableByMouse); // a rep can copy it for IT
    message->setMinimumWidth(message->fontMetrics().averageCharWidth() * 60); // a paragraph, not a column
    message->setMaximumWidth(message->fontMetrics().averageCharWidth() * 80);
    if (m_content)
        m_content->hide();
    m_column->addWidget(message, 1, Qt::AlignCenter);
    if (m_counts)
        m_counts->clear(); // the last numbers read are no longer known to be right
    if (m_fileLabel && !m_fileLabel->text().endsWith(tr(" (connection lost)")))
        m_fileLabel->setText(m_fileLabel->text() + tr(" (connection lost)"));
    emit connectionLost();
}

QString ConnectionLost::refusal() const
{
    return tr("Not done: the connection to the server was lost.");
}

} // namespace fd
