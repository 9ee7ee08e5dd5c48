#pragma once

#include "demo/Generator.h"
#include "domain/Agent.h"
#include "domain/Contact.h"
#include "domain/Customer.h"
#include "domain/StageTransition.h"
#include "domain/Ticket.h"
#include "domain/Touchpoint.h"
#include "stages/StageRules.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>
#include <memory>
#include <vector>

namespace fd {

// Everything one customer adds, planned ahead with the ids it will get.
struct CustomerRows {
    Customer customer;
    std::vector<StageTransition> history;
    std::vector<Contact> contacts;
    std::vector<Ticket> tickets;
    std::vector<TicketComment> comments;
    std::vector<Touchpoint> touchpoints;

    qint64 size() const { return 1 + static_cast<qint64>(tickets.size() + touchpoints.size()); }
};

class PlannerImpl;

// Plans the demo data set: each customer's intended life through the funnel (first sale,
// the days it should move, churn), then tickets, threads and touchpoints that fit the
// stage it was meant to be in at the time. The stage history is not invented: the
// customer's planned events are replayed through the stage rules (StageReplay, the code
// `stages recompute` and an import's replay use), so every move is dated when its rule
// first held and its reason quotes that moment's numbers; a churned customer keeps the
// moves up to the end of its last active day. Pure computation with one random stream, so
// a seed, a day and a rule set always give the same rows.
class DemoPlanner {
    Q_DECLARE_TR_FUNCTIONS(fd::DemoPlanner)

public:
    // `now`: the moment the data set ends at (nothing is dated later). `rules`: the stage
    // rules the history follows (the target file's, PRODUCT.md §3 defaults in a new one).
    DemoPlanner(const GeneratorOptions& options, const QDateTime& now,
                const StageRules& rules = {});
    ~DemoPlanner();

    // The agents, with the ids they get in an empty table (1, 2, …). Call first.
    std::vector<Agent> agents();
    // Plans every customer in order, with ids continuing from 1, handing each one's rows
    // to `sink`; stops early when `sink` returns false.
    void customers(const std::function<bool(CustomerRows&&)>& sink);

private:
    std::unique_ptr<PlannerImpl> d;
};

} // namespace fd
