// funneldesk-cli on a file in a folder the user may read but not write to (a colleague's
// file, a read-only share, a mounted backup): every command that only reads works, and a
// write is refused in one sentence with nothing created beside the file.
#include "support/CliRun.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <unistd.h>

using namespace fd;

namespace {

using Run = test::CliRun;

constexpr QFileDevice::Permissions kReadAndEnter = QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                                   QFileDevice::ReadGroup | QFileDevice::ExeGroup |
                                                   QFileDevice::ReadOther | QFileDevice::ExeOther;

// Runs programs as someone who may not write to a folder. Root may write to any folder
// whatever its mode, so as root they run as nobody (uid and gid 65534, through util-linux's
// setpriv) on a folder that stays root's, 0755; a normal user runs them as themselves on
// the folder made 0555.
class Unprivileged {
public:
    explicit Unprivileged(QString folder) : m_folder(std::move(folder))
    {
        m_asRoot = ::geteuid() == 0;
        m_setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        QFile::setPermissions(m_folder, kReadAndEnter | (m_asRoot ? QFileDevice::WriteOwner
                                                                  : QFileDevice::Permissions()));
    }
    ~Unprivileged() { QFile::setPermissions(m_folder, kReadAndEnter | QFileDevice::WriteOwner); }
    Unprivileged(const Unprivileged&) = delete;
    Unprivileged& operator=(const Unprivileged&) = delete;

    // Why this test cannot take write access away here, or empty.
    QString unavailable() const
    {
        return m_asRoot && m_setpriv.isEmpty()
                   ? QStringLiteral("running as root without setpriv (util-linux) to become an "
                                    "unprivileged user, so no folder can be made unwritable")
                   : QString();
    }

    Run run(const QString& program, const QStringList& args) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("FUNNELDESK_DB"));
        process.setProcessEnvironment(env);
        if (m_asRoot)
            process.start(m_setpriv, QStringList{QStringLiteral("--reuid=65534"),
                                                 QStringLiteral("--regid=65534"),
                                                 QStringLiteral("--clear-groups"), program} +
                                         args);
        else
            process.start(program, args);
        return test::finished(process);
    }

    Run cli(const QString& db, const QStringList& args) const
    {
        return run(QStringLiteral(FUNNELDESK_CLI_PATH),
                   QStringList{QStringLiteral("--db"), db} + args);
    }

private:
    QString m_folder;
    QString m_setpriv;
    bool m_asRoot = false;
};

Run asOwner(const QString& db, const QStringList& args)
{
    return test::runCli(QStringList{QStringLiteral("--db"), db} + args);
}

} // namespace

TEST_CASE("A file in a folder the user cannot write to is read, and a write to it is refused",
          "[sqlite-only][cli]")
{
    test::Scratch scratch;
    // The scratch folder is the owner's only; the one who may not write must still enter it.
    QFile::setPermissions(scratch.dir().path(), kReadAndEnter | QFileDevice::WriteOwner);
    const QString folder = scratch.file(QStringLiteral("share"));
    const QString outFolder = scratch.file(QStringLiteral("mine"));
    REQUIRE(QDir().mkpath(folder));
    REQUIRE(QDir().mkpath(outFolder));
    QFile::setPermissions(outFolder, kReadAndEnter | QFileDevice::WriteOwner |
                                         QFileDevice::WriteGroup | QFileDevice::WriteOther);
    const QString db = QDir(folder).filePath(QStringLiteral("team.sqlite"));
    REQUIRE(asOwner(db, {QStringLiteral("generate"), QStringLiteral("--customers"),
                         QStringLiteral("30"), QStringLiteral("--tickets"), QStringLiteral("60"),
                         QStringLiteral("--touchpoints"), QStringLiteral("120")})
                .exitCode == 0);
    const Run ownerStats = asOwner(db, {QStringLiteral("stats")});
    REQUIRE(ownerStats.exitCode == 0);
    const QStringList showFirst = {QStringLiteral("show"), QStringLiteral("customer"),
                                   QStringLiteral("1")};
    const Run ownerShow = asOwner(db, showFirst);
    // A read by the owner may leave an empty -wal and its -shm; a closed file, none.
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(db + suffix);
    QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                  QFileDevice::ReadGroup | QFileDevice::ReadOther);
    const QByteArray before = test::fileBytes(db);

    const Unprivileged user(folder);
    if (!user.unavailable().isEmpty()) {
        WARN("Skipped: " << user.unavailable().toStdString());
        return;
    }
    // Write access is really gone: the test could fail.
    REQUIRE(user.run(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral(": > \"$0\""),
                                                 QDir(folder).filePath(QStringLiteral("probe"))})
                .exitCode != 0);

    SECTION("stats")
    {
        const Run run = user.cli(db, {QStringLiteral("stats")});
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(run.out == ownerStats.out);
    }
    SECTION("show")
    {
        const Run run = user.cli(db, showFirst);
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(run.out == ownerShow.out);
    }
    SECTION("export tickets to stdout")
    {
        const Run run = user.cli(db, {QStringLiteral("export"), QStringLiteral("tickets")});
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(run.out.startsWith(QStringLiteral("id,")));
        CHECK(run.out.count(QLatin1Char('\n')) == 61); // the header and 60 tickets
    }
    SECTION("report, into a folder of the user's")
    {
        const QString out = QDir(outFolder).filePath(QStringLiteral("funnel.csv"));
        const Run run = user.cli(db, {QStringLiteral("report"), QStringLiteral("funnel"),
                                      QStringLiteral("--format"), QStringLiteral("csv"),
                                      QStringLiteral("--out"), out});
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(test::fileBytes(out).startsWith("kpi,value,unit\r\n"));
    }
    SECTION("backup from it")
    {
        const QString copy = QDir(outFolder).filePath(QStringLiteral("copy.sqlite"));
        const Run run = user.cli(db, {QStringLiteral("backup"), copy});
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(asOwner(copy, {QStringLiteral("stats")}).out == ownerStats.out);
    }
    SECTION("a write: one sentence that names the file and the folder, and says what to do")
    {
        const Run run = user.cli(db, {QStringLiteral("add"), QStringLiteral("customer"),
                                      QStringLiteral("--name"), QStringLiteral("Nope Ltd")});
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.out.isEmpty());
        CHECK(run.err.trimmed().count(QLatin1Char('\n')) == 0);
        CHECK(run.err.contains(QStringLiteral("“%1” cannot be changed").arg(db)));
        CHECK(run.err.contains(QStringLiteral("its folder “%1” is not writable").arg(folder)));
        CHECK(run.err.contains(QStringLiteral("copy the file to a folder you can write to")));
    }

    // Nothing was written, and nothing (-wal, -shm, journal) left beside the file.
    CHECK(test::fileBytes(db) == before);
    CHECK(QDir(folder).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("team.sqlite")});
}
