#include "storage/IntegrityCheck.h"

#include "storage/Database.h"

namespace fd {

namespace {

struct Invariant {
    const char* sql; // counts the rows that break it
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
    {"SELECT count(*) FROM stage_transition WHERE from_stage IS to_stage",
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
     "last_touch_at IS NOT (SELECT max(occurred_at) FROM touchpoint p WHERE p.customer_id = c.id) OR "
     "last_review_at IS NOT (SELECT max(occurred_at) FROM touchpoint p WHERE p.customer_id = c.id "
     "AND kind = 'success_review') OR last_advocacy_at IS NOT (SELECT max(occurred_at) FROM touchpoint p "
     "WHERE p.customer_id = c.id AND kind IN ('testimonial', 'community_forum', 'meetup', "
     "'user_conference', 'referral')) OR best_survey IS NOT (SELECT max(score) FROM touchpoint p "
     "WHERE p.customer_id = c.id AND kind = 'survey')",
     QT_TRANSLATE_NOOP("fd::IntegrityCheck",
                       "%1 customers have summaries (open tickets, last touch, last review, last "
                       "advocacy, best survey) that differ from their tickets and touchpoints")},
    {"SELECT count(*) FROM (SELECT 1 FROM (SELECT day, stage, kind, touchpoints AS n FROM touchpoint_day "
     "UNION ALL SELECT date(p.occurred_at, 'unixepoch', 'localtime'), CASE c.status WHEN 'active' "
     "THEN c.stage ELSE 'churned' END, p.kind, -1 FROM touchpoint p JOIN customer c ON c.id = p.customer_id) "
     "GROUP BY day, stage, kind HAVING sum(n) <> 0)",
     QT_TRANSLATE_NOOP("fd::IntegrityCheck",
                       "%1 daily touchpoint counts differ from the touchpoints")},
    {"SELECT count(*) FROM ticket WHERE solved_at IS NULL AND status IN ('solved', 'closed')",
     QT_TRANSLATE_NOOP("fd::IntegrityCheck", "%1 solved or closed tickets have no solve time")},
};

} // namespace

Result<QStringList> IntegrityCheck::run(Database& db)
{
    return db.guard([&] {
        QStringList problems;
        {
            auto q = db.query("PRAGMA integrity_check");
            while (q->step()) {
                const QString line = q->text(0);
                if (line != QLatin1String("ok"))
                    problems << tr("SQLite integrity_check: %1").arg(line);
            }
        }
        {
            auto q = db.query("PRAGMA foreign_key_check");
            qint64 broken = 0;
            while (q->step())
                ++broken;
            if (broken > 0)
                problems << tr("%1 rows point to rows that do not exist").arg(broken);
        }
        if (!db.isReadOnly()) {
            // FTS5's own check compares the index with the ticket table it mirrors.
            try {
                db.execute("INSERT INTO ticket_fts (ticket_fts) VALUES ('integrity-check')");
            } catch (const SqlError& error) {
                problems << tr("The ticket search index is out of step with the tickets (%1)")
                                .arg(error.message());
            }
        }
        for (const Invariant& invariant : kInvariants) {
            const qint64 count = db.scalar(invariant.sql);
            if (count > 0)
                problems << tr(invariant.what).arg(count);
        }
        return problems;
    });
}

} // namespace fd
