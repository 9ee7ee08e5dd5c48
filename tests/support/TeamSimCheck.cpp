// lostUpdates() (TeamSim.h): the clients' logs against the rows and the audit log.
#include "support/TeamSim.h"

#include "common/Clock.h"
#include "domain/AuditEntry.h"
#include "service/Audit.h"
#include "service/Tickets.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace fd::test::sim {

namespace {

// ticket or customer, field, old, new, agent: one change as the audit log words it.
using Change = std::tuple<qint64, QString, QString, QString, qint64>;

QString idText(const std::optional<qint64>& id)
{
    return id ? QString::number(*id) : QString();
}

QString fieldText(const Fields& fields, const QString& field)
{
    if (field == QLatin1String("status"))
        return toString(fields.status);
    if (field == QLatin1String("priority"))
        return toString(fields.priority);
    return idText(fields.assignee);
}

// The field's new value applied to `fields`; false for a field no edit here changes.
bool apply(Fields& fields, const QString& field, const QString& value)
{
    if (field == QLatin1String("status")) {
        fields.status = enumFromString<TicketStatus>(value).value_or(TicketStatus::Closed);
    } else if (field == QLatin1String("priority")) {
        fields.priority = enumFromString<Priority>(value).value_or(Priority::Low);
    } else if (field == QLatin1String("assignee_id")) {
        fields.assignee = value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
    } else {
        return false;
    }
    return true;
}

QString describe(const AuditEntry& e)
{
    return QStringLiteral("%1 %2 of %3 #%4 (%5: %6 → %7) by agent %8")
        .arg(e.action, QString::number(e.id), e.table, idText(e.rowId), e.field, e.oldValue,
             e.newValue, idText(e.agentId));
}

class Checker {
public:
    Checker(Database& owner, const std::vector<Client*>& clients, const Pool& pool,
            std::vector<AuditEntry> entries)
        : m_owner(owner), m_clients(clients), m_pool(pool), m_entries(std::move(entries)),
          m_claimed(m_entries.size(), false)
    {
    }

    QStringList run()
    {
        checkWho();
        checkRefusals();
        checkTicketEdits();
        checkAdded();
        checkMoves();
        for (std::size_t i = 0; i < m_entries.size(); ++i) {
            if (!m_claimed[i])
                m_problems << QStringLiteral(
                                  "The audit log has %1, which no client's write explains.")
                                  .arg(describe(m_entries[i]));
        }
        return m_problems;
    }

private:
    // Every entry is by a client's agent, signed in as that client's login.
    void checkWho()
    {
        for (const AuditEntry& e : m_entries) {
            const auto client =
                std::find_if(m_clients.begin(), m_clients.end(),
                             [&](const Client* c) { return e.agentId == c->agentId(); });
            if (client == m_clients.end())
                m_problems << QStringLiteral("The audit log has %1, by no client's agent.")
                                  .arg(describe(e));
            else if (e.login != (*client)->login())
                m_problems << QStringLiteral("The audit log has %1 under login %2, not %3.")
                                  .arg(describe(e), e.login, (*client)->login());
        }
    }

    // A refused save is one the server had moved past: its version then was beyond the opened one.
    void checkRefusals()
    {
        for (const Client* client : m_clients) {
            for (const Refusal& r : client->log().refusals) {
                if (r.serverVersion <= r.openedVersion)
                    m_problems
                        << QStringLiteral(
                               "%1's save of ticket #%2 opened at version %3 was refused as a "
                               "conflict, but the server's version was %4.")
                               .arg(client->login())
                               .arg(r.ticket)
                               .arg(r.openedVersion)
                               .arg(r.serverVersion);
            }
        }
    }

    void checkTicketEdits();
    void checkTicketRow(qint64 id, const Fields& replayed, int replyOpens,
                        std::vector<const Save*> saves);
    void checkAdded();
    void claimInsert(const Client* client, const QString& table, qint64 id, bool byTicket);
    void checkMoves();

