#pragma once

#include "service/Session.h"

#include <QString>

#include <functional>
#include <memory>

class QWidget;

namespace fd {

class Database;

// Runs `work` on a worker thread while this thread's event loop goes on (windows repaint,
// timers fire), and shows a busy dialog with `label` if it takes longer than a moment; for
// the few jobs that must finish before anything else can happen, such as opening a file.
// The dialog has no Cancel: `work` has to end by itself.
void runWhileResponsive(const QString& label, const std::function<void()>& work,
                        QWidget* parent = nullptr);

// Opens a file for a window: writable if it may be, read-only if only that (a read-only
// file, or one in a folder this user cannot write to: Database::open()), or null with
// the sentence that says why not. `path` may name a PostgreSQL server instead (a URI or a
// libpq key=value string, common/Location.h): its password is asked in a dialog when needed,
// and it opens read-only for a user who may only read. A password the server refuses is asked
// again, up to kPasswordTries times in all, the dialog saying "The password was not accepted
// for USER at SERVER; try again."; after the last, `problem` is the server's refusal. Cancel in
// the password dialog stops opening: null, `problem` empty and `*cancelled` true (when given),
// so the caller says nothing. It runs while responsive: a file from an older FunnelDesk is
// brought up to date at its first open, which on a large file takes a while.
// `problemKind`, when given, gets the kind of `problem` (Error::Kind::Damaged for a damaged
// file: the one case in which a backup may be offered in its place).
OwnedDatabase openDatabaseForWindow(const QString& path, QString& problem,
                                    QWidget* parent = nullptr, bool* cancelled = nullptr,
                                    Error::Kind* problemKind = nullptr);

// How many passwords a server gets from the dialog before opening gives up.
constexpr int kPasswordTries = 3;

} // namespace fd
