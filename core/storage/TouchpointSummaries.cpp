#include "storage/TouchpointSummaries.h"

#include "storage/Database.h"

#include <QDate>

#include <utility>

namespace fd {

namespace {

constexpr qint64 kDenseIds = qint64(1) << 24;

bool isAdvocacyKind(std::string_view kind)
{
    return kind == "testimonial" || kind == "community_forum" || kind == "meetup" ||
           kind == "user_conference" || kind == "referral";
}

} // namespace

int TouchpointSummaries::number(std::vector<std::string>& names, std::string_view name)
{
    // A handful of stages and kinds: a linear search beats hashing.
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (names[i] == name)
            return static_cast<int>(i);
    }
    names.emplace_back(name);
    return static_cast<int>(names.size() - 1);
}

TouchpointSummaries::Customer* TouchpointSummaries::find(qint64 id)
{
    return const_cast<Customer*>(std::as_const(*this).find(id));
}

const TouchpointSummaries::Customer* TouchpointSummaries::find(qint64 id) const
{
    if (id >= 0 && id < kDenseIds) {
        const auto i = static_cast<std::size_t>(id);
        return i < m_dense.size() && m_dense[i].stage >= 0 ? &m_dense[i] : nullptr;
    }
    auto it = m_sparse.find(id);
    return it == m_sparse.end() ? nullptr : &it->second;
}

void TouchpointSummaries::addCustomer(qint64 id, std::string_view stageKey)
{
    Customer* c = nullptr;
    if (id >= 0 && id < kDenseIds) {
        const auto i = static_cast<std::size_t>(id);
        if (i >= m_dense.size())
            m_dense.resize(std::max(i + 1, m_dense.size() * 2));
        c = &m_dense[i];
    } else {
        c = &m_sparse[id];
    }
    c->stage = number(m_stages, stageKey);
}

void TouchpointSummaries::addTouchpoint(qint64 customerId, qint64 at, std::string_view kind,
                                        std::optional<qint64> score)
{
    count(customerId, at, number(m_kinds, kind), score);
}

void TouchpointSummaries::count(qint64 customerId, qint64 at, int kind, std::optional<qint64> score)
{
    Customer* c = find(customerId);
    if (!c)
        return;
    const std::string_view name = m_kinds[static_cast<std::size_t>(kind)];
    c->lastTouch = std::max(c->lastTouch, at);
    if (name == "success_review")
        c->lastReview = std::max(c->lastReview, at);
    else if (name == "survey" && score)
        c->bestSurvey = std::max(c->bestSurvey, *score);
    else if (isAdvocacyKind(name))
        c->lastAdvocacy = std::max(c->lastAdvocacy, at);
    const auto key = (static_cast<quint64>(m_days.julianDay(at)) << 24) |
                     (static_cast<quint64>(c->stage) << 16) | static_cast<quint64>(kind);
    ++m_tally[key];
}

void TouchpointSummaries::keep(qint64 customerId, qint64 at, std::string_view kind,
                               std::optional<int> score)
{
    // A handful of kinds (TouchpointKind): their index fits 16 bits.
    m_kept.push_back(
        {customerId, at, score.value_or(kNoScore), static_cast<quint16>(number(m_kinds, kind))});
}

void TouchpointSummaries::countKept(Database& db)
{
    addCustomers(db);
    for (const Kept& k : m_kept)
        count(k.customerId, k.at, k.kind,
              k.score == kNoScore ? std::nullopt : std::optional<qint64>(k.score));
    m_kept = {};
}

void TouchpointSummaries::addCustomers(Database& db)
{
    auto q = db.query(
        "SELECT id, CASE status WHEN 'active' THEN stage ELSE 'churned' END FROM customer");
    while (q->step())
        addCustomer(q->int64(0), q->utf8(1));
}

std::optional<TouchpointSummaries::CustomerSummary>
TouchpointSummaries::summaryOf(qint64 id, const Customer& c)
{
    if (c.stage < 0 || c.lastTouch == kNone)
        return std::nullopt;
    const auto given = [](qint64 value) {
        return value == kNone ? std::nullopt : std::optional<qint64>(value);
    };
    return CustomerSummary{id, c.lastTouch, given(c.lastReview), given(c.lastAdvocacy),
                           given(c.bestSurvey)};
}

std::optional<TouchpointSummaries::CustomerSummary> TouchpointSummaries::customer(qint64 id) const
{
    const Customer* c = find(id);
    return c ? summaryOf(id, *c) : std::nullopt;
}

void TouchpointSummaries::forEachCustomer(
    const std::function<void(const CustomerSummary&)>& visit) const
{
    const auto one = [&](qint64 id, const Customer& c) {
        if (const std::optional<CustomerSummary> summary = summaryOf(id, c))
            visit(*summary);
    };
    for (std::size_t id = 0; id < m_dense.size(); ++id)
        one(static_cast<qint64>(id), m_dense[id]);
    for (const auto& [id, c] : m_sparse)
        one(id, c);
}

void TouchpointSummaries::forEachDay(
    const std::function<void(QDate, std::string_view, std::string_view, qint64)>& visit) const
{
    for (const auto& [key, n] : m_tally)
        visit(QDate::fromJulianDay(static_cast<qint64>(key >> 24)),
              m_stages[static_cast<std::size_t>((key >> 16) & 0xff)],
              m_kinds[static_cast<std::size_t>(key & 0xffff)], n);
}

void TouchpointSummaries::writeCustomers(Database& db) const
{
    db.execute("UPDATE customer SET last_touch_at = NULL, last_review_at = NULL, "
               "last_advocacy_at = NULL, best_survey = NULL WHERE last_touch_at IS NOT NULL");
    auto update = db.query(
        "UPDATE customer SET last_touch_at = ?2, last_review_at = ?3, last_advocacy_at = ?4, "
        "best_survey = ?5 WHERE id = ?1");
    forEachCustomer([&](const CustomerSummary& c) {
        update->bind(1, c.id);
        update->bind(2, c.lastTouch);
        update->bind(3, c.lastReview);
        update->bind(4, c.lastAdvocacy);
        update->bind(5, c.bestSurvey);
        update->exec();
    });
}

void TouchpointSummaries::write(Database& db)
{
    // Two calls: no backend has to accept several statements in one string.
    db.execute("DELETE FROM touchpoint_day");
    if (!m_customersWritten)
        writeCustomers(db);

    auto insert = db.query(
        "INSERT INTO touchpoint_day (day, stage, kind, touchpoints) VALUES (?1, ?2, ?3, ?4)");
    forEachDay([&](QDate day, std::string_view stage, std::string_view kind, qint64 n) {
        insert->bind(1, day);
        insert->bindStatic(2, stage);
        insert->bindStatic(3, kind);
        insert->bind(4, n);
        insert->exec();
    });
}

void TouchpointSummaries::rebuild(Database& db)
{
    TouchpointSummaries summaries;
    summaries.addCustomers(db);
    {
        auto q = db.query("SELECT customer_id, occurred_at, kind, score FROM touchpoint");
        while (q->step())
            summaries.addTouchpoint(q->int64(0), q->int64(1), q->utf8(2), q->optionalInt64(3));
    }
    summaries.write(db);
}

} // namespace fd
