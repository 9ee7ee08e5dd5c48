// Rows by primary key, in the order of the ids given: what a list shows for one screen.
// SQLite returns an IN list in its own order, so the rows are put back in place; ids
// that no longer exist are left out.
#pragma once

#include "storage/Database.h"

#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace fd {

// `select` ends just before its WHERE; `idColumn` is the key to match ("c.id");
// `read(statement)` decodes one row and `idOf(row)` gives its key back. Throws SqlError.
template <typename Row, typename Read, typename IdOf>
std::vector<Row> rowsById(Database& db, std::string_view select, std::string_view idColumn,
                          std::span<const qint64> ids, Read&& read, IdOf&& idOf)
{
    std::unordered_map<qint64, std::size_t> position;
    for (std::size_t i = 0; i < ids.size(); ++i)
        position.emplace(ids[i], i);
    std::vector<std::optional<Row>> found(ids.size());
    constexpr std::size_t kChunk = 200;
    for (std::size_t start = 0; start < ids.size(); start += kChunk) {
        const std::size_t n = std::min(kChunk, ids.size() - start);
        std::string sql = std::string(select) + " WHERE " + std::string(idColumn) + " IN (?";
        for (std::size_t i = 1; i < n; ++i)
            sql += ",?";
        sql += ')';
        auto q = db.query(sql);
        for (std::size_t i = 0; i < n; ++i)
            q->bind(static_cast<int>(i) + 1, ids[start + i]);
        while (q->step()) {
            Row row = read(*q);
            found[position.at(idOf(row))] = std::move(row);
        }
    }
    std::vector<Row> result;
    result.reserve(ids.size());
    for (auto& row : found) {
        if (row)
            result.push_back(std::move(*row));
    }
    return result;
}

} // namespace fd
