#include "DataChanges.h"

#include "BackgroundTask.h"

#include "service/Session.h"

#include <QSocketNotifier>
#include <QTimer>

namespace fd {

namespace {

constexpr int kPollMs = 1000;
// Long enough for a finished background job's queued signal to arrive and announce its
// write first; short enough to go unnoticed.
constexpr int kSettleMs = 150;
// The longest a running job of this window's data holds back another connection's change.
constexpr int kHoldMs = 2000;

} // namespace

DataChanges::DataChanges(Database& db, QObject* parent) : QObject(parent), m_db(db)
{
    if (auto version = Session(m_db).dataVersion()) {
        m_seen = *version;
        m_known = true;
    }
    m_settle = new QTimer(this);
    m_settle->setSingleShot(true);
    m_settle->setInterval(kSettleMs);
    connect(m_settle, &QTimer::timeout, this, &DataChanges::settle);
    m_poll = new QTimer(this);
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, &DataChanges::poll);
    // A file read without locks never reports a change: nothing to look at.
    if (!Session(m_db).readsWithoutLocks()) {
        m_interval = kPollMs;
        m_poll->start();
    }
    listen();
    connect(&BackgroundTasks::instance(), &BackgroundTasks::started, this, &DataChanges::hold);
}

void DataChanges::hold(BackgroundTask* task)
{
    if (!(task->location() == Session(m_db).location()))
        return; // another file's or server's job
    if (m_jobs.isEmpty())
        m_heldSince.start();
    m_jobs.insert(task);
    // Connected before the job's author connects: released first, then announced.
    connect(task, &BackgroundTask::finished, this, [this, task] { release(task); });
    connect(task, &QObject::destroyed, this, &DataChanges::release);
}

void DataChanges::release(const QObject* task)
{
    if (!m_jobs.remove(task) || !m_jobs.isEmpty())
        return;
    if (m_settle->isActive()) // a change found meanwhile: announced unless the author does
        m_settle->start(kSettleMs);
}

void DataChanges::listen()
{
    if (!Session(m_db).isServer())
        return;
    const Status listening = Session(m_db).listenForChanges();
    if (!listening) {
        if (listening.error().is(Error::Kind::ConnectionLost))
            lose(listening.error());
        return; // the timer's looks still notice a lost connection
    }
    delete m_notifier;
    m_notifier = new QSocketNotifier(static_cast<qintptr>(Session(m_db).socket()),
                                     QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &DataChanges::takeNotifications);
}

void DataChanges::announce()
{
    if (auto version = Session(m_db).dataVersion()) {
        m_seen = *version;
        m_known = true;
    }
    m_settle->stop();
    emit changed();
}

bool DataChanges::poll()
{
    if (m_lost)
        return false;
    if (m_notifier)
        return takeNotifications(); // libpq may have taken some in during another statement
    if (!m_gone && Session(m_db).hasMoved()) {
        m_gone = true;
        emit fileGone();
    }
    auto version = Session(m_db).dataVersion();
    if (!version && version.error().is(Error::Kind::ConnectionLost))
        lose(version.error());
    if (!version)
        return false; // a busy or vanished file: the next look tries again
    if (!m_known) {
        m_seen = *version;
        m_known = true;
        return false;
    }
    if (*version == m_seen)
        return false;
    if (!m_settle->isActive())
        m_settle->start(kSettleMs);
    return true;
}

bool DataChanges::takeNotifications()
{
    const Result<int> others = Session(m_db).takeNotifications();
    if (!others) {
        if (others.error().is(Error::Kind::ConnectionLost))
            lose(others.error());
        return false;
    }
    emit notified();
    if (*others == 0)
        return false;
    if (!m_settle->isActive())
        m_settle->start(kSettleMs);
    return true;
}

void DataChanges::lose(const QString& why)
{
    if (m_lost)
        return;
    m_lost = true; // nothing more to look at through this connection
    m_poll->stop();
    m_settle->stop();
    delete m_notifier; // its socket is closed, or soon another's
    m_notifier = nullptr;
    emit connectionLost(why);
}

void DataChanges::resume()
{
    m_lost = false;
    if (auto version = Session(m_db).dataVersion()) {
        m_seen = *version;
        m_known = true;
    }
    if (m_interval > 0)
        m_poll->start(m_interval);
    delete m_notifier;
    m_notifier = nullptr;
    listen();
}

void DataChanges::settle()
{
    if (!m_jobs.isEmpty()) {
        const qint64 left = kHoldMs - m_heldSince.elapsed();
        if (left > 0) { // a job of this window's data runs: its author will announce it
            m_settle->start(static_cast<int>(left));
            return;
        }
    }
    auto version = Session(m_db).dataVersion();
    if (!version && version.error().is(Error::Kind::ConnectionLost))
        lose(version.error());
    if (!version || *version == m_seen)
        return; // announced meanwhile by the write's own author
    m_seen = *version;
    emit changed();
}

void DataChanges::setPollInterval(int ms)
{
    if (ms <= 0) {
        m_interval = 0;
        m_poll->stop();
        return;
    }
    m_interval = ms;
    m_poll->setInterval(ms);
    if (!Session(m_db).readsWithoutLocks() && !m_lost)
        m_poll->start();
}

int DataChanges::pollInterval() const
{
    return m_poll->isActive() ? m_poll->interval() : 0;
}

} // namespace fd
