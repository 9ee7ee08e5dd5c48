// I/O faults at every write and read, through the command line (issue 19): funneldesk-cli
// runs with the fault shim preloaded (support/FaultPreload.cpp), its Nth write, fsync or
// truncate failed (an I/O error, a full disk) or its Nth read, for N = 1, 2, 3 … until it
// meets no fault. Each failing run says one sentence on stderr and exits 1; the file then
// passes `check` and holds what it held; the last run completes.
#include "demo/Generator.h"
#include "support/CliRun.h"
#include "support/FaultRounds.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>

#include <algorithm>
#include <functional>

using namespace fd;
using test::FaultKind;

namespace {

struct Shot {
    test::CliRun run;
    int calls = 0;
    bool hit = false;
};

// funneldesk-cli `args` with the `kind` fault armed at call `n` of the whole process.
Shot runWithFault(const test::Scratch& scratch, const QStringList& args, FaultKind kind, int n)
{
    const QString report = scratch.file(QStringLiteral("fault-report.txt"));
    QFile::remove(report);
    QProcessEnvironment env;
    env.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(FUNNELDESK_FAULT_PRELOAD));
    // Under AddressSanitizer (the ci preset) its runtime must otherwise come first.
    const QString asan = qEnvironmentVariable("ASAN_OPTIONS");
    env.insert(QStringLiteral("ASAN_OPTIONS"),
               (asan.isEmpty() ? QString() : asan + QLatin1Char(':')) +
                   QStringLiteral("verify_asan_link_order=0"));
    env.insert(QStringLiteral("FUNNELDESK_TEST_FAULT"),
               QString::fromLatin1(test::faults::name(kind)) + QLatin1Char(':') +
                   QString::number(n));
    env.insert(QStringLiteral("FUNNELDESK_TEST_FAULT_REPORT"), report);
    Shot shot;
    shot.run = test::runCli(args, env);
    QFile said(report);
    INFO("stderr: " << shot.run.err.toStdString());
    REQUIRE(said.open(QIODevice::ReadOnly)); // the shim was loaded and armed
    const QList<QByteArray> words = said.readAll().simplified().split(' ');
    REQUIRE(words.size() == 2);
    shot.calls = words[0].toInt();
    shot.hit = words[1] == "1";
    return shot;
}

struct Rounds {
    int failed = 0;
    int absorbed = 0;
    int last = 0; // the N that met no fault
};

// The CLI's rounds, N = 1, 1 + stride, …: `setUp` before each, `verify(succeeded)` after each
// (in this process). Every N of these operations is the core tests' (tests/core/IoFault*): a
// process each, the command line's rounds sample them.
Rounds everyFault(const char* label, const test::Scratch& scratch, const QStringList& args,
                  FaultKind kind, int stride, const std::function<void()>& setUp,
                  const std::function<void(bool)>& verify)
{
    Rounds rounds;
    if (qEnvironmentVariableIsSet("FUNNELDESK_FAULT_STRIDE"))
        stride = std::max(1, qEnvironmentVariableIntValue("FUNNELDESK_FAULT_STRIDE"));
    for (int n = 1;; n += stride) {
        INFO(args.join(QLatin1Char(' ')).toStdString()
             << ": " << test::faults::name(kind) << " fault at call " << n);
        REQUIRE(n < 500);
        setUp();
        const Shot shot = runWithFault(scratch, args, kind, n);
        INFO("stderr: " << shot.run.err.toStdString());
        if (shot.run.exitCode != 0) {
            REQUIRE(shot.hit);
            REQUIRE(shot.run.exitCode == 1);
            REQUIRE(!shot.run.err.trimmed().isEmpty());
            REQUIRE(shot.run.err.trimmed().count(QLatin1Char('\n')) == 0);
            REQUIRE(shot.run.out.isEmpty());
            verify(false);
            ++rounds.failed;
            continue;
        }
        verify(true);
        if (!shot.hit) {
            rounds.last = n;
            break;
        }
        ++rounds.absorbed;
    }
    CHECK(rounds.failed > 0);
    const QByteArray tally = qgetenv("FUNNELDESK_FAULT_TALLY");
    if (!tally.isEmpty()) {
        QFile out(QString::fromLocal8Bit(tally));
        if (out.open(QIODevice::Append))
            out.write(QByteArray("cli ") + label + '|' + test::faults::name(kind) + '|' +
                      QByteArray::number(rounds.failed) + '|' +
                      QByteArray::number(rounds.absorbed) + '|' + QByteArray::number(rounds.last) +
                      '|' + QByteArray::number(stride) + '\n');
    }
    return rounds;
}

