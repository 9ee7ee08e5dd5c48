#pragma once

#include "domain/Enums.h"

#include <QDate>

#include <array>
#include <limits>
#include <optional>
#include <vector>

namespace fd {

// What the stage rules need to know about one customer at one moment ("as of"). Times
// are UTC unix seconds, 0 when there is none. The counting windows are the rules'
// own (FactWindows): facts are gathered for a rule set, not for all windows at once.
struct CustomerFacts {
    qint64 customerId = 0;
    QDate since;
    Stage stage = Stage::Onboarding; // at the as-of moment
    bool inFunnel = true;            // false: no stage yet at the as-of moment
    bool pinned = false;
    bool churned = false;

    qint64 touchpoints = 0;    // all, up to as-of
    qint64 settledTickets = 0; // created within postsales.settled's window
    qint64 settledLiveTouchpoints = 0;
    qint64 regressTickets = 0;   // created within retention.regress's window
    qint64 openHighOrUrgent = 0; // open at as-of
    qint64 openUrgent = 0;
    qint64 csatCount = 0;
    qint64 csatSum = 0;
    qint64 lastAdvocacyAt = 0;
    TouchpointKind lastAdvocacyKind = TouchpointKind::Testimonial;
    std::array<qint64, 11> lastSurveyAt{}; // latest survey with each NPS score 0..10
};

// The moment and the windows facts are counted in (UTC unix seconds).
struct FactWindows {
    qint64 asOf = 0;
    qint64 settledFrom = 0;  // tickets and live touchpoints after this count for settling
    qint64 regressFrom = 0;  // tickets after this count for regressing
    bool historical = false; // take each customer's stage from its history at asOf
};

// A customer's own events, for replaying its stages through time (StageReplay). Times are
// UTC unix seconds.
struct TicketEvent {
    static constexpr qint64 kNever = std::numeric_limits<qint64>::max();
    qint64 createdAt = 0;
    qint64 solvedAt = kNever; // kNever while not solved
    Priority priority = Priority::Normal;
    int csat = -1; // as stored (1..5), -1 when not rated
};

struct TouchpointEvent {
    qint64 at = 0;
    std::optional<TouchpointKind> kind; // none: a kind this version does not know
    int score = -1;                     // a survey's score 0..10, -1 when none
};

struct CustomerHistory {
    // Who the customer is now: id, since, stage, pinned, churned (no counts).
    CustomerFacts customer;
    qint64 stageEnteredAt = 0;                // its latest move (or entry into the funnel)
    std::vector<TicketEvent> tickets;         // by createdAt
    std::vector<TouchpointEvent> touchpoints; // by at
};

} // namespace fd
