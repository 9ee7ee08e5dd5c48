#pragma once

#include "common/Result.h"
#include "domain/ExportScope.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>
#include <optional>

class QIODevice;

namespace fd {

class Database;

// Customers, tickets and touchpoints as CSV (PRODUCT.md §5, §6): every field of the
// entity, named as the importer's fields so that a file exported here imports again with
// no mapping; dates as YYYY-MM-DD, date-times as YYYY-MM-DD HH:MM:SS in local time.
class CsvExporter {
    Q_DECLARE_TR_FUNCTIONS(fd::CsvExporter)

public:
    using Entity = ExportEntity;

    struct Options {
        ExportFilter filter;
        bool bom = false;
        std::function<void(qint64 rows)> progress; // every 10,000 rows
        const std::atomic_bool* cancel = nullptr;
    };

    static std::optional<Entity> entityNamed(QStringView name); // "customers", …

    // Writes the header and the rows; the number of rows, or the sentence why it failed.
    static Result<qint64> write(Database& db, Entity entity, QIODevice& out,
                                const Options& options);
    // Stage moves (`export transitions`): customer_id, customer_name, from (empty for the
    // entry into the funnel), to, at (local date-time), actor, reason; oldest first.
    // options.filter: stage = moves INTO that stage; from/to bound `at` (UTC, [from, to)).
    static Result<qint64> writeTransitions(Database& db, QIODevice& out, const Options& options);
};

} // namespace fd
