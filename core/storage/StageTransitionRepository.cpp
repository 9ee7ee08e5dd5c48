#include "storage/StageTransitionRepository.h"

#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/InsertOne.h"
#include "storage/MultiRowInsert.h"

namespace fd {

namespace {

constexpr std::string_view kInsert =
    "INSERT INTO stage_transition (customer_id, from_stage, to_stage, at, actor, reason) VALUES ";
constexpr int kInsertColumns = 6;

void bindRow(Statement& q, int i, const StageTransition& t)
{
    q.bind(i, t.customerId);
    if (t.from)
        q.bindStatic(i + 1, enumName(*t.from));
    else
        q.bindNull(i + 1);
    q.bindStatic(i + 2, enumName(t.to));
    q.bind(i + 3, t.at);
    q.bind(i + 4, t.actor);
    q.bind(i + 5, t.reason);
}

} // namespace

qint64 StageTransitionRepository::insert(const StageTransition& t)
{
    return insertOne(m_db, kInsert, kInsertColumns, t, bindRow);
}

void StageTransitionRepository::insert(std::span<const StageTransition> transitions)
{
    insertRows(m_db, kInsert, kInsertColumns, transitions, bindRow);
}

Status StageTransitionRepository::forEach(
    const ExportFilter& filter,
    const std::function<void(const StageTransition&, const QString& name)>& row)
{
    return m_db.guard([&] {
        // NULL: no limit (typed where first used: Dialect::typed).
        const Dialect& d = m_db.dialect();
        auto q = m_db.query(
            "SELECT t.id, t.customer_id, t.from_stage, t.to_stage, t.at, t.actor, t.reason, c.name "
            "FROM stage_transition t JOIN customer c ON c.id = t.customer_id WHERE (" +
            d.typed("?1", "bigint") + " IS NULL OR t.at >= ?1) AND (" + d.typed("?2", "bigint") +
            " IS NULL OR t.at < ?2) AND (" + d.typed("?3", "text") +
            " IS NULL OR t.to_stage = ?3) ORDER BY t.at, t.id");
        q->bind(1, filter.from);
        q->bind(2, filter.to);
        if (filter.toStage)
            q->bindStatic(3, enumName(*filter.toStage));
        else
            q->bindNull(3);
        StageTransition t;
        while (q->step()) {
            t.id = q->int64(0);
            t.customerId = q->int64(1);
            t.from = q->isNull(2) ? std::nullopt : enumFromUtf8<Stage>(q->utf8(2));
            t.to = enumFromUtf8<Stage>(q->utf8(3)).value_or(Stage::Onboarding);
            t.at = q->dateTime(4);
            t.actor = q->text(5);
            t.reason = q->text(6);
            row(t, q->text(7));
        }
    });
}

Result<std::optional<Stage>> StageTransitionRepository::stageAt(qint64 customerId,
                                                                const QDateTime& at)
{
    return m_db.guard([&]() -> std::optional<Stage> {
        auto q = m_db.query("SELECT to_stage FROM stage_transition WHERE customer_id = ? AND "
                            "at <= ? ORDER BY at DESC, id DESC LIMIT 1");
        q->bind(1, customerId);
        q->bind(2, at);
        if (!q->step())
            return std::nullopt;
        return enumFromUtf8<Stage>(q->utf8(0));
    });
}

Result<std::unordered_set<qint64>>
StageTransitionRepository::customersMovedAfter(const QDateTime& at)
{
    return m_db.guard([&] {
        std::unordered_set<qint64> result;
        auto q = m_db.query("SELECT DISTINCT customer_id FROM stage_transition WHERE at > ?");
        q->bind(1, at);
        while (q->step())
            result.insert(q->int64(0));
        return result;
    });
}

Result<std::vector<StageTransition>> StageTransitionRepository::forCustomer(qint64 customerId)
{
    return m_db.guard([&] {
        std::vector<StageTransition> result;
        auto q = m_db.query("SELECT id, customer_id, from_stage, to_stage, at, actor, reason "
                            "FROM stage_transition WHERE customer_id = ? ORDER BY at, id");
        q->bind(1, customerId);
        while (q->step()) {
            StageTransition t;
            t.id = q->int64(0);
            t.customerId = q->int64(1);
            if (!q->isNull(2))
                t.from = enumFromString<Stage>(q->text(2));
            t.to = enumFromString<Stage>(q->text(3)).value_or(Stage::Onboarding);
            t.at = q->dateTime(4);
            t.actor = q->text(5);
            t.reason = q->text(6);
            result.push_back(std::move(t));
        }
        return result;
    });
}

} // namespace fd
