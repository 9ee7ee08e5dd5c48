// OutputFile, the one writer of every file FunnelDesk writes for the user (issue 14 §1):
// it never overwrites a protected file, and a failed write leaves the old file as it was
// and no temporary behind.
#include "common/OutputFile.h"
#include "storage/Database.h"
#include "support/TestSupport.h"
#include "support/TinyDisk.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace fd;

namespace {

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

using test::entries;

Status writeAll(const QString& target, const QByteArray& bytes,
                const QList<ProtectedFile>& protectedFiles = {})
{
    return OutputFile::writeWhole(target, protectedFiles, [&bytes](QIODevice& device) -> Status {
        if (device.write(bytes) != bytes.size())
            return failure(QStringLiteral("short write"));
        return {};
    });
}

using test::TinyDisk;

} // namespace

TEST_CASE("OutputFile writes a file whole under its name and leaves nothing else", "[output]")
{
    test::Scratch scratch;
    const QString target = scratch.file(QStringLiteral("report.csv"));
    REQUIRE(writeAll(target, "a,b\r\n1,2\r\n"));
    CHECK(test::fileBytes(target) == "a,b\r\n1,2\r\n");
    CHECK(entries(scratch.file(QStringLiteral("."))) == QStringList{QStringLiteral("report.csv")});

    SECTION("new or replacing any mode, under any umask, the file is 0600 (issue 19, Security)")
    {
        const mode_t before = ::umask(0);
        const auto modeOf = [](const QString& path) {
            struct stat st {};
            REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
            return st.st_mode & 07777;
        };
        const QString fresh = scratch.file(QStringLiteral("fresh.csv"));
        const bool written = writeAll(fresh, "new").has_value();
        const mode_t replaced = GENERATE(mode_t{0644}, mode_t{0640}, mode_t{0666}, mode_t{0600});
        REQUIRE(::chmod(QFile::encodeName(target).constData(), replaced) == 0);
        const bool rewritten = writeAll(target, "new").has_value();
        ::umask(before);
        REQUIRE(written);
        CHECK(modeOf(fresh) == 0600);
        REQUIRE(rewritten);
        CHECK(modeOf(target) == 0600);
        CHECK(test::fileBytes(target) == "new");
    }
    SECTION("through a link, the file it names is replaced and the link stays")
    {
        const QString link = scratch.file(QStringLiteral("link.csv"));
        REQUIRE(QFile::link(target, link));
        REQUIRE(writeAll(link, "through the link"));
        CHECK(QFileInfo(link).isSymLink());
        CHECK(test::fileBytes(target) == "through the link");
    }
    SECTION("a writer that gives up leaves the old file and no temporary")
    {
        auto refused = OutputFile::writeWhole(target, {}, [](QIODevice& device) -> Status {
            device.write("half a file");
            return failure(QStringLiteral("The query failed."));
        });
        REQUIRE_FALSE(refused);
        CHECK(refused.error() == QStringLiteral("The query failed."));
        CHECK(test::fileBytes(target) == "a,b\r\n1,2\r\n");
        CHECK(entries(scratch.file(QStringLiteral("."))) ==
              QStringList{QStringLiteral("report.csv")});
    }
    SECTION("one never committed is removed with its temporary")
    {
        {
            auto out = OutputFile::open(scratch.file(QStringLiteral("never.csv")));
            REQUIRE(out);
            (*out)->device().write("x");
            CHECK(QFileInfo::exists((*out)->temporaryPath()));
        }
        CHECK(entries(scratch.file(QStringLiteral("."))) ==
              QStringList{QStringLiteral("report.csv")});
    }
}

TEST_CASE("OutputFile refuses the open database and the files read, by any path", "[output]")
{
    test::Scratch scratch;
    QDir().mkpath(scratch.file(QStringLiteral("sub")));
    const QString db = scratch.file(QStringLiteral("desk.sqlite"));
    const QString input = scratch.file(QStringLiteral("in.csv"));
    writeBytes(db, "SQLite format 3 (pretend)");
    writeBytes(input, "name\r\nAcme\r\n");
    const QList<ProtectedFile> guarded{OutputFile::openDatabase(db),
                                       {input, QStringLiteral("the file being imported"), false}};

    QString target;
    QString what = QStringLiteral("the open database");
    SECTION("the same path")
    {
        target = db;
    }
    SECTION("through ../")
    {
        target = scratch.file(QStringLiteral("sub/../desk.sqlite"));
    }
    SECTION("through a symbolic link")
    {
        target = scratch.file(QStringLiteral("sub/alias.sqlite"));
        REQUIRE(QFile::link(db, target));
    }
    SECTION("through a hard link")
    {
        target = scratch.file(QStringLiteral("sub/hard.sqlite"));
        REQUIRE(::link(QFile::encodeName(db).constData(), QFile::encodeName(target).constData()) ==
                0);
    }
    SECTION("the -wal file beside it, not there yet")
    {
        target = db + QStringLiteral("-wal");
        what = QStringLiteral("-wal");
    }
    SECTION("the input file through a link")
    {
        target = scratch.file(QStringLiteral("sub/in-link.csv"));
        REQUIRE(QFile::link(input, target));
        what = QStringLiteral("the file being imported");
    }
    const QStringList before = entries(scratch.file(QStringLiteral(".")));
    auto refused = writeAll(target, "overwritten", guarded);
    REQUIRE_FALSE(refused);
    INFO(refused.error().toStdString());
    CHECK(refused.error().contains(what));
    CHECK(test::fileBytes(db) == "SQLite format 3 (pretend)");
    CHECK(test::fileBytes(input) == "name\r\nAcme\r\n");
    CHECK(entries(scratch.file(QStringLiteral("."))) == before);
}

