#include "storage/IntegrityCheck.h"

#include "storage/Database.h"
#include "storage/Dialect.h"

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

} // namespace

Result<QStringList> IntegrityCheck::run(Database& db) {
    return db.guard([&] {
        QStringList problems;
        if (db.backend() == Database::Backend::Sqlite)
            checkSqliteFile(db, problems);
        for (const Invariant& invariant : kInvariants) {
            const qint64 count = db.scalar(sqlFor(invariant.sql, db.dialect()));
            if (count > 0)
                problems << tr(invariant.what).arg(count);
        }
        return problems;
    });
}

} // namespace fd
