// service::AuditText (issues 16/17 hostile pass): the History tab's and `audit --format
// table`'s words for an entry: the detail pane's labels, displayed enum words, agent names,
// and who, when nobody was known.
#include "service/AuditText.h"

#include <catch2/catch.hpp>

using namespace fd;
using service::AuditText;

namespace {

AuditEntry update(const char* table, const char* field, const QString& from, const QString& to)
{
    AuditEntry e;
    e.action = QStringLiteral("update");
    e.table = QString::fromLatin1(table);
    e.rowId = 5;
    e.field = QString::fromLatin1(field);
    e.oldValue = from;
    e.newValue = to;
    return e;
}

} // namespace

TEST_CASE("An audit entry reads as the detail pane would show it", "[audit]")
{
    const service::AgentNames names{{1, QStringLiteral("Ann Lee")}, {2, QStringLiteral("Bo Chen")}};
    CHECK(
        AuditText::change(update("ticket", "assignee_id", QStringLiteral("1"), QStringLiteral("2")),
                          names) == QStringLiteral("Assignee: Ann Lee → Bo Chen"));
    CHECK(AuditText::change(update("ticket", "assignee_id", QString(), QStringLiteral("9")),
                            names) == QStringLiteral("Assignee: (empty) → agent #9"));
    CHECK(AuditText::change(
              update("ticket", "status", QStringLiteral("open"), QStringLiteral("on_hold")),
              names) == QStringLiteral("Status: Open → On hold"));
    CHECK(AuditText::change(
              update("customer", "stage_pinned", QStringLiteral("0"), QStringLiteral("1")),
              names) == QStringLiteral("Pinned: No → Yes"));
    CHECK(AuditText::change(update("customer", "stage", QStringLiteral("onboarding"),
                                   QStringLiteral("post_sales")),
                            names) == QStringLiteral("Stage: Onboarding → Post-sales"));
    CHECK(AuditText::change(update("customer", "owner_id", QStringLiteral("2"), QString()),
                            names) == QStringLiteral("Owner: Bo Chen → (empty)"));
    CHECK(AuditText::change(
              update("customer", "status", QStringLiteral("active"), QStringLiteral("churned")),
              names) == QStringLiteral("Status: Active → Churned"));
    CHECK(AuditText::change(update("customer", "since", QStringLiteral("2026-01-10"),
                                   QStringLiteral("2026-01-11")),
                            names) == QStringLiteral("First sale: 2026-01-10 → 2026-01-11"));
    CHECK(AuditText::change(
              update("touchpoint", "kind", QStringLiteral("phone"), QStringLiteral("live_chat")),
              names) == QStringLiteral("Kind: Phone → Live chat"));
    CHECK(AuditText::change(
              update("ticket", "description", QStringLiteral("a\r\nb"), QStringLiteral("c")),
              names) == QStringLiteral("Description: a b → c"));
    // A contact's role is free text, an agent's is rep or manager.
    CHECK(AuditText::change(update("contact", "role", QStringLiteral("rep"), QStringLiteral("CTO")),
                            names) == QStringLiteral("Role: rep → CTO"));
    CHECK(
        AuditText::change(update("agent", "role", QStringLiteral("rep"), QStringLiteral("manager")),
                          names) == QStringLiteral("Role: Rep → Manager"));

    AuditEntry added;
    added.action = QStringLiteral("insert");
    added.table = QStringLiteral("touchpoint");
    added.newValue = QStringLiteral("success_review");
    CHECK(AuditText::change(added, names).startsWith(QStringLiteral("Added: ")));
    CHECK_FALSE(AuditText::change(added, names).contains(u"success_review"));
}

TEST_CASE("An audit entry's author: the agent, the login, or unknown and why", "[audit]")
{
    AuditEntry e = update("ticket", "status", QStringLiteral("new"), QStringLiteral("open"));
    CHECK(AuditText::who(e) == QStringLiteral("(unknown)"));
    e.login = QStringLiteral("ann");
    CHECK(AuditText::who(e) == QStringLiteral("ann"));
    e.agentId = 1;
    CHECK(AuditText::who(e) == QStringLiteral("agent #1 (ann)"));
    e.agentName = QStringLiteral("Ann Lee");
    CHECK(AuditText::who(e) == QStringLiteral("Ann Lee (ann)"));
    e.login = QStringLiteral("ann lee");
    CHECK(AuditText::who(e) == QStringLiteral("Ann Lee"));

    AuditEntry bulk;
    bulk.action = QStringLiteral("bulk");
    bulk.table = QStringLiteral("*");
    bulk.field = QStringLiteral("import");
    bulk.newValue = QStringLiteral("1200");
    CHECK(AuditText::who(bulk) == QStringLiteral("(unknown — bulk load)"));
    CHECK(AuditText::where(bulk) == QStringLiteral("Every table"));
    CHECK(AuditText::change(bulk, {}).startsWith(QStringLiteral("Import: 1")));
    // What a paused transaction wrote unlogged (PostgreSQL, 016_audit_pause.sql), in words.
    bulk.oldValue = QStringLiteral("customer insert, ticket delete");
    CHECK(AuditText::change(bulk, {}).endsWith(
        QStringLiteral(" rows; not logged one by one: customers added, tickets removed")));
    bulk.field = QStringLiteral("pause");
    bulk.newValue.clear();
    bulk.oldValue = QStringLiteral("ticket_comment update, fd_other delete");
    CHECK(AuditText::change(bulk, {}) ==
          QStringLiteral(
              "Audit log paused; not logged one by one: replies changed, fd_other delete"));
}
