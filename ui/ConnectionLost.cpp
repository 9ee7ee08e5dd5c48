#include "ConnectionLost.h"

#include "service/Session.h"

#include <QLabel>
#include <QPushButton>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace fd {

ConnectionLost::ConnectionLost(Database& db, const QString& display, QVBoxLayout* column,
                               QWidget* content, QLabel* counts, QLabel* fileLabel, QObject* parent)
    : QObject(parent), m_db(db), m_display(display), m_column(column), m_content(content),
      m_counts(counts), m_fileLabel(fileLabel)
{
    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &ConnectionLost::countDown);
}

QString ConnectionLost::sentence() const
{
    return tr("The connection to the PostgreSQL server at %1 was lost, so this window does not "
              "show its data "
              "now. FunnelDesk connects again by itself as soon as the server answers.")
        .arg(m_display);
}

int ConnectionLost::delayAfter(int failed)
{
    return failed >= 5 ? 30 : 1 << failed;
}

void ConnectionLost::lost(const QString& why)
{
    if (m_lost)
        return;
    m_lost = true;
    m_failed = 0;
    m_lastFailure.clear();
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("connectionLostPage"));
    auto* rows = new QVBoxLayout(page);
    auto* message =
        new QLabel(QStringLiteral("<h3>%1</h3><p>%2</p>")
                       .arg(tr("Connection lost").toHtmlEscaped(), sentence().toHtmlEscaped()));
    message->setObjectName(QStringLiteral("connectionLost"));
    message->setToolTip(why);
    message->setWordWrap(true);
    message->setAlignment(Qt::AlignCenter);
    message->setTextInteractionFlags(Qt::TextSelectableByMouse); // a rep can copy it for IT
    message->setMinimumWidth(message->fontMetrics().averageCharWidth() *
                             60); // a paragraph, not a column
    message->setMaximumWidth(message->fontMetrics().averageCharWidth() * 80);
    m_state = new QLabel;
    m_state->setObjectName(QStringLiteral("reconnectState"));
    m_state->setWordWrap(true);
    m_state->setAlignment(Qt::AlignCenter);
    m_state->setMinimumWidth(message->minimumWidth()); // word-wrapped: its height follows its width
    m_state->setMaximumWidth(message->maximumWidth());
    m_now = new QPushButton(tr("Reconnect now"));
    m_now->setObjectName(QStringLiteral("reconnectNow"));
    connect(m_now, &QPushButton::clicked, this, &ConnectionLost::reconnectNow);
    rows->addWidget(message, 0, Qt::AlignCenter);
    rows->addWidget(m_state, 0, Qt::AlignCenter);
    rows->addWidget(m_now, 0, Qt::AlignCenter);
    m_page = page;
    if (m_content)
        m_content->hide();
    m_column->addWidget(page, 1, Qt::AlignCenter);
    if (m_counts)
        m_counts->clear(); // the last numbers read are no longer known to be right
    if (m_fileLabel && !m_fileLabel->text().endsWith(tr(" (connection lost)")))
        m_fileLabel->setText(m_fileLabel->text() + tr(" (connection lost)"));
    schedule(delayAfter(0));
    emit connectionLost();
}

void ConnectionLost::schedule(int seconds)
{
    m_remaining = seconds;
    showState();
    m_tick->start();
}

void ConnectionLost::countDown()
{
    if (!m_lost || m_trying)
        return;
    if (--m_remaining <= 0) {
        reconnectNow();
        return;
    }
    showState();
}

void ConnectionLost::showState()
{
    QString state = tr("Reconnecting in %1 s…").arg(m_remaining);
    if (!m_lastFailure.isEmpty())
        state = tr("Not yet: %1").arg(m_lastFailure) + QLatin1Char('\n') + state;
    m_state->setText(state);
}

void ConnectionLost::reconnectNow()
{
    if (!m_lost || m_trying)
        return;
    m_trying = true;
    m_tick->stop();
    m_state->setText(tr("Reconnecting…"));
    m_now->setEnabled(false);
    // Connecting may wait for a server that does not answer: on a thread of its own, with
    // copies only; the result comes back here unless this window went meanwhile.
    auto made = std::make_shared<Result<std::shared_ptr<Reconnection>>>(failure(QString()));
    QThread* thread =
        QThread::create([attempt = Session(m_db).reconnector(), made] { *made = attempt(); });
    QObject::connect(thread, &QThread::finished, this, [this, made] {
        if (!*made)
            return tried(made->error());
        const Status adopted = Session(m_db).adopt(**made);
        tried(adopted ? QString() : QString(adopted.error()));
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void ConnectionLost::tried(const QString& failure)
{
    m_trying = false;
    if (failure.isEmpty()) {
        restore();
        return;
    }
    m_lastFailure = failure;
    m_now->setEnabled(true);
    schedule(delayAfter(++m_failed));
}

void ConnectionLost::restore()
{
    m_lost = false;
    m_tick->stop();
    delete m_page;
    m_state = nullptr;
    m_now = nullptr;
    if (m_content)
        m_content->show();
    if (m_fileLabel && m_fileLabel->text().endsWith(tr(" (connection lost)")))
        m_fileLabel->setText(m_fileLabel->text().chopped(tr(" (connection lost)").size()));
    emit reconnected();
}

QString ConnectionLost::refusal() const
{
    return tr("Not done: the connection to the server was lost; FunnelDesk is connecting again.");
}

} // namespace fd