QString pristineDesk(const test::Scratch& scratch)
{
    const QString path = scratch.file(QStringLiteral("pristine.sqlite"));
    auto db = test::openSqliteFile(path);
    GeneratorOptions options;
    options.customers = 6;
    options.tickets = 20;
    options.touchpoints = 40;
    options.seed = 19;
    REQUIRE(Generator::run(*db, options, FixedClock(test::testNow())));
    return path;
}

const auto kKinds = {FaultKind::Write, FaultKind::Full, FaultKind::Read};

} // namespace

TEST_CASE("A fault at any write or read of add ticket: one sentence, exit 1, nothing changed",
          "[sqlite-only][cli][faults]")
{
    const FaultKind kind = GENERATE(values(kKinds));
    test::Scratch scratch;
    const QString pristine = pristineDesk(scratch);
    const QByteArray before = test::contentDigest(pristine);
    const QString db = scratch.file(QStringLiteral("desk.sqlite"));
    const QStringList args{QStringLiteral("--db"),       db,
                           QStringLiteral("add"),        QStringLiteral("ticket"),
                           QStringLiteral("--customer"), QStringLiteral("1"),
                           QStringLiteral("--subject"),  QStringLiteral("Printer on fire")};
    everyFault(
        "add ticket", scratch, args, kind, 5, [&] { test::copyFresh(pristine, db); },
        [&](bool succeeded) {
            test::requireSoundFile(db); // `check`
            if (!succeeded)
                REQUIRE(test::contentDigest(db) == before);
            else
                REQUIRE(test::contentDigest(db) != before);
        });
}

TEST_CASE("A fault at any write or read of import: one sentence, exit 1, nothing changed",
          "[sqlite-only][cli][faults]")
{
    const FaultKind kind = GENERATE(values(kKinds));
    test::Scratch scratch;
    const QString pristine = pristineDesk(scratch);
    const QByteArray before = test::contentDigest(pristine);
    const QString db = scratch.file(QStringLiteral("desk.sqlite"));
    const QStringList args{
        QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("tickets"),
        QStringLiteral(FUNNELDESK_TEST_FIXTURES "/helpdesk-layouts/zendesk.csv")};
    everyFault(
        "import", scratch, args, kind, 9, [&] { test::copyFresh(pristine, db); },
        [&](bool succeeded) {
            test::requireSoundFile(db);
            if (!succeeded)
                REQUIRE(test::contentDigest(db) == before);
            else
                REQUIRE(test::contentDigest(db) != before);
        });
}

TEST_CASE("A fault at any write or read of backup: one sentence, exit 1, no copy",
          "[sqlite-only][cli][faults]")
{
    const FaultKind kind = GENERATE(values(kKinds));
    test::Scratch scratch;
    const QString pristine = pristineDesk(scratch);
    const QByteArray before = test::contentDigest(pristine);
    const QString db = scratch.file(QStringLiteral("desk.sqlite"));
    const QString copy = scratch.file(QStringLiteral("copy.sqlite"));
    const QStringList args{QStringLiteral("--db"), db, QStringLiteral("backup"), copy};
    everyFault(
        "backup", scratch, args, kind, 9,
        [&] {
            QFile::remove(copy);
            test::copyFresh(pristine, db);
        },
        [&](bool succeeded) {
            REQUIRE(test::contentDigest(db) == before);
            if (succeeded) {
                REQUIRE(test::contentDigest(copy) == before);
            } else {
                REQUIRE_FALSE(QFileInfo::exists(copy));
                for (const QString& name : test::entries(scratch.dir().path()))
                    CHECK_FALSE(
                        name.startsWith(QLatin1String(".copy.sqlite"))); // no temporary left
            }
            test::requireSoundFile(db);
        });
}
