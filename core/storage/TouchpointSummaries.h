#pragma once

#include "common/LocalDays.h"

#include <QDate>
#include <QtGlobal>

#include <functional>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace fd {

class Database;

// What the touchpoint triggers keep (schema v3), built from touchpoints in one pass:
// each customer's last touch, last success review, last advocacy touchpoint and best
// survey score, and the touchpoint_day counts (local day × the customer's stage now ×
// kind). A bulk writer that makes the touchpoints itself feeds them here as it goes;
// otherwise rebuild() reads them back. One scan aggregated here is several times cheaper
// than SQL's GROUP BY over millions of rows.
class TouchpointSummaries {
public:
    // The customer's stage key: its stage name, or "churned".
    void addCustomer(qint64 id, std::string_view stageKey);
    // A touchpoint of a customer added before; others are ignored (`check` reports them).
    void addTouchpoint(qint64 customerId, qint64 at, std::string_view kind,
                       std::optional<qint64> score);

    // A touchpoint whose customer's stage is not settled yet, kept for countKept(): the CSV
    // import's bulk path writes its touchpoints before it places their new customers by the stage
    // rules. `at` in UTC seconds; `score` a survey's (NPS 0..10). 24 bytes each until
    // countKept(): 24 MB for data set L's million tickets.
    void keep(qint64 customerId, qint64 at, std::string_view kind, std::optional<int> score);
    // Every customer's stage as stored now (as rebuild() reads it), then each kept touchpoint
    // counted under it, as addTouchpoint() counts. Reads the customers, not the touchpoints: on
    // data set L's import this took 0.05 s, and the write 0.17 s, where rebuild() and the write
    // took 0.35 s (docs/PERFORMANCE.md, "Step 10: the import's last phases"). Throws SqlError.
    void countKept(Database& db);

    // One customer's summary: times in UTC seconds, nullopt for none.
    struct CustomerSummary {
        qint64 id = 0;
        qint64 lastTouch = 0;
        std::optional<qint64> lastReview;
        std::optional<qint64> lastAdvocacy;
        std::optional<qint64> bestSurvey;
    };
    // Customer `id`'s summary so far: nullopt when it was not added or has no touchpoint yet.
    std::optional<CustomerSummary> customer(qint64 id) const;
    // Whether the writer stored each customer's summary columns with the customer's row
    // (CustomerRepository::Summary, open tickets included), as generate does: write() and a bulk
    // load then store only the day counts, and leave the customers as they are. False at first.
    void setCustomersWritten(bool written) { m_customersWritten = written; }
    bool customersWritten() const { return m_customersWritten; }

    // What write() stores, for a writer of its own (PostgreSQL's bulk load copies it): each
    // customer added that has a touchpoint, and each (local day, stage key, kind) count, the
    // day in this process's local zone (LocalDays).
    void forEachCustomer(const std::function<void(const CustomerSummary&)>& visit) const;
    void
    forEachDay(const std::function<void(QDate day, std::string_view stage, std::string_view kind,
                                        qint64 touchpoints)>& visit) const;

    // Replaces the stored summaries with these (the day counts only, when customersWritten()).
    // Throws SqlError.
    void write(Database& db);
    // Reads every customer and touchpoint, and writes their summaries. Throws SqlError.
    static void rebuild(Database& db);

private:
    static constexpr qint64 kNone = std::numeric_limits<qint64>::min();
    struct Customer {
        qint64 lastTouch = kNone;
        qint64 lastReview = kNone;
        qint64 lastAdvocacy = kNone;
        qint64 bestSurvey = kNone;
        int stage = -1; // into m_stages; -1: no such customer
    };
    // A touchpoint keep() holds: its kind as an index into m_kinds, its score kNoScore for none.
    static constexpr qint32 kNoScore = std::numeric_limits<qint32>::min();
    struct Kept {
        qint64 customerId = 0;
        qint64 at = 0;
        qint32 score = kNoScore;
        quint16 kind = 0;
    };
    static_assert(sizeof(Kept) == 24, "keep() documents 24 bytes a touchpoint");
    Customer* find(qint64 id);
    const Customer* find(qint64 id) const;
    // The summary of customer `id` held in `c`: nullopt when it was not added or has no touchpoint.
    static std::optional<CustomerSummary> summaryOf(qint64 id, const Customer& c);
    void writeCustomers(Database& db) const; // the customers' columns, as write() stores them
    static int number(std::vector<std::string>& names, std::string_view name);
    void addCustomers(Database& db); // every customer of the database, with its stage key now
    // addTouchpoint() with the kind as its index into m_kinds.
    void count(qint64 customerId, qint64 at, int kind, std::optional<qint64> score);

    std::vector<Customer> m_dense;                 // by id, for ids below kDenseIds
    std::unordered_map<qint64, Customer> m_sparse; // the rest
    std::vector<std::string> m_stages;
    std::vector<std::string> m_kinds;
    LocalDays m_days;
    std::unordered_map<quint64, qint64> m_tally; // (day, stage, kind) → touchpoints
    std::vector<Kept> m_kept;
    bool m_customersWritten = false;
};

} // namespace fd
