#include "demo/Generator.h"
#include "common/FrontEndHints.h"

#include "common/Clock.h"
#include "common/Handover.h"
#include "demo/DemoPlanner.h"
#include "demo/DemoText.h"
#include "storage/AgentRepository.h"
#include "storage/AuditLog.h"
#include "storage/BulkLoad.h"
#include "storage/CannedReplyRepository.h"
#include "storage/ContactRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "storage/StageTransitionRepository.h"
#include "storage/StatsRepository.h"
#include "storage/TicketCommentRepository.h"
#include "storage/TicketRepository.h"
#include "storage/TouchpointRepository.h"
#include "storage/TouchpointSummaries.h"

#include <QFile>

#include <unistd.h>

#include <algorithm>
#include <functional>
#include <iterator>
#include <new>

namespace fd {

namespace {

struct Cancelled {};

// Planned customers with their big tables gathered for multi-row inserts. Batches are
// built, and after writing destroyed, on the planning thread: the writing thread only
// writes.
struct Batch {
    std::vector<Customer> customers;
    std::vector<CustomerRepository::Summary> summaries; // summaries[i]: customers[i]'s
    std::vector<Contact> contacts;
    std::vector<StageTransition> history;
    std::vector<Ticket> tickets;
    std::vector<TicketComment> comments;
    std::vector<Touchpoint> touchpoints;
    qint64 rows = 0;

    void add(CustomerRows&& planned, const CustomerRepository::Summary& summary)
    {
        summaries.push_back(summary);
        rows += planned.size();
        std::move(planned.history.begin(), planned.history.end(), std::back_inserter(history));
        std::move(planned.tickets.begin(), planned.tickets.end(), std::back_inserter(tickets));
        std::move(planned.comments.begin(), planned.comments.end(), std::back_inserter(comments));
        std::move(planned.touchpoints.begin(), planned.touchpoints.end(),
                  std::back_inserter(touchpoints));
        std::move(planned.contacts.begin(), planned.contacts.end(), std::back_inserter(contacts));
        customers.push_back(std::move(planned.customer));
    }
};

// Writes a batch of customers' rows; the big tables go in many rows per statement.
class Writer {
public:
    // `withSummaries`: the customers' summary columns go in with their rows
    // (BulkLoad::triggersOff).
    Writer(Database& db, bool withSummaries)
        : m_customers(db), m_transitions(db), m_contacts(db), m_tickets(db), m_comments(db),
          m_touchpoints(db), m_withSummaries(withSummaries)
    {
    }

