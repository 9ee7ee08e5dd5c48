#include "support/TeamSim.h"

#include "common/Clock.h"
#include "service/Customers.h"
#include "service/Tickets.h"

#include <QElapsedTimer>

#include <algorithm>
#include <array>
#include <chrono>
#include <thread>

namespace fd::test::sim {

namespace {

constexpr std::array kEditStatuses{TicketStatus::Open, TicketStatus::Pending, TicketStatus::OnHold,
                                   TicketStatus::Solved};
constexpr std::array kPriorities{Priority::Low, Priority::Normal, Priority::High, Priority::Urgent};
constexpr std::array kStages{Stage::Onboarding, Stage::PostSales, Stage::Retention,
                             Stage::Advocacy};
constexpr std::array kKinds{TouchpointKind::Email, TouchpointKind::Phone, TouchpointKind::LiveChat};

template <typename T, std::size_t N> T pick(std::mt19937& rng, const std::array<T, N>& from)
{
    return from[std::uniform_int_distribution<std::size_t>(0, N - 1)(rng)];
}

int percent(std::mt19937& rng)
{
    return std::uniform_int_distribution<int>(0, 99)(rng);
}

} // namespace

Fields fieldsOf(const Ticket& ticket)
{
    return {ticket.status, ticket.priority, ticket.assigneeId};
}

void Pool::addCustomer(qint64 id)
{
    const std::lock_guard lock(m_mutex);
    m_customers.push_back(id);
}

void Pool::addTicket(qint64 id, const Fields& added)
{
    const std::lock_guard lock(m_mutex);
    m_ticketIds.push_back(id);
    m_tickets.emplace(id, added);
}

qint64 Pool::customer(std::mt19937& rng) const
{
    const std::lock_guard lock(m_mutex);
    return m_customers.at(
        std::uniform_int_distribution<std::size_t>(0, m_customers.size() - 1)(rng));
}

qint64 Pool::ticket(std::mt19937& rng) const
{
    const std::lock_guard lock(m_mutex);
    const std::size_t from =
        m_hot > 0 && percent(rng) < 80 ? std::min(m_hot, m_ticketIds.size()) : m_ticketIds.size();
    return m_ticketIds.at(std::uniform_int_distribution<std::size_t>(0, from - 1)(rng));
}

std::map<qint64, Fields> Pool::tickets() const
{
    const std::lock_guard lock(m_mutex);
    return m_tickets;
}

Client::Client(Location where, QString login, qint64 agentId, QString agentName, unsigned seed)
    : m_where(std::move(where)), m_login(std::move(login)), m_agentId(agentId),
      m_agentName(std::move(agentName)), m_rng(seed)
{
}

Status Client::connect()
{
    Result<OwnedDatabase> opened = Session::open(m_where, {});
    if (!opened) {
        fail(QStringLiteral("connect"), opened.error());
        return failure(opened.error());
    }
    m_db = std::move(*opened);
    return {};
}

void Client::step(Pool& pool)
{
    if (!m_db)
        return;
    if (m_opened && percent(m_rng) < m_mix.save) {
        save(false);
        return;
    }
    int op = percent(m_rng);
    const auto drawn = [&op](int share) { return (op -= share) < 0; };
    if (drawn(m_mix.add)) {
        addTicket(pool);
    } else if (drawn(m_mix.open)) {
        open(pool);
    } else if (drawn(m_mix.read)) {
        read(pool);
    } else if (drawn(m_mix.reply)) {
        reply(pool);
    } else if (drawn(m_mix.touch)) {
        touch(pool);
    } else if (drawn(m_mix.move)) {
        move(pool);
    } else if (drawn(m_mix.assign)) {
        open(pool); // assign to oneself right away: "Take"
        if (m_opened)
            save(true);
    } else {
        m_opened.reset(); // closed the ticket without saving
    }
}

void Client::fail(const QString& what, const Error& error)
{
    (error.is(Error::Kind::Busy) ? m_log.busy : m_log.errors)
        << QStringLiteral("%1 (%2): %3").arg(what, m_login, error);
}

template <typename W> void Client::recordMoves(qint64 customer, const W& written)
{
    // Several steps of one write are one change of the customer's stage, first to last.
    if (!written.moves.empty() &&
        written.moves.front().from != std::optional(written.moves.back().to))
        m_log.moves.push_back({customer, written.moves.front().from, written.moves.back().to});
}

void Client::addTicket(Pool& pool)
{
    Ticket ticket;
    ticket.customerId = pool.customer(m_rng);
    ticket.subject =
        QStringLiteral("Simulated ticket %1 by %2").arg(m_log.ticketsAdded.size() + 1).arg(m_login);
    ticket.priority = pick(m_rng, kPriorities);
    const auto added = Tickets(*m_db, Clock::system()).add(ticket);
    if (!added)
        return fail(QStringLiteral("add a ticket"), added.error());
    m_log.ticketsAdded.push_back(added->value);
    recordMoves(ticket.customerId, *added);
    pool.addTicket(added->value, fieldsOf(ticket));
}

void Client::open(Pool& pool)
{
    const qint64 id = pool.ticket(m_rng);
    auto found = Tickets(*m_db, Clock::system()).find(id);
    if (!found || !*found)
        return fail(QStringLiteral("open ticket #%1").arg(id),
                    found ? Error(QStringLiteral("gone")) : found.error());
    m_opened = **found;
}

void Client::read(Pool& pool)
{
    const qint64 id = pool.ticket(m_rng);
    Tickets tickets(*m_db, Clock::system());
    auto found = tickets.find(id);
    if (!found || !*found)
        return fail(QStringLiteral("read ticket #%1").arg(id),
                    found ? Error(QStringLiteral("gone")) : found.error());
    if (auto thread = tickets.thread(id); !thread)
        return fail(QStringLiteral("read ticket #%1's thread").arg(id), thread.error());
}

void Client::save(bool assignOnly)
{
    const Ticket opened = *m_opened;
    m_opened.reset();
    Ticket edit = opened;
    if (assignOnly) {
        edit.assigneeId = m_agentId;
    } else {
        if (percent(m_rng) < 60)
            edit.status = pick(m_rng, kEditStatuses);
        if (percent(m_rng) < 50)
            edit.priority = pick(m_rng, kPriorities);
        if (percent(m_rng) < 30)
            edit.assigneeId = percent(m_rng) < 70 ? std::optional<qint64>(m_agentId) : std::nullopt;
    }
    Tickets tickets(*m_db, Clock::system());
    Ticket base = opened;
    if (m_blind) {
        auto fresh = tickets.find(opened.id);
        if (fresh && *fresh)
            base = **fresh;
    }
    QElapsedTimer timer;
    timer.start();
    const auto saved = tickets.update(edit, base);
    m_log.saveMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    if (saved) {
        m_log.saves.push_back({opened.id, opened.version.number, fieldsOf(opened), fieldsOf(edit)});
        recordMoves(opened.customerId, *saved);
        return;
    }
    if (!saved.error().is(Error::Kind::Conflict))
        return fail(QStringLiteral("save ticket #%1").arg(opened.id), saved.error());
    auto now = tickets.find(opened.id);
    if (!now || !*now)
        return fail(QStringLiteral("read ticket #%1 after a conflict").arg(opened.id),
                    now ? Error(QStringLiteral("gone")) : now.error());
    m_log.refusals.push_back({opened.id, opened.version.number, (*now)->version.number});
}

void Client::reply(Pool& pool)
{
    TicketComment comment;
    comment.ticketId = pool.ticket(m_rng);
    comment.kind = percent(m_rng) < 70 ? CommentKind::PublicReply : CommentKind::InternalNote;
    comment.authorAgentId = m_agentId;
    comment.body =
        QStringLiteral("Reply %1 from %2").arg(m_log.repliesAdded.size() + 1).arg(m_login);
    const auto added = Tickets(*m_db, Clock::system()).reply(comment);
    if (!added)
        return fail(QStringLiteral("reply to ticket #%1").arg(comment.ticketId), added.error());
    m_log.repliesAdded.push_back(*added);
    if (comment.kind == CommentKind::PublicReply)
        m_log.publicReplyTickets.push_back(comment.ticketId);
}

void Client::touch(Pool& pool)
{
    Touchpoint touchpoint;
    touchpoint.customerId = pool.customer(m_rng);
    touchpoint.kind = pick(m_rng, kKinds);
    touchpoint.direction = Direction::Outbound;
    touchpoint.occurredAt = QDateTime::currentDateTimeUtc();
    touchpoint.agentId = m_agentId;
    touchpoint.summary = QStringLiteral("Called by %1").arg(m_login);
    const auto added = Customers(*m_db, Clock::system()).logTouchpoint(touchpoint);
    if (!added)
        return fail(QStringLiteral("log a touchpoint"), added.error());
    m_log.touchpointsAdded.push_back(added->value);
    recordMoves(touchpoint.customerId, *added);
}

void Client::move(Pool& pool)
{
    const qint64 customer = pool.customer(m_rng);
    const auto moved = Customers(*m_db, Clock::system())
                           .move(customer, pick(m_rng, kStages), QStringLiteral("simulated"),
                                 m_agentName, std::nullopt);
    if (!moved)
        return fail(QStringLiteral("move customer #%1").arg(customer), moved.error());
    recordMoves(customer, *moved);
}

void run(const std::vector<Client*>& clients, Pool& pool, int ops, bool inTurn, double pauseMs)
{
    if (inTurn) {
        for (Client* client : clients) {
            if (Status connected = client->connect(); !connected)
                return; // each step then does nothing; the check finds nothing done
        }
        for (int i = 0; i < ops; ++i) {
            for (Client* client : clients)
                client->step(pool);
        }
        return;
    }
    std::vector<std::thread> threads;
    threads.reserve(clients.size());
    for (std::size_t n = 0; n < clients.size(); ++n) {
        threads.emplace_back([client = clients[n], &pool, ops, pauseMs, n] {
            if (Status connected = client->connect(); !connected)
                return;
            std::mt19937 rng(static_cast<unsigned>(1000 + n));
            std::exponential_distribution<double> pause(pauseMs > 0 ? 1.0 / pauseMs : 1.0);
            for (int i = 0; i < ops; ++i) {
                if (pauseMs > 0)
                    std::this_thread::sleep_for(
                        std::chrono::duration<double, std::milli>(pause(rng)));
                client->step(pool);
            }
        });
    }
    for (std::thread& thread : threads)
        thread.join();
}

} // namespace fd::test::sim
