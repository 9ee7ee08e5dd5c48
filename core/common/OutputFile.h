// The one way FunnelDesk writes a file for the user: exports, reports, rejects, PDFs, PNGs
// and backups (issue 14 §1: "a file written for the user never destroys one and never lies").
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace fd {

// The temporary files this process is writing (every OutputFile's, generate's new database),
// so that a command interrupted by a signal leaves none behind (issue 14 §1). Each path is
// registered with its SQLite siblings (-journal, -wal, -shm), as C strings made in add(), so
// that the signal handler (app/cli/main.cpp) needs nothing but unlink. Thread-safe.
class TemporaryFiles {
public:
    static constexpr int kSlots = 64;
    // Registers `path`; returns the handle for release(), or -1 when every slot is taken (the
    // file is then still removed on an error, just not on a signal).
    static int add(const QString& path);
    // The file was renamed into place or removed: a signal no longer touches it. -1 is ignored.
    static void release(int handle);
    // Unlinks every registered path and sibling. Async-signal-safe: no lock, no allocation,
    // nothing but atomic loads and unlink(2).
    static void removeAllFromSignalHandler() noexcept;

    // Two writes that must land together (an import's rows and its rejects file): between
    // hold() and resume() a signal is only noted (deferSignal), and resume() raises it again
    // once both are in place, so a kill cannot fall between the two. Calls nest.
    static void hold();
    static void resume();
    // For the signal handler: true when the signal was noted for resume(). Async-signal-safe.
    static bool deferSignal(int signal) noexcept;
};

// A file that must not be overwritten, and what it is, for the sentence:
// "“x.csv” is <what> “db.sqlite”; …" — e.g. "the open database", "the file being imported".
struct ProtectedFile {
    QString path;
    QString what;
    bool withSqliteSiblings = false; // also its -wal, -shm and -journal files
};

// Writes `target` as a whole or not at all:
//  - open() refuses, before anything is written, a target that is a protected file (the same
//    file by device and inode when both exist, else by canonical path, through any link or
//    ../), a folder, a file this user may not write, or one in a folder that does not exist;
//  - a regular file is written under a temporary name in the target's folder,
//    ".NAME.PID.XXXXXX" (common/LeftoverFiles.h), after the ones of writers that were killed
//    are removed (never a live process's); commit()
//    checks every write, the flush, fsync and close, then renames it into place and syncs the
//    folder; on any failure the file there before is left as it was and the temporary is
//    removed (so is a never-committed one, by the destructor);
//  - an existing target that is not a regular file (/dev/null, /dev/full, a FIFO) is written
//    directly, every write checked;
//  - standardOutput() writes to file descriptor 1 with the same checks; a reader that went
//    away (EPIPE) is brokenPipe(), which a caller reports by saying nothing.
// Errors are one translated sentence naming the file and what the system said.
class OutputFile {
    Q_DECLARE_TR_FUNCTIONS(fd::OutputFile)

public:
    // A regular file is written with mode 0600 whatever the umask, and so is one that replaces
    // an existing file, whatever that file's mode was (issue 19, Security): what FunnelDesk
    // writes holds customer data, as the database does; sharing it is the user's own chmod.
    // A device or FIFO written in place keeps its mode.
    static Result<std::unique_ptr<OutputFile>>
    open(const QString& target, const QList<ProtectedFile>& protectedFiles = {});
    static std::unique_ptr<OutputFile> standardOutput();
    // open(), `write` into device(), commit(): the whole file, or the old one as it was and one
    // sentence — the system's when a write failed, else the one `write` returned.
    static Status writeWhole(const QString& target, const QList<ProtectedFile>& protectedFiles,
                             const std::function<Status(QIODevice&)>& write);
    // The database a program has open, with its -wal, -shm and -journal files.
    static ProtectedFile openDatabase(const QString& path);
    // Whether two paths name the same file (device and inode when both exist, else the path
    // with every link and ../ resolved), as open() compares a target with a protected file.
    static bool isSameFile(const QString& a, const QString& b);

    ~OutputFile();
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    // Where to write. Writes are buffered (64 KiB) and fail (-1) from the first failed one on.
    QIODevice& device();
    // The temporary file (empty for stdout or a device): for writers that need a path, such as
    // SQLite's backup. It exists and is empty; write it by path, then commit().
    QString temporaryPath() const;
    const QString& target() const { return m_target; }

    // Flushes and fsyncs what was written so far, so that a later commit() only renames;
    // on failure it is over as for commit().
    Status sync();
    // Flushes, fsyncs, closes and renames into place. Once only.
    Status commit();
    // Gives up: removes the temporary file; the target is untouched.
    void cancel();

    // A write has failed already; commit() says why in its sentence.
    bool failed() const;
    // The last failure was a closed pipe on standard output: say nothing.
    bool brokenPipe() const;
    // What is written lands on a terminal (isatty(3)): standard output not redirected, or a
    // target such as /dev/tty. Never for a regular file, which is written under a temporary.
    bool isTerminal() const;

private:
    OutputFile() = default;
    // Makes m_temporary beside m_final, private to this user and registered with
    // TemporaryFiles, after removing what killed writers of m_final left.
    Status openTemporary();
    Status fail(int error);
    void removeTemporary();

    class Device;
    std::unique_ptr<Device> m_device;
    QString m_target;    // as the user named it, for sentences
    QString m_final;     // where the rename puts it (a symlink's target resolved)
    QString m_temporary; // empty when written directly
    int m_fd = -1;
    int m_registered = -1; // the TemporaryFiles handle of m_temporary
    int m_lastError = 0;   // errno of the failure commit() reported
    bool m_ownsFd = true;
    bool m_existed = false;
    bool m_finished = false;
};

} // namespace fd
