#include "storage/IntegrityCheck.h"

#include "common/FrontEndHints.h"
#include "common/Quoted.h"
#include "storage/AuditSchema.h"
#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/postgres/PgGuards.h"
#include "storage/postgres/PgRights.h"
#include "storage/postgres/PgTeam.h"
#include "storage/Statement.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

#include <cstring>
#include <iterator>
#include <map>
#include <string>
#include <string_view>

namespace fd {

namespace {

// QT_LOGGING_RULES="funneldesk.check.debug=true": the time of each step, for docs/PERFORMANCE.md.
Q_LOGGING_CATEGORY(lcCheck, "funneldesk.check", QtWarningMsg)

struct Invariant {
    // Counts the rows that break it; %1…%n in it are spliced from placeholders() below, the SQL
    // that differs between backends.
    const char* sql;
    const char* what;
    // On a server this invariant and the next are counted together by kTicketTouchpointsPostgres
    // instead of by their own statements.
    bool withNextOnServer = false;
};

// On a server, the two invariants over each ticket and its touchpoints in one pass that gives
// both counts: the tickets without exactly one inbound touchpoint of their channel at their
// creation, and the touchpoints of another customer than their ticket's. A ticket without any
// touchpoint is one row with none matching; a touchpoint of no ticket is in neither. In `check`
// on L on a server (its default work_mem) the two took 1.64-1.70 s and 0.87-0.89 s apart and
// 0.99-1.00 s together; SQLite answers them faster apart (1.0 s against 1.4 s): docs/
// PERFORMANCE.md, "Run twenty-one, and two savings on a server's bulk work".
constexpr const char* kTicketTouchpointsPostgres =
    "SELECT count(*) FILTER (WHERE x.matching <> 1), coalesce(sum(x.elsewhere), 0) FROM (SELECT "
    "count(*) FILTER (WHERE p.direction = 'inbound' AND p.kind = k.channel AND p.occurred_at = "
    "k.created_at) AS matching, count(*) FILTER (WHERE p.customer_id <> k.customer_id) AS "
    "elsewhere FROM ticket k LEFT JOIN touchpoint p ON p.ticket_id = k.id GROUP BY k.id) AS x";

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
                       "%1 tickets lack exactly one inbound touchpoint of their channel"),
     true},
    {"SELECT count(*) FROM touchpoint p JOIN ticket k ON k.id = p.ticket_id "
     "WHERE k.customer_id <> p.customer_id",
     QT_TRANSLATE_NOOP("fd::IntegrityCheck",
                       "%1 touchpoints belong to another customer than their ticket")},
    // Counted per customer in one pass over the tickets and one over the touchpoints (a seek per
    // customer and summary took twice as long on L on a server, as long on a file).
    {"SELECT count(*) FROM customer c LEFT JOIN (SELECT customer_id, count(*) AS n FROM ticket "
     "WHERE {open} GROUP BY customer_id) o ON "
     "o.customer_id = c.id "
     "LEFT JOIN (SELECT customer_id, max(occurred_at) AS touch, "
     "max(occurred_at) FILTER (WHERE kind = 'success_review') AS review, "
     "max(occurred_at) FILTER (WHERE kind IN ('testimonial', 'community_forum', 'meetup', "
     "'user_conference', "
     "'referral')) AS advocacy, max(score) FILTER (WHERE kind = 'survey') AS survey FROM "
     "touchpoint "
     "GROUP BY customer_id) t ON t.customer_id = c.id WHERE c.open_tickets <> coalesce(o.n, 0) OR "
     "{last_touch} OR {last_review} OR {last_advocacy} OR {best_survey}",
     QT_TRANSLATE_NOOP("fd::IntegrityCheck",
                       "%1 customers have summaries (open tickets, last touch, last review, last "
                       "advocacy, best survey) that differ from their tickets and touchpoints")},
    {"SELECT count(*) FROM (SELECT 1 FROM (SELECT day, stage, kind, touchpoints AS n "
     "FROM touchpoint_day UNION ALL SELECT {touch_day}, CASE c.status WHEN 'active' THEN c.stage "
     "ELSE "
     "'churned' END, p.kind, -1 FROM touchpoint p JOIN customer c ON c.id = p.customer_id) AS "
     "counted "
     "GROUP BY day, stage, kind HAVING sum(n) <> 0) AS differing",
     QT_TRANSLATE_NOOP("fd::IntegrityCheck",
                       "%1 daily touchpoint counts differ from the touchpoints")},
    // The open tasks of each stage's active customers by due day (schema v17) against the tasks.
    {"SELECT count(*) FROM (SELECT 1 FROM (SELECT stage, day, tasks AS n FROM task_stage_day "
     "UNION ALL SELECT c.stage, t.due_day, -1 FROM task t JOIN customer c ON c.id = t.customer_id "
     "WHERE t.done_at IS NULL AND c.status = 'active') AS counted GROUP BY stage, day "
     "HAVING sum(n) <> 0) AS differing",
     QT_TRANSLATE_NOOP("fd::IntegrityCheck",
                       "%1 daily counts of open tasks by stage differ from the tasks")},
    {"SELECT count(*) FROM ticket WHERE solved_at IS NULL AND status IN ('solved', 'closed')",
     QT_TRANSLATE_NOOP("fd::IntegrityCheck", "%1 solved or closed tickets have no solve time")},
    // An agent's public reply is the ticket's first response (TicketCommentRepository::add →
    // TicketRepository::respond): a ticket with one has a first response, and not after it, that
    // is, no such reply of the ticket's is earlier than its first response, or the ticket has none.
    {"SELECT count(*) FROM ticket k WHERE EXISTS (SELECT 1 FROM ticket_comment r WHERE r.ticket_id "
     "= k.id "
     "AND r.kind = 'public_reply' AND r.author_agent_id IS NOT NULL "
     "AND (k.first_response_at IS NULL OR r.at < k.first_response_at))",
     QT_TRANSLATE_NOOP(
         "fd::IntegrityCheck",
         "%1 tickets have a first response time that disagrees with their agents' public replies "
         "(none, or later than the first reply)")},
};

