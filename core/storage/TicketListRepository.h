#pragma once

#include "common/Result.h"
#include "domain/TicketList.h"

#include <QStringList>

#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace fd {

class Database;
class Statement;

// Ticket queues: filtering and sorting in SQL. A bounded query gives its ids in order
// (like the customers list); the whole ticket table, which can hold millions, is read by
// windows along the creation-time index, so only creation time sorts it.
class TicketListRepository {
public:
    // A search over every ticket returns at most this many, the newest.
    static constexpr int kSearchLimit = TicketListQuery::kSearchLimit;

    explicit TicketListRepository(Database& db) : m_db(db) {}

    static bool sortable(const TicketListQuery& query, TicketListQuery::Column column);

    Result<std::vector<qint64>> ids(const TicketListQuery& query);
    Result<std::vector<TicketRow>> rows(std::span<const qint64> ids);

    // Unbounded queries: the number of tickets, and `limit` rows from `offset`. `after`,
    // the sort key (created_at, id) of the row just before `offset`, lets the database seek
    // there instead of counting its way. Without `after`, `total` (count()'s answer) lets a
    // window past the middle be counted from the other end, which costs the same as the same
    // distance from the start (OFFSET walks the index entries it skips); the rows are those
    // OFFSET gives while the table holds `total` tickets. Empty at or past `total`.
    Result<qint64> count(const TicketListQuery& query);
    Result<std::vector<TicketRow>> window(const TicketListQuery& query, qint64 offset, int limit,
                                          std::optional<std::pair<QDateTime, qint64>> after = {},
                                          std::optional<qint64> total = {});

    // The words of what a rep typed, as the search index cuts text into words: runs of
    // letters, numbers and private-use characters (after NFC); '_' and every other character
    // separate them ("user_id" is user and id). Empty when there is none.
    static QStringList searchWords(const QString& text);
    // The FTS5 query for what a rep typed: every word must appear, as a word or a prefix.
    static QString matchExpression(const QString& text);

private:
    // matchExpression(text) with each plain ASCII word's prefix spelled out as the few
    // indexed words it stands for ("export"* -> ("export" OR "exports")), which FTS5 answers
    // several times faster than a prefix query (data set L: 7 against 33 ms); the same
    // matches. Empty when a word begins no indexed word: nothing can match. Throws SqlError.
    QString expandedMatch(const QString& text);
    static TicketRow read(Statement& q);
    // On a server: the ids of `?1` tickets from offset `?2` over every ticket, in creation
    // order (`descending` or not), found from the tickets of each day (011_ticket_day.sql);
    // `?3` is bound to a day's seconds (common/TimeUnits.h kDay).
    static std::string windowByDays(bool descending);
    // Tickets (id, customer id) in the order of their customers' names; throws SqlError.
    std::vector<qint64> sortByCustomerName(const std::vector<std::pair<qint64, qint64>>& tickets,
                                           bool descending);

    Database& m_db;
};

} // namespace fd
