// Issue 19, Security: "exports, backups and PDFs are created with mode 0600, like the
// database". Every kind of file funneldesk-cli writes for the user — an export, a report, a
// calendar, an import's rejects, a backup, a migrated database — is 0600 under
// any umask, and so is one written over a file that was 0644 (the old mode is not kept:
// exports before this were 0644). The window's files: tests/ui/PrivateFilesUiTest.cpp.
#include "support/CliRun.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

using namespace fd;

namespace {

using Run = test::CliRun;

void require(const Run& run)
{
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
}

mode_t modeOf(const QString& path)
{
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return st.st_mode & 07777;
}

// The test process's umask for the programs it starts (they inherit it); restored at the end.
class Umask {
public:
    explicit Umask(mode_t mask) : m_before(::umask(mask)) {}
    ~Umask() { ::umask(m_before); }
    Umask(const Umask&) = delete;
    Umask& operator=(const Umask&) = delete;

private:
    mode_t m_before;
};

// A file that is there already, readable by everyone, as exports were before issue 19.
void existing(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("an older export\n");
    file.close();
    REQUIRE(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
}

QString desk(const test::Scratch& scratch)
{
    const QString db = scratch.file(QStringLiteral("desk.sqlite"));
    require(test::runCliOn(
        db, {QStringLiteral("generate"), QStringLiteral("--customers"), QStringLiteral("20"),
             QStringLiteral("--tickets"), QStringLiteral("40"), QStringLiteral("--touchpoints"),
             QStringLiteral("40"), QStringLiteral("--seed"), QStringLiteral("5")}));
    return db;
}

} // namespace

TEST_CASE(
    "Every file the CLI writes for the user is 0600, new or replacing a 0644 one, under umask 0",
    "[cli][output][security]")
{
    test::Scratch scratch;
    const QString db = desk(scratch);
    const Umask open(0); // the widest: whatever mode the file gets is the program's own choice
    const bool replacing = GENERATE(false, true);
    INFO((replacing ? "over an existing 0644 file" : "a new file"));
    const auto target = [&](const char* name) {
        const QString path = scratch.file(QString::fromLatin1(name));
        QFile::remove(path);
        if (replacing)
            existing(path);
        return path;
    };

    const QString exported = target("tickets.csv");
    require(test::runCliOn(db, {QStringLiteral("export"), QStringLiteral("tickets"),
                                QStringLiteral("--out"), exported}));
    CHECK(modeOf(exported) == 0600);

    const QString csv = target("funnel.csv");
    require(test::runCliOn(db, {QStringLiteral("report"), QStringLiteral("funnel"),
                                QStringLiteral("--format"), QStringLiteral("csv"),
                                QStringLiteral("--out"), csv}));
    CHECK(modeOf(csv) == 0600);
    const QString json = target("funnel.json");
    require(test::runCliOn(db, {QStringLiteral("report"), QStringLiteral("funnel"),
                                QStringLiteral("--format"), QStringLiteral("json"),
                                QStringLiteral("--out"), json}));
    CHECK(modeOf(json) == 0600);

    const QString calendar = target("tasks.ics");
    require(test::runCliOn(db, {QStringLiteral("tasks"), QStringLiteral("ics"),
                                QStringLiteral("--all"), QStringLiteral("--out"), calendar}));
    CHECK(modeOf(calendar) == 0600);

    const QString input = scratch.file(QStringLiteral("in.csv"));
    {
        QFile file(input);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Ticket ID,Email,Subject,Status,Created\n"
                   "9001,a@x.example,Fine,open,2024-03-05 10:00\n"
                   "9002,b@x.example,Bad,Whenever,2024-03-05 10:00\n");
    }
    const QString rejects = target("rejects.csv");
    require(test::runCliOn(db, {QStringLiteral("import"), QStringLiteral("tickets"), input,
                                QStringLiteral("--skip-invalid"), QStringLiteral("--rejects"),
                                rejects}));
    CHECK(test::fileBytes(rejects).contains("Whenever"));
    CHECK(modeOf(rejects) == 0600);
}

TEST_CASE("The CLI's backups and the databases it makes or restores are 0600 under umask 0",
          "[sqlite-only][cli][output][backup][security]")
{
    test::Scratch scratch;
    const Umask open(0);
    const QString db = desk(scratch);
    CHECK(modeOf(db) == 0600);

    const QString backup = scratch.file(QStringLiteral("backup.sqlite"));
    require(test::runCliOn(db, {QStringLiteral("backup"), backup}));
    CHECK(modeOf(backup) == 0600);

    const QString copy = scratch.file(QStringLiteral("copy.sqlite"));
    require(test::runCliOn(db, {QStringLiteral("migrate"), QStringLiteral("--to"), copy}));
    CHECK(modeOf(copy) == 0600);

    // Restore copies the backup into the live database (SQLite's backup API, in place): the file
    // is not made again, so it keeps the mode it has, 0600 since it was made.
    require(test::runCliOn(db, {QStringLiteral("restore"), backup}));
    CHECK(modeOf(db) == 0600);
}
