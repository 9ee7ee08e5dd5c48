// What every row a rep edits carries (schema v6; issue 17, "No lost updates"): its edit
// count and its last edit. A save names the count of the row it edits (the row as the rep
// opened it) and is refused as Error::Kind::Conflict when the row has another count: another
// rep saved it since. Appended rows (replies, touchpoints, moves) carry none: they never
// conflict.
#pragma once

#include <QDateTime>

#include <optional>

namespace fd {

struct RowVersion {
    // Edits saved so far (0: never edited since it was added). The UPDATE that saves an edit
    // adds one and sets changedAt and changedBy with it.
    qint64 number = 0;
    // The last edit: UTC, whole seconds; null before the first.
    QDateTime changedAt;
    // The agent it was made on behalf of (Database::actingAgent()); empty when nobody was
    // known (a SQLite file whose agent is picked later, a script).
    std::optional<qint64> changedBy;
};

} // namespace fd
