#include "common/OutputFile.h"

#include "common/LeftoverFiles.h"
#include "common/Quoted.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <array>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <memory>
#include <mutex>
#include <vector>

#include <csignal>

#include <fcntl.h>
#include <pthread.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fd {

namespace {

constexpr qsizetype kBufferBytes = qsizetype{64} * 1024;

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// The path a file has or would have once every link and ../ is resolved: the file's own when
// it exists, else its folder's followed by its name (empty when the folder does not exist).
QString canonicalPath(const QString& path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? QString() : QDir(folder).filePath(info.fileName());
}

bool sameFile(const QString& canonicalTarget, const struct stat* target, const QString& other)
{
    struct stat st {};
    if (target && ::stat(QFile::encodeName(other).constData(), &st) == 0 &&
        st.st_dev == target->st_dev && st.st_ino == target->st_ino)
        return true;
    const QString canonicalOther = canonicalPath(other);
    return !canonicalTarget.isEmpty() && canonicalOther == canonicalTarget;
}

// One registered temporary file: the path and its SQLite siblings, NUL-terminated.
struct TemporaryEntry {
    std::array<QByteArray, 4> names;
};

std::array<std::atomic<TemporaryEntry*>, TemporaryFiles::kSlots> g_temporaries{};
// Released entries are kept, not freed: a signal handler on another thread may be reading one.
// A few hundred bytes per file written, for the life of the process.
std::mutex g_retiredMutex;
std::vector<std::unique_ptr<TemporaryEntry>> g_retired;

} // namespace

int TemporaryFiles::add(const QString& path)
{
    auto entry = std::make_unique<TemporaryEntry>();
    const QByteArray name = QFile::encodeName(path);
    const char* suffixes[] = {"", "-journal", "-wal", "-shm"};
    for (std::size_t i = 0; i < entry->names.size(); ++i) {
        entry->names[i] = name + suffixes[i];
        entry->names[i].detach(); // its own buffer, NUL-terminated, never shared or moved
    }
    for (int slot = 0; slot < kSlots; ++slot) {
        TemporaryEntry* expected = nullptr;
        if (g_temporaries[static_cast<std::size_t>(slot)].compare_exchange_strong(expected,
                                                                                  entry.get())) {
            (void)entry.release();
            return slot;
        }
    }
    return -1;
}

void TemporaryFiles::release(int handle)
{
    if (handle < 0 || handle >= kSlots)
        return;
    TemporaryEntry* entry = g_temporaries[static_cast<std::size_t>(handle)].exchange(nullptr);
    if (!entry)
        return;
    const std::lock_guard lock(g_retiredMutex);
    g_retired.emplace_back(entry);
}

namespace {
std::atomic<int> g_holds{0};
std::atomic<int> g_deferredSignal{0};
static_assert(std::atomic<int>::is_always_lock_free, "the signal handler needs lock-free atomics");
} // namespace

void TemporaryFiles::hold()
{
    g_holds.fetch_add(1);
}

void TemporaryFiles::resume()
{
    if (g_holds.fetch_sub(1) != 1)
        return;
    if (const int signal = g_deferredSignal.exchange(0); signal != 0)
        ::raise(signal);
}

bool TemporaryFiles::deferSignal(int signal) noexcept
{
    if (g_holds.load() == 0)
        return false;
    g_deferredSignal.store(signal);
    // resume() may have run between the two loads: then nobody would raise it.
    return g_holds.load() != 0 || g_deferredSignal.exchange(0) == 0;
}

void TemporaryFiles::removeAllFromSignalHandler() noexcept
{
    for (auto& slot : g_temporaries) {
        const TemporaryEntry* entry = slot.load();
        if (!entry)
            continue;
        for (const QByteArray& name : entry->names)
            ::unlink(name.constData()); // constData() of a detached, unshared array: a plain read
    }
}

// Collects writes and hands them to the descriptor in 64 KiB pieces; remembers the first
// failure (errno), after which every write fails. Its errorString() is then the sentence's
// core, with the file's name and the reason ("Writing “x.csv” failed: No space left on
// device"), for a writer that only has the device (CsvImporter's rejects).
class OutputFile::Device : public QIODevice {
public:
    // `target`: the file as the user named it; empty for standard output.
    Device(int fd, QString target) : m_fd(fd), m_target(std::move(target))
    {
        QIODevice::open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }
    ~Device() override { QIODevice::close(); }
    Device(const Device&) = delete;
    Device& operator=(const Device&) = delete;

    bool isSequential() const override { return true; }
    int error() const { return m_error; }

    bool drain()
    {
        if (m_error != 0)
            return false;
        const char* data = m_buffer.constData();
        qsizetype left = m_buffer.size();
        while (left > 0) {
            const ssize_t n = ::write(m_fd, data, static_cast<size_t>(left));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                setFailed(n < 0 ? errno : EIO);
                return false;
            }
            data += n;
            left -= n;
        }
        m_buffer.clear();
        return true;
    }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        if (m_error != 0)
            return -1;
        m_buffer.append(data, static_cast<qsizetype>(size));
        if (m_buffer.size() >= kBufferBytes && !drain())
            return -1;
        return size;
    }

