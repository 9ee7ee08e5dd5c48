#pragma once

// The rounds of the I/O-fault tests (issue 19): an operation run again and again with the Nth
// faultable call failed (support/FaultVfs.h), N = 1, 2, 3 … until it meets no fault. Each
// round that fails must fail with one sentence and leave the file sound and as it was; the
// round that meets no fault must complete.
#include "common/Result.h"
#include "support/FaultVfs.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

namespace fd::test {

// One operation under faults. Each runs with nothing armed but `run`.
struct FaultOperation {
    std::function<void()> setUp;                // the state before, fresh each round
    std::function<Status()> run;                // the operation, with the fault armed
    std::function<void(bool succeeded)> verify; // after a failure: nothing changed, else: all there
};

struct FaultTally {
    int failed = 0; // rounds the fault made fail, each with one sentence
    // Rounds that succeeded although their fault was returned: SQLite ignores the failures
    // of what follows a commit that is already durable (a checkpoint, removing a journal) or
    // retries them; `verify(true)` then found everything there all the same.
    int absorbed = 0;
    int calls = 0;  // faultable calls of the last round, which met no fault (N = calls + 1)
    int stride = 1; // the step between the Ns tried
    QString firstError;
};

// Runs `operation` under `kind` for N = first, first + stride, first + 2 stride, … until a
// round meets no fault, REQUIREs of each failure one sentence (one line, a full stop, naming the
// fault's nature) and `verify(false)`, of each success `verify(true)`, and of the whole at least
// one failing round. A stride above 1 keeps the long sweeps short: the full-disk and read faults
// of the operations with hundreds of calls, and on the longest two the write-side calls shared
// out, the odd Ns failed with an I/O error and the even ones with a full disk (Write and Full
// count the same calls). FUNNELDESK_FAULT_STRIDE=1 makes every sweep complete (first = 1).
// FunnelDesk's own warnings ("funneldesk.*") during the run of a round the fault reached are
// dropped, as the fault's expected echo; the last round's are shown. FUNNELDESK_FAULT_WARNINGS=1
// shows them all.
// With FUNNELDESK_FAULT_TALLY set, appends a line for the report to that file:
// "label|kind|failed|absorbed|last N|stride".
FaultTally everyFault(const char* label, FaultKind kind, const FaultOperation& operation,
                      int stride = 1, int first = 1);

// A digest of everything an SQLite file holds: user_version, application_id, each schema
// object's name and SQL (not its root page), and every row of every real table (virtual ones
// through their shadow tables) but those named in `without`, read on a connection of its own.
// Empty if the file is missing.
QByteArray contentDigest(const QString& path, const QStringList& without = {});

// Removes `path` and its -wal, -shm and -journal, and copies `from` there.
void copyFresh(const QString& from, const QString& path);

// REQUIREs that `check` (IntegrityCheck::run) finds nothing wrong in the SQLite file `path`.
void requireSoundFile(const QString& path);
// REQUIREs that SQLite's own PRAGMA integrity_check finds the file's pages sound, on a
// connection of its own (without opening it as FunnelDesk does, which would upgrade it).
void requirePagesSound(const QString& path);
// After a round, `check` on the file at `path`: all of it after a success; after a failure,
// whose file the caller found holding exactly the rows and schema of the round's pristine file
// (contentDigest), which `check` passes, only the pages (the rest of `check` reads what the
// digest compared), so that a round costs one run of the operation, not two.
void requireSoundAfter(const QString& path, bool succeeded);

} // namespace fd::test
