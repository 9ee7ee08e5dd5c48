#include "storage/TimelineRepository.h"

#include "storage/Database.h"

namespace fd {

Result<std::vector<TimelineEntry>> TimelineRepository::forCustomer(qint64 customerId, int limit)
{
    return m_db.guard([&] {
        std::vector<TimelineEntry> result;
        auto q = m_db.query(
            "SELECT 0, id, occurred_at, kind, coalesce(summary, '') FROM touchpoint "
            "WHERE customer_id = ?1 AND ticket_id IS NULL "
            "UNION ALL SELECT 1, id, created_at, status, subject FROM ticket WHERE customer_id = "
            "?1 "
            "UNION ALL SELECT 2, id, at, coalesce(from_stage, '') || '>' || to_stage, reason "
            "FROM stage_transition WHERE customer_id = ?1 "
            "ORDER BY 3 DESC, 1 DESC, 2 DESC LIMIT ?2");
        q->bind(1, customerId);
        q->bind(2, limit);
        while (q->step()) {
            TimelineEntry e;
            e.kind = static_cast<TimelineEntry::Kind>(q->int32(0));
            e.id = q->int64(1);
            e.at = q->dateTime(2);
            e.what = q->text(3);
            e.text = q->text(4);
            if (e.kind == TimelineEntry::Kind::StageMove) {
                const QStringList stages = e.what.split(QLatin1Char('>'));
                const auto from = enumFromString<Stage>(stages.value(0));
                const auto to = enumFromString<Stage>(stages.value(1));
                e.what = (from ? displayName(*from) + QStringLiteral(" → ") : QString()) +
                         (to ? displayName(*to) : QString());
            } else if (e.kind == TimelineEntry::Kind::Touchpoint) {
                if (auto kind = enumFromString<TouchpointKind>(e.what))
                    e.what = displayName(*kind);
            } else if (e.kind == TimelineEntry::Kind::Ticket) {
                if (auto status = enumFromString<TicketStatus>(e.what))
                    e.what = displayName(*status);
            }
            result.push_back(std::move(e));
        }
        return result;
    });
}

} // namespace fd
