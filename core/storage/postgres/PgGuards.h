// `check` on a server (storage/IntegrityCheck.cpp): FunnelDesk's triggers and the functions that
// run with the owner's rights, against what the migrations 001-029 make.
// - Every trigger the migrations leave (audit, authorship, pin, id, login, kept columns, search,
//   ticket_words, ticket_day, task_day, customer_name_count, task_stage_day, customer_names, the
//   customers' summaries, touchpoint_day, the change notices, the session limits) must exist, be
//   enabled, call its function, and be defined as a freshly initialised schema defines it:
//   pg_get_triggerdef() compared in full, so a trigger made again with another WHEN condition,
//   timing, event or column list is named too. The expected definitions live in PgGuards.cpp;
//   tests/core/PgCheckTest.cpp compares them with a fresh init's, so that a migration that changes
//   a trigger must change the list with it.
// - Every function of the owner's rights (SECURITY DEFINER) must still be one, and every such
//   function of the schema must pin FunnelDesk's search_path (006_guard.sql).
// Each problem is one sentence without its full stop, naming the trigger, its table and what the
// damage is ("The audit trigger “x” on “t” is disabled, so the changes it logs go unrecorded").
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace fd {
class Database;
}

namespace fd::pg {

class Guards {
public:
    // A trigger as check expects it: its table, its name and its normalised definition.
    struct Trigger {
        QString table;
        QString name;
        QString definition;
    };

    // The SQL expression, over pg_trigger `t`, of a trigger's definition as check compares it:
    // pg_get_triggerdef(), the current schema's name taken out of it (the table is always
    // qualified), every run of whitespace one space.
    static constexpr const char* kDefinitionSql =
        "regexp_replace(replace(replace(pg_get_triggerdef(t.oid), ' ON ' || "
        "quote_ident(current_schema()) || '.', "
        "' ON '), 'FUNCTION ' || quote_ident(current_schema()) || '.', 'FUNCTION '), '\\s+', ' ', "
        "'g')";

    // Appends a sentence for each expected trigger that is missing, disabled, calls another
    // function or is defined otherwise.
    static void checkTriggers(Database& db, QStringList& problems);
    // Appends a sentence for each owner's-rights function that is missing or lost those rights,
    // and each owner's-rights function of the schema whose search_path is not FunnelDesk's.
    static void checkDefinerFunctions(Database& db, QStringList& problems);

    // For the tests: every trigger checkTriggers() expects, and every owner's-rights function.
    static std::vector<Trigger> triggers();
    static QStringList definerFunctions();
};

} // namespace fd::pg