    void store(const Batch& batch)
    {
        if (m_withSummaries)
            m_customers.insert(std::span<const Customer>(batch.customers),
                               std::span<const CustomerRepository::Summary>(batch.summaries));
        else
            m_customers.insert(std::span<const Customer>(batch.customers));
        m_contacts.insert(std::span<const Contact>(batch.contacts));
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
    bool m_withSummaries;
};

// Customer `id`'s summary columns: its open tickets among `tickets` (all of its tickets), and what
// `summaries` counted of its touchpoints, every one of them added before.
CustomerRepository::Summary summaryOf(qint64 id, const std::vector<Ticket>& tickets,
                                      const TouchpointSummaries& summaries)
{
    CustomerRepository::Summary summary;
    summary.openTickets = std::count_if(tickets.begin(), tickets.end(),
                                        [](const Ticket& t) { return isOpen(t.status); });
    if (const auto touched = summaries.customer(id)) {
        summary.lastTouch = touched->lastTouch;
        summary.lastReview = touched->lastReview;
        summary.lastAdvocacy = touched->lastAdvocacy;
        summary.bestSurvey = touched->bestSurvey;
    }
    return summary;
}

// Plans on a second thread (strings, dates, random draws) while this one writes.
// The touchpoint summaries are built on the planning thread as the rows are planned.
void generate(Database& db, const GeneratorOptions& options, const StageRules& rules,
              const Clock& clock, const Generator::Progress& progress,
              const std::atomic_bool* cancel, TouchpointSummaries& summaries)
{
    DemoPlanner planner(options, clock.now(), rules);
    AgentRepository agents(db);
    for (const Agent& agent : planner.agents())
        agents.insert(agent);
    CannedReplyRepository canned(db);
    for (const CannedReply& reply : demo::cannedReplies())
        canned.insert(reply);

    // Batches of 1,000 customers, two queued: on a server each batch is one COPY per table, and
    // at each COPY's end the writer waits for the server and the server for the writer. With
    // batches of 200 (eight queued) the server stood idle a quarter of the time: data set L's rows
    // took 23.8-26.8 s to load, and 19.9-22.0 s in batches of 1,000, at 170 MB of memory instead
    // of 86 MB; a file's rows take as long either way (docs/PERFORMANCE.md, "Generate in batches
    // of 1,000 customers").
    constexpr std::size_t kBatchSize = 1000;
    Handover<Batch> planned(2);
    Handover<Batch> spent(0); // written batches, handed back to be freed
    Worker planning(
        [&] {
            // The writer waits for finish(), so it comes however planning ends.
            struct Finish {
                Handover<Batch>& handover;
                ~Finish() { handover.finish(); }
            } finish{planned};
            Batch batch;
            Batch done;
            planner.customers([&](CustomerRows&& rows) {
                const Customer& c = rows.customer;
                summaries.addCustomer(c.id, c.status == CustomerStatus::Active
                                                ? enumName(c.stage)
                                                : std::string_view("churned"));
                auto add = [&](const Touchpoint& p) {
                    summaries.addTouchpoint(c.id, p.occurredAt.toSecsSinceEpoch(), enumName(p.kind),
                                            p.score);
                };
                for (const Touchpoint& p : rows.touchpoints)
                    add(p);
                for (const Ticket& t : rows.tickets)
                    add(TicketRepository::arrival(t, t.id)); // written with the ticket
                const CustomerRepository::Summary summary =
                    summaryOf(c.id, rows.tickets, summaries);
                batch.add(std::move(rows), summary);
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

    Writer writer(db, summaries.customersWritten());
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
    // A cancel that came while the last batch was written: nothing is committed yet.
    if (cancel && cancel->load(std::memory_order_relaxed))
        throw Cancelled{};
}

} // namespace

GeneratorOptions GeneratorOptions::derived(std::optional<qint64> customers,
                                           std::optional<qint64> tickets,
                                           std::optional<qint64> touchpoints)
{
    GeneratorOptions o;
    if (customers)
        o.customers = *customers;
    else if (tickets)
        o.customers = std::max<qint64>(1, *tickets / kTicketsPerCustomer);
    else if (touchpoints)
        o.customers =
            std::max<qint64>(1, *touchpoints / (kTicketsPerCustomer * kTouchpointsPerTicket));
    if (tickets)
        o.tickets = *tickets;
    else if (touchpoints && !customers)
        o.tickets = *touchpoints / kTouchpointsPerTicket;
    else
        o.tickets = o.customers * kTicketsPerCustomer;
    if (touchpoints)
        o.touchpoints = *touchpoints;
    else
        o.touchpoints = o.tickets * kTouchpointsPerTicket;
    // Every ticket records a touchpoint: derived tickets never outnumber given touchpoints.
    if (!tickets)
        o.tickets = std::min(o.tickets, o.touchpoints);
    return o;
}

Status Generator::validate(const GeneratorOptions& options)
{
    if (options.customers < 1)
        return failure(
            tr("Generate at least one customer%1.")
                .arg(hints::clause(hints::Hint::GenerateCount, {QStringLiteral("customers")})));
    if (options.tickets < 0 || options.touchpoints < 0)
        return failure(tr("The numbers of tickets and touchpoints cannot be negative."));
    const std::pair<qint64, qint64> counts[] = {
        {options.customers, GeneratorOptions::kMaxCustomers},
        {options.tickets, GeneratorOptions::kMaxTickets},
        {options.touchpoints, GeneratorOptions::kMaxTouchpoints}};
    const char* names[] = {"customers", "tickets", "touchpoints"};
    const QString sentences[] = {
        tr("At most %2 customers%3 fit a demo on a workstation (ten times data set L), not %1."),
        tr("At most %2 tickets%3 fit a demo on a workstation (ten times data set L), not %1."),
        tr("At most %2 touchpoints%3 fit a demo on a workstation (ten times data set L), not %1.")};
    for (std::size_t i = 0; i < std::size(counts); ++i) {
        if (counts[i].first > counts[i].second)
            return failure(
                sentences[i]
                    .arg(counts[i].first)
                    .arg(counts[i].second)
                    .arg(hints::clause(hints::Hint::GenerateCount, {QLatin1String(names[i])})));
    }
    if (options.touchpoints < options.tickets)
        return failure(
            tr("A demo needs at least as many touchpoints%3 as tickets%4, not %1 for %2: every "
               "ticket "
               "records a touchpoint of its channel.")
                .arg(options.touchpoints)
                .arg(options.tickets)
                .arg(hints::clause(hints::Hint::GenerateCount, {QStringLiteral("touchpoints")}),
                     hints::clause(hints::Hint::GenerateCount, {QStringLiteral("tickets")})));
    if (options.days < 1)
        return failure(tr("The first sales must spread over at least one day."));
    return {};
}

qint64 Generator::memoryNeeded(const GeneratorOptions& options)
{
    // Fitted to peaks measured in a Release build (docs/PERFORMANCE.md, "generate:
    // limits"), with room to spare. The program itself; SQLite's page cache, which grows
    // with the file up to the bulk load's 256 MB (the file takes about 850 bytes a
    // customer with its contacts and history, 500 a ticket with its thread and arrival,
    // 70 a touchpoint); per customer the planner's arrays and the touchpoint summaries;
    // per row planned ahead of the writer, a ticket with its thread or a touchpoint. The
    // file's pages mapped into memory are not counted: the system reclaims them at will.
    constexpr qint64 kProgram = 64LL << 20;
    constexpr qint64 kPageCache = 256LL << 20;
    constexpr qint64 kPerCustomer = 400;
    constexpr qint64 kPerTicket = 1500;
    constexpr qint64 kPerTouchpoint = 400;
    // Up to about 5 batches of 1,000 customers are planned ahead of the writer (two queued,
    // one being built, one being written, one handed back); twice their average share of
    // rows leaves room for the busier customers.
    constexpr qint64 kAheadCustomers = qint64(5) * 1000;
    const qint64 customers = std::max<qint64>(1, options.customers);
    const qint64 tickets = std::max<qint64>(0, options.tickets);
    const qint64 others = std::max<qint64>(0, options.touchpoints - tickets);
    const double file = 850.0 * static_cast<double>(customers) +
                        500.0 * static_cast<double>(tickets) +
                        70.0 * static_cast<double>(tickets + others);
    const double share =
        std::min(1.0, 2.0 * static_cast<double>(kAheadCustomers) / static_cast<double>(customers));
    const double ahead =
        static_cast<double>(tickets) * kPerTicket + static_cast<double>(others) * kPerTouchpoint;
    return kProgram + static_cast<qint64>(std::min(file, static_cast<double>(kPageCache))) +
           customers * kPerCustomer + static_cast<qint64>(share * ahead);
}

qint64 Generator::availableMemory()
{
    QFile meminfo(QStringLiteral("/proc/meminfo"));
    if (meminfo.open(QIODevice::ReadOnly)) {
        while (!meminfo.atEnd()) {
            const QByteArray line = meminfo.readLine();
            if (!line.startsWith("MemAvailable:"))
                continue;
            bool ok = false;
            const qint64 kb = line.mid(13).trimmed().split(' ').value(0).toLongLong(&ok);
            if (ok)
                return kb * 1024;
        }
    }
#ifdef _SC_AVPHYS_PAGES
    const long pages = sysconf(_SC_AVPHYS_PAGES);
    const long size = sysconf(_SC_PAGESIZE);
    if (pages > 0 && size > 0)
        return static_cast<qint64>(pages) * size;
#endif
    return -1;
}

Status Generator::fitsMemory(const GeneratorOptions& options, qint64 available)
{
    const qint64 needed = memoryNeeded(options);
    if (available < 0 || needed <= available)
        return {};
    constexpr double kMiB = 1024.0 * 1024.0;
    return failure(
        tr("Generating %1 customers, %2 tickets and %3 touchpoints needs about %4 MB of memory, "
           "but %5 MB are available; generate fewer, or spread the tickets and touchpoints "
           "over more customers.")
            .arg(options.customers)
            .arg(options.tickets)
            .arg(options.touchpoints)
            .arg(static_cast<double>(needed) / kMiB, 0, 'f', 0)
            .arg(static_cast<double>(available) / kMiB, 0, 'f', 0));
}

Status Generator::run(Database& db, const GeneratorOptions& options, const Clock& clock,
                      const Progress& progress, const std::atomic_bool* cancel)
{
    if (auto valid = validate(options); !valid)
        return valid;
    if (auto fits = fitsMemory(options, availableMemory()); !fits)
        return fits;
    if (db.isReadOnly()) {
        if (db.path().isEmpty())
            return failure(
                tr("This server database is open read-only; generate needs one it may write to."));
        return failure(tr("“%1” is read-only; generate needs a writable file.").arg(db.path()));
    }

    return db.guard([&]() -> Status {
        auto counts = StatsRepository(db).counts();
        if (!counts)
            return failure(counts.error());
        if (counts->customers > 0 && db.path().isEmpty())
            return failure(
                tr("This server database already holds %1 customers; generate writes only into a "
                   "new or empty database.")
                    .arg(counts->customers));
        if ((counts->customers > 0 || counts->agents > 0) && !db.path().isEmpty())
            return failure(tr("“%1” already holds %2 customers; generate writes only into a new "
                              "or empty database.")
                               .arg(db.path())
                               .arg(counts->customers));
        // On a server, init made its first manager an agent (issue 17): the demo's agents
        // come after the agents there are; the data is the same, ids apart.
        GeneratorOptions shifted = options;
        if (counts->agents > 0) {
            auto existing = AgentRepository(db).all();
            if (!existing)
                return failure(existing.error());
            for (const Agent& agent : *existing)
                shifted.agentIdsAfter = std::max(shifted.agentIdsAfter, agent.id);
        }
        auto settings = SettingsRepository(db).all();
        if (!settings)
            return failure(settings.error());
        auto rules = StageRuleSettings::fromSettings(*settings);
        if (!rules)
            return failure(rules.error());
        // One bulk transaction: the data set lands whole or not at all.
        BulkLoad load(db);
        AuditPause quiet(db); // where triggers stay on (a server role that may not switch them off)
        TouchpointSummaries summaries;
        // With the triggers off, the writer stores each customer's summary columns with its row;
        // else (a server role that does not own the tables) the triggers count them as rows go in.
        summaries.setCustomersWritten(load.triggersOff());
        try {
            generate(db, shifted, *rules, clock, progress, cancel, summaries);
        } catch (const Cancelled&) {
            return failure(tr("Generating was cancelled; nothing was written."));
        } catch (const std::bad_alloc&) {
            return failure(tr("Generating ran out of memory; nothing was written."));
        }
        // One audit entry for the whole data set (storage/AuditSchema.h): its customers, tickets
        // and touchpoints, as asked for.
        AuditLog(db).recordBulk(QStringLiteral("generate"), QStringLiteral("*"),
                                options.customers + options.tickets + options.touchpoints);
        load.commit(&summaries);
        return {};
    });
}

} // namespace fd
