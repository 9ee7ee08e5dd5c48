// The test executables' way into Catch2's session, whose class only the one source that compiles
// Catch2's implementation sees (CatchImplementation.cpp).
#pragma once

namespace fd::test {

// Runs the test cases the command line selects, as Catch::Session().run(argc, argv) does, and
// returns its exit code: the number of failed test cases, at most 255.
int runCatchSession(int argc, char* argv[]);

} // namespace fd::test
