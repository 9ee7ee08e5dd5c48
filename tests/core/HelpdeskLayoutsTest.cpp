// The default ticket export of each helpdesk FunnelDesk reads with no options
// (tests/fixtures/helpdesk-layouts, whose README gives the expected values; the sources of
// each layout are in docs/IMPORT-LAYOUTS.md).
#include "support/ImportTestSupport.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <array>

using namespace fd;
using namespace Qt::StringLiterals;
using test::Zone;

TEST_CASE("Every helpdesk's default export imports with no options", "[csv][import][layouts]")
{
    const Zone zone("UTC");
    // From tests/fixtures/helpdesk-layouts/README.md: per file, each ticket's number and
    // status|priority|channel|created|solved|assignee|csat|tags.
    struct Expected {
        const char* file;
        std::array<std::pair<const char*, const char*>, 3> tickets;
    };
    const Expected layouts[] = {
        {"zendesk.csv",
         {{{"1001",
            "solved|high|email|2024-03-05T14:22:00Z|2024-03-05T16:40:00Z|Dana Agent|5|login, vip"},
           {"1002", "open|normal|self_service|2024-03-06T09:05:00Z||Lee Agent||billing"},
           {"1003", "pending|urgent|phone|2024-03-07T11:30:00Z||||"}}}},
        {"freshdesk.csv",
         {{{"101",
            "closed|high|email|2024-03-05T14:22:10Z|2024-03-05T16:40:00Z|Dana Agent|5|login, vip"},
           {"102", "open|normal|self_service|2024-03-06T09:05:00Z||Lee Agent||billing"},
           {"103", "pending|urgent|live_chat|2024-03-07T11:30:00Z||||"}}}},
        {"zammad.csv",
         {{{"31001",
            "closed|high|email|2024-03-05T14:22:10Z|2024-03-05T16:40:00Z|Dana Agent||login, vip"},
           {"31002", "open|normal|self_service|2024-03-06T09:05:00Z||Lee Agent||billing"},
           {"31003", "pending|low|phone|2024-03-07T11:30:00Z||||"}}}},
        {"osticket.csv",
         {{{"100231", "solved|high|email|2024-03-05T14:22:00Z|2024-03-05T16:40:00Z|Dana Agent||"},
           {"100232", "open|normal|self_service|2024-03-06T09:05:00Z||Lee Agent||"},
           {"100233", "closed|urgent|phone|2024-03-14T11:30:00Z|2024-03-14T18:15:00Z|||"}}}},
        {"helpscout.csv",
         {{{"501", "closed|normal|email|2024-03-05T14:22:10Z|2024-03-05T16:40:00Z|Dana "
                   "Agent|5|login, vip"},
           {"502", "open|normal|live_chat|2024-03-06T09:05:00Z||Lee Agent||billing"},
           {"503", "pending|normal|phone|2024-03-07T11:30:00Z|||1|"}}}},
        {"hubspot.csv",
         {{{"5550001", "closed|high|email|2024-03-05T14:22:00Z|2024-03-05T16:40:00Z|Dana Agent||"},
           {"5550002", "new|normal|self_service|2024-03-06T09:05:00Z||Lee Agent||"},
           {"5550003", "pending|urgent|live_chat|2024-03-07T11:30:00Z||||"}}}},
        {"jira.csv",
         {{{"SUP-12",
            "solved|high|email|2024-03-05T14:22:00Z|2024-03-05T16:40:00Z|Dana Agent||login, vip"},
           {"SUP-13", "open|normal|email|2024-03-06T09:05:00Z||Lee Agent||billing"},
           {"SUP-14", "pending|urgent|email|2024-03-07T11:30:00Z||||"}}}},
        {"servicenow.csv",
         {{{"INC0010001",
            "solved|high|email|2024-03-05T14:22:10Z|2024-03-05T16:40:00Z|Dana Agent||"},
           {"INC0010002", "open|low|self_service|2024-03-06T09:05:00Z||Lee Agent||"},
           {"INC0010003", "on_hold|urgent|phone|2024-03-07T11:30:00Z||||"}}}},
        {"freescout.csv",
         {{{"701",
            "closed|normal|email|2024-03-05T14:22:10Z|2024-03-05T16:40:00Z|Dana Agent||login, vip"},
           {"702", "open|normal|live_chat|2024-03-06T09:05:00Z||Lee Agent||billing"},
           {"703", "pending|normal|phone|2024-03-07T11:30:00Z||||"}}}},
    };
    for (const Expected& layout : layouts) {
        INFO(layout.file);
        auto run = test::importFixture(u"helpdesk-layouts/"_s + QLatin1String(layout.file));
        REQUIRE(run.summary);
        CHECK(run.summary->imported == 3);
        CHECK(run.summary->rejected == 0);
        CHECK(run.db->scalar("SELECT count(*) FROM ticket") == 3);
        CHECK(run.db->scalar("SELECT count(*) FROM customer") == 3);
        for (const auto& [ref, expected] : layout.tickets)
            CHECK(test::ticket(*run.db, QLatin1String(ref)) == QString::fromUtf8(expected));
    }
}
