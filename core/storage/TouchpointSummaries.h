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

    // One customer's summary: times in UTC seconds, nullopt for none.
    struct CustomerSummary {
        qint64 id = 0;
        qint64 lastTouch = 0;
        std::optional<qint64> lastReview;
        std::optional<qint64> lastAdvocacy;
        std::optional<qint64> bestSurvey;
    };
    // What write() stores, for a writer of its own (PostgreSQL's bulk load copies it): each
    // customer added that has a touchpoint, and each (local day, stage key, kind) count, the
    // day in this process's local zone (LocalDays).
    void forEachCustomer(const std::function<void(const CustomerSummary&)>& visit) const;
    void
    forEachDay(const std::function<void(QDate day, std::string_view stage, std::string_view kind,
                                        qint64 touchpoints)>& visit) const;

    // Replaces the stored summaries with these. Throws SqlError.
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
    Customer* find(qint64 id);
    static int number(std::vector<std::string>& names, std::string_view name);

    std::vector<Customer> m_dense;                 // by id, for ids below kDenseIds
    std::unordered_map<qint64, Customer> m_sparse; // the rest
    std::vector<std::string> m_stages;
    std::vector<std::string> m_kinds;
    LocalDays m_days;
    std::unordered_map<quint64, qint64> m_tally; // (day, stage, kind) → touchpoints
};

} // namespace fd
