#include "storage/StatsRepository.h"

#include "storage/Database.h"
#include "storage/Dialect.h"

namespace fd {

Result<DatabaseCounts> StatsRepository::counts()
{
    return m_db.guard([&] {
        DatabaseCounts c;
        // One read transaction, so the numbers agree with each other.
        auto q =
            m_db.query("SELECT (SELECT count(*) FROM customer), (SELECT count(*) FROM contact), "
                       "(SELECT count(*) FROM agent), (SELECT count(*) FROM ticket), "
                       "(SELECT count(*) FROM ticket_comment), (SELECT count(*) FROM touchpoint), "
                       "(SELECT count(*) FROM stage_transition)");
        if (q->step()) {
            c.customers = q->int64(0);
            c.contacts = q->int64(1);
            c.agents = q->int64(2);
            c.tickets = q->int64(3);
            c.comments = q->int64(4);
            c.touchpoints = q->int64(5);
            c.transitions = q->int64(6);
        }
        auto stages = m_db.query("SELECT status, stage, count(*) FROM customer "
                                 "GROUP BY status, stage");
        while (stages->step()) {
            if (stages->text(0) == QLatin1String("churned")) {
                c.churned += stages->int64(2);
            } else if (auto stage = enumFromString<Stage>(stages->text(1))) {
                c.activeByStage[static_cast<std::size_t>(*stage)] += stages->int64(2);
            }
        }
        return c;
    });
}

Result<QuickCounts> StatsRepository::quickCounts()
{
    return m_db.guard([&] {
        QuickCounts c;
        c.customers = m_db.scalar("SELECT count(*) FROM customer");
        c.openTickets = m_db.scalar("SELECT count(*) FROM ticket" +
                                    m_db.dialect().indexed("ticket_open_created") + " WHERE " +
                                    m_db.dialect().openTicket("status"));
        return c;
    });
}

} // namespace fd
