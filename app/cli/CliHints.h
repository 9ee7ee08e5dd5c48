// The command line's words for core's hints (common/FrontEndHints.h): the flag that turns
// each knob. Set once at the start of main(), before any command runs; the core tests set
// them too, to check the CLI's sentences.
#pragma once

#include <QCoreApplication>

namespace fd::cli {

class CliHints {
    Q_DECLARE_TR_FUNCTIONS(fd::cli::CliHints)

public:
    static void install();
    // `argument` as one word of a POSIX shell: as given when it holds only letters, digits and
    // _@%+=:,./- (and is not empty), else in single quotes, a quote inside written '\''.
    static QString shellWord(const QString& argument);
    // `argument` as a command's operand (`team enable LOGIN`): its shellWord, after "-- " when it
    // starts with "-", which would otherwise be read as an option ("-dash": Unknown option).
    static QString operandWord(const QString& argument);
};

} // namespace fd::cli
