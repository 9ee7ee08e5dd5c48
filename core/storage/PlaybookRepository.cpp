#include "storage/PlaybookRepository.h"

#include "common/TimeUnits.h"
#include "storage/Database.h"

#include <string>

namespace fd {

Result<std::vector<PlaybookHit>> PlaybookRepository::hits(const Playbook& playbook,
                                                          const PlaybookWindow& window)
{
    return m_db.guard([&] {
        QString manager;
        if (playbook.role == PlaybookRole::Manager) {
            auto q = m_db.query(
                "SELECT name FROM agent WHERE role = 'manager' AND active = 1 ORDER BY id LIMIT 1");
            if (q->step())
                manager = q->text(0);
        }
        // Each query's first column is the customer, the second its owner's name.
        const std::string customer =
            " JOIN customer c ON c.id = e.customer_id LEFT JOIN agent a ON a.id = c.owner_id "
            "WHERE c.status = 'active' AND ";
        std::string sql;
        switch (playbook.event) {
        case PlaybookEvent::Entered:
            sql = "SELECT e.customer_id, a.name FROM stage_transition e" + customer +
                  "e.to_stage = ? AND e.at >= ? AND e.at <= ? ORDER BY e.customer_id";
            break;
        case PlaybookEvent::AtRisk:
            sql = "SELECT e.customer_id, a.name FROM health_band_change e" + customer +
                  "e.to_band = 'at_risk' AND e.from_band <> 'at_risk' AND e.day >= ? AND e.day <= "
                  "? ORDER BY e.customer_id";
            break;
        case PlaybookEvent::SurveyAtMost:
        case PlaybookEvent::SurveyAtLeast:
            sql = "SELECT e.customer_id, a.name FROM touchpoint e" + customer +
                  "e.kind = 'survey' AND e.occurred_at >= ? AND e.occurred_at <= ? AND e.score " +
                  (playbook.event == PlaybookEvent::SurveyAtMost ? "<=" : ">=") +
                  " ? ORDER BY e.customer_id";
            break;
        case PlaybookEvent::Silent:
            // HealthScorer::silentDays: whole days since the last touch, else since the first
            // sale; the recompute's occasion is "silent:<last touch>" ("silent:0": none).
            sql = "SELECT c.id, a.name FROM customer c LEFT JOIN agent a ON a.id = c.owner_id "
                  "WHERE c.status = 'active' AND (c.last_touch_at > 0 AND c.last_touch_at <= ? "
                  "OR coalesce(c.last_touch_at, 0) <= 0 AND c.since <= ?) AND NOT EXISTS (SELECT 1 "
                  "FROM task t "
                  "WHERE t.customer_id = c.id AND t.origin = ? AND t.step = 0 AND t.occasion = "
                  "'silent:' || CAST(coalesce(c.last_touch_at, 0) AS TEXT)) ORDER BY c.id";
            break;
        }
        auto q = m_db.query(sql);
        switch (playbook.event) {
        case PlaybookEvent::Entered:
            q->bindStatic(1, enumName(playbook.stage));
            q->bind(2, window.from);
            q->bind(3, window.now);
            break;
        case PlaybookEvent::AtRisk:
            q->bind(1, window.fromDay);
            q->bind(2, window.today);
            break;
        case PlaybookEvent::SurveyAtMost:
        case PlaybookEvent::SurveyAtLeast:
            q->bind(1, window.from);
            q->bind(2, window.now);
            q->bind(3, playbook.threshold);
            break;
        case PlaybookEvent::Silent:
            q->bind(1, window.now - static_cast<qint64>(playbook.threshold) * kDay);
            q->bind(2, window.today.addDays(-playbook.threshold));
            q->bind(3, QStringLiteral("playbook:") + playbook.key);
            break;
        }
        std::vector<PlaybookHit> hits;
        while (q->step()) {
            PlaybookHit hit{q->int64(0), {}};
            if (playbook.role == PlaybookRole::Manager)
                hit.assignee = manager;
            else if (!q->isNull(1))
                hit.assignee = q->text(1);
            hits.push_back(std::move(hit));
        }
        return hits;
    });
}

} // namespace fd
