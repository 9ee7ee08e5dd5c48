// Catch2's implementation, compiled once for the three test executables, each of which has its
// own main (TestMain.cpp, built with or without widgets). Under the ci preset's ASan and UBSan
// this one file took 58-66 s to compile, and it used to be compiled once per executable
// (docs/PERFORMANCE.md, "CI's test command: Catch2 compiled once, executables without PIE").
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "support/CatchSession.h"

namespace fd::test {

int runCatchSession(int argc, char* argv[])
{
    return Catch::Session().run(argc, argv);
}

} // namespace fd::test
