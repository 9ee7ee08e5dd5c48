// The test executables' way into Catch2's session, whose class only the one source that compiles
// Catch2's implementation sees (CatchImplementation.cpp).
#pragma once

namespace fd::test {

// Runs the test cases the command line selects, as Catch::Session().run(argc, argv) does, and
// returns its exit code: 0 when every assertion passed, else the number of failed assertions
// (or a command-line error's code), at most 255.
int runCatchSession(int argc, char* argv[]);

} // namespace fd::test