    Database& m_owner;
    const std::vector<Client*>& m_clients;
    const Pool& m_pool;
    std::vector<AuditEntry> m_entries;
    std::vector<bool> m_claimed;
    QStringList m_problems;
};

// The ticket updates in the log, replayed from each ticket as added: each must be a field an
// accepted save changed (old → new as that client opened and saved it, by its agent), or the
// first public reply opening a new ticket; each accepted save's changes must all be there.
void Checker::checkTicketEdits()
{
    std::multiset<Change> expected;
    std::map<qint64, std::vector<const Save*>> savesOf;
    std::set<std::pair<qint64, qint64>> answered; // (ticket, agent) of public replies
    for (const Client* client : m_clients) {
        for (const Save& save : client->log().saves) {
            savesOf[save.ticket].push_back(&save);
            for (const QString& field : {QStringLiteral("status"), QStringLiteral("priority"),
                                         QStringLiteral("assignee_id")}) {
                const QString before = fieldText(save.opened, field);
                const QString after = fieldText(save.saved, field);
                if (before != after)
                    expected.insert({save.ticket, field, before, after, client->agentId()});
            }
        }
        for (const qint64 ticket : client->log().publicReplyTickets)
            answered.insert({ticket, client->agentId()});
    }
    std::map<qint64, Fields> replayed = m_pool.tickets();
    std::map<qint64, int> replyOpens;
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const AuditEntry& e = m_entries[i];
        if (e.table != QLatin1String("ticket") || e.action != QLatin1String("update"))
            continue;
        m_claimed[i] = true;
        const qint64 id = e.rowId.value_or(0);
        auto row = replayed.find(id);
        if (row == replayed.end()) {
            m_problems << QStringLiteral("The audit log has %1, a ticket no client added.")
                              .arg(describe(e));
            continue;
        }
        if (fieldText(row->second, e.field) != e.oldValue)
            m_problems
                << QStringLiteral(
                       "The audit log has %1, but after the entries before it the ticket's %2 was "
                       "%3: a write that did not see the one before it.")
                       .arg(describe(e), e.field, fieldText(row->second, e.field));
        if (!apply(row->second, e.field, e.newValue)) {
            m_problems << QStringLiteral("The audit log has %1, a field no client edits.")
                              .arg(describe(e));
            continue;
        }
        const Change change{id, e.field, e.oldValue, e.newValue, e.agentId.value_or(0)};
        if (auto match = expected.find(change); match != expected.end()) {
            expected.erase(match);
        } else if (e.field == QLatin1String("status") && e.oldValue == QLatin1String("new") &&
                   e.newValue == QLatin1String("open") &&
                   answered.count({id, e.agentId.value_or(0)}) > 0 && replyOpens[id] == 0) {
            ++replyOpens[id]; // an agent's first public reply opens a new ticket
        } else {
            m_problems << QStringLiteral(
                              "The audit log has %1, which no accepted save made: an update that "
                              "overwrote another's without its version.")
                              .arg(describe(e));
        }
    }
    for (const Change& missing : expected) {
        m_problems
            << QStringLiteral(
                   "Ticket #%1: an accepted save by agent %5 changed %2 from %3 to %4, which the "
                   "audit log does not have.")
                   .arg(std::get<0>(missing))
                   .arg(std::get<1>(missing), std::get<2>(missing), std::get<3>(missing))
                   .arg(std::get<4>(missing));
    }
    for (const auto& [id, fields] : replayed)
        checkTicketRow(id, fields, replyOpens[id], savesOf[id]);
}

// The row as stored: the audit log replayed, its version one per accepted save (and one for the
// reply that opened it), the last accepted save's fields unless the reply opened it after.
void Checker::checkTicketRow(qint64 id, const Fields& replayed, int replyOpens,
                             std::vector<const Save*> saves)
{
    auto found = Tickets(m_owner, Clock::system()).find(id);
    if (!found || !*found) {
        m_problems << QStringLiteral("Ticket #%1 cannot be read at the end.").arg(id);
        return;
    }
    const Ticket& row = **found;
    const Fields stored = fieldsOf(row);
    if (!(stored == replayed))
        m_problems << QStringLiteral(
                          "Ticket #%1 holds %2/%3/%4, the audit log replayed gives %5/%6/%7.")
                          .arg(id)
                          .arg(toString(stored.status), toString(stored.priority),
                               idText(stored.assignee), toString(replayed.status),
                               toString(replayed.priority), idText(replayed.assignee));
    const auto expectedVersion = static_cast<qint64>(saves.size()) + replyOpens;
    if (row.version.number != expectedVersion)
        m_problems
            << QStringLiteral(
                   "Ticket #%1 is at version %2 after %3 accepted saves and %4 opening reply.")
                   .arg(id)
                   .arg(row.version.number)
                   .arg(saves.size())
                   .arg(replyOpens);
    std::sort(saves.begin(), saves.end(),
              [](const Save* a, const Save* b) { return a->openedVersion < b->openedVersion; });
    for (std::size_t i = 1; i < saves.size(); ++i) {
        if (saves[i]->openedVersion == saves[i - 1]->openedVersion)
            m_problems << QStringLiteral(
                              "Two accepted saves of ticket #%1 both edited version %2: the second "
                              "overwrote the first (a lost update).")
                              .arg(id)
                              .arg(saves[i]->openedVersion);
    }
    if (saves.empty())
        return;
    Fields last = saves.back()->saved;
    if (replyOpens > 0 && last.status == TicketStatus::New)
        last.status = TicketStatus::Open;
    if (!(stored == last))
        m_problems << QStringLiteral(
                          "Ticket #%1 holds %2/%3/%4, not %5/%6/%7 of its last accepted save (of "
                          "version %8).")
                          .arg(id)
                          .arg(toString(stored.status), toString(stored.priority),
                               idText(stored.assignee), toString(last.status),
                               toString(last.priority), idText(last.assignee))
                          .arg(saves.back()->openedVersion);
}