// kTicketTouchpointsPostgres gives the counts of the invariant flagged withNextOnServer and of
// the one after it, in that order: these two.
constexpr bool pairedAsCounted()
{
    for (std::size_t i = 0; i < std::size(kInvariants); ++i) {
        if (!kInvariants[i].withNextOnServer)
            continue;
        if (i + 1 == std::size(kInvariants))
            return false;
        const std::string_view first(kInvariants[i].what);
        const std::string_view second(kInvariants[i + 1].what);
        if (!first.starts_with("%1 tickets lack exactly one inbound touchpoint") ||
            !second.starts_with("%1 touchpoints belong to another customer"))
            return false;
    }
    return true;
}
static_assert(pairedAsCounted());

// The invariant's SQL for `dialect`: each {name} replaced by the backend's text.
std::string sqlFor(const char* sql, const Dialect& dialect)
{
    const std::pair<std::string, std::string> parts[] = {
        {"{same_stage}", dialect.nullSafeEqual("from_stage", "to_stage")},
        {"{last_touch}", dialect.nullSafeDiffer("c.last_touch_at", "t.touch")},
        {"{last_review}", dialect.nullSafeDiffer("c.last_review_at", "t.review")},
        {"{last_advocacy}", dialect.nullSafeDiffer("c.last_advocacy_at", "t.advocacy")},
        {"{best_survey}", dialect.nullSafeDiffer("c.best_survey", "t.survey")},
        {"{touch_day}", dialect.localDate("p.occurred_at")}, // as touchpoint_day.day is stored
        {"{open}", dialect.openTicket("status")},
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
        {"customer",
         "stage_entered_at, last_touch_at, last_review_at, last_advocacy_at, changed_at"},
        {"contact", "added_at, changed_at"},
        {"ticket",
         "created_at, first_response_at, solved_at, sla_paused_since, first_response_breached_at, "
         "resolution_breached_at, changed_at"},
        {"ticket_comment", "at"},
        {"touchpoint", "occurred_at"},
        {"stage_transition", "at"},
        {"agent", "changed_at"},
        {"canned_reply", "changed_at"}};
    const std::string range = " NOT BETWEEN " + std::to_string(Statement::kEarliestUtcSecs) +
                              " AND " + std::to_string(Statement::kLatestUtcSecs);
    qint64 rows = 0;
    for (const auto& [table, columns] : kept) {
        std::string where;
        // The columns of the list above, split where they are (no run-time text reaches SQL).
        for (std::string_view rest = columns; !rest.empty();) {
            const std::size_t comma = rest.find(", ");
            where += (where.empty() ? "" : " OR ") + std::string(rest.substr(0, comma)) + range;
            rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 2);
        }
        if (std::string_view(table) == "ticket")
            where += " OR sla_paused_secs NOT BETWEEN 0 AND " +
                     std::to_string(Statement::kLatestUtcSecs - Statement::kEarliestUtcSecs);
        rows += db.scalar(std::string("SELECT count(*) FROM ") + table + " WHERE " + where);
    }
    return rows;
}

