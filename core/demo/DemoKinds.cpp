// The demo's picks from its tables (DemoKinds.h) for a customer in a given stage: a ticket's
// category and channel, a touchpoint's kind.
#include "demo/DemoKinds.h"

#include "demo/Random.h"

namespace fd::demo {

Category categoryFor(Random& random, Stage stage)
{
    static constexpr std::array<Category, 6> kCategories = {Category::Setup,    Category::Usage,
                                                            Category::Billing,  Category::Bug,
                                                            Category::Question, Category::Other};
    static constexpr std::array<int, 6> kOnboarding = {60, 10, 5, 5, 20, 0};
    static constexpr std::array<int, 6> kPostSales = {20, 40, 10, 20, 10, 0};
    static constexpr std::array<int, 6> kLater = {3, 35, 15, 25, 14, 8};
    switch (stage) {
    case Stage::Onboarding:
        return kCategories[random.weighted(kOnboarding)];
    case Stage::PostSales:
        return kCategories[random.weighted(kPostSales)];
    default:
        return kCategories[random.weighted(kLater)];
    }
}

TouchpointKind channelFor(Random& random, Stage stage)
{
    switch (stage) {
    case Stage::Onboarding:
    case Stage::PostSales:
        return kEarlyChannels[random.weighted(kEarlyChannelWeights)];
    case Stage::Retention:
        return kRetentionChannels[random.weighted(kRetentionChannelWeights)];
    case Stage::Advocacy:
        break;
    }
    return kAdvocacyChannels[random.weighted(kAdvocacyChannelWeights)];
}

TouchpointKind touchKindFor(Random& random, Stage stage)
{
    switch (stage) {
    case Stage::Onboarding:
        return kOnboardingKinds[random.weighted(kOnboardingWeights)];
    case Stage::PostSales:
        return kPostSalesKinds[random.weighted(kPostSalesWeights)];
    case Stage::Retention:
        return kRetentionKinds[random.weighted(kRetentionWeights)];
    case Stage::Advocacy:
        break;
    }
    return kAdvocacyKinds[random.weighted(kAdvocacyWeights)];
}

} // namespace fd::demo
