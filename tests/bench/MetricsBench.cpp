// Measures each dashboard's numbers on an existing database, as the window refreshes them
// (a connection through the page cache, the last 30 days): best of three after a first
// run, in milliseconds. Prints "NAME MS" lines: one per report, and the overview, which
// shows two. Usage: funneldesk_metrics_bench DATABASE [REPORT] (DATABASE: a file or a
// server, as --db takes it; REPORT: only that dashboard, e.g. to log its statements)
#include "common/Clock.h"
#include "common/Location.h"
#include "metrics/DashboardMetrics.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace fd;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2 && argc != 3) {
        std::fprintf(stderr, "Usage: funneldesk_metrics_bench DATABASE [REPORT]\n");
        return 2;
    }
    auto where = Location::parse(QString::fromLocal8Bit(argv[1]));
    if (!where) {
        std::fprintf(stderr, "%s\n", qPrintable(where.error()));
        return 1;
    }
    auto db = Database::open(*where, {Database::Access::ReadOnly, 5000, false, false});
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return 1;
    }
    DashboardMetrics metrics(**db, Clock::system());
    const Period period = Period::lastDays(Clock::system().now(), 30);
    // What each dashboard of the window computes: the overview shows two reports.
    std::vector<std::pair<QString, QStringList>> dashboards;
    for (const QString& name : DashboardMetrics::names())
        dashboards.push_back({name, {name}});
    dashboards.push_back({QStringLiteral("overview(funnel+flow)"),
                          {QStringLiteral("funnel"), QStringLiteral("flow")}});
    const QString only = argc == 3 ? QString::fromLocal8Bit(argv[2]) : QString();
    for (const auto& [label, reports] : dashboards) {
        if (!only.isEmpty() && label != only)
            continue;
        double best = 1e9;
        for (int run = 0; run < 4; ++run) {
            QElapsedTimer timer;
            timer.start();
            for (const QString& name : reports) {
                if (!metrics.report(name, period))
                    return 1;
            }
            if (run > 0)
                best = std::min(best, static_cast<double>(timer.nsecsElapsed()) / 1e6);
        }
        std::printf("%s %.1f\n", qPrintable(label), best);
    }
    return 0;
}
