// A full disk, simulated with a file-size limit on the child process (RLIMIT_FSIZE: a write
// past it fails as it would on a full file system), and a real one (a 50 MB tmpfs, filled; issue
// 19): one clear sentence, exit 1, the file as it was before, and no temporary left.
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>

#include <algorithm>
#include <csignal>
#include <sys/resource.h>
#include <sys/statvfs.h>

using namespace fd;

namespace {

struct Outcome {
    int exitCode = -1;
    QString err;
    QString out;
};

Outcome runLimited(const QString& db, const QStringList& args, rlim_t bytes)
{
    QProcess p;
    p.setChildProcessModifier([bytes] {
        ::signal(SIGXFSZ, SIG_IGN); // a failed write, not a killed process
        const rlimit limit{bytes, bytes};
        ::setrlimit(RLIMIT_FSIZE, &limit);
    });
    QStringList all{QStringLiteral("--db"), db};
    all += args;
    p.start(QStringLiteral(FUNNELDESK_CLI_PATH), test::cliArguments(all));
    REQUIRE(p.waitForFinished(120000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardError()),
            QString::fromUtf8(p.readAllStandardOutput())};
}

Outcome run(const QString& db, const QStringList& args)
{
    return runLimited(db, args, RLIM_INFINITY);
}

} // namespace

TEST_CASE("A full disk gets one sentence and loses nothing", "[sqlite-only][cli][disk]")
{
    test::Scratch scratch;
    const QString db = scratch.file(QStringLiteral("full.sqlite"));
    REQUIRE(run(db, {QStringLiteral("add"), QStringLiteral("customer"), QStringLiteral("--name"),
                     QStringLiteral("Acme")})
                .exitCode == 0);
    const QString before = run(db, {QStringLiteral("stats")}).out;

    // Room for half a megabyte: importing 8,469 tickets cannot fit.
    const Outcome imported =
        runLimited(db,
                   {QStringLiteral("import"), QStringLiteral("tickets"),
                    QStringLiteral(FUNNELDESK_TEST_FIXTURES "/kaggle-support-tickets.csv")},
                   512 * 1024);
    INFO(imported.err.toStdString());
    CHECK(imported.exitCode == 1);
    CHECK(imported.err.trimmed().count(QLatin1Char('\n')) == 0);
    CHECK((imported.err.contains(QStringLiteral("full")) ||
           imported.err.contains(QStringLiteral("failed"))));
    CHECK(imported.err.contains(QStringLiteral("full.sqlite")));

    // The file is sound and holds what it held.
    CHECK(run(db, {QStringLiteral("check")}).exitCode == 0);
    CHECK(run(db, {QStringLiteral("stats")}).out == before);
}

namespace {

// A 50 MB tmpfs mounted on a fresh folder for the test's life (issue 19, "A real full disk");
// empty path() when this machine does not let the test mount (not root, a container without
// CAP_SYS_ADMIN): the test says so and does nothing.
class SmallDisk {
public:
    explicit SmallDisk(const QString& folder) : m_path(folder)
    {
        QDir().mkpath(folder);
        if (QProcess::execute(QStringLiteral("mount"),
                              {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                               QStringLiteral("size=50m"), QStringLiteral("fdfull"), folder}) != 0)
            m_path.clear();
    }
    ~SmallDisk()
    {
        if (!m_path.isEmpty())
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_path});
    }
    SmallDisk(const SmallDisk&) = delete;
    SmallDisk& operator=(const SmallDisk&) = delete;
    const QString& path() const { return m_path; }

    // Fills the disk with zeros until `room` bytes are left.
    void fillUpTo(qint64 room) const
    {
        struct statvfs s {};
        REQUIRE(::statvfs(QFile::encodeName(m_path).constData(), &s) == 0);
        qint64 left = static_cast<qint64>(s.f_bavail) * static_cast<qint64>(s.f_frsize) - room;
        QFile filler(m_path + QStringLiteral("/filler"));
        REQUIRE(filler.open(QIODevice::WriteOnly));
        const QByteArray mb(1 << 20, '\0');
        while (left > 0) {
            const qint64 n = std::min<qint64>(left, mb.size());
            REQUIRE(filler.write(mb.constData(), n) == n);
            left -= n;
        }
        filler.close();
    }

private:
    QString m_path;
};

