#include "demo/Generator.h"

#include "common/Clock.h"
#include "common/Handover.h"
#include "demo/DemoPlanner.h"
#include "demo/DemoText.h"
#include "storage/AgentRepository.h"
#include "storage/BulkLoad.h"
#include "storage/CannedReplyRepository.h"
#include "storage/ContactRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/StageTransitionRepository.h"
#include "storage/TicketCommentRepository.h"
#include "storage/TicketRepository.h"
#include "storage/StatsRepository.h"
#include "storage/TouchpointRepository.h"
#include "storage/TouchpointSummaries.h"

#include <functional>
#include <iterator>

namespace fd {

namespace {

struct Cancelled {};

// Planned customers with their big tables gathered for multi-row inserts. Batches are
// built, and after writing destroyed, on the planning thread: the writing thread only
// writes.
struct Batch {
    std::vector<CustomerRows> customers;
    std::vector<StageTransition> history;
    std::vector<Ticket> tickets;
    std::vector<TicketComment> comments;
    std::vector<Touchpoint> touchpoints;
    qint64 rows = 0;

    void add(CustomerRows&& planned)
    {
        rows += planned.size();
        std::move(planned.history.begin(), planned.history.end(), std::back_inserter(history));
        std::move(planned.tickets.begin(), planned.tickets.end(), std::back_inserter(tickets));
        std::move(planned.comments.begin(), planned.comments.end(), std::back_inserter(comments));
        std::move(planned.touchpoints.begin(), planned.touchpoints.end(),
                  std::back_inserter(touchpoints));
        customers.push_back(std::move(planned));
    }
};

// Writes a batch of customers' rows; the big tables go in many rows per statement.
class Writer {
public:
    explicit Writer(Database& db)
        : m_customers(db), m_transitions(db), m_contacts(db), m_tickets(db), m_comments(db),
          m_touchpoints(db)
    {}

    void store(const Batch& batch)
    {
        for (const CustomerRows& rows : batch.customers) {
            m_customers.insert(rows.customer);
            for (const Contact& c : rows.contacts)
                m_contacts.insert(c);
        }
        m_transitions.insert(std::span<const StageTransition>(batch.history));
        m_tickets.insert(std::span<const Ticket>(batch.tickets));
        m_comments.insert(std::span<const TicketComment>(batch.comments));
        m_touchpoints.insert(std::span<const Touchpoint>(batch.touchpoints));
    }

private:
    CustomerRepository m_customers;
    StageTransitionRepository m_transitions;
    ContactRepository m_contacts;
    TicketRepository m_tickets;
    TicketCommentRepository m_comments;
    TouchpointRepository m_touchpoints;
};

// Plans on a second thread (strings, dates, random draws) while this one writes.
// The touchpoint summaries are built on the planning thread as the rows are planned.
void generate(Database& db, const GeneratorOptions& options,
                     const Clock& clock, const Generator::Progress& progress,
                     const std::atomic_bool* cancel, TouchpointSummaries& summaries)
{
    DemoPlanner planner(options, clock.now());
    AgentRepository agents(db);
    for (const Agent& agent : planner.agents())
        agents.insert(agent);
    CannedReplyRepository canned(db);
    for (const CannedReply& reply : demo::cannedReplies())
        canned.insert(reply);

    Handover<Batch> planned(8);
    Handover<Batch> spent(0); // written batches, handed back to be freed
    Worker planning(
        [&] {
            // The writer waits for finish(), so it comes however planning ends.
            struct Finish {
                Handover<Batch>& handover;
                ~Finish() { handover.finish(); }
            } finish{planned};
            constexpr std::size_t kBatchSize = 200;
            Batch batch;
            Batch done;
            planner.customers([&](CustomerRows&& rows) {
                const Customer& c = rows.customer;
                summaries.addCustomer(c.id, c.status == CustomerStatus::Active ? enumName(c.stage)
                                                                                 : std::string_view("churned"));
                auto add = [&](const Touchpoint& p) {
                    summaries.addTouchpoint(c.id, p.occurredAt.toSecsSinceEpoch(), enumName(p.kind), p.score);
                };
                for (const Touchpoint& p : rows.touchpoints)
                    add(p);
                for (const Ticket& t : rows.tickets)
                    add(TicketRepository::arrival(t, t.id)); // written with the ticket
                batch.add(std::move(rows));
                if (batch.customers.size() < kBatchSize)
                    return true;
                while (spent.tryPop(done))
                    done = {};
                const bool more = planned.push(std::move(batch));
                batch = {};
                return more;
            });
            if (!batch.customers.empty())
                planned.push(std::move(batch));
        },
        [&] { planned.close(); });

    Writer writer(db);
    const qint64 total = options.customers + options.touchpoints;
    qint64 done = 0;
    Batch batch;
    while (planned.pop(batch)) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            throw Cancelled{};
        done += batch.rows;
        writer.store(batch);
        spent.push(std::move(batch));
        if (progress)
            progress(done, total);
    }
    planning.join();
}

} // namespace


Status Generator::run(Database& db, const GeneratorOptions& options, const Clock& clock,
                      const Progress& progress, const std::atomic_bool* cancel)
{
    if (options.customers < 1)
        return failure(tr("Generate at least one customer (--customers N)."));
    if (options.tickets < 0 || options.touchpoints < 0)
        return failure(tr("The numbers of tickets and touchpoints cannot be negative."));
    if (options.touchpoints < options.tickets)
        return failure(tr("--touchpoints (%1) must be at least --tickets (%2): every ticket "
                          "records a touchpoint of its channel.")
                           .arg(options.touchpoints)
                           .arg(options.tickets));
    if (options.days < 1)
        return failure(tr("The first sales must spread over at least one day."));
    if (db.isReadOnly())
        return failure(tr("“%1” is read-only; generate needs a writable file.").arg(db.path()));

    return db.guard([&]() -> Status {
        auto counts = StatsRepository(db).counts();
        if (!counts)
            return failure(counts.error());
        if (counts->customers > 0 || counts->agents > 0)
            return failure(tr("“%1” already holds %2 customers; generate writes only into a new "
                              "or empty database.")
                               .arg(db.path())
                               .arg(counts->customers));
        // One bulk transaction: the data set lands whole or not at all.
        BulkLoad load(db);
        TouchpointSummaries summaries;
        try {
            generate(db, options, clock, progress, cancel, summaries);
        } catch (const Cancelled&) {
            return failure(tr("Generating was cancelled; nothing was written."));
        }
        load.commit(&summaries);
        return {};
    });
}

} // namespace fd
