#pragma once

#include "common/Result.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

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
    CliContext(QString databasePath, QStringList arguments)
        : m_databasePath(std::move(databasePath)), m_arguments(std::move(arguments))
    {}

    const QString& databasePath() const { return m_databasePath; }
    const QStringList& arguments() const { return m_arguments; }

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    // Opens the database or prints why not.
    std::unique_ptr<Database> open(Database::Access access);

    // Parses the command's options. Returns an exit code when the command should stop
    // here (Success after printing --help, UsageError after printing what is wrong).
    std::optional<int> parse(QCommandLineParser& parser, const QString& usage);

    // The one rule for 1 and 2 (issue 14 §3), for `--help` and each `add … --help`.
    static QString exitCodeRule();

    int fail(const QString& sentence);  // prints the sentence, returns UserError
    int usage(const QString& sentence); // prints the sentence and a hint, returns UsageError

private:
    QString m_databasePath;
    QStringList m_arguments;
    QTextStream m_out{stdout};
    QTextStream m_err{stderr};
};

} // namespace fd::cli
