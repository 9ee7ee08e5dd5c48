// The newest matches of a search over every ticket on a server (issue 16, "Search ≤ 50 ms"):
// the first statement of TicketListRepository::ids for the queue of all tickets with words.
// Nothing outside core/storage and its tests includes this.
#pragma once

#include <QString>

#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace fd {
class Database;
class Statement;
} // namespace fd

namespace fd::pg {

// The `limit` newest tickets (highest ids) whose words match `words` (PgDialect's
// searchExpression: fd_search_query's text), as (id, created_at in UTC seconds), highest id
// first; every match when there are fewer. Read from ticket_words (014_search_order.sql) in
// the cheaper of two ways, judged from the share of matches among the newest 4,096 tickets
// (one walk of 4,096 rows, about 1 ms on data set L):
// - Walked newest first by id, each row's words tested, until `limit` match: what the planner
//   picks by itself; about 0.2 µs a row, so cheap for a common word (share ≥ 1/15: 'export':*,
//   15.7 % on L, reads 64,000 rows in 14 ms).
// - Otherwise, the search's GIN index ANDed with the ids of a window of the newest tickets,
//   sized to hold `limit` matches with a quarter to spare, then sorted; a window that falls
//   short is made four times as wide until it holds `limit` matches or every ticket. The planner
//   would walk instead (it costs a row's test at a fraction of a microsecond), which for
//   'invoice':* (3.7 % on L) read 262,000 rows in 50-60 ms; ANDed, 28 ms. The walk is kept from
//   the plan by SET LOCAL enable_indexscan = off in a transaction of its own (a savepoint inside
//   the caller's), rolled back when the windows are read, which sets back the value before
//   (https://www.postgresql.org/docs/15/runtime-config-query.html). The window's statement is
//   planned on each run (PgStatement: it calls fd_search_query). A word none of the newest
//   tickets has is read from the GIN index alone, over every ticket, the same way.
// Both ways give the same rows. Throws SqlError.
// walkFromShare: below it the window is cheaper than the walk. The walk reads limit / share
// rows at about 0.2 µs each; the window pays the GIN index's matches (about 0.27 µs each, share
// × every ticket) and 0.02-0.03 µs an id of the window (data set L: 10 ms for 37,077 matches,
// 8 ms for 350,000 ids).
struct NewestMatchesTuning {
    int sample = 4096;               // the newest tickets whose matches are counted
    double walkFromShare = 1.0 / 15; // walk when at least this share of them match
    double spare = 1.25;             // the first window holds this many times `limit`
};
struct NewestMatches {
    std::vector<std::pair<qint64, qint64>> rows; // (id, created_at), highest id first or in order
    // Window statements run: 0 when walked, or read from the GIN index over every ticket (a
    // last statement over every ticket after the windows is not counted either).
    int windows = 0;
};
// The matches sorted on the server by the caller's order (TicketListRepository: a search over
// every ticket sorted by any column): each statement that reads them becomes
// "SELECT t.id, t.created_at FROM (SELECT id, created_at" + `columns` + " …) t" + `rest`.
// `columns`: ", " and the other columns of ticket_words that `rest` reads, of customer_id,
// assignee_id, status, priority, subject (028_search_sort.sql) and the SLA clocks
// (029_search_urgency.sql); only those, so that each statement reads, sorts and joins no more
// than its order needs (every column is 176 bytes a row on L, against 24 for id, created_at and
// customer_id). `rest` may join (by keys that always match, or
// LEFT) and must end in ORDER BY; it may not filter (each statement's rows are counted as its
// matches). Its parameters are numbered from kFirstParameter on, without gaps; `bind` binds them
// (may be empty when there are none). Sorted there, the matches are not read back from ticket by
// id: 10,000 probes of its primary key took 23-30 ms on data set L (docs/PERFORMANCE.md,
// "Step 10: a search sorted by a column, on a server").
struct NewestMatchesOrder {
    static constexpr int kFirstParameter = 4; // ?1 the words, ?2 the limit, ?3 the lowest id
    std::string columns;
    std::string rest;
    std::function<void(Statement&)> bind;
};

// `order`: null for highest id first.
NewestMatches newestMatches(Database& db, const QString& words, int limit,
                            const NewestMatchesTuning& tuning = {},
                            const NewestMatchesOrder* order = nullptr);

} // namespace fd::pg
