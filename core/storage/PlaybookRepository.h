// The reads behind a playbook's preview (issue 18; success/PlaybookPreview.h): the events that
// would set a playbook off, each with the agent who would get its task. The same SQL on both
// backends.
#pragma once

#include "common/Result.h"
#include "success/Playbooks.h"

#include <QDate>
#include <QString>

#include <vector>

namespace fd {

class Database;

// One event that sets a playbook off: its customer and the agent the task would be for.
struct PlaybookHit {
    qint64 customerId = 0;
    QString assignee; // the agent's name; "" when none (no owner, or no active manager)
};

// The look-back of a preview: events at UTC seconds [from, now], on local days [fromDay,
// today]; a silence is judged at `now` and `today`, as the health recompute judges it.
struct PlaybookWindow {
    qint64 from = 0;
    qint64 now = 0;
    QDate fromDay;
    QDate today;
};

class PlaybookRepository {
public:
    explicit PlaybookRepository(Database& db) : m_db(db) {}

    // The events of active customers that set `playbook` off in `window`, by customer id:
    //  - entered STAGE: each entry into the stage (a move, or a new customer's first stage);
    //  - at_risk: each band change to At risk (health_band_change);
    //  - survey<=N / survey>=N: each survey whose score passes;
    //  - silent>=N: each customer silent N days or more now (no touch: since its first sale)
    //    whose silence has no task of this playbook yet, as the next recompute would find it.
    // The assignee is the customer's owner now, or the team's first active manager for a
    // playbook "for manager" (TaskRepository::addPlanned's rule). Errors: the database's sentence.
    Result<std::vector<PlaybookHit>> hits(const Playbook& playbook, const PlaybookWindow& window);

private:
    Database& m_db;
};

} // namespace fd