// What PRAGMA integrity_check says of a page it could not read, before SQLite's error code.
constexpr const char* kUnreadablePage = "unable to get the page. error code=";
// SQLite's primary result code for damage (https://www.sqlite.org/rescode.html#corrupt); this
// file is shared with PostgreSQL and does not include sqlite3.h.
constexpr int kSqliteCorrupt = 11;

// SQLite's own checks of the file: its structure, the foreign keys (SQLite enforces them only
// while a connection asks it to), and FTS5's index against the tickets. A server keeps its
// structure, enforces its foreign keys always, and generates ticket.search itself.
void checkSqliteFile(Database& db, QStringList& problems)
{
    {
        auto q = db.query("PRAGMA integrity_check");
        QStringList found;
        while (q->step()) {
            // A row may hold several problems, one a line, after "*** in database main ***".
            for (const QString& line : q->text(0).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                if (line == QLatin1String("ok") ||
                    line.startsWith(QLatin1String("*** in database")))
                    continue;
                // A page the check could not read is an error of the check, not damage
                // ("unable to get the page. error code=266": SQLite's extended code); the
                // problems it leads to ("Page 33 is never used") are not reported.
                if (const qsizetype at = line.indexOf(QLatin1String(kUnreadablePage)); at >= 0)
                    throw SqlError(
                        QStringView(line).mid(at + qsizetype(std::strlen(kUnreadablePage))).toInt(),
                        line);
                found << IntegrityCheck::tr("SQLite integrity_check: %1").arg(line);
            }
        }
        problems += found;
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
        problems
            << IntegrityCheck::tr(
                   "%1 rows hold a time outside the years 1 to 9999 (written by another program), "
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
            // FTS5 reports an index out of step as SQLITE_CORRUPT_VTAB; anything else (a read
            // that failed) is an error of the check itself.
            if ((error.nativeCode() & 0xff) != kSqliteCorrupt)
                throw;
            problems << IntegrityCheck::tr(
                            "The ticket search index is out of step with the tickets (%1)")
                            .arg(error.message());
        }
    }
}

// The audit log's triggers on a file (storage/AuditSchema.cpp): each CREATE TRIGGER of
// kAuditMigrationSqlite must be in sqlite_schema with the same text (whitespace aside).
// SQLite cannot disable a trigger, but anyone who may write the file may drop one (the
// sqlite3 shell), and then the changes it logged go unrecorded.
void checkAuditTriggersSqlite(Database& db, QStringList& problems)
{
    std::map<QString, QString> expected; // name -> its statement, simplified
    const QString migration = QString::fromUtf8(kAuditMigrationSqlite);
    const QString create = QStringLiteral("CREATE TRIGGER ");
    for (qsizetype at = migration.indexOf(create); at >= 0;
         at = migration.indexOf(create, at + 1)) {
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
            problems << IntegrityCheck::tr(
                            "The audit trigger %1 is missing, so the changes it logs go unrecorded")
                            .arg(quoted(name));
        else if (found->second != sql)
            problems
                << IntegrityCheck::tr(
                       "The audit trigger %1 differs from FunnelDesk's, so the changes it logs "
                       "may go unrecorded")
                       .arg(quoted(name));
    }
}

// The id tables whose largest id is the largest a bigint holds: fd_fill_id cannot give a new row
// an id there (an id a rep chose before 010_audit_hold.sql, or an import's).
void checkIdRoom(Database& db, QStringList& problems)
{
    const char* tables[] = {"agent",          "customer",     "contact",    "ticket",
                            "ticket_comment", "canned_reply", "touchpoint", "stage_transition"};
    for (const char* table : tables) {
        if (db.scalar(std::string("SELECT count(*) FROM ") + table +
                      " WHERE id = 9223372036854775807") > 0)
            problems
                << IntegrityCheck::tr(
                       "A row of %1 has the largest id there can be, so no new row can be added "
                       "there; give that row a smaller id")
                       .arg(quoted(QString::fromLatin1(table)));
    }
}

