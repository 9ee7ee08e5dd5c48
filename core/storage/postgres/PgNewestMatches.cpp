#include "storage/postgres/PgNewestMatches.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

#include <cmath>
#include <limits>
#include <string>

namespace fd::pg {

namespace {

using Matches = std::vector<std::pair<qint64, qint64>>;

constexpr qint64 kEveryTicket = std::numeric_limits<qint64>::min(); // the lowest id of no window

// `from`: the lowest id read (kEveryTicket for every ticket).
Matches read(Database& db, const std::string& sql, const QString& words, int limit, qint64 from,
             const NewestMatchesOrder* order)
{
    Matches matches;
    auto q = db.query(sql);
    q->bind(1, words);
    q->bind(2, qint64{limit});
    q->bind(3, from);
    if (order && order->bind)
        order->bind(*q);
    while (q->step())
        matches.emplace_back(q->int64(0), q->int64(1));
    return matches;
}

// enable_indexscan off while it lives, in a transaction of its own (a savepoint inside the
// caller's) that is never committed: its rollback, when it goes, sets back exactly the value
// that was there before (SET LOCAL lasts until its transaction or savepoint ends), whatever
// happened. It only reads.
class NoIndexWalk {
public:
    explicit NoIndexWalk(Database& db) : m_transaction(db)
    {
        db.execute("SET LOCAL enable_indexscan = off");
    }

private:
    Transaction m_transaction;
};

} // namespace

NewestMatches newestMatches(Database& db, const QString& words, int limit,
                            const NewestMatchesTuning& tuning, const NewestMatchesOrder* order)
{
    const std::string match = "search @@ fd_search_query(?1)";
    // The statements that read the matches, inside the caller's order when there is one.
    const std::string columns = "id, created_at" + (order ? order->columns : std::string());
    const auto around = [order](const std::string& sql) {
        return order ? "SELECT t.id, t.created_at FROM (" + sql + ") t" + order->rest : sql;
    };
    // One statement for the walk, the windows and every ticket: ?3 is the lowest id read, the
    // least bigint for every ticket (a file written by another program may bring ids below 1;
    // the order's parameters follow ?3: a gap is refused, Dialect::typed).
    const std::string statement = around("SELECT " + columns + " FROM ticket_words WHERE " + match +
                                         " AND id >= ?3 ORDER BY id DESC LIMIT ?2");
    qint64 hits = 0;
    qint64 seen = 0;
    qint64 newest = 0;
    qint64 oldest = 0;
    {
        auto q = db.query("SELECT count(*) FILTER (WHERE " + match +
                          "), count(*), coalesce(max(id), 0), coalesce(min(id), 0) FROM (SELECT "
                          "id, search FROM ticket_words ORDER BY id DESC LIMIT ?2) AS newest");
        q->bind(1, words);
        q->bind(2, qint64{tuning.sample});
        if (q->step()) {
            hits = q->int64(0);
            seen = q->int64(1);
            newest = q->int64(2);
            oldest = q->int64(3);
        }
    }
    NewestMatches found;
    if (seen < tuning.sample ||
        double(hits) >= tuning.walkFromShare * double(seen)) { // few tickets, or a common word
        found.rows = read(db, statement, words, limit, kEveryTicket, order);
        return found;
    }
    NoIndexWalk bitmaps(db);
    if (hits > 0) {
        // Ids, not rows: the sample's span of ids holds `hits` matches (gaps included).
        auto width = static_cast<qint64>(
            std::ceil(double(limit) * double(newest - oldest + 1) / double(hits) * tuning.spare));
        for (qint64 from = newest - width + 1; from > 1; from = newest - width + 1) {
            ++found.windows;
            found.rows = read(db, statement, words, limit, from, order);
            if (found.rows.size() >= static_cast<std::size_t>(limit))
                return found;
            width *= 4;
        }
    }
    // None among the newest (the rare words, whose few matches the GIN index lists), or a window
    // as wide as every ticket: one statement over all of them, from the GIN index.
    found.rows = read(db, statement, words, limit, kEveryTicket, order);
    return found;
}

} // namespace fd::pg
