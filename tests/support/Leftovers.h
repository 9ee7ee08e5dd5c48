// What the tests of leftover temporaries (tests/core/LeftoverFilesTest.cpp,
// tests/cli/LeftoverCliTest.cpp) make beside a target: a file, and the id of a writer that is
// gone.
#pragma once

#include <catch2/catch.hpp>

#include <QFile>
#include <QString>

#include <sys/wait.h>
#include <unistd.h>

namespace fd::test {

// The id of a process that has ended and been reaped: kill(pid, 0) says ESRCH.
inline qint64 deadPid()
{
    const pid_t child = ::fork();
    if (child == 0)
        ::_exit(0);
    REQUIRE(child > 0);
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    return child;
}

// Makes (or empties and fills) the file at `path`, four bytes.
inline void touch(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write("left") == 4);
}

} // namespace fd::test
