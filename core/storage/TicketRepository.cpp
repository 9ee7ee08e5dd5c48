#include "storage/TicketRepository.h"

#include "domain/Touchpoint.h"
#include "domain/Validation.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/InsertOne.h"
#include "storage/MultiRowInsert.h"
#include "storage/RowStamp.h"
#include "storage/SettingsRepository.h"
#include "storage/TouchpointRepository.h"
#include "storage/Transaction.h"

#include <algorithm>
#include <vector>

namespace fd {

QString TicketRepository::validate(const Ticket& t, const QDateTime& now)
{
    return Validation::check(t, now);
}

namespace {

constexpr std::string_view kInsert =
    "INSERT INTO ticket (customer_id, contact_id, subject, description, status, priority, "
    "channel, category, assignee_id, created_at, first_response_at, solved_at, csat, tags, "
    "external_ref, sla_paused_secs, sla_paused_since, first_response_breached_at, "
    "resolution_breached_at, id) VALUES ";
constexpr int kInsertColumns = 20;

void bindRow(Statement& q, int i, const Ticket& t)
{
    q.bind(i, t.customerId);
    q.bind(i + 1, t.contactId);
    q.bind(i + 2, t.subject);
    q.bind(i + 3, t.description.isEmpty() ? QString() : t.description);
    q.bindStatic(i + 4, enumName(t.status));
    q.bindStatic(i + 5, enumName(t.priority));
    q.bindStatic(i + 6, enumName(t.channel));
    q.bindStatic(i + 7, enumName(t.category));
    q.bind(i + 8, t.assigneeId);
    q.bind(i + 9, t.createdAt);
    q.bind(i + 10, t.firstResponseAt);
    q.bind(i + 11, t.solvedAt);
    if (t.csat)
        q.bind(i + 12, *t.csat);
    else
        q.bindNull(i + 12);
    q.bind(i + 13, t.tags.isEmpty() ? QString() : t.tags);
    q.bind(i + 14, t.externalRef.isEmpty() ? QString() : t.externalRef);
    q.bind(i + 15, t.slaPausedSecs);
    q.bind(i + 16, t.slaPausedSince);
    q.bind(i + 17, t.firstResponseBreachedAt);
    q.bind(i + 18, t.resolutionBreachedAt);
    bindId(q, i + 19, t.id);
}

} // namespace

Touchpoint TicketRepository::arrival(const Ticket& t, qint64 ticketId)
{
    Touchpoint arrival;
    arrival.customerId = t.customerId;
    arrival.contactId = t.contactId;
    arrival.kind = t.channel;
    arrival.direction = Direction::Inbound;
    arrival.occurredAt = t.createdAt;
    arrival.summary = t.subject;
    arrival.ticketId = ticketId;
    return arrival;
}

qint64 TicketRepository::insert(const Ticket& t, const ArrivalStored& stored)
{
    const qint64 id = insertOne(m_db, kInsert, kInsertColumns, t, bindRow);
    const Touchpoint touchpoint = arrival(t, id);
    TouchpointRepository(m_db).insert(touchpoint);
    if (stored)
        stored(touchpoint);
    return id;
}

void TicketRepository::insert(std::span<const Ticket> tickets, const ArrivalStored& stored)
{
    const bool planned =
        std::all_of(tickets.begin(), tickets.end(), [](const Ticket& t) { return t.id > 0; });
    if (!planned) {
        for (const Ticket& t : tickets)
            insert(t, stored);
        return;
    }
    insertRows(m_db, kInsert, kInsertColumns, tickets, bindRow);
    std::vector<Touchpoint> arrivals;
    arrivals.reserve(tickets.size());
    for (const Ticket& t : tickets)
        arrivals.push_back(arrival(t, t.id));
    TouchpointRepository(m_db).insert(std::span<const Touchpoint>(arrivals));
    if (stored) {
        for (const Touchpoint& touchpoint : arrivals)
            stored(touchpoint);
    }
}

Result<qint64> TicketRepository::add(const Ticket& given, const QDateTime& now)
{
    if (const QString problem = validate(given, now); !problem.isEmpty())
        return failure(problem);
    auto targets = slaTargets();
    if (!targets)
        return failure(targets.error());
    Ticket ticket = given;
    Sla::settle(ticket, *targets, now);
    return m_db.guard([&]() -> Result<qint64> {
        Transaction tx(m_db);
        if (auto known = CustomerRepository(m_db).requireExisting(ticket.customerId); !known)
            return failure(known.error());
        const qint64 id = insert(ticket);
        tx.commit();
        return id;
    });
}

Result<std::optional<Ticket>> TicketRepository::find(qint64 id)
{
    return find(id, Lock::None);
}

Result<std::optional<Ticket>> TicketRepository::find(qint64 id, Lock lock)
{
    return m_db.guard([&]() -> std::optional<Ticket> {
        auto q =
            m_db.query(std::string("SELECT ") + std::string(kColumns) +
                       std::string(kVersionColumns) + " FROM ticket t WHERE t.id = ?" +
                       (lock == Lock::ForWrite ? m_db.dialect().lockedForWrite() : std::string()));
        q->bind(1, id);
        if (!q->step())
            return std::nullopt;
        Ticket t = read(*q);
        t.version = RowStamp::read(*q, kColumnCount);
        return t;
    });
}

Ticket TicketRepository::read(Statement& q)
{
    Ticket t;
    t.id = q.int64(0);
    t.customerId = q.int64(1);
    t.contactId = q.optionalInt64(2);
    t.subject = q.text(3);
    t.description = q.text(4);
    t.status = enumFromUtf8<TicketStatus>(q.utf8(5)).value_or(TicketStatus::New);
    t.priority = enumFromUtf8<Priority>(q.utf8(6)).value_or(Priority::Normal);
    t.channel = enumFromUtf8<TouchpointKind>(q.utf8(7)).value_or(TouchpointKind::Email);
    t.category = enumFromUtf8<Category>(q.utf8(8)).value_or(Category::Other);
    t.assigneeId = q.optionalInt64(9);
    t.createdAt = q.dateTime(10);
    t.firstResponseAt = q.dateTime(11);
    t.solvedAt = q.dateTime(12);
    if (!q.isNull(13))
        t.csat = q.int32(13);
    t.tags = q.text(14);
    t.externalRef = q.text(15);
    t.slaPausedSecs =
        std::clamp<qint64>(q.int64(16), 0, Statement::kLatestUtcSecs - Statement::kEarliestUtcSecs);
    t.slaPausedSince = q.dateTime(17);
    t.firstResponseBreachedAt = q.dateTime(18);
    t.resolutionBreachedAt = q.dateTime(19);
    return t;
}

Result<SlaTargets> TicketRepository::slaTargets()
{
    auto settings = SettingsRepository(m_db).all();
    if (!settings)
        return failure(settings.error());
    return SlaTargets::fromSettings(*settings);
}

Status TicketRepository::update(const Ticket& changed, const QDateTime& now)
{
    auto targets = slaTargets();
    if (!targets)
        return failure(targets.error());
    return m_db.guard([&]() -> Status {
        Transaction tx(m_db);
        auto found = find(changed.id, Lock::ForWrite);
        if (!found)
            return failure(found.error());
        if (!*found)
            return failure(tr("There is no ticket with id %1.").arg(changed.id));
        Ticket t = **found;
        if (changed.version.number != t.version.number)
            return failure(RowStamp::conflict(tr("Ticket #%1").arg(t.id)));
        if (changed.customerId != t.customerId)
            return failure(tr("A ticket stays with its customer; create a new ticket for "
                              "another customer."));
        if (changed.status != t.status)
            Sla::changeStatus(t, changed.status, *targets, now);
        else
            Sla::recordBreaches(t, *targets, now);
        t.contactId = changed.contactId;
        t.subject = changed.subject;
        t.description = changed.description;
        t.priority = changed.priority;
        t.category = changed.category;
        t.assigneeId = changed.assigneeId;
        t.csat = changed.csat;
        t.tags = changed.tags;
        // The ticket as it will be stored (the status change has set or cleared its solve
        // time), checked as of the change.
        if (const QString problem = validate(t, now); !problem.isEmpty())
            return failure(problem);
        // The version again in the UPDATE: on a server another session may have saved
        // between the read and this write.
        if (!write(t, {now, t.version.number}))
            return failure(RowStamp::conflict(tr("Ticket #%1").arg(t.id)));
        tx.commit();
        return {};
    });
}

void TicketRepository::write(const Ticket& t)
{
    write(t, {QDateTime::currentDateTimeUtc(), std::nullopt});
}

bool TicketRepository::write(const Ticket& t, const Stamp& stamp)
{
    const bool edit = stamp.at.isValid();
    auto q = m_db.query(
        std::string(
            "UPDATE ticket SET contact_id = ?, subject = ?, description = ?, status = ?, "
            "priority = ?, channel = ?, category = ?, assignee_id = ?, created_at = ?, "
            "first_response_at = ?, solved_at = ?, csat = ?, tags = ?, sla_paused_secs = ?, "
            "sla_paused_since = ?, first_response_breached_at = ?, resolution_breached_at = ?") +
        (edit ? RowStamp::kSet : "") + " WHERE id = ?" +
        (stamp.expected ? " AND version = ?" : ""));
    q->bind(1, t.contactId);
    q->bind(2, t.subject);
    q->bind(3, t.description.isEmpty() ? QString() : t.description);
    q->bindStatic(4, enumName(t.status));
    q->bindStatic(5, enumName(t.priority));
    q->bindStatic(6, enumName(t.channel));
    q->bindStatic(7, enumName(t.category));
    q->bind(8, t.assigneeId);
    q->bind(9, t.createdAt);
    q->bind(10, t.firstResponseAt);
    q->bind(11, t.solvedAt);
    if (t.csat)
        q->bind(12, *t.csat);
    else
        q->bindNull(12);
    q->bind(13, t.tags.isEmpty() ? QString() : t.tags);
    q->bind(14, t.slaPausedSecs);
    q->bind(15, t.slaPausedSince);
    q->bind(16, t.firstResponseBreachedAt);
    q->bind(17, t.resolutionBreachedAt);
    int next = 18;
    if (edit) {
        RowStamp::bind(*q, next, m_db, stamp.at);
        next += 2;
    }
    q->bind(next, t.id);
    if (stamp.expected)
        q->bind(next + 1, *stamp.expected);
    q->step();
    return !stamp.expected || m_db.changes() > 0;
}

namespace {

// The sweep's tickets: every time it writes back lies in the years FunnelDesk keeps (?1 and ?2:
// Statement::kEarliestUtcSecs, kLatestUtcSecs; ?3 their span, for the seconds paused). A file
// written by another program may hold others: such a ticket is left as it is (the sweep would write
// it back clamped, Statement::utcSecs), and `check` names it. A server's CHECK constraints hold
// none (migrations/017_kept.sql).
constexpr const char* kTimesKept =
    " AND created_at BETWEEN ?1 AND ?2 AND coalesce(first_response_at, 0) BETWEEN ?1 AND ?2"
    " AND coalesce(solved_at, 0) BETWEEN ?1 AND ?2 AND coalesce(sla_paused_since, 0) BETWEEN ?1 "
    "AND ?2"
    " AND sla_paused_secs BETWEEN 0 AND ?3"
    " AND coalesce(first_response_breached_at, 0) BETWEEN ?1 AND ?2"
    " AND coalesce(resolution_breached_at, 0) BETWEEN ?1 AND ?2";

} // namespace

Result<int> TicketRepository::recordBreaches(const QDateTime& now)
{
    auto targets = slaTargets();
    if (!targets)
        return failure(targets.error());
    return m_db.guard([&]() -> int {
        Transaction tx(m_db);
        std::vector<Ticket> breached;
        {
            // Open tickets only, and only what the SLA clocks read, from a partial index
            // that carries exactly that (schema v4): a solved ticket's breaches were
            // recorded by the write that solved it, and reading every open ticket's whole
            // row (its texts) meant thousands of scattered pages per sweep, read from disk
            // at the first run of the day (issue 15). Only a ticket that breaches is read
            // whole, to be written.
            auto q = m_db.query(
                "SELECT id, status, priority, created_at, first_response_at, solved_at, "
                "sla_paused_secs, sla_paused_since, first_response_breached_at, "
                "resolution_breached_at "
                "FROM ticket" +
                m_db.dialect().indexed("ticket_open_sla") + " WHERE " +
                m_db.dialect().openTicket("status") +
                " AND (first_response_breached_at IS NULL OR resolution_breached_at IS NULL)" +
                kTimesKept);
            q->bind(1, Statement::kEarliestUtcSecs);
            q->bind(2, Statement::kLatestUtcSecs);
            q->bind(3, Statement::kLatestUtcSecs - Statement::kEarliestUtcSecs);
            std::vector<qint64> due;
            while (q->step()) {
                Ticket clocks;
                clocks.id = q->int64(0);
                clocks.status = enumFromUtf8<TicketStatus>(q->utf8(1)).value_or(TicketStatus::New);
                clocks.priority = enumFromUtf8<Priority>(q->utf8(2)).value_or(Priority::Normal);
                clocks.createdAt = q->dateTime(3);
                clocks.firstResponseAt = q->dateTime(4);
                clocks.solvedAt = q->dateTime(5);
                clocks.slaPausedSecs = q->int64(6);
                clocks.slaPausedSince = q->dateTime(7);
                clocks.firstResponseBreachedAt = q->dateTime(8);
                clocks.resolutionBreachedAt = q->dateTime(9);
                if (Sla::recordBreaches(clocks, *targets, now))
                    due.push_back(clocks.id);
            }
            // Locked: the clocks' write puts back the whole row, which a rep's save must not
            // change in between.
            auto whole =
                m_db.query(std::string("SELECT ") + std::string(kColumns) +
                           " FROM ticket t WHERE t.id = ?" + m_db.dialect().lockedForWrite());
            for (const qint64 id : due) {
                whole->bind(1, id);
                if (whole->step()) {
                    Ticket t = read(*whole);
                    if (Sla::recordBreaches(t, *targets, now))
                        breached.push_back(std::move(t));
                }
                whole->reset();
            }
        }
        for (const Ticket& t : breached)
            write(t, {}); // the clocks only: a rep's open ticket stays theirs to save
        tx.commit();
        return static_cast<int>(breached.size());
    });
}

Status TicketRepository::respond(qint64 ticketId, const QDateTime& at)
{
    auto targets = slaTargets();
    if (!targets)
        return failure(targets.error());
    return m_db.guard([&]() -> Status {
        // Read under the row's write lock (Dialect::lockedForWrite): no other session can save
        // the ticket between this read and the write, which would otherwise undo that save
        // (issue 17, "No lost updates"; found by PgTeamSimTest). The write still names the
        // version read, so a miss is a conflict rather than a silent overwrite.
        auto found = find(ticketId, Lock::ForWrite);
        if (!found)
            return failure(found.error());
        if (!*found)
            return failure(tr("There is no ticket with id %1.").arg(ticketId));
        Ticket t = **found;
        // The first response is the earliest agent's public reply, not the first one saved: two
        // reps answering at once stamp their replies with their own clocks, and the later one
        // may commit first (PgTeamSimTest; migration 021_first_reply.sql lets a rep move it
        // earlier). A breach already recorded stays, as every recorded breach does.
        const bool earlier = !t.firstResponseAt.isValid() || at < t.firstResponseAt;
        if (!earlier && t.status != TicketStatus::New)
            return {};
        if (earlier)
            t.firstResponseAt = at;
        Sla::recordBreaches(t, *targets, at);
        // A new ticket answered is open: an edit of its status, which a rep who opened it as
        // new must not save over. Only the first response's time is not an edit.
        const bool opens = t.status == TicketStatus::New;
        if (opens)
            t.status = TicketStatus::Open;
        if (!write(t, {opens ? at : QDateTime(), t.version.number}))
            return failure(RowStamp::conflict(tr("Ticket #%1").arg(ticketId)));
        return {};
    });
}

} // namespace fd
