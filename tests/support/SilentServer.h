// For the tests that need a process to wait on a server after reading its arguments (a look at
// /proc/PID/cmdline): a socket on 127.0.0.1 that takes connections and never answers. Closed
// when it goes out of scope, whatever the test's REQUIREs did.
#pragma once

#include <catch2/catch.hpp>

#include <QString>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace fd::test {

class SilentServer {
public:
    SilentServer() : m_fd(::socket(AF_INET, SOCK_STREAM, 0))
    {
        REQUIRE(m_fd >= 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        REQUIRE(::bind(m_fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
        REQUIRE(::listen(m_fd, 4) == 0);
        REQUIRE(::getsockname(m_fd, reinterpret_cast<sockaddr*>(&address), &length) == 0);
        m_port = QString::number(ntohs(address.sin_port));
    }
    ~SilentServer() { ::close(m_fd); }
    SilentServer(const SilentServer&) = delete;
    SilentServer& operator=(const SilentServer&) = delete;

    int fd() const { return m_fd; } // to poll and accept on
    const QString& port() const { return m_port; }

private:
    int m_fd;
    QString m_port;
};

} // namespace fd::test
