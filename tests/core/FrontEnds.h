// Core's sentences as each front end shows them (common/FrontEndHints.h): the command
// line's hints (app/cli/CliHints.cpp, its flags) or the window's (ui/ImportHints.cpp, the
// import wizard's words), installed for one test and taken away after it. Both files are
// compiled into the core tests (tests/CMakeLists.txt).
#pragma once

#include "CliHints.h"
#include "common/FrontEndHints.h"
#include "ImportHints.h"

namespace fd::test {

class FrontEnd {
public:
    enum Which { None, Cli, Window };
    explicit FrontEnd(Which which)
    {
        hints::clear();
        if (which == Cli)
            cli::CliHints::install();
        else if (which == Window)
            installImportHints();
    }
    ~FrontEnd() { hints::clear(); }
    FrontEnd(const FrontEnd&) = delete;
    FrontEnd& operator=(const FrontEnd&) = delete;
};

} // namespace fd::test
