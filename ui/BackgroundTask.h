// Work longer than a frame runs here, never on the UI thread: a thread of its own with its
// own connection to the file (SQLite connections are not shared across threads), progress
// reported back through queued signals, and a cancel that interrupts SQLite so the job's
// transaction rolls back whole.
#pragma once

#include "common/Location.h"
#include "common/Result.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

class QThread;

namespace fd {

class Database;
class Location;

class BackgroundTask : public QObject {
    Q_OBJECT

public:
    // `report(done, total)` may be called from the work as often as it likes.
    using Report = std::function<void(qint64 done, qint64 total)>;
    // The work returns the sentence to show when it is done, or the failure's sentence.
    using Work = std::function<Result<QString>(Database& db, const Report& report,
                                               const std::atomic_bool& cancelled)>;

    // Whether the job may create its file: only a new one (the demo). The window's jobs
    // open the window's file, and one deleted or moved away meanwhile is not made anew,
    // empty: the job fails with Database::movedSentence(path).
    enum class Open { Existing, CreateIfMissing };

    // Opens `path` on the new thread and runs `work` there. The task deletes itself after
    // finished(); a task whose parent dies first is cancelled and waited for.
    static BackgroundTask* start(const QString& path, const QString& title, Work work,
                                 QObject* parent, Open open = Open::Existing);
    // The same for a file or a server (`where` holds the password asked for, if any).
    static BackgroundTask* start(const Location& where, const QString& title, Work work,
                                 QObject* parent, Open open = Open::Existing);
    // A job on the window's file `db`: on its own connection to db.path() as above, or, when
    // the file is gone from its path (Database::hasMoved()), on `db` itself, on the calling
    // thread (that connection still reads the whole file; its writes are refused).
    static BackgroundTask* start(Database& db, const QString& title, Work work, QObject* parent);
    ~BackgroundTask() override;

    // Cancels every task under `owner` (its children, at any depth) and waits for each to
    // end, with a busy cursor meanwhile: how a window closes, so that no job is killed
    // with the process halfway through a file (a backup's or an export's temporary is
    // removed by the job itself when it stops). Jobs stop between two steps; one that
    // finished meanwhile reports as usual.
    static void finishAll(QObject* owner);

    const QString& title() const { return m_title; }
    // The file or server the job works on.
    const Location& location() const { return m_location; }
    void cancel();
    // Blocks until the work has ended (tests).
    bool wait(int ms);

signals:
    void progress(qint64 done, qint64 total);
    // `message`: the work's sentence when ok, else why not, with its kind (Error::Kind::Gone
    // for a file gone from its path).
    void finished(bool ok, const fd::Error& message);

private:
    BackgroundTask(const QString& title, QObject* parent);

    QString m_title;
    Location m_location;
    QThread* m_thread = nullptr;
    std::atomic_bool m_cancelled{false};
    std::mutex m_dbMutex; // cancel() never interrupts a connection being closed
    Database* m_db = nullptr;
};

// Tells who cares that a job started: DataChanges holds back its announcement of another
// connection's commit while a job on its own data runs, because the job's author announces
// the job's writes when it finishes (one refresh, not two).
class BackgroundTasks : public QObject {
    Q_OBJECT

public:
    static BackgroundTasks& instance();

signals:
    // Emitted on the UI thread by BackgroundTask::start, before the caller connects to the
    // task; the task emits finished() or is destroyed later.
    void started(fd::BackgroundTask* task);
};

} // namespace fd
