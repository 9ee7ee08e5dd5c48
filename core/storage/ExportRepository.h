#pragma once

#include "common/Result.h"
#include "domain/ExportScope.h"

#include <QDateTime>

#include <array>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace fd {

class Database;
class Statement;

// The rows of a CSV export, streamed in id order straight from SQLite: the exporter reads
// each column's bytes without building entities (a million tickets export in seconds).
class ExportRepository {
public:
    using Entity = ExportEntity; // domain/ExportScope.h
    using Filter = ExportFilter;

    // Column names of the exported file, in order (the rows of `forEach` hold a customer's
    // and an agent's id where the file has their names and details):
    //   customers:   id, name, email, company, plan, owner, since (text date), status,
    //                stage, stage_entered_at (unix s), tags, notes
    //   tickets:     id, external_ref, customer_name, customer_email, customer_company,
    //                customer_since, subject, description, status, priority, channel,
    //                category, created_at, first_response_at, solved_at (unix s), csat,
    //                assignee, tags
    //   touchpoints: customer_name, customer_email, kind, direction, occurred_at (unix s),
    //                agent, summary, score — no id (a touchpoint has no identity outside its
    //                file), and a ticket's own arrival touchpoint is part of its ticket and
    //                left out
    static std::vector<std::string_view> columns(Entity entity);

    // Customers' name, email, company and since, and agents' names, by id.
    struct Names {
        std::unordered_map<qint64, std::array<std::string, 4>> customers;
        std::unordered_map<qint64, std::string> agents;
    };

    explicit ExportRepository(Database& db) : m_db(db) {}

    Result<Names> names();

    // Calls `row` for every row, the statement positioned on it; `row` returns false to
    // stop. The row count.
    Result<qint64> forEach(Entity entity, const Filter& filter,
                           const std::function<bool(const Statement&)>& row);

private:
    Database& m_db;
};

} // namespace fd
