// Takes a current file back to older schemas, for the migration tests.
#pragma once

#include "storage/Database.h"

namespace fd::test {

// Schema v5 → v4: the v5 indexes dropped, ticket_created as v3 made it.
inline void downgradeToV4(Database& db)
{
    db.execute("DROP INDEX contact_added; DROP INDEX customer_advocacy_candidate; DROP INDEX customer_id_name; "
               "DROP INDEX stage_transition_entry; DROP INDEX ticket_low_csat; DROP INDEX ticket_created; "
               "CREATE INDEX ticket_created ON ticket (created_at, id, customer_id, csat); "
               "PRAGMA user_version = 4;");
}

} // namespace fd::test
