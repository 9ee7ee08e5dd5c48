#include "storage/postgres/PgStageFacts.h"

#include "storage/Database.h"

#include <algorithm>
#include <vector>

namespace fd {

namespace {

// `name` (an enum's stable name: lower-case ASCII letters and '_') as an SQL string literal.
std::string literal(std::string_view name)
{
    std::string text;
    text.reserve(name.size() + 2);
    text.append(1, '\'').append(name).append(1, '\'');
    return text;
}

// The kinds for which `is` holds, in the enum's order.
template <typename Predicate> std::vector<TouchpointKind> kindsWhere(Predicate is)
{
    std::vector<TouchpointKind> kinds;
    for (std::size_t i = 0; i < enumCount<TouchpointKind>(); ++i) {
        if (is(static_cast<TouchpointKind>(i)))
            kinds.push_back(static_cast<TouchpointKind>(i));
    }
    return kinds;
}

// The advocacy kinds in the order of their names' bytes. SQLite's scan reads a customer's
// touchpoints through the index touchpoint_customer (customer_id, occurred_at, kind, score),
// kind in its BINARY collation, and keeps the last advocacy touchpoint it reads among the
// latest (addTouchpoint's `at >= lastAdvocacyAt`): of two at the same second, the one whose
// kind's name is greater in bytes ("user_conference" over "testimonial"), whatever their ids.
// Folding the latest time of each kind in this order with the same `>=` picks the same one.
const std::vector<TouchpointKind>& advocacyKindsByName()
{
    static const std::vector<TouchpointKind> kinds = [] {
        auto all = kindsWhere(isAdvocacy);
        std::sort(all.begin(), all.end(),
                  [](TouchpointKind a, TouchpointKind b) { return enumName(a) < enumName(b); });
        return all;
    }();
    return kinds;
}

// Each count runs without the server's parallel workers, and the session gets back the setting
// it had (as a session setting: one SET LOCAL before would outlive its transaction; nothing here
// sets it so). StageFactsRepository already counts in two sessions side by side (its reader's
// share and its own); a parallel plan on top gave each GROUP BY three processes, each compiling
// the same expressions (JIT), merged at the end, and was slower than one process even alone: on
// data set L's touchpoints of 60,000 customers, 1.35 s against 0.62 s on a 2-core host, and the
// whole `stages recompute` on the server 2.97-3.68 s against 1.90-2.62 s in two rounds side by
// side (docs/PERFORMANCE.md, "Run nineteen …", "The stage facts counted without parallel
// workers").
class SerialPlans {
public:
    explicit SerialPlans(Database& db) : m_db(db)
    {
        auto before = m_db.query("SELECT current_setting('max_parallel_workers_per_gather')");
        if (before->step())
            m_before = before->text(0);
        m_db.execute("SET max_parallel_workers_per_gather = 0");
    }
    ~SerialPlans()
    {
        if (m_before.isNull())
            return;
        try {
            auto q = m_db.query("SELECT set_config('max_parallel_workers_per_gather', ?, false)");
            q->bind(1, m_before);
            q->step();
        } catch (...) { // a failed transaction: its rollback undoes the SET as well
        }
    }
    SerialPlans(const SerialPlans&) = delete;
    SerialPlans& operator=(const SerialPlans&) = delete;

private:
    Database& m_db;
    QString m_before;
};

constexpr int kScores = 11; // NPS 0..10 (CustomerFacts::lastSurveyAt)

// Parameters: ?1 asOf, ?2 settledFrom, ?3 regressFrom, ?4..?5 the customers' ids. The ticket
// is open when not solved by asOf (addTicket); priorities and the csat sum as addTicket reads them.
std::string ticketSql()
{
    const std::string open = "(solved_at IS NULL OR solved_at > ?1)";
    const std::string high = literal(enumName(Priority::High));
    const std::string urgent = literal(enumName(Priority::Urgent));
    return "SELECT customer_id, count(*) FILTER (WHERE created_at > ?2), "
           "count(*) FILTER (WHERE created_at > ?3), "
           "count(*) FILTER (WHERE " +
           open + " AND priority IN (" + high + ", " + urgent +
           ")), "
           "count(*) FILTER (WHERE " +
           open + " AND priority = " + urgent +
           "), "
           "count(csat), coalesce(sum(csat), 0) "
           "FROM ticket WHERE created_at <= ?1 AND customer_id BETWEEN ?4 AND ?5 GROUP BY "
           "customer_id";
}

// Parameters: ?1 asOf, ?2 settledFrom, ?3..?4 the customers' ids. Columns: customer_id, every
// touchpoint (a kind this version does not know included, as addTouchpoint counts it), the live
// ones after settledFrom, the latest of each advocacy kind (advocacyKindsByName()'s order), the
// latest survey with each score 0..10 (other scores, and scores of other kinds, are ignored).
// The score is compared first: most rows have none, and an integer costs the server less than
// a text (the kind: measured, docs/PERFORMANCE.md).
std::string touchpointSql()
{
    std::string live;
    for (TouchpointKind kind : kindsWhere(isLive))
        live += (live.empty() ? "" : ", ") + literal(enumName(kind));
    std::string sql =
        "SELECT customer_id, count(*), count(*) FILTER (WHERE occurred_at > ?2 AND kind IN (" +
        live + "))";
    for (TouchpointKind kind : advocacyKindsByName())
        sql += ", max(occurred_at) FILTER (WHERE kind = " + literal(enumName(kind)) + ")";
    const std::string survey = literal(enumName(TouchpointKind::Survey));
    for (int score = 0; score < kScores; ++score)
        sql += ", max(occurred_at) FILTER (WHERE coalesce(score, -1) = " + std::to_string(score) +
               " AND kind = " + survey + ")";
    return sql + " FROM touchpoint WHERE occurred_at <= ?1 AND customer_id BETWEEN ?3 AND ?4 GROUP "
                 "BY customer_id";
}

} // namespace

void PgStageFacts::addTickets(Database& db, const FactWindows& windows, qint64 firstCustomer,
                              qint64 lastCustomer, const Find& find)
{
    static const std::string sql = ticketSql();
    const SerialPlans serial(db);
    auto q = db.query(sql);
    q->bind(1, windows.asOf);
    q->bind(2, windows.settledFrom);
    q->bind(3, windows.regressFrom);
    q->bind(4, firstCustomer);
    q->bind(5, lastCustomer);
    while (q->step()) {
        CustomerFacts* f = find(q->int64(0));
        if (!f)
            continue;
        f->settledTickets += q->int64(1);
        f->regressTickets += q->int64(2);
        f->openHighOrUrgent += q->int64(3);
        f->openUrgent += q->int64(4);
        f->csatCount += q->int64(5);
        f->csatSum += q->int64(6);
    }
}

void PgStageFacts::addTouchpoints(Database& db, const FactWindows& windows, qint64 firstCustomer,
                                  qint64 lastCustomer, const Find& find)
{
    static const std::string sql = touchpointSql();
    const auto& advocacy = advocacyKindsByName();
    const int firstSurvey = 3 + static_cast<int>(advocacy.size());
    const SerialPlans serial(db);
    auto q = db.query(sql);
    q->bind(1, windows.asOf);
    q->bind(2, windows.settledFrom);
    q->bind(3, firstCustomer);
    q->bind(4, lastCustomer);
    while (q->step()) {
        CustomerFacts* f = find(q->int64(0));
        if (!f)
            continue;
        f->touchpoints += q->int64(1);
        f->settledLiveTouchpoints += q->int64(2);
        // As the scan: from 0, a later or equal time wins (so none before 1970 counts).
        for (std::size_t i = 0; i < advocacy.size(); ++i) {
            const int column = 3 + static_cast<int>(i);
            if (!q->isNull(column) && q->int64(column) >= f->lastAdvocacyAt) {
                f->lastAdvocacyAt = q->int64(column);
                f->lastAdvocacyKind = advocacy[i];
            }
        }
        for (int score = 0; score < kScores; ++score) {
            if (!q->isNull(firstSurvey + score)) {
                qint64& last = f->lastSurveyAt[static_cast<std::size_t>(score)];
                last = std::max(last, q->int64(firstSurvey + score));
            }
        }
    }
}

} // namespace fd