// On a server: the triggers and the owner's-rights functions (PgGuards.h), the team's rights
// (PgRights.h), and room for new ids.
void checkGuardsPostgres(Database& db, QStringList& problems)
{
    pg::Guards::checkTriggers(db, problems);
    pg::Guards::checkDefinerFunctions(db, problems);
    pg::RightsMatrix::check(db, problems);
    checkIdRoom(db, problems);
}

// On a server: the tickets of each UTC day (011_ticket_day.sql) against the tickets. A day
// the table lacks, or holds with another count, is one difference; a day without tickets may
// stay at 0.
void checkTicketDaysPostgres(Database& db, QStringList& problems)
{
    const qint64 differing = db.scalar("SELECT count(*) FROM (SELECT day, sum(n) AS n FROM (SELECT "
                                       "day, tickets AS n FROM ticket_day UNION ALL "
                                       "SELECT fd_ticket_day(created_at), -1 FROM ticket) AS "
                                       "counted GROUP BY day HAVING sum(n) <> 0) AS d");
    if (differing > 0)
        problems
            << IntegrityCheck::tr("%1 daily ticket counts differ from the tickets").arg(differing);
}

// On a server: how many customers have each folded name (026_dashboard_reads.sql) against the
// customers, as the tickets of each day above.
void checkNameCountsPostgres(Database& db, QStringList& problems)
{
    const qint64 differing = db.scalar(
        "SELECT count(*) FROM (SELECT folded, sum(n) AS n FROM (SELECT folded, customers AS n FROM "
        "customer_name_count UNION ALL SELECT fd_nocase(name), -1 FROM customer) AS counted "
        "GROUP BY folded HAVING sum(n) <> 0) AS d");
    if (differing > 0)
        problems << IntegrityCheck::tr("%1 counts of customers by name differ from the customers")
                        .arg(differing);
}

// On a server: each customer's row of customer_names (029_search_urgency.sql), by which a search
// is sorted by customer: missing, left over from a deleted customer, or with another name, it is
// one difference.
void checkCustomerNamesPostgres(Database& db, QStringList& problems)
{
    const qint64 differing = db.scalar(
        "SELECT count(*) FROM customer c FULL JOIN customer_names n ON n.id = c.id WHERE c.id IS "
        "NULL OR n.id IS NULL OR n.name <> c.name");
    if (differing > 0)
        problems << IntegrityCheck::tr("%1 customers' names kept for sorting differ from the "
                                       "customers")
                        .arg(differing);
}

// On a server: the open tasks of each due day (023_task_day.sql) against the tasks, as the
// tickets' above.
void checkTaskDaysPostgres(Database& db, QStringList& problems)
{
    const qint64 differing = db.scalar("SELECT count(*) FROM (SELECT day, sum(n) AS n FROM (SELECT "
                                       "day, tasks AS n FROM task_day UNION ALL "
                                       "SELECT due_day, -1 FROM task WHERE done_at IS NULL) AS "
                                       "counted GROUP BY day HAVING sum(n) <> 0) AS d");
    if (differing > 0)
        problems << IntegrityCheck::tr("%1 daily counts of open tasks differ from the tasks")
                        .arg(differing);
}

// On a server: each ticket's row of ticket_words (014_search_order.sql, 028_search_sort.sql,
// 029_search_urgency.sql), which the search over every ticket reads instead of the ticket:
// missing, left over from a deleted ticket, or with another value in any of its columns, it is
// one difference.
void checkTicketWordsPostgres(Database& db, QStringList& problems)
{
    const qint64 differing = db.scalar(
        "SELECT count(*) FROM ticket t FULL JOIN ticket_words w ON w.id = t.id WHERE t.id IS NULL "
        "OR w.id IS NULL OR (w.created_at, w.customer_id, w.assignee_id, w.status, w.priority, "
        "w.subject, w.first_response_at, w.solved_at, w.sla_paused_secs, w.sla_paused_since, "
        "w.first_response_breached_at, w.resolution_breached_at, w.search) IS DISTINCT FROM "
        "(t.created_at, t.customer_id, t.assignee_id, t.status, t.priority, t.subject, "
        "t.first_response_at, t.solved_at, t.sla_paused_secs, t.sla_paused_since, "
        "t.first_response_breached_at, t.resolution_breached_at, t.search)");
    if (differing > 0)
        problems << IntegrityCheck::tr("%1 tickets' search words differ from the tickets")
                        .arg(differing);
}

