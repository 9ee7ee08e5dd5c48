// A team at work on one server (issue 17, "Speed": "A benchmark runs 20 simulated reps doing a
// typical mix on the local server: the p95 of a save must be ≤ 50 ms; a change must appear in
// another client within 1 s"). REPS simulated reps (tests/support/TeamSim.h), each with a login
// of its own made through the team API (every tenth a manager) on a connection and thread of its
// own, do OPS operations each of a typical mix: mostly reading a ticket as the detail pane does
// and replying, some edits (status, priority, assignee: the versioned save) and new tickets,
// touchpoints, a few manual moves, on the newest 2,000 tickets of DATABASE. Meanwhile a probe
// (one more login) saves a ticket of its own again and again, and a watcher (another connection)
// LISTENs, waits on its socket as the window's QSocketNotifier does and, at each notification,
// re-reads that ticket as the window re-reads what it shows, until it holds the probe's save.
// Prints the median, p95 and worst of the reps' saves (accepted or refused as a conflict) and
// of "the probe's change is seen by the watcher", from the save's start and from its commit's
// return. The window's settling time of 150 ms (DataChanges) is not in these figures.
// Usage: funneldesk_team_bench DATABASE [REPS=20] [OPS=100] [PAUSE_MS=0]
// PAUSE_MS: each rep waits a random time of that mean before each operation (exponential, as a
// rep reads and types; 0: back to back, every rep a closed loop that never pauses, the server's
// saturation rather than a team's day).
// DATABASE (a libpq key=value string, as --db takes it; each login is appended as user=)
// holds FunnelDesk's tables and some tickets, and its login is a
// manager (the owner: the login that ran init or migrate). The logins made are named
// bench_<pid>_<n>; they stay in the cluster (a throwaway one). Exit status 1 when a target is
// missed or a rep met an error other than a conflict.
#include "common/Clock.h"
#include "common/Location.h"
#include "service/Session.h"
#include "service/Team.h"
#include "service/Tickets.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "support/TeamSim.h"

#include <QCoreApplication>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

#include <poll.h>
#include <unistd.h>

using namespace fd;
using Steady = std::chrono::steady_clock;

