#pragma once

#include "common/Result.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace fd {

class Clock;
class Database;

struct GeneratorOptions {
    qint64 customers = 2000;
    qint64 tickets = 20000;
    qint64 touchpoints = 100000; // all touchpoints, the one each ticket records included
    quint64 seed = 1;
    int days = 730; // first sales spread over this many days up to today
};

// Writes a realistic, deterministic demo data set into an empty database, in one
// transaction: agents, customers with their stage history, contacts, tickets with their
// threads, and touchpoints whose kinds follow each customer's stage at the time.
class Generator {
    Q_DECLARE_TR_FUNCTIONS(fd::Generator)

public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    static Status run(Database& db, const GeneratorOptions& options, const Clock& clock,
                      const Progress& progress = {}, const std::atomic_bool* cancel = nullptr);
};

} // namespace fd
