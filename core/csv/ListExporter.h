#pragma once

#include "common/Result.h"
#include "domain/CustomerList.h"
#include "domain/TicketList.h"

#include <QCoreApplication>

#include <atomic>

class QIODevice;

namespace fd {

class Database;

// A list as the rep sees it — its filter, search and sort — written as CSV: the rows in
// the list's order with the list's columns (stable names for stages and statuses).
class ListExporter {
    Q_DECLARE_TR_FUNCTIONS(fd::ListExporter)

public:
    static Result<qint64> customers(Database& db, const CustomerListQuery& query, QIODevice& out,
                                    bool bom, const std::atomic_bool* cancel = nullptr);
    static Result<qint64> tickets(Database& db, const TicketListQuery& query, QIODevice& out,
                                  bool bom, const std::atomic_bool* cancel = nullptr);
};

} // namespace fd
