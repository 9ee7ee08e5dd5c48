#pragma once

#include "common/Result.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>
#include <optional>

namespace fd {

class Clock;
class Database;

struct GeneratorOptions {
    qint64 customers = 2000;
    qint64 tickets = 20000;
    qint64 touchpoints = 100000; // all touchpoints, the one each ticket records included
    quint64 seed = 1;
    int days = 730; // first sales spread over this many days up to today
    // The generated agents' ids start after this one: on a server, the agents init made
    // (its first manager, issue 17) stay, and the demo's come after them. 0 elsewhere.
    qint64 agentIdsAfter = 0;

    // The proportions of reference data set L (PRODUCT.md §7: 100,000 customers,
    // 1,000,000 tickets, 5,000,000 touchpoints), which the defaults above share.
    static constexpr qint64 kTicketsPerCustomer = 10;
    static constexpr qint64 kTouchpointsPerTicket = 5;
    // The most of each a workstation generates (docs/PERFORMANCE.md, "generate: limits"): ten
    // times data set L, about 200 s and 10 GB of file in a Release build. Memory is
    // checked separately (Generator::memoryNeeded).
    static constexpr qint64 kMaxCustomers = 1'000'000;
    static constexpr qint64 kMaxTickets = 10'000'000;
    static constexpr qint64 kMaxTouchpoints = 50'000'000;

    // The counts given, the missing ones in L's proportions from the first given of
    // customers, tickets, touchpoints (none given: the defaults above). E.g. 10 customers
    // alone: 100 tickets and 500 touchpoints. Counts are not checked here (validate()).
    static GeneratorOptions derived(std::optional<qint64> customers, std::optional<qint64> tickets,
                                    std::optional<qint64> touchpoints);
};

// Writes a realistic, deterministic demo data set into an empty database, in one
// transaction: agents, customers with their stage history, contacts, tickets with their
// threads, and touchpoints whose kinds follow each customer's stage at the time.
class Generator {
    Q_DECLARE_TR_FUNCTIONS(fd::Generator)

public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // Generates into `db`, which must be writable and hold no customers and no agents. The
    // stage history follows the stage rules stored in `db` (DemoPlanner). Checks `options`
    // (validate()) and the memory it needs against the memory available (memoryNeeded(),
    // availableMemory()) before planning anything. On any failure, a cancel included, it
    // rolls back: `db` is as it was. `progress`: rows planned and written so far of
    // customers + touchpoints, once per batch of customers.
    static Status run(Database& db, const GeneratorOptions& options, const Clock& clock,
                      const Progress& progress = {}, const std::atomic_bool* cancel = nullptr);

    // One sentence naming the first count that is out of range: at least one customer, no
    // negative counts, at most the maxima of GeneratorOptions, touchpoints >= tickets.
    static Status validate(const GeneratorOptions& options);
    // The peak memory a run with these counts needs, in bytes, as measured on Linux x86-64
    // (docs/PERFORMANCE.md, "generate: limits"): a fixed part (SQLite's 256 MB page cache
    // for the bulk load, the index builds), a part per customer, and the rows planned ahead
    // of the writer, which with few customers are all of them.
    static qint64 memoryNeeded(const GeneratorOptions& options);
    // The memory available to a new allocation now, in bytes: MemAvailable of
    // /proc/meminfo, else sysconf's available pages; -1 when unknown.
    static qint64 availableMemory();
    // A sentence when memoryNeeded(options) exceeds `available` (bytes; -1: unknown, fits).
    static Status fitsMemory(const GeneratorOptions& options, qint64 available);
};

} // namespace fd
