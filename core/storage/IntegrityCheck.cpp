#include "storage/IntegrityCheck.h"

#include "storage/AuditSchema.h"
#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/Statement.h"

#include <map>
#include <string>
#include <string_view>

namespace fd {

namespace {

struct Invariant {
    // Counts the rows that break it; %1…%n in it are spliced from placeholders() below, the SQL
    // that differs between backends.
    const char* sql;
    const char* what;
};

// Each query counts violations; the text says what they are, for %1 rows.
constexpr Invariant kInvariants[] = {
    {"SELECT count(*) FROM customer c WHERE NOT EXISTS (SELECT 1 FROM stage_transition t "
     "WHERE t.customer_id = c.id)",
     QT_TRANSLATE_NOOP("fd::IntegrityCheck", "%1 customers have no stage history")},
    {"SELECT count(*) FROM customer c JOIN stage_transition t ON t.id = (SELECT id FROM "
     "stage_transition WHERE customer_id = c.id ORDER BY at DESC, id DESC LIMIT 1) "
     "WHERE t.to_stage <> c.stage OR t.at <> c.stage_entered_at",
     QT_TRANSLATE_NOOP("fd::IntegrityCheck",
                       "%1 customers have a stage or stage date that differs from their "
                       "latest stage transition")},
    {"SELECT count(*) FROM stage_transition WHERE {same_stage}",
     QT_TRANSLATE_NOOP("fd::IntegrityCheck", "%1 stage transitions move nowhere")},
    {"SELECT count(*) FROM ticket k WHERE (SELECT count(*) FROM touchpoint p WHERE "
     "p.ticket_id = k.id AND p.direction = 'inbound' AND p.kind = k.channel AND "
     "p.occurred_at = k.created_at) <> 1",
     QT_TRANSLATE_NOOP("fd::IntegrityCheck",
                       "%1 tickets lack exactly one inbound touchpoint of their channel")},
    {"SELECT count(*) FROM touchpoint p JOIN ticket k ON k.id = p.ticket_id "
     "WHERE k.customer_id <> p.customer_id",
     QT_TRANSLATE_NOOP("fd::IntegrityCheck",
                       "%1 touchpoints belong to another customer than their ticket")},
    {"SELECT count(*) FROM customer c WHERE open_tickets <> (SELECT count(*) FROM ticket k WHERE "
     "k.customer_id = c.id AND k.status IN ('new', 'open', 'pending', 'on_hold')) OR "
     "{last_touch} OR {last_review} OR {last_advocacy} OR {best_survey}",
     QT_TRANSLATE_NOOP("fd::IntegrityCheck",
                       "%1 customers have summaries (open tickets, last touch, last review, last "
                       "advocacy, best survey) that differ from their tickets and touchpoints")},
    {"SELECT count(*) FROM (SELECT 1 FROM (SELECT CAST(day AS TEXT) AS day, stage, kind, "
     "touchpoints AS n "
     "FROM touchpoint_day UNION ALL SELECT {touch_day}, CASE c.status WHEN 'active' THEN c.stage "
     "ELSE "
     "'churned' END, p.kind, -1 FROM touchpoint p JOIN customer c ON c.id = p.customer_id) AS "
     "counted "
     "GROUP BY day, stage, kind HAVING sum(n) <> 0) AS differing",
     QT_TRANSLATE_NOOP("fd::IntegrityCheck",
                       "%1 daily touchpoint counts differ from the touchpoints")},
    {"SELECT count(*) FROM ticket WHERE solved_at IS NULL AND status IN ('solved', 'closed')",
     QT_TRANSLATE_NOOP("fd::IntegrityCheck", "%1 solved or closed tickets have no solve time")},
    // An agent's public reply is the ticket's first response (TicketCommentRepository::add →
    // TicketRepository::respond): a ticket with one has a first response, and not after it.
    {"SELECT count(*) FROM ticket k JOIN (SELECT ticket_id, min(at) AS first_reply FROM ticket_comment "
     "WHERE kind = 'public_reply' AND author_agent_id IS NOT NULL GROUP BY ticket_id) AS r ON r.ticket_id = k.id "
     "WHERE k.first_response_at IS NULL OR k.first_response_at > r.first_reply",
     QT_TRANSLATE_NOOP("fd::IntegrityCheck",
                       "%1 tickets have a first response time that disagrees with their agents' public replies "
                       "(none, or later than the first reply)")},
};

// The invariant's SQL for `dialect`: each {name} replaced by the backend's text.
std::string sqlFor(const char* sql, const Dialect& dialect) {
    const auto latest = [](const char* what) {
        return std::string("(SELECT max(") + what +
               ") FROM touchpoint p WHERE p.customer_id = c.id";
    };
    const std::pair<std::string, std::string> parts[] = {
        {"{same_stage}", dialect.nullSafeEqual("from_stage", "to_stage")},
        {"{last_touch}", dialect.nullSafeDiffer("last_touch_at", latest("occurred_at") + ")")},
        {"{last_review}",
         dialect.nullSafeDiffer("last_review_at",
                                latest("occurred_at") + " AND kind = 'success_review')")},
        {"{last_advocacy}",
         dialect.nullSafeDiffer("last_advocacy_at",
                                latest("occurred_at") +
                                    " AND kind IN ('testimonial', 'community_forum', 'meetup', "
                                    "'user_conference', 'referral'))")},
        {"{best_survey}",
         dialect.nullSafeDiffer("best_survey", latest("score") + " AND kind = 'survey')")},
        {"{touch_day}", dialect.localDay("p.occurred_at")},
    };
    std::string text(sql);
    for (const auto& [name, replacement] : parts) {
        for (std::size_t at = text.find(name); at != std::string::npos;
             at = text.find(name, at + replacement.size()))
            text.replace(at, name.size(), replacement);
    }
    return text;
}

// The rows of a file that hold a time outside the years 1 to 9999 (Statement::kEarliestUtcSecs,
// kLatestUtcSecs), which a server's CHECK constraints refuse (migrations/017_kept.sql) and another
// program may write into a file; FunnelDesk reads each as the nearest end of that range.
qint64 timesOutOfRange(Database& db)
{
    const std::pair<const char*, const char*> kept[] = {
        {"customer", "stage_entered_at, last_touch_at, last_review_at, last_advocacy_at, changed_at"},
        {"contact", "added_at, changed_at"},
        {"ticket", "created_at, first_response_at, solved_at, sla_paused_since, first_response_breached_at, "
                   "resolution_breached_at, changed_at"},
        {"ticket_comment", "at"},
        {"touchpoint", "occurred_at"},
        {"stage_transition", "at"},
        {"agent", "changed_at"},
        {"canned_reply", "changed_at"}};
    const std::string range = " NOT BETWEEN " + std::to_string(Statement::kEarliestUtcSecs) + " AND " +
                              std::to_string(Statement::kLatestUtcSecs);
    qint64 rows = 0;
    for (const auto& [table, columns] : kept) {
        std::string where;
        for (const QString& column : QString::fromLatin1(columns).split(QStringLiteral(", ")))
            where += (where.empty() ? "" : " OR ") + column.toStdString() + range;
        if (std::string_view(table) == "ticket")
            where += " OR sla_paused_secs NOT BETWEEN 0 AND " +
                     std::to_string(Statement::kLatestUtcSecs - Statement::kEarliestUtcSecs);
        rows += db.scalar(std::string("SELECT count(*) FROM ") + table + " WHERE " + where);
    }
    return rows;
}

// SQLite's own checks of the file: its structure, the foreign keys (SQLite enforces them only
// while a connection asks it to), and FTS5's index against the tickets. A server keeps its
// structure, enforces its foreign keys always, and generates ticket.search itself.
void checkSqliteFile(Database& db, QStringList& problems) {
    {
        auto q = db.query("PRAGMA integrity_check");
        while (q->step()) {
            const QString line = q->text(0);
            if (line != QLatin1String("ok"))
                problems << IntegrityCheck::tr("SQLite integrity_check: %1").arg(line);
        }
    }
    {
        auto q = db.query("PRAGMA foreign_key_check");
        qint64 broken = 0;
        while (q->step())
            ++broken;
        if (broken > 0)
            problems << IntegrityCheck::tr("%1 rows point to rows that do not exist").arg(broken);
    }
    if (const qint64 rows = timesOutOfRange(db); rows > 0)
        problems << IntegrityCheck::tr("%1 rows hold a time outside the years 1 to 9999 (written by another program), "
                                       "which FunnelDesk reads as the nearest of those years' ends and the SLA sweep "
                                       "leaves alone; correct them")
                        .arg(rows);
    if (!db.isReadOnly()) {
        // FTS5's own check compares the index with the ticket table it mirrors.
        try {
            // rank 1: an external content table's index is compared with the tickets' text too
            // (a program other than FunnelDesk may change a subject without the index).
            db.execute("INSERT INTO ticket_fts (ticket_fts, rank) VALUES ('integrity-check', 1)");
        } catch (const SqlError& error) {
            problems << IntegrityCheck::tr(
                            "The ticket search index is out of step with the tickets (%1)")
                            .arg(error.message());
        }
    }
}

QString quoted(const QString& text) {
    return QStringLiteral("“%1”").arg(text);
}

// The audit log's triggers on a file (storage/AuditSchema.cpp): each CREATE TRIGGER of
// kAuditMigrationSqlite must be in sqlite_schema with the same text (whitespace aside).
// SQLite cannot disable a trigger, but anyone who may write the file may drop one (the
// sqlite3 shell), and then the changes it logged go unrecorded.
void checkAuditTriggersSqlite(Database& db, QStringList& problems) {
    std::map<QString, QString> expected; // name -> its statement, simplified
    const QString migration = QString::fromUtf8(kAuditMigrationSqlite);
    const QString create = QStringLiteral("CREATE TRIGGER ");
    for (qsizetype at = migration.indexOf(create); at >= 0; at = migration.indexOf(create, at + 1)) {
        const qsizetype end = migration.indexOf(QStringLiteral("\nEND;"), at);
        const qsizetype nameEnd = migration.indexOf(QLatin1Char(' '), at + create.size());
        if (end < 0 || nameEnd < 0)
            break;
        expected[migration.mid(at + create.size(), nameEnd - at - create.size())] =
            migration.mid(at, end + 4 - at).simplified();
    }
    std::map<QString, QString> present;
    auto q = db.query("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'");
    while (q->step())
        present[q->text(0)] = q->text(1).simplified();
    for (const auto& [name, sql] : expected) {
        const auto found = present.find(name);
        if (found == present.end())
            problems << IntegrityCheck::tr("The audit trigger %1 is missing, so the changes it logs go unrecorded")
                            .arg(quoted(name));
        else if (found->second != sql)
            problems << IntegrityCheck::tr("The audit trigger %1 differs from FunnelDesk's, so the changes it logs "
                                           "may go unrecorded")
                            .arg(quoted(name));
    }
}

// What a server's guard trigger keeps, for the sentence that names it broken.
enum class Guard {
    Audit,      // 005_audit.sql: every change in the audit log
    Authorship, // 006_guard.sql, 010_audit_hold.sql: a rep's rows are the rep's, a rep's edit a new version
    Pin,        // 003_team.sql: pinning is a manager's
    Id,         // 001_initial.sql, 010_audit_hold.sql: ids are FunnelDesk's to give
    Login,      // 012_team_logins.sql: which agent a login is, is the team functions' to say
    Kept,       // 017_kept.sql: what FunnelDesk derives, a rep may not write directly
    Search,     // 001_initial.sql, 017_kept.sql: ticket.search is the server's, from the text
};

struct GuardTrigger {
    const char* name;
    const char* table;
    const char* function;
    Guard guard;
};

// Every guard trigger of the server's migrations: it must exist, be enabled (tgenabled 'O' or
// 'A'; 'D' is disabled, 'R' fires only on a replica) and call its function.
constexpr GuardTrigger kGuardTriggers[] = {
    {"agent_audit", "agent", "fd_audit_row", Guard::Audit},
    {"customer_audit", "customer", "fd_audit_row", Guard::Audit},
    {"contact_audit", "contact", "fd_audit_row", Guard::Audit},
    {"ticket_audit", "ticket", "fd_audit_row", Guard::Audit},
    {"ticket_comment_audit", "ticket_comment", "fd_audit_row", Guard::Audit},
    {"canned_reply_audit", "canned_reply", "fd_audit_row", Guard::Audit},
    {"touchpoint_audit", "touchpoint", "fd_audit_row", Guard::Audit},
    {"settings_audit", "settings", "fd_audit_row", Guard::Audit},
    {"fd_audit_hold_entry", "fd_audit_hold", "fd_audit_hold_entry", Guard::Audit}, // 016_audit_pause.sql
    {"agent_authorship", "agent", "fd_own_authorship", Guard::Authorship},
    {"customer_authorship", "customer", "fd_own_authorship", Guard::Authorship},
    {"contact_authorship", "contact", "fd_own_authorship", Guard::Authorship},
    {"ticket_authorship", "ticket", "fd_own_authorship", Guard::Authorship},
    {"ticket_comment_authorship", "ticket_comment", "fd_own_authorship", Guard::Authorship},
    {"canned_reply_authorship", "canned_reply", "fd_own_authorship", Guard::Authorship},
    {"stage_transition_authorship", "stage_transition", "fd_own_authorship", Guard::Authorship},
    {"customer_pin", "customer", "fd_pin_needs_manager", Guard::Pin},
    {"agent_id", "agent", "fd_fill_id", Guard::Id},
    {"customer_id", "customer", "fd_fill_id", Guard::Id},
    {"contact_id", "contact", "fd_fill_id", Guard::Id},
    {"ticket_id", "ticket", "fd_fill_id", Guard::Id},
    {"ticket_comment_id", "ticket_comment", "fd_fill_id", Guard::Id},
    {"canned_reply_id", "canned_reply", "fd_fill_id", Guard::Id},
    {"touchpoint_id", "touchpoint", "fd_fill_id", Guard::Id},
    {"stage_transition_id", "stage_transition", "fd_fill_id", Guard::Id},
    {"agent_login_insert", "agent", "fd_agent_login_guard", Guard::Login},
    {"agent_login_update", "agent", "fd_agent_login_guard", Guard::Login},
    {"ticket_kept", "ticket", "fd_ticket_kept", Guard::Kept},
    {"customer_kept", "customer", "fd_customer_kept", Guard::Kept},
    {"contact_kept", "contact", "fd_contact_kept", Guard::Kept},
    {"ticket_search", "ticket", "fd_ticket_search_fill", Guard::Search},
};

// The functions that run with the owner's rights (SECURITY DEFINER) so that a rep's writes can
// do what the rep may not: write the audit log, move a sequence, make a login, write the
// touchpoint_day summary and take its lock (015_team_stall.sql), take a check's lock
// (020_check_lock.sql).
constexpr const char* kDefinerFunctions[] = {
    "fd_audit_row", "fd_audit_bulk",   "fd_audit_pause", "fd_audit_hold_entry", "fd_fill_id",
    "fd_team_add",  "fd_team_disable", "fd_team_enable", "fd_team_link",
    "fd_touchpoint_summary", "fd_customer_touchpoint_days", "fd_touchpoint_day_change", "fd_check_hold",
};

// "The audit trigger “x” on “t” %3, so …": %3 is the trigger's state (triggerState()).
QString guardSentence(Guard guard)
{
    switch (guard) {
    case Guard::Audit:
        return IntegrityCheck::tr("The audit trigger %1 on %2 %3, so the changes it logs go unrecorded");
    case Guard::Authorship:
        return IntegrityCheck::tr("The authorship trigger %1 on %2 %3, so a rep's rows there may name someone else "
                                  "as their author, and a rep's edit may keep the version a colleague's save is "
                                  "checked against");
    case Guard::Pin:
        return IntegrityCheck::tr("The pin trigger %1 on %2 %3, so a rep may pin a customer's stage or move a "
                                  "pinned customer");
    case Guard::Id:
        return IntegrityCheck::tr("The id trigger %1 on %2 %3, so new rows there get no id from FunnelDesk, and a "
                                  "rep may choose or change ids");
    case Guard::Login:
        return IntegrityCheck::tr("The login trigger %1 on %2 %3, so a manager may change which agent a login is, "
                                  "and the team commands may act on a login FunnelDesk did not make");
    case Guard::Kept:
        return IntegrityCheck::tr("The trigger %1 on %2 %3, so a rep may write what FunnelDesk derives there (first "
                                  "response, breaches, solve time, SLA pauses, stage date, summaries) without a "
                                  "trace");
    case Guard::Search:
        return IntegrityCheck::tr("The search trigger %1 on %2 %3, so a ticket's search words may differ from its "
                                  "subject and description");
    }
    return {};
}

// Each guard trigger of kGuardTriggers that is missing, disabled or calls another function.
void checkGuardTriggers(Database& db, QStringList& problems)
{
    struct Found {
        bool enabled;
        QString function;
    };
    std::map<std::pair<QString, QString>, Found> present; // (table, trigger)
    auto q = db.query("SELECT c.relname, t.tgname, t.tgenabled IN ('O', 'A'), p.proname FROM pg_trigger t "
                      "JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid "
                      "WHERE c.relnamespace = to_regnamespace(quote_ident(current_schema())) AND NOT t.tgisinternal");
    while (q->step())
        present[{q->text(0), q->text(1)}] = {q->int64(2) != 0, q->text(3)};
    for (const GuardTrigger& expected : kGuardTriggers) {
        const auto found =
            present.find({QString::fromLatin1(expected.table), QString::fromLatin1(expected.name)});
        QString state;
        if (found == present.end())
            state = IntegrityCheck::tr("is missing");
        else if (!found->second.enabled)
            state = IntegrityCheck::tr("is disabled");
        else if (found->second.function != QLatin1String(expected.function))
            state = IntegrityCheck::tr("calls another function than FunnelDesk's");
        else
            continue;
        problems << guardSentence(expected.guard)
                        .arg(quoted(QString::fromLatin1(expected.name)), quoted(QString::fromLatin1(expected.table)),
                             state);
    }
}

// Each function of kDefinerFunctions that is missing or no longer runs with the owner's rights,
// and each function with the owner's rights (any of the schema) whose search_path is not the
// schema's and pg_temp's, last (006_guard.sql: a login's temporary tables must not stand in for
// FunnelDesk's inside it).
void checkDefinerFunctions(Database& db, QStringList& problems)
{
    std::map<QString, std::pair<bool, bool>> present; // name -> (any definer, all definers pinned)
    auto q = db.query("SELECT p.proname, p.prosecdef, EXISTS (SELECT 1 FROM unnest(p.proconfig) AS c "
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
            problems << IntegrityCheck::tr("The function %1 is missing, so what FunnelDesk does through it fails")
                            .arg(function);
        else if (!found->second.first)
            problems << IntegrityCheck::tr("The function %1 runs with the caller's rights, not the owner's (SECURITY "
                                           "DEFINER), so what it does for a rep fails")
                            .arg(function);
    }
    for (const auto& [name, state] : present) {
        if (state.first && !state.second)
            problems << IntegrityCheck::tr("The function %1 runs with the owner's rights without FunnelDesk's "
                                           "search_path, so a login's own tables may stand in for FunnelDesk's "
                                           "inside it")
                            .arg(quoted(name));
    }
}

// The id tables whose largest id is the largest a bigint holds: fd_fill_id cannot give a new row
// an id there (an id a rep chose before 010_audit_hold.sql, or an import's).
void checkIdRoom(Database& db, QStringList& problems)
{
    const char* tables[] = {"agent", "customer", "contact", "ticket", "ticket_comment", "canned_reply",
                            "touchpoint", "stage_transition"};
    for (const char* table : tables) {
        if (db.scalar(std::string("SELECT count(*) FROM ") + table + " WHERE id = 9223372036854775807") > 0)
            problems << IntegrityCheck::tr("A row of %1 has the largest id there can be, so no new row can be added "
                                           "there; give that row a smaller id")
                            .arg(quoted(QString::fromLatin1(table)));
    }
}

// On a server: the guard triggers, the owner's-rights functions, room for new ids, and the rep
// role's INSERT on audit_log, which 006_guard.sql took away.
void checkGuardsPostgres(Database& db, QStringList& problems)
{
    checkGuardTriggers(db, problems);
    checkDefinerFunctions(db, problems);
    checkIdRoom(db, problems);
    if (db.scalar("SELECT count(*) FROM pg_roles r WHERE r.rolname = fd_team_role('rep') "
                  "AND has_table_privilege(r.oid, 'audit_log', 'INSERT')") > 0)
        problems << IntegrityCheck::tr("The team's rep role may add entries to the audit log directly, so "
                                       "entries may be forged; REVOKE INSERT ON audit_log from it");
}

// On a server: the tickets of each UTC day (011_ticket_day.sql) against the tickets. A day
// the table lacks, or holds with another count, is one difference; a day without tickets may
// stay at 0.
void checkTicketDaysPostgres(Database& db, QStringList& problems) {
    const qint64 differing = db.scalar(
        "SELECT count(*) FROM (SELECT day, sum(n) AS n FROM (SELECT day, tickets AS n FROM ticket_day UNION ALL "
        "SELECT fd_ticket_day(created_at), -1 FROM ticket) AS counted GROUP BY day HAVING sum(n) <> 0) AS d");
    if (differing > 0)
        problems << IntegrityCheck::tr("%1 daily ticket counts differ from the tickets").arg(differing);
}

// On a server: each ticket's row of ticket_words (014_search_order.sql), which the search over
// every ticket reads instead of the ticket: missing, left over from a deleted ticket, or with
// another creation time or other words, it is one difference.
void checkTicketWordsPostgres(Database& db, QStringList& problems) {
    const qint64 differing =
        db.scalar("SELECT count(*) FROM ticket t FULL JOIN ticket_words w ON w.id = t.id WHERE t.id IS NULL "
                  "OR w.id IS NULL OR w.created_at <> t.created_at OR w.search IS DISTINCT FROM t.search");
    if (differing > 0)
        problems << IntegrityCheck::tr("%1 tickets' search words differ from the tickets").arg(differing);
}

// On a server (storage/postgres/migrations/012_team_logins.sql): every agent's login is one the
// team functions act on (fd_team_login: FunnelDesk made it, or the owner gave it to an agent).
// The two triggers that keep agent.login the team functions' own are in kGuardTriggers.
void checkTeamLoginsPostgres(Database& db, QStringList& problems) {
    auto unknown = db.query("SELECT agent_name, login FROM fd_team_unknown_logins()");
    while (unknown->step())
        problems << IntegrityCheck::tr("The agent %1 signs in as %2, a login FunnelDesk did not make for this "
                                       "database nor its owner give to an agent, so the team commands do not act "
                                       "on it; its owner can clear agent.login and give it again with `team add "
                                       "--agent`")
                        .arg(quoted(unknown->text(0)), quoted(unknown->text(1)));
}

// On a server (storage/postgres/migrations/018_text_rule.sql): rows stored before the server kept
// the text rule that break it, by the constraint left NOT VALID for them.
void checkTextPostgres(Database& db, QStringList& problems) {
    auto faults = db.query("SELECT constraint_name, table_name, row_count, first_ids FROM fd_text_faults()");
    while (faults->step())
        problems << IntegrityCheck::tr("%1 rows of %2 hold characters FunnelDesk's text rule refuses (constraint %3; "
                                       "ids %4): they were stored before the server kept the rule, and a change to "
                                       "such a row is refused until its text is corrected")
                        .arg(faults->int64(2))
                        .arg(quoted(faults->text(1)), quoted(faults->text(0)), faults->text(3));
}

} // namespace

Result<QStringList> IntegrityCheck::run(Database& db) {
    return db.guard([&] {
        QStringList problems;
        if (db.backend() == Database::Backend::Sqlite) {
            checkSqliteFile(db, problems);
            checkAuditTriggersSqlite(db, problems);
        } else {
            checkGuardsPostgres(db, problems);
            checkTicketDaysPostgres(db, problems);
            checkTicketWordsPostgres(db, problems);
            checkTeamLoginsPostgres(db, problems);
            checkTextPostgres(db, problems);
        }
        for (const Invariant& invariant : kInvariants) {
            const qint64 count = db.scalar(sqlFor(invariant.sql, db.dialect()));
            if (count > 0)
                problems << tr(invariant.what).arg(count);
        }
        return problems;
    });
}

} // namespace fd
