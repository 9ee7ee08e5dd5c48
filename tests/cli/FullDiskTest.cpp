// A full disk, simulated with a file-size limit on the child process (RLIMIT_FSIZE: a write
// past it fails as it would on a full file system): one clear sentence, exit 1, and the
// file as it was before.
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QProcess>

#include <csignal>
#include <sys/resource.h>

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
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardError()),
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
    REQUIRE(run(db, {QStringLiteral("add"), QStringLiteral("customer"), QStringLiteral("--name"), QStringLiteral("Acme")}).exitCode == 0);
    const QString before = run(db, {QStringLiteral("stats")}).out;

    // Room for half a megabyte: importing 8,469 tickets cannot fit.
    const Outcome imported = runLimited(db, {QStringLiteral("import"), QStringLiteral("tickets"),
                                             QStringLiteral(FUNNELDESK_TEST_FIXTURES "/kaggle-support-tickets.csv")},
                                        512 * 1024);
    INFO(imported.err.toStdString());
    CHECK(imported.exitCode == 1);
    CHECK(imported.err.trimmed().count(QLatin1Char('\n')) == 0);
    CHECK((imported.err.contains(QStringLiteral("full")) || imported.err.contains(QStringLiteral("failed"))));
    CHECK(imported.err.contains(QStringLiteral("full.sqlite")));

    // The file is sound and holds what it held.
    CHECK(run(db, {QStringLiteral("check")}).exitCode == 0);
    CHECK(run(db, {QStringLiteral("stats")}).out == before);
}
