// Fires the playbooks of events that a write causes (issue 18; success/Playbooks.h): a survey
// saved. Entries into a stage fire in StageEngine's write, band drops and silences in
// HealthEngine::recompute.
#pragma once

#include "common/Clock.h"
#include "common/Result.h"

namespace fd {

class Database;

class PlaybookRunner {
public:
    // `db` and `clock` must outlive this object.
    PlaybookRunner(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    // The tasks of the playbooks that a survey of `score` (touchpoint `touchpointId` of the
    // customer, at `at` UTC seconds) sets off, added in the caller's transaction if any. Errors:
    // saved playbooks that do not parse, the database's sentence.
    Status surveySaved(qint64 customerId, qint64 touchpointId, qint64 at, int score);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace fd