private:
    void setFailed(int error)
    {
        m_error = error;
        setErrorString(
            m_target.isEmpty()
                ? OutputFile::tr("Writing to standard output failed: %1").arg(systemError(error))
                : OutputFile::tr("Writing %1 failed: %2")
                      .arg(quotedPath(m_target), systemError(error)));
    }

    int m_fd;
    QString m_target;
    int m_error = 0;
    QByteArray m_buffer;
};

namespace {

// The sentence when `target` is one of `protectedFiles` or one's -wal, -shm or -journal
// (`st`: the target's stat when it exists, else null).
Status refuseProtected(const QString& target, const QString& canonical, const struct stat* st,
                       const QList<ProtectedFile>& protectedFiles)
{
    for (const ProtectedFile& file : protectedFiles) {
        if (file.path.isEmpty())
            continue;
        if (sameFile(canonical, st, file.path))
            return failure(
                OutputFile::tr("%1 is %2 %3; choose another file to write (nothing was changed).")
                    .arg(quotedPath(target), file.what, quotedPath(file.path)));
        if (!file.withSqliteSiblings)
            continue;
        for (const char* suffix : {"-wal", "-shm", "-journal"}) {
            if (sameFile(canonical, st, file.path + QLatin1String(suffix)))
                return failure(
                    OutputFile::tr(
                        "%1 is the %2 file of %3 %4; choose another file to write (nothing was "
                        "changed).")
                        .arg(quotedPath(target), QLatin1String(suffix), file.what,
                             quotedPath(file.path)));
        }
    }
    return {};
}

// The sentence when `target` cannot be written at all: a folder, a missing folder, a dangling
// link, a protected file, a file its owner made read-only (a rename could replace it).
Status refuseTarget(const QString& target, const QString& canonical, const struct stat* st,
                    const QList<ProtectedFile>& protectedFiles)
{
    if (st && S_ISDIR(st->st_mode))
        return failure(
            OutputFile::tr("%1 is a folder; name a file to write.").arg(quotedPath(target)));
    if (!st) {
        const QString folder = QFileInfo(target).absolutePath();
        if (!QFileInfo(folder).isDir())
            return failure(OutputFile::tr("Cannot write %1: the folder %2 does not exist.")
                               .arg(quotedPath(target), quotedPath(folder)));
        if (QFileInfo(target).isSymLink())
            return failure(
                OutputFile::tr("Cannot write %1: it is a link to a file that does not exist.")
                    .arg(quotedPath(target)));
    }
    if (auto refused = refuseProtected(target, canonical, st, protectedFiles); !refused)
        return refused;
    if (st && S_ISREG(st->st_mode) && ::access(QFile::encodeName(target).constData(), W_OK) != 0)
        return failure(OutputFile::tr("%1 is read-only; make it writable or choose another file "
                                      "(nothing was changed).")
                           .arg(quotedPath(target)));
    return {};
}

} // namespace

