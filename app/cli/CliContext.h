#pragma once

#include "common/Location.h"
#include "common/OutputFile.h"
#include "common/Result.h"
#include "service/Session.h"

#include "VisibleTextDevice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace fd::cli {

// Exit codes of PRODUCT.md §5.
enum Exit : int { Success = 0, UserError = 1, UsageError = 2 };

// What every command receives: its own arguments, where the database is, and the
// streams to write to. Commands print their result on `out` and one sentence on `err`.
class CliContext {
    Q_DECLARE_TR_FUNCTIONS(fd::cli::CliContext)

public:
    CliContext(Location database, QStringList arguments)
        : m_database(std::move(database)), m_arguments(std::move(arguments))
    {
    }

    // Where --db or FUNNELDESK_DB points: a file, or a PostgreSQL server (Location::parse).
    const Location& database() const { return m_database; }
    // The file's path; empty for a server.
    const QString& databasePath() const { return m_database.path(); }
    // Opens database() with `options`; a server that wants a password asks on the terminal
    // (askPasswordOnTerminal) unless the options ask otherwise.
    Result<OwnedDatabase> openDatabase(Session::Options options) const;
    // The database is FunnelDesk's default location (no --db, no FUNNELDESK_DB): opening it
    // for writing may create its folder; a path the user gave must be in an existing folder.
    void setDefaultLocation(bool isDefault) { m_defaultLocation = isDefault; }
    bool isDefaultLocation() const { return m_defaultLocation; }

    // A file the command reads besides the database: no output may overwrite it.
    void addInput(const QString& path, const QString& what)
    {
        m_inputs.push_back({path, what, false});
    }
    // The database (with its -wal, -shm and -journal) and every input: what OutputFile refuses.
    QList<ProtectedFile> protectedFiles() const;

    // Opens `target` for writing through OutputFile, refusing a protected file; prints why not.
    std::unique_ptr<OutputFile> openOutput(const QString& target);
    // Writes `target` ("-": standard output) with `write` and commits it. The exit code:
    // Success, or UserError after one sentence (a write that failed is reported by what the
    // system said). Standard output's own failures are reported by finishOutput().
    // The one rule for stored text on a terminal (issue 17 hostile pass): when the target is
    // a terminal (OutputFile::isTerminal: standard output not redirected, --out /dev/tty),
    // `write` writes through a VisibleTextDevice, so an ESC or a bidi override in a ticket's
    // subject is shown (“␛”, “<U+202E>”), not obeyed; CRLF line ends read as LF there. A
    // pipe or a file gets the bytes as they are (CSV, JSON). Every command that prints stored
    // text goes through here (audit, export, report, show --format json) or out().
    int writeOutput(const QString& target, const std::function<Status(QIODevice&)>& write);
    // Commits `out`: Success, or UserError after its one sentence.
    int finish(OutputFile& out);
    // At the end of a command: flushes standard output (out() and writeOutput("-")) and
    // returns `code`, or UserError after one sentence when what was printed did not arrive
    // (a full disk, a closed descriptor); a reader that closed the pipe (EPIPE) is not
    // reported. Only the first sentence is printed: a command that failed keeps its own.
    int finishOutput(int code);
    const QStringList& arguments() const { return m_arguments; }

    // Human-readable output: what is written here reaches the terminal as visibleText shows
    // it (common/VisibleText.h): an ESC or a bidi override in the data is printed visibly,
    // on a terminal, a pipe or a file. CSV and JSON go through writeOutput(), which writes
    // their bytes as they are unless they go to a terminal.
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    // A progress line on stderr: a carriage return (back to the line's start, which err()
    // would show as “␍”) and `line` as visibleText shows it.
    void progress(const QString& line);

    // How a command reads: rows here and there (a report, show, a recompute's index scans,
    // whose pages lie anywhere in the file), or whole tables in file order (import, export,
    // check, stats).
    enum class Reads { Few, Scans };

    // Opens the database or prints why not. Reads::Few reads through SQLite's page cache
    // rather than a memory map: a fault on a map makes the kernel read ahead around it
    // (8 MB a fault with read_ahead_kb = 8192, as on the bench machine), so a cold report
    // read 750 MB of data set L's 1 GB for the few MB it needed (issue 15).
    OwnedDatabase open(Session::Access access, Reads reads = Reads::Scans);

    // Parses the command's options. Returns an exit code when the command should stop
    // here (Success after printing --help, UsageError after printing what is wrong). An
    // option that takes a value may be given once, unless it is listed in kRepeatable: a
    // second --customer is refused rather than silently winning (issue 14 §4).
    std::optional<int> parse(QCommandLineParser& parser, const QString& usage);
    // The same for a subcommand's own `arguments` (`stages recompute …`).
    std::optional<int> parse(QCommandLineParser& parser, const QString& usage,
                             const QStringList& arguments);
    // The options that collect a list: --rule, --set, --map, --map-value.
    static const QStringList kRepeatable;

    // The one rule for 1 and 2 (issue 14 §3), for `--help` and each `add … --help`.
    static QString exitCodeRule();
    // An id as typed (`stages explain 12`): a whole number above 0, or none.
    static std::optional<qint64> positiveId(const QString& text);

    // Asks for a server's password on the terminal, without echo; nothing (never asks) when
    // standard input is not a terminal, so scripts fail with libpq's sentence instead of
    // waiting. The password stays in memory.
    static std::optional<QString> askPasswordOnTerminal(const QString& display);

    int fail(const QString& sentence);  // prints the sentence, returns UserError
    int usage(const QString& sentence); // prints the sentence and a hint, returns UsageError

private:
    Location m_database;
    QStringList m_arguments;
    QList<ProtectedFile> m_inputs;
    bool m_defaultLocation = false;
    bool m_openedForWriting = false; // a database was opened read-write: changes may be saved
    // Standard output through OutputFile: every write checked (issue 14 §1).
    std::unique_ptr<OutputFile> m_stdout = OutputFile::standardOutput();
    VisibleTextDevice m_visibleOut{m_stdout->device()};
    QTextStream m_out{&m_visibleOut};
    QFile m_stderr;
    std::unique_ptr<VisibleTextDevice> m_visibleErr = openStderr(m_stderr);
    QTextStream m_err{m_visibleErr.get()};

    static std::unique_ptr<VisibleTextDevice> openStderr(QFile& file);
};

} // namespace fd::cli
