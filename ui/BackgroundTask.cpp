#include "BackgroundTask.h"

#include "service/Session.h"

#include <QCursor>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMetaType>
#include <QThread>

namespace fd {

BackgroundTask::BackgroundTask(const QString& title, QObject* parent)
    : QObject(parent), m_title(title)
{
    // finished()'s message read from a QVariant (a QSignalSpy) reads as its sentence.
    [[maybe_unused]] static const bool converts =
        QMetaType::hasRegisteredConverterFunction<Error, QString>() ||
        QMetaType::registerConverter<Error, QString>();
}

BackgroundTask* BackgroundTask::start(const QString& path, const QString& title, Work work,
                                      QObject* parent, Open open)
{
    return start(Location::file(path), title, std::move(work), parent, open);
}

BackgroundTask* BackgroundTask::start(const Location& where, const QString& title, Work work,
                                      QObject* parent, Open open)
{
    auto* task = new BackgroundTask(title, parent);
    task->m_location = where;
    emit BackgroundTasks::instance().started(task);
    const bool create = open == Open::CreateIfMissing;
    task->m_thread = QThread::create([task, where, create, work = std::move(work)] {
        const QString& path = where.path();
        const QString cancelled = tr("%1 was cancelled; nothing was changed.").arg(task->m_title);
        Result<QString> outcome = failure(cancelled);
        // Through the page cache, like the window: a job must not swell resident memory.
        Session::Options options;
        options.mapMemory = false;
        options.createIfMissing = create;
        auto db = Session::open(where, options);
        if (!db && (where.isFile() || db.error().is(Error::Kind::ReadOnly))) {
            // A file the user may only read (a read-only file, a folder they cannot write
            // to): jobs that only read, such as the dashboards, still run; a write fails
            // with the database's own sentence.
            options.access = Session::Access::ReadOnly;
            if (auto readOnly = Session::open(where, options))
                db = std::move(readOnly);
        }
        if (!db) {
            // The window's file gone before the job came to open it: the window's sentence,
            // not "does not exist; create it".
            outcome = failure(!create && where.isFile() && !QFileInfo::exists(path)
                                  ? Session::movedSentence(path)
                                  : db.error());
        } else if (!task->m_cancelled) {
            {
                std::lock_guard lock(task->m_dbMutex);
                task->m_db = db->get();
            }
            const Report report = [task](qint64 done, qint64 total) {
                emit task->progress(done, total);
            };
            outcome = work(**db, report, task->m_cancelled);
            std::lock_guard lock(task->m_dbMutex);
            task->m_db = nullptr;
        }
        // Work that finished is reported as done even if Cancel came too late to stop it;
        // work that failed after a cancel was stopped by it (and rolled back).
        const bool ok = outcome.has_value();
        const Error message = ok                  ? Error(*outcome)
                              : task->m_cancelled ? Error(cancelled)
                                                  : outcome.error();
        // Queued to the task's own thread (the UI's): listeners run there.
        QMetaObject::invokeMethod(
            task,
            [task, ok, message] {
                emit task->finished(ok, message);
                task->deleteLater();
            },
            Qt::QueuedConnection);
    });
    task->m_thread->start();
    return task;
}

BackgroundTask* BackgroundTask::start(Database& db, const QString& title, Work work,
                                      QObject* parent)
{
    if (!Session(db).hasMoved())
        return start(Session(db).location(), title, std::move(work), parent);
    // The window's file is gone from its path (FileGone): a new connection would find nothing
    // there, or another file, but the window's own still reads the whole file. The work runs
    // on it, here, and reports as a job does.
    auto* task = new BackgroundTask(title, parent);
    task->m_location = Session(db).location();
    emit BackgroundTasks::instance().started(task);
    const Report report = [](qint64, qint64) {};
    const Result<QString> outcome = work(db, report, task->m_cancelled);
    const bool ok = outcome.has_value();
    const Error message = ok ? Error(*outcome) : outcome.error();
    QMetaObject::invokeMethod(
        task,
        [task, ok, message] {
            emit task->finished(ok, message);
            task->deleteLater();
        },
        Qt::QueuedConnection);
    return task;
}

BackgroundTasks& BackgroundTasks::instance()
{
    static BackgroundTasks tasks;
    return tasks;
}

BackgroundTask::~BackgroundTask()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void BackgroundTask::cancel()
{
    m_cancelled = true;
    std::lock_guard lock(m_dbMutex);
    if (m_db)
        Session(*m_db).interrupt();
}

void BackgroundTask::finishAll(QObject* owner)
{
    const QList<BackgroundTask*> tasks = owner->findChildren<BackgroundTask*>();
    if (tasks.isEmpty())
        return;
    for (BackgroundTask* task : tasks)
        task->cancel();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    for (BackgroundTask* task : tasks) {
        if (task->m_thread)
            task->m_thread->wait();
    }
    QGuiApplication::restoreOverrideCursor();
}

bool BackgroundTask::wait(int ms)
{
    return !m_thread || m_thread->wait(QDeadlineTimer(ms));
}

} // namespace fd
