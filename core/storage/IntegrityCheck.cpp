#include "storage/IntegrityCheck.h"

#include "storage/AuditSchema.h"
#include "storage/Database.h"
#include "storage/Dialect.h"

#include <map>
#include <string>

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
    if (!db.isReadOnly()) {
        // FTS5's own check compares the index with the ticket table it mirrors.
        try {
            db.execute("INSERT INTO ticket_fts (ticket_fts) VALUES ('integrity-check')");
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

// On a server (storage/postgres/migrations/005_audit.sql and 006_guard.sql): every audit
// trigger and every authorship trigger exists, is enabled (tgenabled 'O' or 'A'; 'D' is
// disabled, 'R' fires only on a replica) and calls its function; and the rep role has not
// been given INSERT on audit_log again (006_guard.sql took it away).
void checkAuditTriggersPostgres(Database& db, QStringList& problems) {
    auto q = db.query(R"sql(
SELECT e.name, e.tbl, t.oid IS NULL, coalesce(t.tgenabled IN ('O', 'A'), false), coalesce(p.proname = e.fn, false)
FROM (VALUES ('agent_audit', 'agent', 'fd_audit_row'), ('customer_audit', 'customer', 'fd_audit_row'),
             ('contact_audit', 'contact', 'fd_audit_row'), ('ticket_audit', 'ticket', 'fd_audit_row'),
             ('ticket_comment_audit', 'ticket_comment', 'fd_audit_row'),
             ('canned_reply_audit', 'canned_reply', 'fd_audit_row'),
             ('touchpoint_audit', 'touchpoint', 'fd_audit_row'), ('settings_audit', 'settings', 'fd_audit_row'),
             ('agent_authorship', 'agent', 'fd_own_authorship'),
             ('customer_authorship', 'customer', 'fd_own_authorship'),
             ('contact_authorship', 'contact', 'fd_own_authorship'),
             ('ticket_authorship', 'ticket', 'fd_own_authorship'),
             ('ticket_comment_authorship', 'ticket_comment', 'fd_own_authorship'),
             ('canned_reply_authorship', 'canned_reply', 'fd_own_authorship'),
             ('stage_transition_authorship', 'stage_transition', 'fd_own_authorship')) AS e(name, tbl, fn)
LEFT JOIN pg_trigger t ON t.tgname = e.name
    AND t.tgrelid = to_regclass(quote_ident(current_schema()) || '.' || quote_ident(e.tbl))
LEFT JOIN pg_proc p ON p.oid = t.tgfoid
ORDER BY e.name
)sql");
    while (q->step()) {
        const QString name = quoted(q->text(0));
        const QString table = quoted(q->text(1));
        if (q->int64(2) != 0)
            problems << IntegrityCheck::tr("The audit trigger %1 on %2 is missing, so the changes it guards go "
                                           "unrecorded")
                            .arg(name, table);
        else if (q->int64(3) == 0)
            problems << IntegrityCheck::tr("The audit trigger %1 on %2 is disabled, so the changes it guards go "
                                           "unrecorded")
                            .arg(name, table);
        else if (q->int64(4) == 0)
            problems << IntegrityCheck::tr("The audit trigger %1 on %2 calls another function than FunnelDesk's, so "
                                           "the changes it guards may go unrecorded")
                            .arg(name, table);
    }
    if (db.scalar("SELECT count(*) FROM pg_roles r WHERE r.rolname = fd_team_role('rep') "
                  "AND has_table_privilege(r.oid, 'audit_log', 'INSERT')") > 0)
        problems << IntegrityCheck::tr("The team's rep role may add entries to the audit log directly, so "
                                       "entries may be forged; REVOKE INSERT ON audit_log from it");
}

// On a server (storage/postgres/migrations/010_team_logins.sql): every agent's login is one the
// team functions act on (fd_team_login: FunnelDesk made it, or the owner gave it to an agent),
// and the two triggers that keep agent.login the team functions' own are there, enabled and
// calling fd_agent_login_guard.
void checkTeamLoginsPostgres(Database& db, QStringList& problems) {
    auto unknown = db.query("SELECT agent_name, login FROM fd_team_unknown_logins()");
    while (unknown->step())
        problems << IntegrityCheck::tr("The agent %1 signs in as %2, a login FunnelDesk did not make for this "
                                       "database nor its owner give to an agent, so the team commands do not act "
                                       "on it; its owner can clear agent.login and give it again with `team add "
                                       "--agent`")
                        .arg(quoted(unknown->text(0)), quoted(unknown->text(1)));
    auto guards = db.query(R"sql(
SELECT e.name FROM (VALUES ('agent_login_insert'), ('agent_login_update')) AS e(name)
LEFT JOIN pg_trigger t ON t.tgname = e.name AND t.tgrelid = to_regclass(quote_ident(current_schema()) || '.agent')
LEFT JOIN pg_proc p ON p.oid = t.tgfoid
WHERE NOT coalesce(t.tgenabled IN ('O', 'A') AND p.proname = 'fd_agent_login_guard', false)
ORDER BY e.name
)sql");
    while (guards->step())
        problems << IntegrityCheck::tr("The trigger %1 on “agent” is missing, disabled or altered, so a manager "
                                       "may change which agent a login is")
                        .arg(quoted(guards->text(0)));
}

} // namespace

Result<QStringList> IntegrityCheck::run(Database& db) {
    return db.guard([&] {
        QStringList problems;
        if (db.backend() == Database::Backend::Sqlite) {
            checkSqliteFile(db, problems);
            checkAuditTriggersSqlite(db, problems);
        } else {
            checkAuditTriggersPostgres(db, problems);
            checkTeamLoginsPostgres(db, problems);
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