// Each added ticket (with its own inbound touchpoint), reply and touchpoint has its insert entry,
// by the agent of the client that added it.
void Checker::checkAdded()
{
    for (const Client* client : m_clients) {
        for (const qint64 id : client->log().ticketsAdded) {
            claimInsert(client, QStringLiteral("ticket"), id, false);
            claimInsert(client, QStringLiteral("touchpoint"), id, true);
        }
        for (const qint64 id : client->log().repliesAdded)
            claimInsert(client, QStringLiteral("ticket_comment"), id, false);
        for (const qint64 id : client->log().touchpointsAdded)
            claimInsert(client, QStringLiteral("touchpoint"), id, false);
    }
}

void Checker::claimInsert(const Client* client, const QString& table, qint64 id, bool byTicket)
{
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const AuditEntry& e = m_entries[i];
        if (m_claimed[i] || e.action != QLatin1String("insert") || e.table != table ||
            (byTicket ? e.ticketId : e.rowId) != std::optional<qint64>(id))
            continue;
        m_claimed[i] = true;
        if (e.agentId != std::optional<qint64>(client->agentId()))
            m_problems << QStringLiteral("The audit log has %1, which %2 added.")
                              .arg(describe(e), client->login());
        return;
    }
    m_problems << QStringLiteral("The audit log has no entry for %1 %2 #%3 that %4 added.")
                      .arg(table, byTicket ? QStringLiteral("of ticket") : QString())
                      .arg(id)
                      .arg(client->login());
}

// Every stage move a client's write reported is one customer.stage entry, old → new, by its
// agent, and each entry starts where the one before it ended.
void Checker::checkMoves()
{
    std::multimap<std::tuple<qint64, QString, qint64>, QString>
        expected; // (customer, to, agent) → from
    for (const Client* client : m_clients) {
        for (const Move& m : client->log().moves)
            expected.emplace(std::tuple{m.customer, toString(m.to), client->agentId()},
                             m.from ? toString(*m.from) : QString());
    }
    std::map<qint64, QString> stageNow;
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const AuditEntry& e = m_entries[i];
        if (m_claimed[i] || e.table != QLatin1String("customer") ||
            e.action != QLatin1String("update") || e.field != QLatin1String("stage"))
            continue;
        m_claimed[i] = true;
        const qint64 customer = e.rowId.value_or(0);
        if (auto last = stageNow.find(customer);
            last != stageNow.end() && last->second != e.oldValue)
            m_problems
                << QStringLiteral(
                       "The audit log has %1, but after the entries before it the customer was in "
                       "%2: a stage change it does not have.")
                       .arg(describe(e), last->second);
        stageNow[customer] = e.newValue;
        auto [first, last] = expected.equal_range({customer, e.newValue, e.agentId.value_or(0)});
        if (first == last) {
            m_problems << QStringLiteral("The audit log has %1, a move no client's write reported.")
                              .arg(describe(e));
            continue;
        }
        auto match =
            std::find_if(first, last, [&](const auto& move) { return move.second == e.oldValue; });
        if (match == last) {
            match = first;
            m_problems
                << QStringLiteral(
                       "Customer #%1 moved to %2 by agent %3 from %4, but its move records %5: it "
                       "read a stage another rep's move had already changed.")
                       .arg(customer)
                       .arg(e.newValue)
                       .arg(idText(e.agentId), e.oldValue, match->second);
        }
        expected.erase(match);
    }
    for (const auto& [key, from] : expected)
        m_problems << QStringLiteral("Customer #%1 moved from %2 to %3 by agent %4, which the "
                                     "audit log does not have.")
                          .arg(std::get<0>(key))
                          .arg(from, std::get<1>(key))
                          .arg(std::get<2>(key));
}

} // namespace

qint64 lastAuditId(Database& db)
{
    service::Audit::Query newest;
    newest.newestFirst = true;
    newest.limit = 1;
    auto entries = service::Audit(db).list(newest);
    return entries && !entries->empty() ? entries->front().id : 0;
}

QStringList lostUpdates(Database& owner, const std::vector<Client*>& clients, const Pool& pool,
                        qint64 auditFrom)
{
    QStringList problems;
    for (const Client* client : clients)
        problems << client->log().errors;
    auto entries = service::Audit(owner).list({});
    if (!entries)
        return problems
               << QStringLiteral("The audit log cannot be read: %1").arg(QString(entries.error()));
    entries->erase(std::remove_if(entries->begin(), entries->end(),
                                  [&](const AuditEntry& e) { return e.id <= auditFrom; }),
                   entries->end());
    std::sort(entries->begin(), entries->end(),
              [](const AuditEntry& a, const AuditEntry& b) { return a.id < b.id; });
    return problems << Checker(owner, clients, pool, std::move(*entries)).run();
}

} // namespace fd::test::sim
