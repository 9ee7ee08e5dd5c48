// The customers' funnel order as SQL: the expression of the index customer_funnel_order, which
// holds each stage's customers in id order (the funnel order, then id: SQLite since schema v5,
// SchemaMigrations.cpp; PostgreSQL since 001_initial.sql, rebuilt in 002_list_order.sql). Used by
// the repositories that sort by stage or read one stage's customers by id (CustomerListRepository,
// HealthRepository).
#pragma once

#include "domain/Enums.h"

#include <string_view>

namespace fd {

// Over `customer c`: 0 onboarding, 1 post-sales, 2 retention, 3 advocacy (and 3 for any other
// text, as the index has it). Written as the index's expression, so that SQLite walks the index.
constexpr std::string_view kFunnelOrder = "(CASE c.stage WHEN 'onboarding' THEN 0 WHEN "
                                          "'post_sales' THEN 1 WHEN 'retention' THEN 2 ELSE 3 END)";

// The value kFunnelOrder gives a customer of `stage`.
constexpr int funnelOrder(Stage stage)
{
    switch (stage) {
    case Stage::Onboarding:
        return 0;
    case Stage::PostSales:
        return 1;
    case Stage::Retention:
        return 2;
    case Stage::Advocacy:
        return 3;
    }
    return 3;
}

} // namespace fd
