// Simulated reps working one FunnelDesk database on a server at random (issue 17, "Tests" and
// "Speed"): each a core-level client with its own login and connection, doing what a rep does
// through core/service (the API the GUI calls): add a ticket, open one and save an edit of its
// status, priority or assignee with the version it opened, assign, reply, log a touchpoint, move
// a customer by hand. Each keeps a log of what it did and what the server said, and lostUpdates()
// compares those logs with the rows and the audit log afterwards. No Catch2 here: the test
// (tests/core/PgTeamSimTest.cpp) and the benchmark (tests/bench/TeamBench.cpp) share it.
#pragma once

#include "common/Location.h"
#include "domain/Enums.h"
#include "domain/Ticket.h"
#include "service/Session.h"

#include <QString>
#include <QStringList>

#include <map>
#include <mutex>
#include <optional>
#include <random>
#include <vector>

namespace fd::test::sim {

// The fields an edit changes, as the row holds them.
struct Fields {
    TicketStatus status = TicketStatus::New;
    Priority priority = Priority::Normal;
    std::optional<qint64> assignee;
    bool operator==(const Fields&) const = default;
};
Fields fieldsOf(const Ticket& ticket);

// The rows the clients pick from, shared by their threads: the customers, and the tickets with
// the fields each had when it was added (the audit log is replayed from there).
class Pool {
public:
    void addCustomer(qint64 id);
    void addTicket(qint64 id, const Fields& added);
    // With `hot` > 0, ticket() picks one of the first `hot` tickets four times in five: more
    // reps on one ticket, more conflicts.
    void setHot(std::size_t hot) { m_hot = hot; }
    qint64 customer(std::mt19937& rng) const;
    qint64 ticket(std::mt19937& rng) const;
    std::map<qint64, Fields> tickets() const;

private:
    mutable std::mutex m_mutex;
    std::vector<qint64> m_customers;
    std::vector<qint64> m_ticketIds;
    std::map<qint64, Fields> m_tickets;
    std::size_t m_hot = 0;
};

// An accepted save: the version and fields the client opened, and what it saved.
struct Save {
    qint64 ticket = 0;
    qint64 openedVersion = 0;
    Fields opened;
    Fields saved;
};

// A refused save (Error::Kind::Conflict) and the row's version on the server right after.
struct Refusal {
    qint64 ticket = 0;
    qint64 openedVersion = 0;
    qint64 serverVersion = 0;
};

// The stage move a client's write made (manual, or the rules' after a ticket or touchpoint):
// from its first step's stage to its last's (one write sets the customer's stage once).
struct Move {
    qint64 customer = 0;
    std::optional<Stage> from;
    Stage to = Stage::Onboarding;
};

// How often each operation is drawn, in percent (the rest: close the opened ticket unsaved).
struct Mix {
    int save = 35;   // with a ticket opened: save it first, this often
    int add = 8;     // a new ticket
    int open = 30;   // open a ticket to edit it
    int read = 0;    // read a ticket as the detail pane does (it, its thread), no edit
    int reply = 17;  // a public reply or an internal note
    int touch = 12;  // a touchpoint
    int move = 8;    // a manual stage move, no pin
    int assign = 15; // open a ticket and assign it to oneself at once
};

// What one client did; one thread writes it, read once the threads have ended.
struct ClientLog {
    std::vector<Save> saves;
    std::vector<Refusal> refusals;
    std::vector<qint64> ticketsAdded;
    std::vector<qint64> repliesAdded;       // comment ids
    std::vector<qint64> publicReplyTickets; // tickets this client answered publicly (each once)
    std::vector<qint64> touchpointsAdded;
    std::vector<Move> moves;
    std::vector<double> saveMs; // the wall time of each accepted or refused save, ms
    // The server's Error::Kind::Busy refusals ("… at the same moment; try again (nothing was
    // changed)": a deadlock or a lock wait between two writes): nothing written, the audit log
    // must hold nothing of them.
    QStringList busy;
    QStringList errors; // anything else the server said that was not a conflict
};

// One simulated rep: a login with its agent, a connection of its own, a seeded RNG.
class Client {
public:
    // `where`: the database as `login` signs in to it (user=login).
    Client(Location where, QString login, qint64 agentId, QString agentName, unsigned seed);

    // Opens the connection (Session::open), on the thread that then runs step(); logs and
    // gives the server's sentence when it cannot.
    Status connect();
    // One operation at random (see the header comment); a save only with a ticket opened.
    void step(Pool& pool);
    // The test's saboteur: a client whose save re-reads the row first and saves over it with
    // the version it now has, what a client that ignores versions amounts to. Its log still
    // says the version it opened: lostUpdates() must find the update it overwrote.
    void saveWithoutVersion() { m_blind = true; }
    void setMix(const Mix& mix) { m_mix = mix; }

    const QString& login() const { return m_login; }
    qint64 agentId() const { return m_agentId; }
    const ClientLog& log() const { return m_log; }
    Database& db() { return *m_db; }

private:
    void addTicket(Pool& pool);
    void open(Pool& pool);
    void read(Pool& pool);
    void save(bool assignOnly);
    void reply(Pool& pool);
    void touch(Pool& pool);
    void move(Pool& pool);
    template <typename W> void recordMoves(qint64 customer, const W& written);
    void fail(const QString& what, const Error& error);

    Location m_where;
    QString m_login;
    qint64 m_agentId;
    QString m_agentName;
    std::mt19937 m_rng;
    OwnedDatabase m_db;
    std::optional<Ticket> m_opened;
    bool m_blind = false;
    Mix m_mix;
    ClientLog m_log;
};

// Runs `ops` steps of every client: each on a thread of its own, all at once, or, with
// `inTurn`, one step each in turn on this thread (deterministic for a seed). A client whose
// connection fails logs it and does nothing. `pauseMs` > 0 (threads only): before each step a
// client waits a random time, exponentially distributed with that mean in milliseconds, as a
// rep reads and types between saves; 0 runs every step back to back.
void run(const std::vector<Client*>& clients, Pool& pool, int ops, bool inTurn, double pauseMs = 0);

// Compares the clients' logs with the rows (read through `owner`) and with the audit log's
// entries after `auditFrom` (an audit id: what the clients did, nothing before). One sentence
// per problem; empty when no update was lost, every refusal was a conflict the server's version
// explains, and every change is in the audit log once, with its field, old → new and agent.
QStringList lostUpdates(Database& owner, const std::vector<Client*>& clients, const Pool& pool,
                        qint64 auditFrom);

// The largest audit entry id so far (0 for none), for lostUpdates().
qint64 lastAuditId(Database& db);

} // namespace fd::test::sim