namespace {

[[noreturn]] void die(const QString& sentence)
{
    std::fprintf(stderr, "%s\n", qPrintable(sentence));
    std::exit(1);
}

Location locate(const QString& text)
{
    Result<Location> where = Location::parse(text);
    if (!where)
        die(where.error());
    return *where;
}

OwnedDatabase open(const Location& where)
{
    Result<OwnedDatabase> db = Session::open(where, {});
    if (!db)
        die(db.error());
    return std::move(*db);
}

double ms(Steady::duration d)
{
    return std::chrono::duration<double, std::milli>(d).count();
}

// The median, p95 and worst of `values`, and whether the p95 is within `limit`.
bool print(const char* what, std::vector<double> values, double limit)
{
    if (values.empty()) {
        std::printf("%-46s no samples\n", what);
        return false;
    }
    std::sort(values.begin(), values.end());
    const auto at = [&](double share) {
        return values[std::min(values.size() - 1, static_cast<std::size_t>(
                                                      share * static_cast<double>(values.size())))];
    };
    const bool met = limit <= 0 || at(0.95) <= limit;
    std::printf("%-46s median %7.2f ms   p95 %7.2f ms   worst %7.2f ms   (n=%zu)%s\n", what,
                at(0.5), at(0.95), values.back(), values.size(),
                limit <= 0 ? ""
                : met      ? "   pass"
                           : "   FAIL");
    return met;
}

// The probe's saves (version → when it began, when its commit returned) and the versions the
// watcher first saw, with when.
struct Probe {
    qint64 ticket = 0;
    std::atomic<qint64> seenVersion{0};
    std::atomic_bool repsDone{false};
    std::atomic_bool probeDone{false};
    std::atomic_int busy{0}; // the probe's saves refused as busy (a deadlock), tried again
    std::mutex mutex;
    std::map<qint64, std::pair<Steady::time_point, Steady::time_point>> saved;
    std::map<qint64, Steady::time_point> seen;
};

// Saves the probe ticket (priority round the four) until the reps are done, each time waiting
// until the watcher has seen the save (at most 5 s) and then 20 ms.
void probeSaves(const Location& where, Probe& probe)
{
    OwnedDatabase db = open(where);
    Tickets tickets(*db, Clock::system());
    while (!probe.repsDone) {
        auto found = tickets.find(probe.ticket);
        if (!found || !*found)
            die(found ? QStringLiteral("The probe ticket is gone.") : QString(found.error()));
        const Ticket opened = **found;
        Ticket edit = opened;
        edit.priority = static_cast<Priority>((static_cast<int>(opened.priority) + 1) % 4);
        const Steady::time_point began = Steady::now();
        if (auto saved = tickets.update(edit, opened); !saved) {
            if (!saved.error().is(
                    Error::Kind::Busy)) // "… at the same moment; try again": as a rep would
                die(saved.error());
            ++probe.busy;
            continue;
        }
        const Steady::time_point committed = Steady::now();
        const qint64 version = opened.version.number + 1;
        {
            const std::lock_guard lock(probe.mutex);
            probe.saved[version] = {began, committed};
        }
        const Steady::time_point giveUp = committed + std::chrono::seconds(5);
        while (probe.seenVersion < version && Steady::now() < giveUp)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    probe.probeDone = true;
}

// The watcher: at each notification of another session's commit, reads the probe ticket again.
void watch(Database& db, Probe& probe)
{
    Tickets tickets(db, Clock::system());
    while (!probe.probeDone) {
        pollfd ready{Session(db).socket(), POLLIN, 0};
        (void)::poll(&ready, 1, 100);
        const Result<int> got = Session(db).takeNotifications();
        if (!got)
            die(got.error());
        if (*got == 0)
            continue;
        auto found = tickets.find(probe.ticket);
        if (!found || !*found)
            die(found ? QStringLiteral("The probe ticket is gone.") : QString(found.error()));
        const qint64 version = (*found)->version.number;
        if (version > probe.seenVersion) {
            const std::lock_guard lock(probe.mutex);
            probe.seen.emplace(version, Steady::now());
            probe.seenVersion = version;
        }
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr,
                     "Usage: funneldesk_team_bench DATABASE [REPS=20] [OPS=100] [PAUSE_MS=0]\n");
        return 2;
    }
    const QString text = QString::fromLocal8Bit(argv[1]);
    const int reps = argc > 2 ? std::max(1, std::atoi(argv[2])) : 20;
    const int ops = argc > 3 ? std::max(1, std::atoi(argv[3])) : 100;
    const double pauseMs = argc > 4 ? std::max(0.0, std::atof(argv[4])) : 0.0;
    const Location where = locate(text);
    OwnedDatabase owner = open(where);

    test::sim::Pool pool;
    for (auto q = owner->query("SELECT id FROM customer ORDER BY id DESC LIMIT 2000"); q->step();)
        pool.addCustomer(q->int64(0));
    for (auto q = owner->query("SELECT id FROM ticket ORDER BY id DESC LIMIT 2000"); q->step();)
        pool.addTicket(q->int64(0), {});
    std::mt19937 rng(1);
    Ticket probeTicket;
    probeTicket.customerId = pool.customer(rng);
    probeTicket.subject = QStringLiteral("Team bench probe");
    Probe probe;
    if (auto added = Tickets(*owner, Clock::system()).add(probeTicket); added)
        probe.ticket = added->value;
    else
        die(added.error());

    const QString prefix = QStringLiteral("bench_%1_").arg(::getpid());
    const auto agentName = [](const QString& name) {
        return QStringLiteral("Bench %1 %2").arg(name).arg(::getpid());
    };
    const auto login = [&](const QString& name, AgentRole role) {
        const Result<qint64> agent =
            Team(*owner).addLogin(prefix + name, agentName(name), role, std::nullopt);
        if (!agent)
            die(agent.error());
        return *agent;
    };
    std::vector<std::unique_ptr<test::sim::Client>> clients;
    const test::sim::Mix mix{.save = 50,
                             .add = 4,
                             .open = 10,
                             .read = 45,
                             .reply = 25,
                             .touch = 6,
                             .move = 2,
                             .assign = 4};
    for (int i = 0; i < reps; ++i) {
        const QString name = QString::number(i);
        const qint64 agent = login(name, i % 10 == 0 ? AgentRole::Manager : AgentRole::Rep);
        clients.push_back(std::make_unique<test::sim::Client>(
            locate(text + QStringLiteral(" user=") + prefix + name), prefix + name, agent,
            agentName(name), static_cast<unsigned>(i + 1)));
        clients.back()->setMix(mix);
    }
    (void)login(QStringLiteral("probe"), AgentRole::Rep);
    const Location probeWhere =
        locate(text + QStringLiteral(" user=") + prefix + QStringLiteral("probe"));

    OwnedDatabase watcher = open(where);
    if (Status listening = Session(*watcher).listenForChanges(); !listening)
        die(listening.error());
    std::vector<test::sim::Client*> all;
    for (const auto& client : clients)
        all.push_back(client.get());
    const Steady::time_point start = Steady::now();
    std::thread work([&] {
        test::sim::run(all, pool, ops, false, pauseMs);
        probe.repsDone = true;
    });
    std::thread prober([&] { probeSaves(probeWhere, probe); });
    watch(*watcher, probe);
    work.join();
    prober.join();
    const double seconds = ms(Steady::now() - start) / 1000;

    std::vector<double> saves;
    std::size_t accepted = 0;
    std::size_t refused = 0;
    QStringList errors;
    for (const auto& client : clients) {
        saves.insert(saves.end(), client->log().saveMs.begin(), client->log().saveMs.end());
        accepted += client->log().saves.size();
        refused += client->log().refusals.size();
        errors << client->log().errors;
    }
    std::vector<double> seenFromStart;
    std::vector<double> seenFromCommit;
    for (const auto& [version, times] : probe.saved) {
        const auto seen = probe.seen.lower_bound(version);
        if (seen == probe.seen.end())
            continue;
        seenFromStart.push_back(ms(seen->second - times.first));
        seenFromCommit.push_back(ms(seen->second - times.second));
    }
    std::size_t busy = 0;
    for (const auto& client : clients)
        busy += static_cast<std::size_t>(client->log().busy.size());
    std::printf("%d reps x %d operations (mean pause %.0f ms) in %.1f s; %zu saves accepted, %zu "
                "refused as conflicts, %zu writes refused as "
                "busy; %zu probe saves (%d refused as busy), %zu seen\n",
                reps, ops, pauseMs, seconds, accepted, refused, busy, probe.saved.size(),
                probe.busy.load(), seenFromStart.size());
    bool met = print("a rep's save (accepted or refused)", saves, 50);
    met = print("change seen by another client, from the save", seenFromStart, 1000) && met;
    print("change seen by another client, after commit", seenFromCommit, 0);
    if (seenFromStart.size() < probe.saved.size()) {
        std::printf("%zu of the probe's saves were never seen\n",
                    probe.saved.size() - seenFromStart.size());
        met = false;
    }
    for (const QString& error : errors.mid(0, 5))
        std::fprintf(stderr, "%s\n", qPrintable(error));
    if (!errors.isEmpty())
        std::fprintf(stderr, "%lld errors other than conflicts\n",
                     static_cast<long long>(errors.size()));
    return met && errors.isEmpty() ? 0 : 1;
}
