// The demo data's tables (DemoPlanner.cpp, DemoKinds.cpp): the channels a ticket arrives by and its
// priorities; the touchpoints a customer in each stage has, with their weights, the kinds
// that prove advocacy, and which kinds a rep writes a line about.
#pragma once

#include "domain/Enums.h"

#include <array>

namespace fd {
class Random;
} // namespace fd

namespace fd::demo {

// The channel a ticket arrives by: early in the funnel (onboarding, post-sales), in
// retention, in advocacy.
inline constexpr std::array<TouchpointKind, 5> kEarlyChannels = {
    TouchpointKind::Email, TouchpointKind::LiveChat, TouchpointKind::Phone,
    TouchpointKind::SelfService, TouchpointKind::InPerson};
inline constexpr std::array<int, 5> kEarlyChannelWeights = {35, 30, 15, 15, 5};
inline constexpr std::array<TouchpointKind, 5> kRetentionChannels = {
    TouchpointKind::Email, TouchpointKind::SelfService, TouchpointKind::LiveChat,
    TouchpointKind::SocialMedia, TouchpointKind::Phone};
inline constexpr std::array<int, 5> kRetentionChannelWeights = {45, 25, 15, 10, 5};
inline constexpr std::array<TouchpointKind, 4> kAdvocacyChannels = {
    TouchpointKind::Email, TouchpointKind::CommunityForum, TouchpointKind::SocialMedia,
    TouchpointKind::SelfService};
inline constexpr std::array<int, 4> kAdvocacyChannelWeights = {40, 25, 15, 20};

// A ticket's priority, unless its customer's story forces one.
inline constexpr std::array<Priority, 4> kPriorities = {Priority::Low, Priority::Normal,
                                                        Priority::High, Priority::Urgent};
inline constexpr std::array<int, 4> kPriorityWeights = {20, 55, 18, 7};

// The touchpoints of a customer in each stage.
inline constexpr std::array<TouchpointKind, 5> kOnboardingKinds = {
    TouchpointKind::SelfService, TouchpointKind::LiveChat, TouchpointKind::Email,
    TouchpointKind::Phone, TouchpointKind::InPerson};
inline constexpr std::array<int, 5> kOnboardingWeights = {30, 20, 25, 15, 10};
inline constexpr std::array<TouchpointKind, 4> kPostSalesKinds = {
    TouchpointKind::SelfService, TouchpointKind::LiveChat, TouchpointKind::Email,
    TouchpointKind::Phone};
inline constexpr std::array<int, 4> kPostSalesWeights = {35, 25, 25, 15};
inline constexpr std::array<TouchpointKind, 7> kRetentionKinds = {
    TouchpointKind::SelfService,   TouchpointKind::Partner,   TouchpointKind::SocialMedia,
    TouchpointKind::SuccessReview, TouchpointKind::UserGroup, TouchpointKind::ProductUpdate,
    TouchpointKind::Survey};
inline constexpr std::array<int, 7> kRetentionWeights = {35, 8, 10, 10, 7, 20, 10};
inline constexpr std::array<TouchpointKind, 9> kAdvocacyKinds = {
    TouchpointKind::CommunityForum, TouchpointKind::SocialMedia,    TouchpointKind::Testimonial,
    TouchpointKind::Meetup,         TouchpointKind::UserConference, TouchpointKind::Referral,
    TouchpointKind::Survey,         TouchpointKind::SelfService,    TouchpointKind::ProductUpdate};
inline constexpr std::array<int, 9> kAdvocacyWeights = {25, 15, 8, 10, 5, 7, 10, 10, 10};
inline constexpr std::array<TouchpointKind, 4> kAdvocacyProof = {
    TouchpointKind::Testimonial, TouchpointKind::CommunityForum, TouchpointKind::Meetup,
    TouchpointKind::Referral};

// Kinds a rep writes a line about; self-service visits, release mails, surveys and
// public posts are logged by kind (and score) alone.
inline bool hasSummary(TouchpointKind kind)
{
    switch (kind) {
    case TouchpointKind::SelfService:
    case TouchpointKind::ProductUpdate:
    case TouchpointKind::Survey:
    case TouchpointKind::SocialMedia:
    case TouchpointKind::CommunityForum:
        return false;
    default:
        return true;
    }
}

// A stage's picks, by the tables' weights, each drawing one number from `random`
// (DemoKinds.cpp): the category of a ticket of a customer in `stage`, the channel it arrives
// by, and the kind of the customer's touchpoint.
Category categoryFor(Random& random, Stage stage);
TouchpointKind channelFor(Random& random, Stage stage);
TouchpointKind touchKindFor(Random& random, Stage stage);

} // namespace fd::demo
