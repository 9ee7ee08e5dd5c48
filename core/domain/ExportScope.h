// What a CSV export covers (PRODUCT.md §5, §6): which entity, and the filter on its rows.
// csv/CsvExporter.h takes them; storage/ExportRepository.h reads the rows they name.
#pragma once

#include "domain/Enums.h"

#include <QDateTime>

#include <optional>

namespace fd {

enum class ExportEntity { Customers, Tickets, Touchpoints };

struct ExportFilter {
    std::optional<Stage> stage; // the customer's current stage
    QDateTime from;             // UTC, inclusive: since / created_at / occurred_at
    QDateTime to;               // UTC, exclusive
};

} // namespace fd
