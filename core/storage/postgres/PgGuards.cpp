#include "storage/postgres/PgGuards.h"

#include "common/Quoted.h"
#include "storage/Database.h"
#include "storage/IntegrityCheck.h"
#include "storage/Statement.h"

#include <map>

namespace fd::pg {

namespace {

// What a server's trigger keeps, for the sentence that names it broken.
enum class Guard {
    Audit,      // 005_audit.sql, 016_audit_pause.sql: every change in the audit log
    Authorship, // 006_guard.sql, 010, 016: a rep's rows are the rep's, a rep's edit a new version
    Pin,        // 003_team.sql: pinning is a manager's
    Id,         // 001_initial.sql, 010_audit_hold.sql: ids are FunnelDesk's to give
    Login,  // 012_team_logins.sql, 019_check.sql: which agent a login is, is the team functions' to
            // say
    Kept,   // 017_kept.sql: what FunnelDesk derives, a rep may not write directly
    Search, // 001_initial.sql, 017_kept.sql: ticket.search is the server's, from the text
    Words,  // 014_search_order.sql: ticket_words, which the search over every ticket reads
    TicketDays,     // 011_ticket_day.sql: the tickets of each day
    TaskDays,       // 023_task_day.sql: the open tasks of each due day
    NameCounts,     // 026_dashboard_reads.sql: how many customers have each name
    Names,          // 029_search_urgency.sql: each customer's name, which the search sorts by
    TaskStageDays,  // 027_task_stage_day.sql: the open tasks of each stage by due day
    Summary,        // 001_initial.sql: the customers' summaries of their tickets and touchpoints
    TouchpointDays, // 001_initial.sql: touchpoint_day when a customer's stage changes or it goes
    Change,         // 001_initial.sql: fd_change and NOTIFY after every write
    Session,        // 015_team_stall.sql: the session limits of a login given to an agent
};

struct GuardTrigger {
    const char* name;
    const char* table;
    Guard guard;
    // pg_get_triggerdef() of a freshly initialised schema, its whitespace runs one space and the
    // schema's name taken out (triggerDefinitions()); tests/core/PgCheckTest.cpp compares the two.
    const char* definition;
};

// Every trigger FunnelDesk's migrations 001-034 leave (but the foreign keys' internal ones): it
// must exist, be enabled (tgenabled 'O' or 'A'; 'D' is disabled, 'R' fires only on a replica),
// call its function and be defined as here (timing, events, columns, WHEN, arguments).
constexpr GuardTrigger kGuardTriggers[] = {
    {"agent_audit", "agent", Guard::Audit,
     "CREATE TRIGGER agent_audit AFTER INSERT OR DELETE OR UPDATE OF name, email, role, "
     "active ON agent FOR EACH ROW EXECUTE FUNCTION fd_audit_row('name', 'name', 'email', "
     "'role', 'active')"},
    {"canned_reply_audit", "canned_reply", Guard::Audit,
     "CREATE TRIGGER canned_reply_audit AFTER INSERT OR DELETE OR UPDATE OF title, body ON "
     "canned_reply FOR EACH ROW EXECUTE FUNCTION fd_audit_row('title', 'title', 'body')"},
    {"contact_audit", "contact", Guard::Audit,
     "CREATE TRIGGER contact_audit AFTER INSERT OR DELETE OR UPDATE OF customer_id, name, "
     "email, phone, role ON contact FOR EACH ROW EXECUTE FUNCTION fd_audit_row('name', "
     "'customer_id', 'name', 'email', 'phone', 'role')"},
    {"customer_audit", "customer", Guard::Audit,
     "CREATE TRIGGER customer_audit AFTER INSERT OR DELETE OR UPDATE OF name, email, "
     "company, plan, owner_id, since, status, stage, stage_pinned, tags, notes ON customer "
     "FOR EACH ROW EXECUTE FUNCTION fd_audit_row('name', 'name', 'email', 'company', "
     "'plan', 'owner_id', 'since', 'status', 'stage', 'stage_pinned', 'tags', 'notes')"},
    {"fd_audit_hold_entry", "fd_audit_hold", Guard::Audit,
     "CREATE CONSTRAINT TRIGGER fd_audit_hold_entry AFTER INSERT OR UPDATE ON "
     "fd_audit_hold DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "
     "fd_audit_hold_entry()"},
    {"settings_audit", "settings", Guard::Audit,
     "CREATE TRIGGER settings_audit AFTER INSERT OR DELETE OR UPDATE ON settings FOR EACH "
     "ROW EXECUTE FUNCTION fd_audit_row('key')"},
    {"ticket_audit", "ticket", Guard::Audit,
     "CREATE TRIGGER ticket_audit AFTER INSERT OR DELETE OR UPDATE OF customer_id, "
     "contact_id, subject, description, status, priority, channel, category, assignee_id, "
     "csat, tags, external_ref ON ticket FOR EACH ROW EXECUTE FUNCTION "
     "fd_audit_row('subject', 'customer_id', 'contact_id', 'subject', 'description', "
     "'status', 'priority', 'channel', 'category', 'assignee_id', 'csat', 'tags', "
     "'external_ref')"},
    {"ticket_comment_audit", "ticket_comment", Guard::Audit,
     "CREATE TRIGGER ticket_comment_audit AFTER INSERT OR DELETE OR UPDATE OF kind, "
     "author_agent_id, at, body ON ticket_comment FOR EACH ROW EXECUTE FUNCTION "
     "fd_audit_row('body', 'kind', 'author_agent_id', 'at', 'body')"},
    {"touchpoint_audit", "touchpoint", Guard::Audit,
     "CREATE TRIGGER touchpoint_audit AFTER INSERT OR DELETE OR UPDATE OF customer_id, "
     "contact_id, kind, direction, occurred_at, agent_id, summary, ticket_id, score ON "
     "touchpoint FOR EACH ROW EXECUTE FUNCTION fd_audit_row('kind', 'customer_id', "
     "'contact_id', 'kind', 'direction', 'occurred_at', 'agent_id', 'summary', "
     "'ticket_id', 'score')"},
    {"agent_authorship", "agent", Guard::Authorship,
     "CREATE TRIGGER agent_authorship BEFORE INSERT OR UPDATE ON agent FOR EACH ROW WHEN "
     "((NOT fd_writer_is_owner())) EXECUTE FUNCTION fd_own_authorship('version', "
     "'changed_at', 'changed_by')"},
    {"canned_reply_authorship", "canned_reply", Guard::Authorship,
     "CREATE TRIGGER canned_reply_authorship BEFORE INSERT OR UPDATE ON canned_reply FOR "
     "EACH ROW WHEN ((NOT fd_writer_is_owner())) EXECUTE FUNCTION "
     "fd_own_authorship('version', 'changed_at', 'changed_by')"},
    {"contact_authorship", "contact", Guard::Authorship,
     "CREATE TRIGGER contact_authorship BEFORE INSERT OR UPDATE ON contact FOR EACH ROW "
     "WHEN ((NOT fd_writer_is_owner())) EXECUTE FUNCTION fd_own_authorship('version', "
     "'changed_at', 'changed_by')"},
    {"customer_authorship", "customer", Guard::Authorship,
     "CREATE TRIGGER customer_authorship BEFORE INSERT OR UPDATE ON customer FOR EACH ROW "
     "WHEN ((NOT fd_writer_is_owner())) EXECUTE FUNCTION fd_own_authorship('version', "
     "'changed_at', 'changed_by', 'open_tickets', 'last_touch_at', 'last_review_at', "
     "'last_advocacy_at', 'best_survey', 'stage', 'stage_entered_at')"},
    {"stage_transition_authorship", "stage_transition", Guard::Authorship,
     "CREATE TRIGGER stage_transition_authorship BEFORE INSERT OR UPDATE ON "
     "stage_transition FOR EACH ROW WHEN ((NOT fd_session_is_manager())) EXECUTE FUNCTION "
     "fd_own_authorship()"},
    {"ticket_authorship", "ticket", Guard::Authorship,
     "CREATE TRIGGER ticket_authorship BEFORE INSERT OR UPDATE ON ticket FOR EACH ROW WHEN "
     "((NOT fd_writer_is_owner())) EXECUTE FUNCTION fd_own_authorship('version', "
     "'changed_at', 'changed_by', 'first_response_at', 'first_response_breached_at', "
     "'resolution_breached_at', 'search')"},
    {"ticket_comment_authorship", "ticket_comment", Guard::Authorship,
     "CREATE TRIGGER ticket_comment_authorship BEFORE INSERT OR UPDATE ON ticket_comment "
     "FOR EACH ROW WHEN ((NOT fd_session_is_manager())) EXECUTE FUNCTION "
     "fd_own_authorship()"},
    {"customer_pin", "customer", Guard::Pin,
     "CREATE TRIGGER customer_pin BEFORE INSERT OR UPDATE OF stage, stage_pinned ON "
     "customer FOR EACH ROW EXECUTE FUNCTION fd_pin_needs_manager()"},
    {"agent_id", "agent", Guard::Id,
     "CREATE TRIGGER agent_id BEFORE INSERT OR UPDATE OF id ON agent FOR EACH ROW EXECUTE "
     "FUNCTION fd_fill_id()"},
    {"canned_reply_id", "canned_reply", Guard::Id,
     "CREATE TRIGGER canned_reply_id BEFORE INSERT OR UPDATE OF id ON canned_reply FOR "
     "EACH ROW EXECUTE FUNCTION fd_fill_id()"},
    {"contact_id", "contact", Guard::Id,
     "CREATE TRIGGER contact_id BEFORE INSERT OR UPDATE OF id ON contact FOR EACH ROW "
     "EXECUTE FUNCTION fd_fill_id()"},
    {"customer_id", "customer", Guard::Id,
     "CREATE TRIGGER customer_id BEFORE INSERT OR UPDATE OF id ON customer FOR EACH ROW "
     "EXECUTE FUNCTION fd_fill_id()"},
    {"stage_transition_id", "stage_transition", Guard::Id,
     "CREATE TRIGGER stage_transition_id BEFORE INSERT OR UPDATE OF id ON stage_transition "
     "FOR EACH ROW EXECUTE FUNCTION fd_fill_id()"},
    {"ticket_id", "ticket", Guard::Id,
     "CREATE TRIGGER ticket_id BEFORE INSERT OR UPDATE OF id ON ticket FOR EACH ROW "
     "EXECUTE FUNCTION fd_fill_id()"},
    {"ticket_comment_id", "ticket_comment", Guard::Id,
     "CREATE TRIGGER ticket_comment_id BEFORE INSERT OR UPDATE OF id ON ticket_comment FOR "
     "EACH ROW EXECUTE FUNCTION fd_fill_id()"},
    {"touchpoint_id", "touchpoint", Guard::Id,
     "CREATE TRIGGER touchpoint_id BEFORE INSERT OR UPDATE OF id ON touchpoint FOR EACH "
     "ROW EXECUTE FUNCTION fd_fill_id()"},
    {"agent_login_delete", "agent", Guard::Login,
     "CREATE TRIGGER agent_login_delete BEFORE DELETE ON agent FOR EACH ROW WHEN "
     "((old.login IS NOT NULL)) EXECUTE FUNCTION fd_agent_login_delete_guard()"},
    {"agent_login_insert", "agent", Guard::Login,
     "CREATE TRIGGER agent_login_insert BEFORE INSERT ON agent FOR EACH ROW WHEN "
     "((new.login IS NOT NULL)) EXECUTE FUNCTION fd_agent_login_guard()"},
    {"agent_login_update", "agent", Guard::Login,
     "CREATE TRIGGER agent_login_update BEFORE UPDATE OF login, id ON agent FOR EACH ROW "
     "WHEN (((new.login IS DISTINCT FROM old.login) OR ((new.id <> old.id) AND "
     "(COALESCE(old.login, new.login) IS NOT NULL)))) EXECUTE FUNCTION "
     "fd_agent_login_guard()"},
    {"contact_kept", "contact", Guard::Kept,
     "CREATE TRIGGER contact_kept BEFORE UPDATE ON contact FOR EACH ROW WHEN ((NOT "
     "fd_session_is_manager())) EXECUTE FUNCTION fd_contact_kept()"},
    {"customer_kept", "customer", Guard::Kept,
     "CREATE TRIGGER customer_kept BEFORE UPDATE ON customer FOR EACH ROW WHEN ((NOT "
     "fd_session_is_manager())) EXECUTE FUNCTION fd_customer_kept()"},
    {"ticket_kept", "ticket", Guard::Kept,
     "CREATE TRIGGER ticket_kept BEFORE UPDATE ON ticket FOR EACH ROW WHEN ((NOT "
     "fd_session_is_manager())) EXECUTE FUNCTION fd_ticket_kept()"},
    {"ticket_search", "ticket", Guard::Search,
     "CREATE TRIGGER ticket_search BEFORE INSERT OR UPDATE OF subject, description, search "
     "ON ticket FOR EACH ROW EXECUTE FUNCTION fd_ticket_search_fill()"},
    {"ticket_words_added", "ticket", Guard::Words,
     "CREATE TRIGGER ticket_words_added AFTER INSERT ON ticket REFERENCING NEW TABLE AS "
     "added FOR EACH STATEMENT EXECUTE FUNCTION fd_ticket_words_added()"},
    {"ticket_words_changed", "ticket", Guard::Words,
     "CREATE TRIGGER ticket_words_changed AFTER UPDATE OF id, created_at, customer_id, "
     "assignee_id, status, priority, subject, description, first_response_at, solved_at, "
     "sla_paused_secs, sla_paused_since, first_response_breached_at, resolution_breached_at, "
     "search ON ticket FOR EACH ROW WHEN (((old.id <> new.id) OR (old.created_at <> "
     "new.created_at) OR (old.customer_id <> new.customer_id) OR (old.assignee_id IS DISTINCT "
     "FROM new.assignee_id) OR (old.status <> new.status) OR (old.priority <> new.priority) OR "
     "(old.subject <> new.subject) OR (old.first_response_at IS DISTINCT FROM "
     "new.first_response_at) OR (old.solved_at IS DISTINCT FROM new.solved_at) OR "
     "(old.sla_paused_secs <> new.sla_paused_secs) OR (old.sla_paused_since IS DISTINCT FROM "
     "new.sla_paused_since) OR (old.first_response_breached_at IS DISTINCT FROM "
     "new.first_response_breached_at) OR (old.resolution_breached_at IS DISTINCT FROM "
     "new.resolution_breached_at) OR (old.search IS DISTINCT FROM new.search))) EXECUTE "
     "FUNCTION fd_ticket_words_changed()"},
    {"ticket_words_removed", "ticket", Guard::Words,
     "CREATE TRIGGER ticket_words_removed AFTER DELETE ON ticket REFERENCING OLD TABLE AS "
     "removed FOR EACH STATEMENT EXECUTE FUNCTION fd_ticket_words_removed()"},
    {"ticket_day_moved", "ticket", Guard::TicketDays,
     "CREATE TRIGGER ticket_day_moved AFTER UPDATE OF created_at ON ticket FOR EACH ROW "
     "WHEN ((fd_ticket_day(old.created_at) <> fd_ticket_day(new.created_at))) EXECUTE "
     "FUNCTION fd_ticket_day_moved()"},
    {"ticket_days_added", "ticket", Guard::TicketDays,
     "CREATE TRIGGER ticket_days_added AFTER INSERT ON ticket REFERENCING NEW TABLE AS "
     "added FOR EACH STATEMENT EXECUTE FUNCTION fd_ticket_days_added()"},
    {"ticket_days_removed", "ticket", Guard::TicketDays,
     "CREATE TRIGGER ticket_days_removed AFTER DELETE ON ticket REFERENCING OLD TABLE AS "
     "removed FOR EACH STATEMENT EXECUTE FUNCTION fd_ticket_days_removed()"},
    {"task_day_moved", "task", Guard::TaskDays,
     "CREATE TRIGGER task_day_moved AFTER UPDATE OF due_day, done_at ON task FOR EACH ROW "
     "WHEN ((((old.done_at IS NULL) <> (new.done_at IS NULL)) OR ((new.done_at IS NULL) AND "
     "(old.due_day <> new.due_day)))) EXECUTE FUNCTION fd_task_day_moved()"},
    {"task_days_added", "task", Guard::TaskDays,
     "CREATE TRIGGER task_days_added AFTER INSERT ON task REFERENCING NEW TABLE AS added "
     "FOR EACH STATEMENT EXECUTE FUNCTION fd_task_days_added()"},
    {"task_days_removed", "task", Guard::TaskDays,
     "CREATE TRIGGER task_days_removed AFTER DELETE ON task REFERENCING OLD TABLE AS removed "
     "FOR EACH STATEMENT EXECUTE FUNCTION fd_task_days_removed()"},
    {"task_stage_day_moved", "task", Guard::TaskStageDays,
     "CREATE TRIGGER task_stage_day_moved AFTER UPDATE OF customer_id, due_day, done_at ON task "
     "FOR EACH ROW WHEN ((((old.done_at IS NULL) <> (new.done_at IS NULL)) OR ((new.done_at IS "
     "NULL) AND ((old.due_day <> new.due_day) OR (old.customer_id <> new.customer_id))))) "
     "EXECUTE FUNCTION fd_task_stage_day_moved()"},
    {"task_stage_days_added", "task", Guard::TaskStageDays,
     "CREATE TRIGGER task_stage_days_added AFTER INSERT ON task REFERENCING NEW TABLE AS added "
     "FOR EACH STATEMENT EXECUTE FUNCTION fd_task_stage_days_added()"},
    {"task_stage_days_removed", "task", Guard::TaskStageDays,
     "CREATE TRIGGER task_stage_days_removed AFTER DELETE ON task REFERENCING OLD TABLE AS "
     "removed FOR EACH STATEMENT EXECUTE FUNCTION fd_task_stage_days_removed()"},
    {"customer_stage_task_days", "customer", Guard::TaskStageDays,
     "CREATE TRIGGER customer_stage_task_days AFTER UPDATE OF stage, status ON customer FOR EACH "
     "ROW WHEN (( CASE old.status WHEN 'active'::text THEN old.stage ELSE NULL::text END IS "
     "DISTINCT FROM CASE new.status WHEN 'active'::text THEN new.stage ELSE NULL::text END)) "
     "EXECUTE FUNCTION fd_customer_task_stage_days()"},
    {"customer_delete_task_days", "customer", Guard::TaskStageDays,
     "CREATE TRIGGER customer_delete_task_days BEFORE DELETE ON customer FOR EACH ROW WHEN "
     "((old.status = 'active'::text)) EXECUTE FUNCTION fd_customer_task_stage_days()"},
    {"customer_name_changed", "customer", Guard::NameCounts,
     "CREATE TRIGGER customer_name_changed AFTER UPDATE OF name ON customer FOR EACH ROW WHEN "
     "((fd_nocase(old.name) <> fd_nocase(new.name))) EXECUTE FUNCTION "
     "fd_customer_name_changed()"},
    {"customer_names_added", "customer", Guard::NameCounts,
     "CREATE TRIGGER customer_names_added AFTER INSERT ON customer REFERENCING NEW TABLE AS "
     "added FOR EACH STATEMENT EXECUTE FUNCTION fd_customer_names_added()"},
    {"customer_names_removed", "customer", Guard::NameCounts,
     "CREATE TRIGGER customer_names_removed AFTER DELETE ON customer REFERENCING OLD TABLE AS "
     "removed FOR EACH STATEMENT EXECUTE FUNCTION fd_customer_names_removed()"},
    {"customer_names_copied", "customer", Guard::Names,
     "CREATE TRIGGER customer_names_copied AFTER INSERT ON customer REFERENCING NEW TABLE AS "
     "added FOR EACH STATEMENT EXECUTE FUNCTION fd_customer_names_copied()"},
    {"customer_names_dropped", "customer", Guard::Names,
     "CREATE TRIGGER customer_names_dropped AFTER DELETE ON customer REFERENCING OLD TABLE AS "
     "removed FOR EACH STATEMENT EXECUTE FUNCTION fd_customer_names_dropped()"},
    {"customer_names_renamed", "customer", Guard::Names,
     "CREATE TRIGGER customer_names_renamed AFTER UPDATE OF id, name ON customer FOR EACH ROW "
     "WHEN (((old.id <> new.id) OR (old.name <> new.name))) EXECUTE FUNCTION "
     "fd_customer_names_renamed()"},
    // New rows' summaries once per statement, deleted and updated rows' per row (v21,
    // 031_summary_rows.sql).
    {"ticket_open_count", "ticket", Guard::Summary,
     "CREATE TRIGGER ticket_open_count AFTER DELETE OR UPDATE OF status, customer_id ON ticket "
     "FOR EACH ROW EXECUTE FUNCTION fd_ticket_open_count()"},
    // Its name sorts before ticket_days_added's: statement triggers fire in name order, and the
    // customer's lock comes before the summaries' lock.
    {"ticket_customer_open_added", "ticket", Guard::Summary,
     "CREATE TRIGGER ticket_customer_open_added AFTER INSERT ON ticket REFERENCING NEW TABLE AS "
     "added FOR EACH STATEMENT EXECUTE FUNCTION fd_tickets_open_added()"},
    {"touchpoint_summary", "touchpoint", Guard::Summary,
     "CREATE TRIGGER touchpoint_summary AFTER DELETE OR UPDATE OF occurred_at, customer_id, "
     "kind, score ON touchpoint FOR EACH ROW EXECUTE FUNCTION fd_touchpoint_summary()"},
    {"touchpoint_summary_added", "touchpoint", Guard::Summary,
     "CREATE TRIGGER touchpoint_summary_added AFTER INSERT ON touchpoint REFERENCING NEW TABLE "
     "AS added FOR EACH STATEMENT EXECUTE FUNCTION fd_touchpoints_added()"},
    {"customer_delete_touchpoint_days", "customer", Guard::TouchpointDays,
     "CREATE TRIGGER customer_delete_touchpoint_days BEFORE DELETE ON customer FOR EACH "
     "ROW EXECUTE FUNCTION fd_customer_touchpoint_days()"},
    // A stage move's or churn's counts once per statement (v22, 032_stage_move_days.sql).
    {"customer_stage_touchpoint_days", "customer", Guard::TouchpointDays,
     "CREATE TRIGGER customer_stage_touchpoint_days AFTER UPDATE ON customer REFERENCING OLD "
     "TABLE AS updated_old NEW TABLE AS updated_new FOR EACH STATEMENT EXECUTE FUNCTION "
     "fd_customers_touchpoint_days_moved()"},
    {"agent_changed", "agent", Guard::Change,
     "CREATE TRIGGER agent_changed AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON agent "
     "FOR EACH STATEMENT EXECUTE FUNCTION fd_changed()"},
    {"canned_reply_changed", "canned_reply", Guard::Change,
     "CREATE TRIGGER canned_reply_changed AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON "
     "canned_reply FOR EACH STATEMENT EXECUTE FUNCTION fd_changed()"},
    {"contact_changed", "contact", Guard::Change,
     "CREATE TRIGGER contact_changed AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON "
     "contact FOR EACH STATEMENT EXECUTE FUNCTION fd_changed()"},
    {"customer_changed", "customer", Guard::Change,
     "CREATE TRIGGER customer_changed AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON "
     "customer FOR EACH STATEMENT EXECUTE FUNCTION fd_changed()"},
    {"settings_changed", "settings", Guard::Change,
     "CREATE TRIGGER settings_changed AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON "
     "settings FOR EACH STATEMENT EXECUTE FUNCTION fd_changed()"},
    {"stage_transition_changed", "stage_transition", Guard::Change,
     "CREATE TRIGGER stage_transition_changed AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE "
     "ON stage_transition FOR EACH STATEMENT EXECUTE FUNCTION fd_changed()"},
    {"ticket_changed", "ticket", Guard::Change,
     "CREATE TRIGGER ticket_changed AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON ticket "
     "FOR EACH STATEMENT EXECUTE FUNCTION fd_changed()"},
    {"ticket_comment_changed", "ticket_comment", Guard::Change,
     "CREATE TRIGGER ticket_comment_changed AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE "
     "ON ticket_comment FOR EACH STATEMENT EXECUTE FUNCTION fd_changed()"},
    {"touchpoint_changed", "touchpoint", Guard::Change,
     "CREATE TRIGGER touchpoint_changed AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON "
     "touchpoint FOR EACH STATEMENT EXECUTE FUNCTION fd_changed()"},
    {"touchpoint_day_changed", "touchpoint_day", Guard::Change,
     "CREATE TRIGGER touchpoint_day_changed AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE "
     "ON touchpoint_day FOR EACH STATEMENT EXECUTE FUNCTION fd_changed()"},
    {"agent_session_limits", "agent", Guard::Session,
     "CREATE TRIGGER agent_session_limits AFTER INSERT OR UPDATE OF login, role, active ON "
     "agent FOR EACH ROW WHEN (((new.login IS NOT NULL) AND (new.active = 1))) EXECUTE "
     "FUNCTION fd_agent_session_limits()"},
};

// The functions that run with the owner's rights (SECURITY DEFINER) so that a rep's writes can
// do what the rep may not: write the audit log, move a sequence, make a login, write the
// summaries (touchpoint_day, ticket_day, ticket_words, task_day, customer_name_count,
// customer_names, task_stage_day) and take
// their lock (015_team_stall.sql), set a login's session limits, read fd_team_login for check,
// take a check's lock (020_check_lock.sql), give the database team roles of its own
// (033_team_own_roles.sql), note and name the logins that hold or lost their rights
// (034_team_awaiting.sql).
constexpr const char* kDefinerFunctions[] = {
    "fd_audit_row",
    "fd_audit_bulk",
    "fd_audit_pause",
    "fd_audit_hold_entry",
    "fd_fill_id",
    "fd_team_add",
    "fd_team_disable",
    "fd_team_enable",
    "fd_team_link",
    "fd_team_own_roles",
    "fd_team_do_add",
    "fd_team_do_disable",
    "fd_team_do_enable",
    "fd_team_do_link",
    "fd_team_unknown_logins",
    "fd_team_login_faults",
    "fd_team_lost_logins",
    "fd_team_note_rights",
    "fd_team_session_limits",
    "fd_agent_session_limits",
    "fd_touchpoint_summary",
    "fd_touchpoints_added",
    "fd_customer_touchpoint_days",
    "fd_customers_touchpoint_days_moved",
    "fd_touchpoint_day_change",
    "fd_ticket_days_added",
    "fd_ticket_days_removed",
    "fd_ticket_day_moved",
    "fd_ticket_words_added",
    "fd_ticket_words_removed",
    "fd_ticket_words_changed",
    "fd_check_hold",
    "fd_task_days_added",
    "fd_task_days_removed",
    "fd_task_day_moved",
    "fd_customer_names_added",
    "fd_customer_names_removed",
    "fd_customer_name_changed",
    "fd_customer_names_copied",
    "fd_customer_names_dropped",
    "fd_customer_names_renamed",
    "fd_task_stage_days_added",
    "fd_task_stage_days_removed",
    "fd_task_stage_day_moved",
    "fd_customer_task_stage_days",
};

// "The audit trigger “x” on “t” %3, so …": %3 is the trigger's state (checkTriggers()).
QString guardSentence(Guard guard)
{
    switch (guard) {
    case Guard::Audit:
        return IntegrityCheck::tr(
            "The audit trigger %1 on %2 %3, so the changes it logs go unrecorded");
    case Guard::Authorship:
        return IntegrityCheck::tr(
            "The authorship trigger %1 on %2 %3, so a rep's rows there may name someone else "
            "as their author, and a rep's edit may keep the version a colleague's save is "
            "checked against");
    case Guard::Pin:
        return IntegrityCheck::tr(
            "The pin trigger %1 on %2 %3, so a rep may pin a customer's stage or move a "
            "pinned customer");
    case Guard::Id:
        return IntegrityCheck::tr(
            "The id trigger %1 on %2 %3, so new rows there get no id from FunnelDesk, and a "
            "rep may choose or change ids");
    case Guard::Login:
        return IntegrityCheck::tr(
            "The login trigger %1 on %2 %3, so a manager may change which agent a login is, "
            "or delete the agent of a login that keeps the team's rights, and the team "
            "commands may act on a login FunnelDesk did not make");
    case Guard::Kept:
        return IntegrityCheck::tr(
            "The trigger %1 on %2 %3, so a rep may write what FunnelDesk derives there (first "
            "response, breaches, solve time, SLA pauses, stage date, summaries) without a "
            "trace");
    case Guard::Search:
        return IntegrityCheck::tr(
            "The search trigger %1 on %2 %3, so a ticket's search words may differ from its "
            "subject and description");
    case Guard::Words:
        return IntegrityCheck::tr(
            "The search trigger %1 on %2 %3, so the search over every ticket may miss tickets, "
            "or find deleted ones, as its copy of their words goes stale");
    case Guard::TicketDays:
        return IntegrityCheck::tr(
            "The daily tickets trigger %1 on %2 %3, so the tickets of each day, by which "
            "“All tickets” finds a screen, may differ from the tickets");
    case Guard::TaskDays:
        return IntegrityCheck::tr(
            "The daily tasks trigger %1 on %2 %3, so the open tasks of each due day, by which "
            "the list of open tasks finds a screen and counts them, may differ from the tasks");
    case Guard::TaskStageDays:
        return IntegrityCheck::tr(
            "The overdue task count trigger %1 on %2 %3, so the stage dashboards may count "
            "overdue tasks that are done, or miss ones that are not");
    case Guard::NameCounts:
        return IntegrityCheck::tr(
            "The name count trigger %1 on %2 %3, so the dashboards' lists may not tell apart two "
            "customers of the same name, or mark a name as shared that is not");
    case Guard::Names:
        return IntegrityCheck::tr(
            "The customer names trigger %1 on %2 %3, so a search sorted by customer may place "
            "tickets under a customer's old name, or miss customers");
    case Guard::Summary:
        return IntegrityCheck::tr(
            "The summary trigger %1 on %2 %3, so customers' summaries (open tickets, last "
            "touch, last review, last advocacy, best survey) and the daily touchpoint counts "
            "may differ from their tickets and touchpoints, and stages move on stale facts");
    case Guard::TouchpointDays:
        return IntegrityCheck::tr(
            "The daily touchpoints trigger %1 on %2 %3, so the dashboards' daily touchpoint "
            "counts may keep a customer's touchpoints under a stage it left");
    case Guard::Change:
        return IntegrityCheck::tr(
            "The change trigger %1 on %2 %3, so other FunnelDesk windows do not learn of "
            "changes there and show what is no longer so");
    case Guard::Session:
        return IntegrityCheck::tr(
            "The session trigger %1 on %2 %3, so a login given to an agent gets no idle and "
            "lock time limits, and one rep's transaction left open may stall the team");
    }
    return {};
}

struct Found {
    bool enabled = false;
    QString function;
    QString definition;
};

// The schema's triggers (but the internal ones), (table, trigger) → what they are.
std::map<std::pair<QString, QString>, Found> presentTriggers(Database& db)
{
    std::map<std::pair<QString, QString>, Found> present;
    auto q = db.query("SELECT c.relname, t.tgname, t.tgenabled IN ('O', 'A'), p.proname, " +
                      std::string(Guards::kDefinitionSql) +
                      " FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON "
                      "p.oid = t.tgfoid "
                      "WHERE c.relnamespace = to_regnamespace(quote_ident(current_schema())) AND "
                      "NOT t.tgisinternal");
    while (q->step())
        present[{q->text(0), q->text(1)}] = {q->int64(2) != 0, q->text(3), q->text(4)};
    return present;
}

} // namespace

std::vector<Guards::Trigger> Guards::triggers()
{
    std::vector<Trigger> all;
    for (const GuardTrigger& trigger : kGuardTriggers)
        all.push_back({QString::fromLatin1(trigger.table), QString::fromLatin1(trigger.name),
                       QString::fromLatin1(trigger.definition)});
    return all;
}

QStringList Guards::definerFunctions()
{
    QStringList all;
    for (const char* name : kDefinerFunctions)
        all << QString::fromLatin1(name);
    return all;
}

void Guards::checkTriggers(Database& db, QStringList& problems)
{
    const auto present = presentTriggers(db);
    for (const GuardTrigger& expected : kGuardTriggers) {
        const auto found =
            present.find({QString::fromLatin1(expected.table), QString::fromLatin1(expected.name)});
        const QString function = QString::fromLatin1(expected.definition)
                                     .section(QStringLiteral(" EXECUTE FUNCTION "), 1)
                                     .section(QLatin1Char('('), 0, 0);
        QString state;
        if (found == present.end())
            state = IntegrityCheck::tr("is missing");
        else if (!found->second.enabled)
            state = IntegrityCheck::tr("is disabled");
        else if (found->second.function != function)
            state = IntegrityCheck::tr("calls another function than FunnelDesk's");
        else if (found->second.definition != QLatin1String(expected.definition))
            state = IntegrityCheck::tr(
                "fires otherwise than FunnelDesk's (its timing, events, columns, condition or "
                "arguments differ)");
        else
            continue;
        problems << guardSentence(expected.guard)
                        .arg(quoted(QString::fromLatin1(expected.name)),
                             quoted(QString::fromLatin1(expected.table)), state);
    }
}

void Guards::checkDefinerFunctions(Database& db, QStringList& problems)
{
    std::map<QString, std::pair<bool, bool>> present; // name -> (any definer, all definers pinned)
    auto q = db.query(
        "SELECT p.proname, p.prosecdef, EXISTS (SELECT 1 FROM unnest(p.proconfig) AS c "
        "WHERE c = 'search_path=' || quote_ident(current_schema()) || ', pg_temp') "
        "FROM pg_proc p WHERE p.pronamespace = to_regnamespace(quote_ident(current_schema()))");
    while (q->step()) {
        auto& [definer, pinned] = present.try_emplace(q->text(0), false, true).first->second;
        if (q->int64(1) != 0) {
            definer = true;
            pinned = pinned && q->int64(2) != 0;
        }
    }
    for (const char* name : kDefinerFunctions) {
        const QString function = quoted(QString::fromLatin1(name));
        const auto found = present.find(QString::fromLatin1(name));
        if (found == present.end())
            problems << IntegrityCheck::tr(
                            "The function %1 is missing, so what FunnelDesk does through it fails")
                            .arg(function);
        else if (!found->second.first)
            problems
                << IntegrityCheck::tr(
                       "The function %1 runs with the caller's rights, not the owner's (SECURITY "
                       "DEFINER), so what it does for a rep fails")
                       .arg(function);
    }
    for (const auto& [name, state] : present) {
        if (state.first && !state.second)
            problems << IntegrityCheck::tr(
                            "The function %1 runs with the owner's rights without FunnelDesk's "
                            "search_path, so a login's own tables may stand in for FunnelDesk's "
                            "inside it")
                            .arg(quoted(name));
    }
}

} // namespace fd::pg