QStringList filesIn(const QString& folder)
{
    QStringList names = QDir(folder).entryList(QDir::Files | QDir::Hidden);
    names.removeAll(QStringLiteral("filler"));
    for (const QString& wal :
         {QStringLiteral("desk.sqlite-wal"), QStringLiteral("desk.sqlite-shm")})
        names.removeAll(wal); // SQLite's own, beside an open or cleanly closed file
    return names;
}

} // namespace

TEST_CASE("A real full disk (a 50 MB tmpfs) during a backup and an import: one sentence, the file "
          "as it was, no "
          "temporary left",
          "[sqlite-only][cli][disk]")
{
    test::Scratch scratch;
    SmallDisk disk(scratch.file(QStringLiteral("small")));
    if (disk.path().isEmpty()) {
        WARN("Skipped: this machine does not let the test mount a 50 MB tmpfs (mount -t tmpfs "
             "needs root or "
             "CAP_SYS_ADMIN); the RLIMIT_FSIZE case above still runs.");
        return;
    }
    const QString db = disk.path() + QStringLiteral("/desk.sqlite");
    REQUIRE(run(db, {QStringLiteral("generate"), QStringLiteral("--customers"),
                     QStringLiteral("2000"), QStringLiteral("--tickets"), QStringLiteral("20000"),
                     QStringLiteral("--touchpoints"), QStringLiteral("40000")})
                .exitCode == 0);
    const QString before = run(db, {QStringLiteral("stats")}).out;
    disk.fillUpTo(2 << 20); // 2 MB left: less than the file, less than the import needs
    const QStringList files = filesIn(disk.path());

    const Outcome backup =
        run(db, {QStringLiteral("backup"), disk.path() + QStringLiteral("/copy.sqlite")});
    INFO(backup.err.toStdString());
    CHECK(backup.exitCode == 1);
    CHECK(backup.err.trimmed().count(QLatin1Char('\n')) == 0);
    CHECK(filesIn(disk.path()) == files); // no copy, no temporary

    const Outcome imported =
        run(db, {QStringLiteral("import"), QStringLiteral("tickets"),
                 QStringLiteral(FUNNELDESK_TEST_FIXTURES "/kaggle-support-tickets.csv")});
    INFO(imported.err.toStdString());
    CHECK(imported.exitCode == 1);
    CHECK(imported.err.trimmed().count(QLatin1Char('\n')) == 0);
    CHECK(imported.err.contains(QStringLiteral("desk.sqlite")));
    CHECK(filesIn(disk.path()) == files);

    QFile::remove(disk.path() + QStringLiteral("/filler")); // room to read and check again
    CHECK(run(db, {QStringLiteral("check")}).exitCode == 0);
    CHECK(run(db, {QStringLiteral("stats")}).out == before);
}

TEST_CASE("A completely full disk: a read says the disk is full and leaves no -wal or -shm behind",
          "[sqlite-only][cli][disk]")
{
    test::Scratch scratch;
    const QString made = scratch.file(QStringLiteral("made.sqlite"));
    REQUIRE(run(made, {QStringLiteral("generate"), QStringLiteral("--customers"),
                       QStringLiteral("50"), QStringLiteral("--tickets"), QStringLiteral("200"),
                       QStringLiteral("--touchpoints"), QStringLiteral("400")})
                .exitCode == 0);
    const QString before = run(made, {QStringLiteral("stats")}).out;
    SmallDisk disk(scratch.file(QStringLiteral("small")));
    if (disk.path().isEmpty()) {
        WARN("Skipped: this machine does not let the test mount a 50 MB tmpfs (mount -t tmpfs "
             "needs root or "
             "CAP_SYS_ADMIN).");
        return;
    }
    const QString db = disk.path() + QStringLiteral("/desk.sqlite");
    REQUIRE(QFile::copy(made, db)); // closed cleanly: no -wal or -shm beside it
    disk.fillUpTo(0);
    const QStringList files = QDir(disk.path()).entryList(QDir::Files | QDir::Hidden);

    for (const QString& command : {QStringLiteral("stats"), QStringLiteral("check")}) {
        const Outcome read = run(db, {command});
        INFO(command.toStdString() << ": " << read.err.toStdString());
        CHECK(read.exitCode == 1);
        CHECK(read.err.trimmed().count(QLatin1Char('\n')) == 0);
        CHECK(read.err.contains(QStringLiteral("The disk holding “%1” is full").arg(db)));
        CHECK(QDir(disk.path()).entryList(QDir::Files | QDir::Hidden) == files);
    }

    QFile::remove(disk.path() + QStringLiteral("/filler"));
    CHECK(run(db, {QStringLiteral("stats")}).out == before);
}
