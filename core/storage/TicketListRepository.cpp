#include "storage/TicketListRepository.h"

#include "common/TimeUnits.h"
#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/postgres/PgNewestMatches.h"
#include "storage/RowsById.h"
#include "storage/SharedNames.h"
#include "storage/TicketRepository.h"

#include <algorithm>
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>

namespace fd {

namespace {

using Queue = TicketListQuery::Queue;
using Column = TicketListQuery::Column;

// A ticket's columns, then the names shown beside it (TicketListRepository::read).
std::string rowSelect(const Dialect& dialect)
{
    return std::string("SELECT ") + std::string(TicketRepository::kColumns) + ", c.name, a.name, " +
           nameSharedColumn(dialect, "c") +
           " FROM ticket t JOIN customer c ON c.id = t.customer_id LEFT JOIN agent a ON a.id = "
           "t.assignee_id";
}

// A statement's parameters, numbered in the order they are added and without gaps (a gap,
// such as ?1 and ?3 without ?2, is refused by PostgreSQL: Dialect::typed), each with the
// call that binds its value; from ?1, or from ?first when the statement has parameters of its
// own before them.
class Params {
public:
    explicit Params(int first = 1) : m_first(first) {}
    // The new parameter's number.
    int add(std::function<void(Statement&, int)> bind)
    {
        m_binds.push_back(std::move(bind));
        return m_first - 1 + static_cast<int>(m_binds.size());
    }
    // "?n" for the new parameter.
    std::string name(std::function<void(Statement&, int)> bind)
    {
        return '?' + std::to_string(add(std::move(bind)));
    }
    bool empty() const { return m_binds.empty(); }
    void bindAll(Statement& q) const
    {
        for (std::size_t i = 0; i < m_binds.size(); ++i)
            m_binds[i](q, m_first + static_cast<int>(i));
    }

private:
    int m_first;
    std::vector<std::function<void(Statement&, int)>> m_binds;
};

// `agent` is the parameter that holds the agent's id, for the queue MyOpen. The open test is the
// dialect's, as the open tickets' partial indexes say it (Dialect::openTicket).
std::string queueCondition(const Dialect& dialect, Queue queue,
                           const std::function<std::string()>& agent)
{
    std::string open = dialect.openTicket("t.status");
    switch (queue) {
    case Queue::MyOpen:
        return open + " AND t.assignee_id = " + agent();
    case Queue::Unassigned:
        return open + " AND t.assignee_id IS NULL";
    case Queue::AllOpen:
        return open;
    case Queue::SlaBreached:
        return open + " AND (t.first_response_breached_at IS NOT NULL OR "
                      "t.resolution_breached_at IS NOT NULL)";
    case Queue::All:
        return "1 = 1";
    }
    return "1 = 1";
}

std::string sortKey(const Dialect& d, Column column)
{
    switch (column) {
    case Column::Id:
        return "+t.id"; // "+": sort the matches, rather than walk the whole table in id order
    case Column::Subject:
        return d.nocase("t.subject");
    case Column::Customer: // by name in sortByCustomerName
        return "t.customer_id";
    case Column::Status: // the ticket's life, not the alphabet
        return "CASE t.status WHEN 'new' THEN 0 WHEN 'open' THEN 1 WHEN 'pending' THEN 2 "
               "WHEN 'on_hold' THEN 3 WHEN 'solved' THEN 4 ELSE 5 END";
    case Column::Priority:
        return "CASE t.priority WHEN 'low' THEN 0 WHEN 'normal' THEN 1 WHEN 'high' THEN 2 "
               "ELSE 3 END";
    case Column::Assignee:
        return d.nocase("a.name");
    case Column::Created:
    case Column::Urgency: // by urgencyOrder, which needs the targets
        return "t.created_at";
    }
    return "t.created_at";
}

// CASE t.priority … END: the seconds of one SLA target for the ticket's priority. The targets
// are the team's settings, so they are bound parameters (issue 19, Security: no run-time value
// in SQL text), each added to `params` once and named as often as the order uses it.
std::string targetSecs(const Dialect& d, Params& params, const SlaTargets& targets,
                       bool firstResponse)
{
    std::string sql = "CASE t.priority";
    for (const auto& [name, p] :
         {std::pair{"low", Priority::Low}, std::pair{"normal", Priority::Normal},
          std::pair{"high", Priority::High}, std::pair{"urgent", Priority::Urgent}}) {
        const qint64 secs =
            firstResponse ? targets.firstResponseSecs(p) : targets.resolutionSecs(p);
        sql += std::string(" WHEN '") + name + "' THEN " +
               d.typed(params.name([secs](Statement& q, int n) { q.bind(n, secs); }), "bigint");
    }
    return sql + " ELSE 0 END";
}

// The urgency order (TicketListQuery::Column::Urgency) as ORDER BY terms: the earliest
// moment one of the ticket's SLA clocks passed or passes its target (the arithmetic of
// Sla::evaluate, a recorded breach winning), "never" for a ticket with no clock running.
std::string urgencyOrder(const Dialect& d, Params& params, const SlaTargets& targets,
                         bool descending)
{
    const std::string never = "9223372036854775807";
    const std::string res = targetSecs(d, params, targets, false);
    const std::string resolutionAt = "t.created_at + (" + res + ") + t.sla_paused_secs";
    // A solved or closed ticket has no clock running: its breaches are history.
    // The earliest of four moments, none of them NULL (Dialect::least).
    const std::string breaches = d.least("coalesce(t.first_response_breached_at, " + never + ")",
                                         "coalesce(t.resolution_breached_at, " + never + ")");
    const std::string firstResponseDue =
        "CASE WHEN t.first_response_at IS NULL THEN t.created_at + (" +
        targetSecs(d, params, targets, true) + ") ELSE " + never + " END";
    const std::string resolutionDue =
        "CASE WHEN t.sla_paused_since IS NULL THEN " + resolutionAt +
        " WHEN t.sla_paused_since - t.created_at - t.sla_paused_secs > (" + res + ") THEN " +
        resolutionAt + " ELSE " + never + " END";
    const std::string key = "CASE WHEN t.solved_at IS NOT NULL THEN " + never + " ELSE " +
                            d.least(d.least(breaches, firstResponseDue), resolutionDue) + " END";
    const char* up = descending ? " DESC" : " ASC";
    const char* down = descending ? " ASC" : " DESC";
    // Among the paused: the least resolution time left first ("paused, 2 d 16 h left"); the
    // solved and closed after every open ticket.
    const std::string left =
        "CASE WHEN t.solved_at IS NOT NULL THEN " + never +
        " WHEN t.sla_paused_since IS NOT NULL THEN (" + res +
        ") - (t.sla_paused_since - t.created_at - t.sla_paused_secs) ELSE 0 END";
    return key + up + ", " + left + up +
           ", CASE t.priority WHEN 'urgent' THEN 3 WHEN 'high' THEN 2 WHEN 'normal' THEN 1 ELSE 0 "
           "END" +
           down + ", t.created_at" + up + ", t.id" + up;
}

// "#123" or "123": a ticket number.
std::optional<qint64> ticketNumber(const QString& text)
{
    QString digits = text.trimmed();
    if (digits.startsWith(QLatin1Char('#')))
        digits.remove(0, 1);
    bool ok = false;
    const qint64 id = digits.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

// ids()' conditions past the queue's: the customer, a list of ids, the ticket number or the
// search words (in the statement on a server; on SQLite as the matches' ids, when few). The
// bound values are read when the statement runs: every argument outlives it.
std::string filters(const Dialect& dialect, Params& params, const TicketListQuery& query,
                    const std::optional<qint64>& number, const QString& match,
                    bool wordsInStatement, bool intersect, const std::vector<qint64>& matches)
{
    std::string sql;
    if (query.customerId)
        sql += " AND t.customer_id = " +
               params.name([&](Statement& q, int n) { q.bind(n, *query.customerId); });
    if (query.only) { // one value, any length
        const std::string ids = dialect.idListValue(*query.only);
        sql += " AND t.id IN " + dialect.idList(params.add([ids](Statement& q, int n) {
            q.bind(n, std::string_view(ids));
        }));
    }
    if (number) {
        sql += " AND t.id = " + params.name([&](Statement& q, int n) { q.bind(n, *number); });
    } else if (!match.isEmpty() && query.queue != Queue::All && wordsInStatement) {
        sql += " AND " + dialect.searchCondition(
                             "t", params.add([&](Statement& q, int n) { q.bind(n, match); }));
    } else if (!match.isEmpty() && !intersect && query.queue != Queue::All) {
        const std::string ids = dialect.idListValue(matches);
        sql += " AND t.id IN " + dialect.idList(params.add([ids](Statement& q, int n) {
            q.bind(n, std::string_view(ids));
        }));
    }
    return sql;
}

// ids()' ORDER BY, unless the tickets are sorted by customer name here (byCustomer).
std::string order(const Dialect& dialect, Params& params, const TicketListQuery& query,
                  const std::optional<SlaTargets>& targets, bool namesHere, bool byCustomer)
{
    std::string sql;
    const char* direction = query.descending ? " DESC" : " ASC";
    if (query.sortColumn == Column::Urgency) {
        sql += " ORDER BY " + urgencyOrder(dialect, params, *targets, query.descending);
    } else if (namesHere) { // sortByCustomerName's order: the customer's place by name, then the
                            // ticket
        sql += " ORDER BY " + dialect.nocase("c.name") + direction + ", c.id" + direction +
               ", t.id" + direction;
    } else if (!byCustomer) {
        // Only an assignee may be missing (NULL sorts lowest, as on SQLite).
        const std::string nulls = query.sortColumn == Column::Assignee
                                      ? dialect.nullsLowest(query.descending)
                                      : std::string();
        sql += " ORDER BY " + sortKey(dialect, query.sortColumn) + direction + nulls + ", t.id" +
               direction;
    }
    return sql;
}

// The names a sort needs beside the tickets "t": the agents to sort by assignee, the customers to
// sort by name.
std::string joins(const TicketListQuery& query, bool namesHere)
{
    if (query.sortColumn == Column::Assignee)
        return " LEFT JOIN agent a ON a.id = t.assignee_id";
    return namesHere ? " JOIN customer c ON c.id = t.customer_id" : std::string();
}

// ids()' tables, after "SELECT … FROM ": the tickets, or over every ticket the newest
// matches of the search; the agents to sort by assignee, the customers to sort by name.
// `newest`: on a server, the newest matches' ids, found apart (pg::newestMatches), as
// idListValue() writes them.
std::string tables(const Dialect& dialect, Params& params, const TicketListQuery& query,
                   const std::optional<qint64>& number, const QString& match, bool intersect,
                   bool namesHere, const std::string* newest)
{
    std::string sql;
    // Over every ticket the newest matches stand in for the table, sorted by their own columns
    // ("t.id IN (…)" had the planner walk all of ticket_created; SQLite flattens this).
    if (newest) {
        sql += "(SELECT * FROM ticket WHERE id IN " +
               dialect.idList(params.add(
                   [newest](Statement& q, int n) { q.bind(n, std::string_view(*newest)); })) +
               ") t";
    } else if (!number && !match.isEmpty() && !intersect && query.queue == Queue::All) {
        const int text = params.add([&](Statement& q, int n) { q.bind(n, match); });
        const int limit = params.add(
            [](Statement& q, int n) { q.bind(n, qint64(TicketListRepository::kSearchLimit)); });
        sql += "(SELECT * FROM ticket WHERE id IN (" + dialect.searchIds(text, limit) + ")) t";
    } else {
        sql += "ticket t";
    }
    // Without statistics the planner walks the whole creation-time index to avoid a
    // sort; the open tickets' own index is a hundredth of it, and holds the assignee
    // the "my open" and "unassigned" queues filter on.
    // The urgency order sorts on an expression no index holds: the planner takes the open
    // tickets' index that covers the most of it (the SLA clocks' when the queue needs no
    // assignee).
    if (query.queue != Queue::All && query.sortColumn != Column::Urgency)
        sql += dialect.indexed("ticket_open_created");
    return sql + joins(query, namesHere);
}

// The columns of ticket_words beside id and created_at that order() reads to sort by `column`,
// as pg::NewestMatchesOrder::columns.
std::string wordsColumns(Column column)
{
    switch (column) {
    case Column::Subject:
        return ", subject";
    case Column::Customer:
        return ", customer_id";
    case Column::Status:
        return ", status";
    case Column::Priority:
        return ", priority";
    case Column::Assignee:
        return ", assignee_id";
    case Column::Urgency:
        return ", priority, first_response_at, solved_at, sla_paused_secs, sla_paused_since, "
               "first_response_breached_at, resolution_breached_at";
    case Column::Id:
    case Column::Created:
        break;
    }
    return {};
}

// On a server, over every ticket: the newest matches of `match` (PgNewestMatches.h). Kept to no
// customer or list, they are the list: in creation order sorted here, in any other sorted by
// the server as they are found (from ticket_words' own columns, 028_search_sort.sql and
// 029_search_urgency.sql; by customer, joined to customer_names), and `ids` gets them, and true;
// as when there are none. Else `list` gets them as idListValue() writes them, for tables().
// `targets`: the urgency order's.
bool newestOnServer(Database& db, const QString& match, const TicketListQuery& query,
                    const std::optional<SlaTargets>& targets, std::vector<qint64>& ids,
                    std::string& list)
{
    const bool everyTicket = !query.customerId && !query.only;
    const bool inCreationOrder = query.sortColumn == Column::Created && everyTicket;
    Params params(pg::NewestMatchesOrder::kFirstParameter); // the order's, bound by `sorted`
    std::optional<pg::NewestMatchesOrder> sorted;
    if (everyTicket && !inCreationOrder) {
        const bool namesHere = query.sortColumn == Column::Customer;
        // The customers' names from their narrow copy: the windows join them with index scans
        // off, a hash join over every customer (029_search_urgency.sql). Its hash table holds the
        // 10,000 matches: "c.id + 0" has no statistics, so the planner costs a hash table of the
        // 100,000 customers as if a tenth of them shared a bucket. On c.id it chose either by the
        // sample of ticket_words.customer_id's statistics; hashing the customers took 20 ms on L.
        // LEFT: a customer whose copy went missing (`check` names it) keeps its tickets in the
        // list, last, rather than the search losing them.
        const std::string names = namesHere
                                      ? " LEFT JOIN customer_names c ON c.id + 0 = t.customer_id"
                                      : joins(query, false);
        sorted = pg::NewestMatchesOrder{
            wordsColumns(query.sortColumn),
            names + order(db.dialect(), params, query, targets, namesHere, false),
            [&params](Statement& q) { params.bindAll(q); }};
    }
    auto found = pg::newestMatches(db, match, TicketListRepository::kSearchLimit, {},
                                   sorted ? &*sorted : nullptr)
                     .rows;
    if (inCreationOrder) // by (created_at, id), as order() sorts them
        std::sort(found.begin(), found.end(), [&](const auto& a, const auto& b) {
            return query.descending ? std::pair(b.second, b.first) < std::pair(a.second, a.first)
                                    : std::pair(a.second, a.first) < std::pair(b.second, b.first);
        });
    std::vector<qint64> matched(found.size());
    std::transform(found.begin(), found.end(), matched.begin(),
                   [](const auto& e) { return e.first; });
    if (inCreationOrder || sorted || matched.empty()) {
        ids = std::move(matched);
        return true;
    }
    list = db.dialect().idListValue(matched);
    return false;
}

// The ids of the tickets the search `match` finds (FTS5's MATCH on SQLite), sorted.
std::vector<qint64> searchMatches(Database& db, const QString& match)
{
    std::vector<qint64> matches;
    auto fts = db.query(db.dialect().searchIds(1, 0));
    fts->bind(1, match);
    while (fts->step())
        matches.push_back(fts->int64(0));
    std::sort(matches.begin(), matches.end());
    return matches;
}

} // namespace

bool TicketListRepository::sortable(const TicketListQuery& query, Column column)
{
    return query.bounded() || column == Column::Created;
}

Result<std::vector<qint64>> TicketListRepository::ids(const TicketListQuery& query)
{
    std::optional<SlaTargets> targets; // the urgency order's
    if (query.sortColumn == Column::Urgency) {
        auto read = TicketRepository(m_db).slaTargets();
        if (!read)
            return failure(read.error());
        targets = *read;
    }
    return m_db.guard([&] {
        const Dialect& dialect = m_db.dialect();
        std::vector<qint64> result;
        const QString search = query.search.trimmed();
        const auto number = ticketNumber(search);
        const QStringList words = number ? QStringList() : searchWords(search);
        // SQLite spells prefixes out from FTS5's vocabulary (expandedMatch); a server's
        // search index answers the prefix query itself (Dialect::searchExpression).
        QString match;
        if (!words.isEmpty())
            match = m_db.backend() == Database::Backend::Sqlite ? expandedMatch(search)
                                                                : dialect.searchExpression(words);
        if (!search.isEmpty() && !number && match.isEmpty())
            return result; // only punctuation, or a word no ticket has: nothing can match

        // Words over a queue, on SQLite: the matches are read once (a prefix MATCH costs 25-35
        // ms on L). Many: the queue read in order, kept where it matches, rather than SQLite
        // probing a huge IN list; few: the queue's rows looked up by those ids. On a server the
        // words are a condition of the queue's own statement (Dialect::searchCondition): every
        // match read first was up to 155,744 ids for a queue of 15,000 (0.8-1.2 s on L).
        const bool wordsInStatement = m_db.backend() != Database::Backend::Sqlite;
        std::vector<qint64> matches;
        bool intersect = false;
        if (!match.isEmpty() && query.queue != Queue::All && !wordsInStatement) {
            matches = searchMatches(m_db, match);
            if (matches.empty())
                return result;
            intersect = matches.size() > 2000;
        }

        // By customer name: joining 27,000 customers and sorting took 55 ms; instead the tickets
        // come with their customer id, sorted by each customer's place in the name index, read
        // once (an index-only walk). A server joins and sorts them itself (a merge join of two
        // index-only walks, 014_search_order.sql and customer_id_name).
        const bool namesHere =
            query.sortColumn == Column::Customer && m_db.backend() != Database::Backend::Sqlite;
        const bool byCustomer = query.sortColumn == Column::Customer && !namesHere;

        std::string newest; // on a server, over every ticket, found first (newestOnServer)
        if (wordsInStatement && !number && !match.isEmpty() && query.queue == Queue::All &&
            newestOnServer(m_db, match, query, targets, result, newest))
            return result;

        std::string sql = byCustomer ? "SELECT t.id, t.customer_id FROM " : "SELECT t.id FROM ";
        Params params;
        sql += tables(dialect, params, query, number, match, intersect, namesHere,
                      newest.empty() ? nullptr : &newest);
        sql += " WHERE " + queueCondition(dialect, query.queue, [&] {
                   return params.name(
                       [id = query.agentId.value_or(0)](Statement& q, int n) { q.bind(n, id); });
               });
        sql += filters(dialect, params, query, number, match, wordsInStatement, intersect, matches);
        sql += order(dialect, params, query, targets, namesHere, byCustomer);

        auto q = m_db.query(sql);
        params.bindAll(*q);
        std::vector<std::pair<qint64, qint64>> withCustomer; // (ticket, customer)
        while (q->step()) {
            const qint64 id = q->int64(0);
            if (intersect && !std::binary_search(matches.begin(), matches.end(), id))
                continue;
            if (byCustomer)
                withCustomer.emplace_back(id, q->int64(1));
            else
                result.push_back(id);
        }
        if (byCustomer)
            result = sortByCustomerName(withCustomer, query.descending);
        return result;
    });
}

std::vector<qint64>
TicketListRepository::sortByCustomerName(const std::vector<std::pair<qint64, qint64>>& tickets,
                                         bool descending)
{
    std::unordered_map<qint64, qint64> place;
    place.reserve(tickets.size());
    for (const auto& [ticket, customer] : tickets)
        place.emplace(customer, 0);
    {
        const Dialect& dialect = m_db.dialect();
        auto q = m_db.query("SELECT id FROM customer" + dialect.indexed("customer_name") +
                            " ORDER BY " + dialect.nocase("name") + ", id");
        qint64 rank = 0;
        while (q->step()) {
            if (auto it = place.find(q->int64(0)); it != place.end())
                it->second = rank;
            ++rank;
        }
    }
    // (customer's place, ticket): the places looked up once, not in every comparison.
    std::vector<std::pair<qint64, qint64>> keys;
    keys.reserve(tickets.size());
    for (const auto& [ticket, customer] : tickets)
        keys.emplace_back(place[customer], ticket);
    if (descending)
        std::sort(keys.begin(), keys.end(), std::greater<>());
    else
        std::sort(keys.begin(), keys.end());
    std::vector<qint64> result;
    result.reserve(keys.size());
    for (const auto& entry : keys)
        result.push_back(entry.second);
    return result;
}

TicketRow TicketListRepository::read(Statement& q)
{
    TicketRow r;
    r.ticket = TicketRepository::read(q);
    r.customer = q.text(TicketRepository::kColumnCount);
    r.assignee = q.text(TicketRepository::kColumnCount + 1);
    r.customerNameShared = q.int64(TicketRepository::kColumnCount + 2) != 0;
    return r;
}

Result<std::vector<TicketRow>> TicketListRepository::rows(std::span<const qint64> ids)
{
    return m_db.guard([&] {
        return rowsById<TicketRow>(m_db, rowSelect(m_db.dialect()), "t.id", ids,
                                   &TicketListRepository::read,
                                   [](const TicketRow& r) { return r.ticket.id; });
    });
}

Result<qint64> TicketListRepository::count(const TicketListQuery& query)
{
    if (query.bounded()) {
        auto all = ids(query);
        if (!all)
            return failure(all.error());
        return static_cast<qint64>(all->size());
    }
    // A server sums the tickets of each day (011_ticket_day.sql: 730 rows on data set L,
    // against count(*)'s walk of a million index entries).
    if (m_db.backend() == Database::Backend::Postgres)
        return m_db.guard([&] {
            return m_db.scalar("SELECT coalesce(sum(tickets), 0)::bigint FROM ticket_day");
        });
    return m_db.guard([&] { return m_db.scalar("SELECT count(*) FROM ticket"); });
}

std::string TicketListRepository::windowByDays(bool descending)
{
    // d: each day's running sum in the window's order; b: the first day whose sum passes the
    // offset ?2, and how many tickets come before it. The walk starts at that day's edge in
    // ticket_created and skips only the rest of the offset: at most one day's tickets (2,124
    // on data set L) instead of the offset's (500,000 in the middle). An offset at or past the
    // total finds no day: the edge is NULL, and no row is read. One statement, one snapshot:
    // the rows are those OFFSET gives, also while others write. ?3: a day's seconds (kDay;
    // ticket_day's day is created_at / kDay, 011_ticket_day.sql).
    const char* dir = descending ? " DESC" : "";
    return std::string("WITH d AS (SELECT day, tickets, sum(tickets) OVER (ORDER BY day") + dir +
           ") AS upto FROM ticket_day), b AS (SELECT day, upto - tickets AS before FROM d WHERE "
           "upto > ?2 "
           "ORDER BY day" +
           dir + " LIMIT 1) SELECT id FROM ticket WHERE created_at " +
           (descending ? "< (SELECT (day + 1) * ?3 FROM b)" : ">= (SELECT day * ?3 FROM b)") +
           " ORDER BY created_at" + dir + ", id" + dir +
           " LIMIT ?1 OFFSET (SELECT (?2 - before)::bigint FROM b)";
}

Result<std::vector<TicketRow>>
TicketListRepository::window(const TicketListQuery& query, qint64 offset, int limit,
                             std::optional<std::pair<QDateTime, qint64>> after,
                             std::optional<qint64> total)
{
    // On a server, without a seek key: the tickets of each day find the day that holds the
    // window (windowByDays), whatever the offset.
    const bool byDays = !after && m_db.backend() == Database::Backend::Postgres;
    // Past the middle, the window is read from the other end (the reverse order, at the
    // offset counted from there) and turned round: OFFSET walks that many index entries,
    // so the end of a million tickets is as quick as the start.
    if (!after && total && (offset >= *total || limit <= 0))
        return std::vector<TicketRow>{};
    bool fromEnd = false;
    if (!byDays && !after && total && offset > *total / 2) {
        const qint64 end = std::min(*total, offset + limit); // one past the window's last row
        limit = static_cast<int>(end - offset);
        offset = *total - end;
        fromEnd = true;
    }
    return m_db.guard([&] {
        const bool desc = query.descending != fromEnd;
        const char* order =
            desc ? " ORDER BY created_at DESC, id DESC" : " ORDER BY created_at, id";
        // The window is found on the index alone; only its rows are joined.
        // ?1 the limit, then ?2 and ?3 the last row seen, or ?2 the offset (no gaps: Params).
        std::string keys = byDays ? windowByDays(desc) : "SELECT id FROM ticket";
        if (after)
            keys +=
                desc ? " WHERE (created_at, id) < (?2, ?3)" : " WHERE (created_at, id) > (?2, ?3)";
        if (!byDays) {
            keys += order;
            keys += after ? " LIMIT ?1" : " LIMIT ?1 OFFSET ?2";
        }
        std::string sql =
            rowSelect(m_db.dialect()) + " WHERE t.id IN (" + keys + ")" +
            (desc ? " ORDER BY t.created_at DESC, t.id DESC" : " ORDER BY t.created_at, t.id");
        auto q = m_db.query(sql);
        q->bind(1, qint64(limit));
        if (after) {
            q->bind(2, after->first);
            q->bind(3, after->second);
        } else {
            q->bind(2, offset);
            if (byDays)
                q->bind(3, kDay);
        }
        std::vector<TicketRow> result;
        result.reserve(static_cast<std::size_t>(limit));
        while (q->step())
            result.push_back(read(*q));
        if (fromEnd)
            std::reverse(result.begin(), result.end());
        return result;
    });
}

} // namespace fd
