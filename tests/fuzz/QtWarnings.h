#pragma once

// The fuzzers' entry points treat a Qt warning as a finding: Qt warns where its API was used
// wrongly (an arg() with no placeholder left, an empty file name), which the CLI would print
// on stderr beside its own sentences. Call at the start of every input; installs once.
#include <QString>
#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

namespace fd::fuzz {

inline void abortOnQtWarnings()
{
    static const bool installed = [] {
        qInstallMessageHandler(
            [](QtMsgType type, const QMessageLogContext& /*context*/, const QString& message) {
                std::fprintf(stderr, "Qt: %s\n", qUtf8Printable(message));
                if (type != QtDebugMsg && type != QtInfoMsg)
                    std::abort();
            });
        return true;
    }();
    (void)installed;
}

} // namespace fd::fuzz
