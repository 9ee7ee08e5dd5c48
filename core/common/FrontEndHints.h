// Where a core sentence would tell the user which knob to turn, the front end showing it
// says how (issue 15, hostile tester #8: the window showed "--owner" and "agent 1" in the
// "Add me…" sentence; final round: the import wizard said "add --map-value status:…").
// Core sentences name no command-line flag (nor a CLI command); each ends with, or holds, the
// clause its front end set for that hint, or nothing, and reads whole either way. The CLI sets its
// flag names (app/cli/CliHints.cpp); the window sets the import wizard's words
// (ui/ImportHints.cpp). Process-wide; set at start, before any command or import job runs.
#pragma once

#include <QString>
#include <QStringList>

namespace fd::hints {

// Each hint's %1, %2 are the arguments core passes to clause(), as listed.
enum class Hint {
    MapCustomer,    // no column matches customers: how to say which one does
    MapField,       // %1 a required field no column maps to: how to map one
    MapTwice,       // %1, %2 the two FIELD=COLUMN choices reading one column: where to keep one
    MapLookalike,   // %1 a field, %2 a column that looks like it: how to read it, or leave it out
    MapValue,       // %1 a field with fixed values, %2 a text it does not know: how to read it
    MapValueTwice,  // %1 a field, %2 a text given two readings: where to keep one
    OtherCategory,  // categories not known were filed under other: how to file them elsewhere
    SkipInvalid,    // a bad row stopped the import: how to import the others
    Delimiter,      // %1 the delimiter the header holds (",", ";", "|", "tab"): how to read it
    DateExcel,      // a column of numbers that may be Excel serial dates: how to read them
    DateFormat,     // a column of dates in no known form: what to do
    DateOrder,      // %1, %2 the two columns' formats: two columns write dates in opposite orders
    DateMonthFirst, // %1 the month-first format: dates read day first that may be month first
    AddAgent,       // no agent has the name given, in a file: how to add one
    AddLogin, // no agent has the name or login given, on a server: how to add a login and its agent
    NoDatabase,     // no database was given: how to give one
    CreateDatabase, // the database file does not exist: how to make one
    LoginToAgent,   // %1 a login only the database's owner may give to an agent: how
    LoginAgain,     // an agent whose login is gone: how to give it a login again
    LinkAgent,      // a login to give to an existing agent: how to name the agent
    ListAgents,     // no agent has the id or name given: how to see them all
    DisableLogin,   // %1 a login that still holds the team's rights: how to disable it
    ReenableLogin,  // %1 a rep's login in the manager role: how to give it a rep's rights again
    EnableLogin,    // %1 an active agent's login that lost its role: how to give it back
    OpenToUpgrade,  // an older server schema only its owner may upgrade: how the owner opens it
    ListSettings,   // a key that is no setting: how to see the settings
    GenerateCount,  // %1 "customers", "tickets" or "touchpoints": which count of the demo to change
    Count
};

// The clause for `hint` with its %1, %2 replaced by `args` in one pass (an argument's own
// "%1" stays as written), each written by the front end's quote (setQuote), starting with its
// separator (", e.g. --map customer_email=COLUMN") and without a full stop; empty if the front
// end set none.
QString clause(Hint hint, const QStringList& args = {});
// How the front end writes each argument into its clauses: the command line as one shell word
// (a login "o'brien x" must paste as one). Arguments go in as given while none is set.
using Quote = QString (*)(const QString& argument);
// `quote`, when given, writes this hint's arguments in place of setQuote's: the command line's
// login after `team enable` is a command's operand, which "--" must precede when it starts with
// "-", where the same login after `--login` is an option's value and must not.
void set(Hint hint, const QString& clause, Quote quote = nullptr);
void setQuote(Quote quote);
// Every hint unset and no quote, as before a front end starts (for tests).
void clear();

} // namespace fd::hints