TEST_CASE("OutputFile refuses a folder, a missing folder and a dangling link in one sentence",
          "[output]")
{
    test::Scratch scratch;
    auto folder = writeAll(scratch.file(QStringLiteral(".")), "x");
    REQUIRE_FALSE(folder);
    CHECK(folder.error().contains(QStringLiteral("is a folder")));
    auto missing = writeAll(scratch.file(QStringLiteral("nodir/x.csv")), "x");
    REQUIRE_FALSE(missing);
    CHECK(missing.error().contains(QStringLiteral("nodir")));
    CHECK(missing.error().contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFileInfo::exists(scratch.file(QStringLiteral("nodir"))));
    CHECK_FALSE(writeAll(QString(), "x"));
}

TEST_CASE("OutputFile reports a full device and never claims success", "[output]")
{
    if (!QFileInfo::exists(QStringLiteral("/dev/full"))) {
        WARN("No /dev/full here: skipped.");
        return;
    }
    auto full = writeAll(QStringLiteral("/dev/full"), QByteArray(100, 'x'));
    REQUIRE_FALSE(full);
    CHECK(full.error().contains(QStringLiteral("/dev/full")));
    CHECK(full.error().contains(QString::fromLocal8Bit(std::strerror(ENOSPC))));
    CHECK(full.error().count(QLatin1Char('\n')) == 0);
    // /dev/null takes anything: written in place, not replaced by a file.
    REQUIRE(writeAll(QStringLiteral("/dev/null"), "x"));
    CHECK_FALSE(QFileInfo(QStringLiteral("/dev/null")).isFile());
}

TEST_CASE("OutputFile on a full disk leaves the old file and no temporary", "[output]")
{
    test::Scratch scratch;
    const QString folder = scratch.file(QStringLiteral("tiny"));
    TinyDisk disk(folder, 64);
    if (!disk.mounted()) {
        WARN("Cannot mount a tmpfs here (needs root and mount rights): the full-disk case is "
             "skipped.");
        return;
    }
    const QString target = QDir(folder).filePath(QStringLiteral("report.csv"));
    const QByteArray good(20 * 1024, 'g');
    REQUIRE(writeAll(target, good));

    auto failed = writeAll(target, QByteArray(256 * 1024, 'b'));
    REQUIRE_FALSE(failed);
    INFO(failed.error().toStdString());
    CHECK(failed.error().contains(QString::fromLocal8Bit(std::strerror(ENOSPC))));
    CHECK(failed.error().contains(QStringLiteral("unchanged")));
    CHECK(test::fileBytes(target) == good);
    CHECK(entries(folder) == QStringList{QStringLiteral("report.csv")});

    SECTION("a small write that only fails at the final flush is caught too")
    {
        // Nearly full: fill it up, then a write smaller than the buffer.
        const QString filler = QDir(folder).filePath(QStringLiteral("filler"));
        QFile fill(filler);
        REQUIRE(fill.open(QIODevice::WriteOnly));
        while (fill.write(QByteArray(4096, 'f')) == 4096 && fill.flush()) {
        }
        fill.close();
        auto flushed = writeAll(target, QByteArray(8 * 1024, 's'));
        REQUIRE_FALSE(flushed);
        CHECK(test::fileBytes(target) == good);
        QFile::remove(filler);
        CHECK(entries(folder) == QStringList{QStringLiteral("report.csv")});
    }
}

TEST_CASE("OutputFile reports a rename that fails and removes its temporary", "[output]")
{
    test::Scratch scratch;
    const QString target = scratch.file(QStringLiteral("out.csv"));
    auto out = OutputFile::open(target);
    REQUIRE(out);
    (*out)->device().write("data");
    // Something took the name meanwhile: a folder, which a file cannot replace.
    REQUIRE(QDir().mkdir(target));
    REQUIRE(QFile::encodeName(target).size() > 0);
    REQUIRE(::close(::open(QFile::encodeName(target + QStringLiteral("/inside")).constData(),
                           O_CREAT | O_WRONLY, 0600)) == 0);
    auto committed = (*out)->commit();
    REQUIRE_FALSE(committed);
    CHECK(committed.error().contains(QStringLiteral("out.csv")));
    CHECK(entries(scratch.file(QStringLiteral("."))) == QStringList{QStringLiteral("out.csv")});
    CHECK(QFileInfo(target).isDir());
}

TEST_CASE("Database::open makes no folder a user named, only FunnelDesk's own", "[output]")
{
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("nodir/x.sqlite"));
    auto refused = Database::open(path);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().contains(QStringLiteral("nodir")));
    CHECK(refused.error().contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFileInfo::exists(scratch.file(QStringLiteral("nodir"))));

    Database::Options own;
    own.createFolder = true; // the default location (DataLocation.h)
    auto made = Database::open(path, own);
    REQUIRE(made);
    CHECK(QFileInfo::exists(path));
}
