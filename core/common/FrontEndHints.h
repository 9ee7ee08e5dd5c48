// Where a core sentence would tell the user which knob to turn, the front end showing it
// says how (issue 15, hostile tester #8: the window showed "--owner" and "agent 1" in the
// "Add me…" sentence). Core sentences name no command-line flag; each ends with the
// clause its front end set for that hint, or nothing. The CLI sets its flag names
// (app/cli/main.cpp); the window sets none, or its own words. Process-wide; set at start,
// before any command runs.
#pragma once

#include <QString>

namespace fd::hints {

enum class Hint {
    MapCustomer, // no column matches customers: how to say which one does
    Count
};

// The clause for `hint`, starting with its separator (", e.g. --map customer_email=COLUMN")
// and without a full stop; empty if the front end set none.
QString clause(Hint hint);
void set(Hint hint, const QString& clause);

} // namespace fd::hints
