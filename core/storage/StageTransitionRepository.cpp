#include "storage/StageTransitionRepository.h"

#include "storage/Database.h"

namespace fd {

qint64 StageTransitionRepository::insert(const StageTransition& t)
{
    auto q = m_db.query("INSERT INTO stage_transition (customer_id, from_stage, to_stage, at, "
                        "actor, reason) VALUES (?, ?, ?, ?, ?, ?)");
    q->bind(1, t.customerId);
    if (t.from)
        q->bindStatic(2, enumName(*t.from));
    else
        q->bindNull(2);
    q->bindStatic(3, enumName(t.to));
    q->bind(4, t.at);
    q->bind(5, t.actor);
    q->bind(6, t.reason);
    q->exec();
    return m_db.lastInsertId();
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
