#include "storage/StageFactsRepository.h"

#include "domain/StoredEvents.h"
#include "storage/CustomerIndex.h"
#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/postgres/PgStageFacts.h"
#include "storage/StageTransitionRepository.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <thread>
#include <unordered_map>

namespace fd {

namespace {

// The steps of a recompute's read (shown with funneldesk.stages.debug=true, as StageEngine's).
Q_LOGGING_CATEGORY(lcFacts, "funneldesk.stages", QtWarningMsg)

CustomerFacts readCustomer(const Statement& q)
{
    CustomerFacts f;
    f.customerId = q.int64(0);
    f.since = q.date(1);
    f.stage = enumFromUtf8<Stage>(q.utf8(2)).value_or(Stage::Onboarding);
    f.pinned = q.int64(3) != 0;
    f.churned = q.utf8(4) == "churned";
    return f;
}

// Reads the shared columns of a ticket row (customer_id, created_at, solved_at, priority,
// csat) into its customer's facts.
void addTicket(const Statement& q, CustomerFacts& f, const FactWindows& w)
{
    const qint64 created = q.utcSecs(1);
    const bool open = q.isNull(2) || q.utcSecs(2) > w.asOf;
    const auto priority = q.utf8(3);
    if (created > w.settledFrom)
        ++f.settledTickets;
    if (created > w.regressFrom)
        ++f.regressTickets;
    if (open && (priority == "high" || priority == "urgent"))
        ++f.openHighOrUrgent;
    if (open && priority == "urgent")
        ++f.openUrgent;
    if (!q.isNull(4)) {
        ++f.csatCount;
        f.csatSum += q.int64(4);
    }
}

void addTouchpoint(const Statement& q, CustomerFacts& f, const FactWindows& w)
{
    const qint64 at = q.utcSecs(1);
    ++f.touchpoints;
    const auto kind = enumFromUtf8<TouchpointKind>(q.utf8(2));
    if (!kind)
        return;
    if (at > w.settledFrom && isLive(*kind))
        ++f.settledLiveTouchpoints;
    if (isAdvocacy(*kind) && at >= f.lastAdvocacyAt) {
        f.lastAdvocacyAt = at;
        f.lastAdvocacyKind = *kind;
    }
    if (*kind == TouchpointKind::Survey && !q.isNull(3)) {
        const qint64 score = q.int64(3);
        if (score >= 0 && score <= 10) {
            qint64& last = f.lastSurveyAt[static_cast<std::size_t>(score)];
            last = std::max(last, at);
        }
    }
}

// Both scans read covering indexes, not the tables: a ticket's or touchpoint's row holds
// its texts too, so the tables are three to four times the pages these indexes are, and a
// cold recompute reads every page it scans from disk (issue 15).
// (The hints are SQLite's; Dialect::indexed.)
std::string ticketScan(const Dialect& d)
{
    return "SELECT customer_id, created_at, solved_at, priority, csat FROM ticket" +
           d.indexed("ticket_customer") + " WHERE created_at <= ?";
}

std::string touchpointScan(const Dialect& d)
{
    return "SELECT customer_id, occurred_at, kind, score FROM touchpoint" +
           d.indexed("touchpoint_customer") +
           " WHERE customer_id BETWEEN ?2 AND ?3 AND occurred_at <= ?1";
}

void scanTickets(Database& db, const FactsIndex& index, const FactWindows& w)
{
    auto q = db.query(ticketScan(db.dialect()));
    q->bind(1, w.asOf);
    while (q->step()) {
        if (CustomerFacts* f = index.find(q->int64(0)))
            addTicket(*q, *f, w);
    }
}

// The touchpoints of the customers firstCustomer..lastCustomer (ids).
void scanTouchpoints(Database& db, const FactsIndex& index, const FactWindows& w,
                     qint64 firstCustomer, qint64 lastCustomer)
{
    auto q = db.query(touchpointScan(db.dialect()));
    q->bind(1, w.asOf);
    q->bind(2, firstCustomer);
    q->bind(3, lastCustomer);
    while (q->step()) {
        if (CustomerFacts* f = index.find(q->int64(0)))
            addTouchpoint(*q, *f, w);
    }
}

// Folds facts counted from another share of the rows into `into`. A customer's touchpoints
// are all in one share: with `touchpointsThere`, in `from`'s, whose latest advocacy and surveys
// are then taken as they are (a comparison could not tell an advocacy touchpoint at 0, 1970,
// from none).
void merge(CustomerFacts& into, const CustomerFacts& from, bool touchpointsThere)
{
    into.touchpoints += from.touchpoints;
    into.settledTickets += from.settledTickets;
    into.settledLiveTouchpoints += from.settledLiveTouchpoints;
    into.regressTickets += from.regressTickets;
    into.openHighOrUrgent += from.openHighOrUrgent;
    into.openUrgent += from.openUrgent;
    into.csatCount += from.csatCount;
    into.csatSum += from.csatSum;
    if (touchpointsThere) {
        into.lastAdvocacyAt = from.lastAdvocacyAt;
        into.lastAdvocacyKind = from.lastAdvocacyKind;
        into.lastSurveyAt = from.lastSurveyAt;
    }
}

// Each customer's stage at the as-of moment, from its history.
void applyHistory(Database& db, const FactsIndex& index, std::vector<CustomerFacts>& facts,
                  const FactWindows& w)
{
    for (CustomerFacts& f : facts)
        f.inFunnel = false;
    auto q = db.query("SELECT customer_id, to_stage FROM stage_transition WHERE at <= ? "
                      "ORDER BY customer_id, at, id");
    q->bind(1, w.asOf);
    while (q->step()) {
        if (CustomerFacts* f = index.find(q->int64(0))) {
            f->stage = enumFromUtf8<Stage>(q->utf8(1)).value_or(f->stage);
            f->inFunnel = true;
        }
    }
}

// Every customer, in id order on every backend (SQLite reads its table in that order anyway).
std::vector<CustomerFacts> readCustomers(Database& db)
{
    std::vector<CustomerFacts> facts;
    auto q = db.query("SELECT id, since, stage, stage_pinned, status FROM customer ORDER BY id");
    while (q->step())
        facts.push_back(readCustomer(*q));
    return facts;
}

// On a server, the tenths of the customers (by id) whose touchpoints this session counts, after
// reading the customers, while the reader counts the tickets and the other touchpoints: both end
// together on data set L (5, 6 and 7 measured: docs/PERFORMANCE.md, Step 10, fourth round).
constexpr qint64 kServerShare = 6;

// all() on a server: the server counts (PgStageFacts). A reader session counts the tickets and
// the last share of the touchpoints from the start, into facts of their own, while this session
// reads the customers and counts the first share; one session alone with `oneConnection`.
std::vector<CustomerFacts> countedOnServer(Database& db, bool oneConnection, const FactWindows& w)
{
    QElapsedTimer timer;
    timer.start();
    qint64 first = 0;
    qint64 last = -1;
    {
        auto q = db.query("SELECT min(id), max(id) FROM customer");
        if (q->step() && !q->isNull(0)) {
            first = q->int64(0);
            last = q->int64(1);
        }
    }
    Database::Options readOnly;
    readOnly.access = Database::Access::ReadOnly;
    auto reader = !oneConnection ? Database::open(db.location(), readOnly)
                                 : Result<std::unique_ptr<Database>>(failure(QString()));
    const qint64 split = reader ? first + (last - first) * kServerShare / 10 : last;
    std::unordered_map<qint64, CustomerFacts> counted;
    std::exception_ptr error;
    std::thread helper;
    if (reader) {
        helper = std::thread([&] {
            try {
                const auto find = [&](qint64 id) { return &counted[id]; };
                PgStageFacts::addTickets(**reader, w, first, last, find);
                PgStageFacts::addTouchpoints(**reader, w, split + 1, last, find);
                qCDebug(lcFacts, "facts: the reader's share counted: %lld ms", timer.elapsed());
            } catch (...) {
                error = std::current_exception();
            }
        });
    }
    std::vector<CustomerFacts> facts;
    try {
        facts = readCustomers(db);
        const FactsIndex index(facts);
        if (w.historical)
            applyHistory(db, index, facts, w);
        qCDebug(lcFacts, "facts: %zu customers read: %lld ms", facts.size(), timer.elapsed());
        const auto find = [&](qint64 id) { return index.find(id); };
        if (!reader)
            PgStageFacts::addTickets(db, w, first, last, find);
        PgStageFacts::addTouchpoints(db, w, first, split, find);
        qCDebug(lcFacts, "facts: this session's share counted: %lld ms", timer.elapsed());
    } catch (...) {
        if (helper.joinable())
            helper.join();
        throw;
    }
    if (!reader)
        return facts;
    helper.join();
    if (error)
        std::rethrow_exception(error);
    for (CustomerFacts& f : facts) {
        if (auto it = counted.find(f.customerId); it != counted.end())
            merge(f, it->second, f.customerId > split);
    }
    return facts;
}

// A stable sort without the buffer std::stable_sort allocates: insertion sort for the
// few, nearly sorted rows of one customer.
template <typename T, typename Less> void sortStably(std::vector<T>& rows, Less less)
{
    if (rows.size() > 64) {
        std::stable_sort(rows.begin(), rows.end(), less);
        return;
    }
    for (std::size_t i = 1; i < rows.size(); ++i) {
        std::size_t j = i;
        const T row = rows[i];
        for (; j > 0 && less(row, rows[j - 1]); --j)
            rows[j] = rows[j - 1];
        rows[j] = row;
    }
}

// The tickets of the customers first..last (ids) created at or before `until` (UTC seconds),
// onto their histories in `index`, in storage order.
void addTicketEvents(Database& db, const HistoryIndex& index, qint64 first, qint64 last,
                     qint64 until)
{
    auto q = db.query("SELECT customer_id, created_at, solved_at, priority, csat FROM ticket "
                      "WHERE customer_id BETWEEN ?1 AND ?2 AND created_at <= ?3");
    q->bind(1, first);
    q->bind(2, last);
    q->bind(3, until);
    while (q->step()) {
        CustomerHistory* h = index.find(q->int64(0));
        if (!h)
            continue;
        TicketEvent t;
        t.createdAt = q->utcSecs(1);
        if (!q->isNull(2))
            t.solvedAt = q->utcSecs(2);
        t.priority = enumFromUtf8<Priority>(q->utf8(3)).value_or(Priority::Normal);
        if (!q->isNull(4))
            t.csat = q->int32(4);
        h->tickets.push_back(t);
    }
}

// The touchpoints of the customers first..last (ids) that happened at or before `until` (UTC
// seconds), onto their histories in `index`, in storage order.
void addTouchpointEvents(Database& db, const HistoryIndex& index, qint64 first, qint64 last,
                         qint64 until)
{
    auto q = db.query("SELECT customer_id, occurred_at, kind, score FROM touchpoint "
                      "WHERE customer_id BETWEEN ?1 AND ?2 AND occurred_at <= ?3");
    q->bind(1, first);
    q->bind(2, last);
    q->bind(3, until);
    while (q->step()) {
        CustomerHistory* h = index.find(q->int64(0));
        if (!h)
            continue;
        TouchpointEvent p;
        p.at = q->utcSecs(1);
        p.kind = enumFromUtf8<TouchpointKind>(q->utf8(2));
        if (!q->isNull(3))
            p.score = q->int32(3);
        h->touchpoints.push_back(p);
    }
}

// addTicketEvents() and addTouchpointEvents() from the events a bulk writer kept as it stored
// them: the same events in the same (storage) order.
void addStoredEvents(const StoredEvents& stored, const HistoryIndex& index, qint64 until)
{
    for (const auto& [customerId, ticket] : stored.tickets()) {
        if (ticket.createdAt > until)
            continue;
        if (CustomerHistory* h = index.find(customerId))
            h->tickets.push_back(ticket);
    }
    for (const auto& [customerId, touchpoint] : stored.touchpoints()) {
        if (touchpoint.at > until)
            continue;
        if (CustomerHistory* h = index.find(customerId))
            h->touchpoints.push_back(touchpoint);
    }
}

} // namespace

Result<std::vector<CustomerFacts>> StageFactsRepository::all(const FactWindows& windows)
{
    return m_db.guard([&] {
        if (m_db.backend() == Database::Backend::Postgres)
            return countedOnServer(m_db, m_oneConnection, windows);
        std::vector<CustomerFacts> facts = readCustomers(m_db);
        const FactsIndex index(facts);
        if (windows.historical)
            applyHistory(m_db, index, facts, windows);

        // The customers' ids, read above: the touchpoints are shared out by customer.
        qint64 firstCustomer = 0;
        qint64 lastCustomer = -1;
        if (!facts.empty()) {
            const auto [lowest, highest] =
                std::minmax_element(facts.begin(), facts.end(), [](const auto& a, const auto& b) {
                    return a.customerId < b.customerId;
                });
            firstCustomer = lowest->customerId;
            lastCustomer = highest->customerId;
        }
        // Two shares of the work, one per core: this connection scans the first part of
        // the touchpoints; a reader connection of its own (WAL lets readers run side by
        // side) scans the tickets and the rest, into a copy that is merged afterwards.
        // A ticket row costs about two touchpoint rows to read, hence the split.
        Database::Options readOnly;
        readOnly.access = Database::Access::ReadOnly;
        // Inside a write transaction a second connection would not see its rows.
        auto reader = !m_oneConnection ? Database::open(m_db.location(), readOnly)
                                       : Result<std::unique_ptr<Database>>(failure(QString()));
        if (!reader) {
            scanTickets(m_db, index, windows);
            scanTouchpoints(m_db, index, windows, firstCustomer, lastCustomer);
            return facts;
        }
        const qint64 split = firstCustomer + (lastCustomer - firstCustomer) * 7 / 10;
        std::vector<CustomerFacts> second = facts;
        const FactsIndex secondIndex(second);
        std::exception_ptr error;
        std::thread helper([&] {
            try {
                scanTickets(**reader, secondIndex, windows);
                scanTouchpoints(**reader, secondIndex, windows, split + 1, lastCustomer);
            } catch (...) {
                error = std::current_exception();
            }
        });
        try {
            scanTouchpoints(m_db, index, windows, firstCustomer, split);
        } catch (...) {
            helper.join();
            throw;
        }
        helper.join();
        if (error)
            std::rethrow_exception(error);
        for (std::size_t i = 0; i < facts.size(); ++i)
            merge(facts[i], second[i], facts[i].customerId > split);
        return facts;
    });
}

Result<std::optional<CustomerFacts>> StageFactsRepository::one(qint64 customerId,
                                                               const FactWindows& windows)
{
    return m_db.guard([&]() -> Result<std::optional<CustomerFacts>> {
        std::vector<CustomerFacts> facts;
        {
            auto q = m_db.query("SELECT id, since, stage, stage_pinned, status FROM customer "
                                "WHERE id = ?");
            q->bind(1, customerId);
            if (!q->step())
                return std::optional<CustomerFacts>();
            facts.push_back(readCustomer(*q));
        }
        CustomerFacts& f = facts.front();
        if (windows.historical) {
            auto stage = StageTransitionRepository(m_db).stageAt(
                customerId, QDateTime::fromSecsSinceEpoch(windows.asOf, Qt::UTC));
            if (!stage)
                return failure(stage.error());
            f.inFunnel = stage->has_value();
            f.stage = stage->value_or(f.stage);
        }
        {
            auto q = m_db.query("SELECT customer_id, created_at, solved_at, priority, csat "
                                "FROM ticket WHERE customer_id = ? AND created_at <= ?");
            q->bind(1, customerId);
            q->bind(2, windows.asOf);
            while (q->step())
                addTicket(*q, f, windows);
        }
        {
            // In the order of the index touchpoint_customer, as all() reads them on SQLite (its
            // plan, without a sort): of two advocacy touchpoints at the same second, the last
            // read is the kind greater in bytes (kind is COLLATE "C" on a server).
            auto q =
                m_db.query("SELECT customer_id, occurred_at, kind, score FROM touchpoint "
                           "WHERE customer_id = ? AND occurred_at <= ? ORDER BY occurred_at, kind");
            q->bind(1, customerId);
            q->bind(2, windows.asOf);
            while (q->step())
                addTouchpoint(*q, f, windows);
        }
        return f;
    });
}

Result<std::vector<CustomerHistory>>
StageFactsRepository::histories(const std::vector<qint64>* only, qint64 until,
                                const StoredEvents* stored)
{
    return m_db.guard([&] {
        std::vector<CustomerHistory> result;
        if (only && only->empty())
            return result;
        const qint64 low = only ? only->front() : std::numeric_limits<qint64>::min();
        const qint64 high = only ? only->back() : std::numeric_limits<qint64>::max();
        {
            auto q = m_db.query("SELECT id, since, stage, stage_pinned, status, stage_entered_at "
                                "FROM customer WHERE id BETWEEN ? AND ? ORDER BY id");
            q->bind(1, low);
            q->bind(2, high);
            while (q->step()) {
                if (only && !std::binary_search(only->begin(), only->end(), q->int64(0)))
                    continue;
                CustomerHistory h;
                h.customer = readCustomer(*q);
                h.stageEnteredAt = q->utcSecs(5);
                result.push_back(std::move(h));
            }
        }
        if (result.empty())
            return result;
        const HistoryIndex index(result);
        const qint64 first = result.front().customer.customerId;
        const qint64 last = result.back().customer.customerId;
        if (stored) {
            addStoredEvents(*stored, index, until);
        } else {
            addTicketEvents(m_db, index, first, last, until);
            addTouchpointEvents(m_db, index, first, last, until);
        }
        // Rows come in storage order; touchpoints at the same moment keep it (the latest
        // advocacy touchpoint of a scan is the last one read).
        for (CustomerHistory& h : result) {
            std::sort(h.tickets.begin(), h.tickets.end(),
                      [](const TicketEvent& a, const TicketEvent& b) {
                          return a.createdAt < b.createdAt;
                      });
            sortStably(h.touchpoints, [](const TouchpointEvent& a, const TouchpointEvent& b) {
                return a.at < b.at;
            });
        }
        return result;
    });
}

} // namespace fd
