// For the tests that reach the throwaway cluster over TCP (tests/pg/with-cluster.sh exports
// FUNNELDESK_TEST_PG_TCP, _PASSWORD, _PORT and, with FD_PG_SSL=on, _SSL_ROOT).
#pragma once

#include "common/Location.h"

#include <catch2/catch.hpp>

#include <QString>

namespace fd::test {

// The variable `name` that with-cluster.sh sets; REQUIREs that it is set.
inline QString clusterVariable(const char* name)
{
    const QString value = qEnvironmentVariable(name);
    INFO(name << " is not set: run this test through tests/pg/with-cluster.sh (ctest -L postgres; "
                 "FD_PG_SSL=on for the [pg-ssl] ones)");
    REQUIRE_FALSE(value.isEmpty());
    return value;
}

// `text` (a URI or key=value string for the cluster) parsed, with the cluster's password.
inline Location clusterLocation(const QString& text)
{
    const Result<Location> parsed = Location::parse(text);
    INFO((parsed ? std::string() : parsed.error().toStdString()));
    REQUIRE(parsed);
    return parsed->withPassword(clusterVariable("FUNNELDESK_TEST_PG_PASSWORD"));
}

} // namespace fd::test