// On a server: whether the function `name` is in the connection's schema (so that a check of one
// a tamperer dropped says so, through PgGuards, instead of failing on its call).
bool inSchema(Database& db, const char* name)
{
    auto q = db.query("SELECT count(*) FROM pg_proc WHERE proname = ? AND pronamespace = "
                      "to_regnamespace(quote_ident(current_schema()))");
    q->bind(1, QString::fromLatin1(name));
    return q->step() && q->int64(0) != 0;
}

// On a server (storage/postgres/migrations/034_team_awaiting.sql): each active agent whose login
// exists but holds no rights of its agent's team role here, but a login a migrate copied while
// it is no member of that role yet. One sentence each, by what the login lacks: the role (team
// enable or a GRANT gives it), the rights of a role it is a member of (ALTER ROLE … INHERIT on the
// login, or the role given directly past a NOINHERIT role between), or the manager role of an agent
// made a manager in the agents table (its login holds the rep role).
void checkLostLogins(Database& db, QStringList& problems)
{
    if (!inSchema(db, "fd_team_lost_logins"))
        return; // PgGuards names the function missing
    auto lost = db.query("SELECT agent_name, login, kind, member::int, inherits::int, other::int, "
                         "role_sql, login_sql FROM fd_team_lost_logins()");
    while (lost->step()) {
        const QString agent = quoted(lost->text(0));
        const QString login = quoted(lost->text(1));
        const QString kind = lost->text(2);
        const QString give = hints::clause(hints::Hint::EnableLogin, {lost->text(1)});
        const QString role = lost->text(6);
        const QString loginSql = lost->text(7);
        if (lost->int64(5) != 0)
            problems << IntegrityCheck::tr(
                            "The agent %1 is a manager, but their login %2 holds only the team's "
                            "rep role (the agent was made a manager in the agents table, not by a "
                            "team command), so they work with a rep's rights; a manager can give "
                            "them the manager role%3, or the server's administrator can run: "
                            "GRANT %4 TO %5")
                            .arg(agent, login, give, role, loginSql);
        else if (lost->int64(3) == 0)
            problems << IntegrityCheck::tr(
                            "The agent %1 is an active %2, but their login %3 is no longer a "
                            "member of the team's %2 role here (taken from it, or the role was "
                            "dropped and made again), so they cannot work in FunnelDesk; a "
                            "manager can give the rights back%4, or the server's administrator "
                            "can run: GRANT %5 TO %6")
                            .arg(agent, kind, login, give, role, loginSql);
        else if (lost->int64(4) == 0)
            problems << IntegrityCheck::tr(
                            "The agent %1 is an active %2, and their login %3 is a member of the "
                            "team's %2 role but does not inherit its rights (NOINHERIT), so they "
                            "cannot work in FunnelDesk; inheriting, it would use the rights of "
                            "every other role it is a member of too, and the server's "
                            "administrator can run: ALTER ROLE %4 INHERIT")
                            .arg(agent, kind, login, loginSql);
        else
            problems << IntegrityCheck::tr(
                            "The agent %1 is an active %2, but their login %3 is a member of the "
                            "team's %2 role only through a role that does not inherit it "
                            "(NOINHERIT), so they cannot work in FunnelDesk; a manager can give "
                            "them the role directly%4, or the server's administrator can run: "
                            "GRANT %5 TO %6")
                            .arg(agent, kind, login, give, role, loginSql);
    }
}

