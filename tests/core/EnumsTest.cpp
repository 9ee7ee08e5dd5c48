#include "domain/Enums.h"

#include <catch2/catch.hpp>

using namespace fd;

TEMPLATE_TEST_CASE("Every enum value round-trips through its stable name", "[domain]", Stage,
                   CustomerStatus, TicketStatus, Priority, Category, TouchpointKind, Direction,
                   AgentRole, CommentKind)
{
    for (std::size_t i = 0; i < enumCount<TestType>(); ++i) {
        const auto value = static_cast<TestType>(i);
        const QString name = toString(value);
        INFO(name.toStdString());
        CHECK_FALSE(name.isEmpty());
        REQUIRE(enumFromString<TestType>(name).has_value());
        CHECK(*enumFromString<TestType>(name) == value);
    }
    CHECK_FALSE(enumFromString<TestType>(QStringLiteral("no_such_value")).has_value());
    CHECK_FALSE(enumFromString<TestType>(QString()).has_value());
}

TEST_CASE("Stable names are the ones PRODUCT.md publishes", "[domain]")
{
    CHECK(enumNameList<Stage>() == QStringLiteral("onboarding, post_sales, retention, advocacy"));
    CHECK(toString(TouchpointKind::LiveChat) == QStringLiteral("live_chat"));
    CHECK(toString(TouchpointKind::UserConference) == QStringLiteral("user_conference"));
    CHECK(toString(TicketStatus::OnHold) == QStringLiteral("on_hold"));
    CHECK(enumCount<TouchpointKind>() == 16);
}

TEST_CASE("Open statuses and ticket channels", "[domain]")
{
    CHECK(isOpen(TicketStatus::New));
    CHECK(isOpen(TicketStatus::OnHold));
    CHECK_FALSE(isOpen(TicketStatus::Solved));
    CHECK_FALSE(isOpen(TicketStatus::Closed));
    CHECK(isTicketChannel(TouchpointKind::LiveChat));
    CHECK_FALSE(isTicketChannel(TouchpointKind::Testimonial));
}
