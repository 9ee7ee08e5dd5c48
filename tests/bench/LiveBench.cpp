// How long a change made by one client takes to reach another on the same server (issue 17,
// "Speed": "a change must appear in another client within 1 s"). Two connections to DATABASE
// (a server, as --db takes it, holding FunnelDesk's tables): the watcher LISTENs; the writer
// adds a customer N times through the service layer (its own transaction, its stage evaluated,
// as the window's New customer does). Each time: from just before the write to the moment the
// watcher's takeNotifications() returns it (the watcher waits on its socket, as the window's
// QSocketNotifier does), and from the write's return (its commit done) to that moment. Prints
// the median, p95 and worst of both, in ms. The window then waits a settling time of 150 ms
// (DataChanges) and reads what it shows: those are not in these figures.
// Usage: funneldesk_live_bench DATABASE [N=200] [--init] (--init first makes FunnelDesk's
// tables there, as `funneldesk-cli init` does: for a throwaway cluster's empty database)
#include "common/Clock.h"
#include "common/Location.h"
#include "service/Customers.h"
#include "service/Session.h"
#include "service/Setup.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include <poll.h>

using namespace fd;

namespace {

std::unique_ptr<Database> open(const QString& text)
{
    Result<Location> where = Location::parse(text);
    if (!where) {
        std::fprintf(stderr, "%s\n", qPrintable(QString(where.error())));
        std::exit(1);
    }
    Result<std::unique_ptr<Database>> db = Database::open(*where, {});
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(QString(db.error())));
        std::exit(1);
    }
    return std::move(*db);
}

// Waits on the watcher's socket until another session's commit reached it.
void awaitChange(Database& watcher)
{
    for (;;) {
        const Result<int> got = Session(watcher).takeNotifications();
        if (!got) {
            std::fprintf(stderr, "%s\n", qPrintable(QString(got.error())));
            std::exit(1);
        }
        if (*got > 0)
            return;
        pollfd watch{Session(watcher).socket(), POLLIN, 0};
        (void)::poll(&watch, 1, 5000);
    }
}

void print(const char* what, std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double share) {
        return ms[std::min(ms.size() - 1, static_cast<std::size_t>(share * ms.size()))];
    };
    std::printf("%-42s median %6.2f ms   p95 %6.2f ms   worst %6.2f ms   (n=%zu)\n", what, at(0.5),
                at(0.95), ms.back(), ms.size());
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "Usage: funneldesk_live_bench DATABASE [N=200]\n");
        return 2;
    }
    const QString where = QString::fromLocal8Bit(argv[1]);
    const int n = argc > 2 ? std::max(1, std::atoi(argv[2])) : 200;
    if (argc > 3 && qstrcmp(argv[3], "--init") == 0) {
        const Result<Location> location = Location::parse(where);
        const Result<QString> made =
            location ? service::Setup::init(*location) : failure(location.error());
        if (!made) {
            std::fprintf(stderr, "%s\n", qPrintable(QString(made.error())));
            return 1;
        }
    }
    auto writer = open(where);
    auto watcher = open(where);
    if (Status listening = Session(*watcher).listenForChanges(); !listening) {
        std::fprintf(stderr, "%s\n", qPrintable(QString(listening.error())));
        return 1;
    }
    std::vector<double> total;
    std::vector<double> afterCommit;
    Customers customers(*writer, Clock::system());
    for (int i = 0; i < n; ++i) {
        Customer customer;
        customer.name = QStringLiteral("Live bench %1").arg(i);
        customer.since = QDate::currentDate();
        QElapsedTimer timer;
        timer.start();
        const auto added = customers.add(customer);
        const qint64 committed = timer.nsecsElapsed();
        if (!added) {
            std::fprintf(stderr, "%s\n", qPrintable(QString(added.error())));
            return 1;
        }
        awaitChange(*watcher);
        const qint64 seen = timer.nsecsElapsed();
        total.push_back(static_cast<double>(seen) / 1e6);
        afterCommit.push_back(static_cast<double>(seen - committed) / 1e6);
    }
    print("write + seen by the other client", total);
    print("seen by the other client after commit", afterCommit);
    return 0;
}
