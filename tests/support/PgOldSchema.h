// An older FunnelDesk schema on the test cluster, full of data, for the tests of its upgrade on
// open (pg::Schema::upgrade): made by the migrations up to that version as its owner made them
// (pg::Schema::initAtVersion, as a login of its own with CREATEROLE that owns the test's
// schema), filled with generated rows through plain SQL, since today's repositories need
// today's columns. [postgres] tests only (tests/pg/with-cluster.sh).
#pragma once

#include "storage/postgres/PgConnection.h"
#include "storage/postgres/PgSchema.h"
#include "storage/postgres/PgTeam.h"
#include "support/PgTestSchema.h"

#include <QString>

#include <catch2/catch.hpp>

namespace fd::test {

// A small team's data in the columns every version has (001_initial.sql), sound as
// IntegrityCheck wants it: each customer's stage history, each ticket's inbound touchpoint,
// solved tickets' solve times, each ticket's first response at its first agent's reply; the
// summaries and daily counts are the triggers'.
inline constexpr const char* kFill[] = {
    "INSERT INTO agent (name, email, role) SELECT 'Agent ' || g, 'agent' || g || '@example.com', "
    "CASE WHEN g = 1 THEN 'manager' ELSE 'rep' END FROM generate_series(1, 4) AS g",
    "INSERT INTO customer (name, email, company, plan, owner_id, since, status, stage, "
    "stage_entered_at, "
    "stage_pinned, tags, notes) SELECT 'Customer ' || g, 'c' || g || '@example.com', 'Company ' || "
    "g % 7, 'pro', "
    "(SELECT min(id) FROM agent WHERE name LIKE 'Agent %') + g % 4, date '2026-01-01' + g, "
    "CASE WHEN g % 9 = 0 THEN 'churned' ELSE 'active' END, "
    "(ARRAY['onboarding', 'post_sales', 'retention', 'advocacy'])[1 + g % 4], 1767225600 + g * "
    "3600, "
    "CASE WHEN g % 5 = 0 THEN 1 ELSE 0 END, 'tag' || g % 3, 'Notes of ' || g FROM "
    "generate_series(1, 40) AS g",
    "INSERT INTO stage_transition (customer_id, from_stage, to_stage, at, actor, reason) "
    "SELECT id, NULL, stage, stage_entered_at, 'system', 'created' FROM customer",
    "INSERT INTO contact (customer_id, name, email, phone, role, added_at) "
    "SELECT id, 'Contact of ' || id, 'contact' || id || '@example.com', '+49 30 ' || id, 'admin', "
    "stage_entered_at FROM customer",
    "INSERT INTO ticket (customer_id, contact_id, subject, description, status, channel, category, "
    "assignee_id, "
    "created_at, first_response_at, solved_at, csat) SELECT k.customer_id, k.id, 'Login fails ' || "
    "k.id || '.' || g, "
    "'Steps to reproduce ' || g, (ARRAY['new', 'open', 'pending', 'on_hold', 'solved', "
    "'closed'])[1 + (k.id + g) % 6], "
    "'email', 'usage', (SELECT min(id) FROM agent WHERE name LIKE 'Agent %') + g % 4, "
    "1767300000 + k.id * 100 + g, 1767300000 + k.id * 100 + g + 60, "
    "CASE WHEN (k.id + g) % 6 >= 4 THEN 1767400000 + k.id END, "
    "CASE WHEN (k.id + g) % 6 >= 4 THEN 1 + (k.id + g) % 5 END FROM contact AS k, "
    "generate_series(1, 3) AS g",
    "INSERT INTO touchpoint (customer_id, contact_id, kind, direction, occurred_at, ticket_id) "
    "SELECT customer_id, contact_id, 'email', 'inbound', created_at, id FROM ticket",
    "INSERT INTO touchpoint (customer_id, kind, direction, occurred_at, agent_id, summary, score) "
    "SELECT c.id, (ARRAY['call', 'survey', 'success_review', 'testimonial'])[1 + (c.id + g) % 4], "
    "'outbound', "
    "1767225600 + c.id * 1000 + g * 86400, c.owner_id, 'Touch ' || g, "
    "CASE WHEN (c.id + g) % 4 = 1 THEN (c.id + g) % 11 END FROM customer AS c, generate_series(1, "
    "4) AS g",
    "INSERT INTO ticket_comment (ticket_id, kind, author_agent_id, at, body) "
    "SELECT id, 'public_reply', assignee_id, created_at + 60 * g, 'Reply ' || g FROM ticket, "
    "generate_series(1, 2) AS g",
    "INSERT INTO canned_reply (title, body) VALUES ('Thanks', 'Thank you for writing.'), "
    "('Reset', 'Reset your password from the sign-in page.')",
};

// Every table's rows and what the triggers keep (summaries, daily counts, search words), as
// one line: equal before and after an upgrade. Agents: the generated ones (an upgrade may add
// the owner's).
inline QString stats(pg::Connection& conn)
{
    const auto rows = conn.exec(R"sql(
SELECT concat_ws(' ', (SELECT count(*) FROM customer), (SELECT count(*) FROM contact),
  (SELECT count(*) FROM ticket), (SELECT count(*) FROM ticket_comment), (SELECT count(*) FROM touchpoint),
  (SELECT count(*) FROM stage_transition), (SELECT count(*) FROM canned_reply), (SELECT count(*) FROM settings),
  (SELECT md5(string_agg(concat_ws(',', id, name, email, role, active), '|' ORDER BY id)) FROM agent
     WHERE name LIKE 'Agent %'),
  (SELECT md5(string_agg(concat_ws(',', id, name, owner_id, since, status, stage, stage_pinned, open_tickets,
     last_touch_at, last_review_at, last_advocacy_at, best_survey), '|' ORDER BY id)) FROM customer),
  (SELECT md5(string_agg(concat_ws(',', id, status, solved_at, csat, search), '|' ORDER BY id)) FROM ticket),
  (SELECT md5(string_agg(concat_ws(',', day, stage, kind, touchpoints), '|' ORDER BY day, stage, kind))
     FROM touchpoint_day))
)sql");
    INFO((rows ? QString() : rows.error().sentence).toStdString());
    REQUIRE(rows);
    return rows->text(0, 0);
}

struct OldSchema {
    test::PgTestSchema schema;
    QString
        owner; // a login with CREATEROLE that owns the schema and made FunnelDesk's tables in it
    QString before; // stats() after the fill
    int version = 0;
};

// A FunnelDesk schema of `version` as its owner made it (init, and from version 6 on the
// first manager Setup makes: agent.login came with version 6), filled with kFill.
inline void makeOld(OldSchema& old, int version)
{
    old.version = version;
    old.owner = old.schema.name() + QStringLiteral("_owner");
    REQUIRE(old.schema.admin().exec("CREATE ROLE " + old.owner.toUtf8() + " LOGIN CREATEROLE"));
    REQUIRE(old.schema.admin().exec("ALTER SCHEMA " + old.schema.name().toUtf8() + " OWNER TO " +
                                    old.owner.toUtf8()));
    pg::Connection conn = old.schema.connect(QStringLiteral("user=") + old.owner);
    const Status made = pg::Schema::initAtVersion(conn, version, QStringLiteral("UTC"));
    INFO((made ? QString() : QString(made.error())).toStdString());
    REQUIRE(made);
    if (version >= 6)
        REQUIRE(pg::Team::claimOwner(conn));
    REQUIRE(conn.exec("SET TimeZone = 'UTC'")); // the team's: touchpoint_day's days
    for (const char* sql : kFill) {
        const auto filled = conn.exec(sql);
        INFO(sql << (filled ? QString() : filled.error().sentence).toStdString());
        REQUIRE(filled);
    }
    old.before = stats(conn);
    auto state = pg::Schema::inspect(conn);
    REQUIRE(state);
    REQUIRE(state->version == version);
}

} // namespace fd::test