Result<std::unique_ptr<OutputFile>> OutputFile::open(const QString& target,
                                                     const QList<ProtectedFile>& protectedFiles)
{
    if (target.isEmpty())
        return failure(tr("No file to write was named."));
    const QByteArray name = QFile::encodeName(target);
    struct stat st {};
    const bool exists = ::stat(name.constData(), &st) == 0; // through links
    const QString canonical = canonicalPath(target);
    if (auto refused = refuseTarget(target, canonical, exists ? &st : nullptr, protectedFiles);
        !refused)
        return failure(refused.error());

    std::unique_ptr<OutputFile> out(new OutputFile);
    out->m_target = target;
    out->m_existed = exists;
    if (exists && !S_ISREG(st.st_mode)) {
        // A device or a FIFO: written in place (renaming over /dev/full would replace the node).
        out->m_fd = ::open(name.constData(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
        if (out->m_fd < 0)
            return failure(tr("Cannot write %1: %2.").arg(quotedPath(target), systemError(errno)));
        out->m_final = target;
    } else {
        // A link is followed: the file it names is replaced, the link stays.
        out->m_final = exists ? canonical : QFileInfo(target).absoluteFilePath();
        if (auto made = out->openTemporary(); !made)
            return failure(made.error());
    }
    out->m_device = std::make_unique<Device>(out->m_fd, target);
    return out;
}

Status OutputFile::openTemporary()
{
    // ".NAME.PID.XXXXXX" beside the final name: what killed writers of it left is removed first
    // (issue 19: SIGKILL cannot be caught, so the next write of the same file cleans up).
    temporary_names::kOutput.removeDeadWriters(m_final);
    QByteArray pattern = QFile::encodeName(temporary_names::kOutput.pathFor(m_final));
    // The signals that remove temporaries wait until this one is registered.
    sigset_t removing;
    sigset_t before;
    sigemptyset(&removing);
    for (const int signal : {SIGINT, SIGTERM, SIGHUP})
        sigaddset(&removing, signal);
    pthread_sigmask(SIG_BLOCK, &removing, &before);
    m_fd = ::mkostemp(pattern.data(), O_CLOEXEC);
    const int error = errno;
    if (m_fd >= 0)
        m_registered = TemporaryFiles::add(QFile::decodeName(pattern));
    pthread_sigmask(SIG_SETMASK, &before, nullptr);
    if (m_fd < 0)
        return failure(tr("Cannot write %1: %2; nothing was changed.")
                           .arg(quotedPath(m_target), systemError(error)));
    m_temporary = QFile::decodeName(pattern);
    // mkostemp made it 0600 already; said again so that no umask or libc ever widens it.
    // A replaced file is not given its old mode back: the rename makes a new file (of
    // this user and group, not the old file's), and exports written before 0600 were
    // 0644, so keeping the mode would keep customer data readable by everyone.
    if (::fchmod(m_fd, S_IRUSR | S_IWUSR) != 0) {
        const int fchmodError = errno;
        removeTemporary();
        return failure(tr("Cannot write %1: %2; nothing was changed.")
                           .arg(quotedPath(m_target), systemError(fchmodError)));
    }
    return {};
}

Status OutputFile::writeWhole(const QString& target, const QList<ProtectedFile>& protectedFiles,
                              const std::function<Status(QIODevice&)>& write)
{
    auto out = open(target, protectedFiles);
    if (!out)
        return failure(out.error());
    if (auto written = write((*out)->device()); !written && !(*out)->failed()) {
        (*out)->cancel();
        return failure(written.error());
    }
    return (*out)->commit();
}

bool OutputFile::isSameFile(const QString& a, const QString& b)
{
    struct stat st {};
    const bool exists = ::stat(QFile::encodeName(a).constData(), &st) == 0;
    return sameFile(canonicalPath(a), exists ? &st : nullptr, b);
}

ProtectedFile OutputFile::openDatabase(const QString& path)
{
    return {path, tr("the open database"), true};
}

std::unique_ptr<OutputFile> OutputFile::standardOutput()
{
    std::unique_ptr<OutputFile> out(new OutputFile);
    out->m_fd = STDOUT_FILENO;
    out->m_ownsFd = false;
    out->m_device = std::make_unique<Device>(out->m_fd, QString());
    return out;
}

OutputFile::~OutputFile()
{
    if (!m_finished)
        cancel();
}

QIODevice& OutputFile::device()
{
    return *m_device;
}

QString OutputFile::temporaryPath() const
{
    return m_temporary;
}

bool OutputFile::failed() const
{
    return m_device->error() != 0;
}

bool OutputFile::brokenPipe() const
{
    return m_ownsFd == false && m_lastError == EPIPE;
}

bool OutputFile::isTerminal() const
{
    return m_fd >= 0 && ::isatty(m_fd) == 1;
}

Status OutputFile::sync()
{
    if (m_finished)
        return failure(tr("%1 was already finished.").arg(quotedPath(m_target)));
    if (!m_device->drain()) {
        m_finished = true;
        return fail(m_device->error());
    }
    if (!m_temporary.isEmpty() && ::fsync(m_fd) != 0) {
        m_finished = true;
        return fail(errno);
    }
    return {};
}

Status OutputFile::commit()
{
    if (m_finished)
        return failure(tr("%1 was already finished.").arg(quotedPath(m_target)));
    m_finished = true;
    if (!m_device->drain())
        return fail(m_device->error());
    if (!m_temporary.isEmpty() && ::fsync(m_fd) != 0)
        return fail(errno);
    if (m_ownsFd) {
        const int closed = ::close(m_fd);
        m_fd = -1;
        if (closed != 0 && errno != EINTR)
            return fail(errno);
    }
    if (m_temporary.isEmpty())
        return {};
    if (::rename(QFile::encodeName(m_temporary).constData(),
                 QFile::encodeName(m_final).constData()) != 0)
        return fail(errno);
    m_temporary.clear();
    TemporaryFiles::release(m_registered);
    m_registered = -1;
    // The rename itself made durable; a folder that cannot be synced does not undo it.
    const int folder = ::open(QFile::encodeName(QFileInfo(m_final).absolutePath()).constData(),
                              O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
    return {};
}

void OutputFile::cancel()
{
    m_finished = true;
    removeTemporary();
}

void OutputFile::removeTemporary()
{
    if (m_ownsFd && m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (!m_temporary.isEmpty()) {
        ::unlink(QFile::encodeName(m_temporary).constData());
        m_temporary.clear();
    }
    TemporaryFiles::release(m_registered);
    m_registered = -1;
}

Status OutputFile::fail(int error)
{
    m_lastError = error;
    const bool hadTemporary = !m_temporary.isEmpty();
    removeTemporary();
    const QString why = systemError(error);
    if (!m_ownsFd)
        return failure(tr("Writing to standard output failed: %1.").arg(why));
    if (!hadTemporary)
        return failure(tr("Writing %1 failed: %2.").arg(quotedPath(m_target), why));
    if (m_existed)
        return failure(tr("Writing %1 failed: %2; the file there before is unchanged.")
                           .arg(quotedPath(m_target), why));
    return failure(tr("Writing %1 failed: %2; nothing was saved.").arg(quotedPath(m_target), why));
}

} // namespace fd