// On a server (storage/postgres/migrations/012_team_logins.sql): every agent's login is one the
// team functions act on (fd_team_login: FunnelDesk made it, or the owner gave it to an agent);
// 019_check.sql: no login keeps the team's rights without an agent, and every agent's login still
// exists. The triggers that keep agent.login the team functions' own are PgGuards.cpp's.
void checkTeamLoginsPostgres(Database& db, QStringList& problems)
{
    auto unknown = db.query("SELECT agent_name, login FROM fd_team_unknown_logins()");
    while (unknown->step())
        problems << IntegrityCheck::tr(
                        "The agent %1 signs in as %2, a login FunnelDesk did not make for this "
                        "database nor its owner give to an agent, so the team commands do not act "
                        "on it; its owner can clear agent.login and give it again%3")
                        .arg(quoted(unknown->text(0)), quoted(unknown->text(1)),
                             hints::clause(hints::Hint::LoginAgain));
    if (!inSchema(db, "fd_team_login_faults"))
        return; // PgGuards names the function missing
    auto faults = db.query("SELECT fault, login, agent_name FROM fd_team_login_faults()");
    while (faults->step()) {
        if (faults->text(0) == QLatin1String("stranger"))
            problems
                << IntegrityCheck::tr(
                       "The login %1 is a member of the team's %2 role here, though FunnelDesk "
                       "never added it and no agent signs in as it (a role granted by hand, or "
                       "left from a dropped database of this name), so it works unseen by the team "
                       "list; REVOKE the role from it, or its owner can give it to an agent%3")
                       .arg(quoted(faults->text(1)), faults->text(2),
                            pg::Team::giveToAgentHint(faults->text(1)));
        else if (faults->text(0) == QLatin1String("orphan"))
            problems
                << IntegrityCheck::tr(
                       "The login %1 keeps the team's rights here though no agent signs in as it "
                       "any more (its agent was deleted), so it works unseen by the team list and "
                       "its edits are filed under no agent; its owner can give it to an agent"
                       "%2, or REVOKE the team's roles from it")
                       .arg(quoted(faults->text(1)), pg::Team::giveToAgentHint(faults->text(1)));
        else
            problems
                << IntegrityCheck::tr(
                       "The agent %1 signs in as %2, a login that no longer exists on this "
                       "server, so nobody can sign in as that agent, and a role made later under "
                       "that name would be that agent; its owner can clear agent.login and give "
                       "the agent a login again%3")
                       .arg(quoted(faults->text(2)), quoted(faults->text(1)),
                            hints::clause(hints::Hint::LoginAgain));
    }
    checkLostLogins(db, problems);
}

// On a server (storage/postgres/migrations/018_text_rule.sql): rows stored before the server kept
// the text rule that break it, by the constraint left NOT VALID for them.
void checkTextPostgres(Database& db, QStringList& problems)
{
    auto faults =
        db.query("SELECT constraint_name, table_name, row_count, first_ids FROM fd_text_faults()");
    while (faults->step())
        problems
            << IntegrityCheck::tr(
                   "%1 rows of %2 hold characters FunnelDesk's text rule refuses (constraint %3; "
                   "ids %4): they were stored before the server kept the rule, and a change to "
                   "such a row is refused until its text is corrected")
                   .arg(faults->int64(2))
                   .arg(quoted(faults->text(1)), quoted(faults->text(0)), faults->text(3));
}

} // namespace

Result<QStringList> IntegrityCheck::run(Database& db)
{
    return db.guard([&] {
        QStringList problems;
        QElapsedTimer timer;
        timer.start();
        const auto step = [&](const char* what) {
            qCDebug(lcCheck, "%s: %lld ms", what, timer.restart());
        };
        if (db.backend() == Database::Backend::Sqlite) {
            checkSqliteFile(db, problems);
            step("file");
            checkAuditTriggersSqlite(db, problems);
        } else {
            checkGuardsPostgres(db, problems);
            step("guards and rights");
            checkTicketDaysPostgres(db, problems);
            step("ticket_day");
            checkTaskDaysPostgres(db, problems);
            step("task_day");
            checkNameCountsPostgres(db, problems);
            step("customer_name_count");
            checkCustomerNamesPostgres(db, problems);
            step("customer_names");
            checkTicketWordsPostgres(db, problems);
            step("ticket_words");
            checkTeamLoginsPostgres(db, problems);
            checkTextPostgres(db, problems);
        }
        step("logins, text");
        const auto add = [&](const char* what, qint64 count) {
            if (count > 0)
                problems << tr(what).arg(count);
        };
        const bool server = db.backend() == Database::Backend::Postgres;
        for (auto it = std::begin(kInvariants); it != std::end(kInvariants); ++it) {
            if (server && it->withNextOnServer) {
                auto q = db.query(kTicketTouchpointsPostgres);
                q->step();
                add(it->what, q->int64(0));
                ++it;
                add(it->what, q->int64(1));
                step("tickets and their touchpoints, in one pass");
                continue;
            }
            add(it->what, db.scalar(sqlFor(it->sql, db.dialect())));
            step(it->what);
        }
        return problems;
    });
}

} // namespace fd
