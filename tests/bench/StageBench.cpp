// Measures incremental stage re-evaluation on an existing database: re-evaluates a
// thousand customers spread over the id range, one at a time, and prints the median and
// 95th percentile in milliseconds. Usage: funneldesk_stage_bench DATABASE [--no-map]
// (DATABASE: a file or a server, as --db takes it; --no-map: through SQLite's page cache,
// as the window reads, rather than a memory map)
#include "common/Clock.h"
#include "common/Location.h"
#include "stages/StageEngine.h"
#include "storage/Database.h"
#include "storage/StatsRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2 && !(argc == 3 && std::strcmp(argv[2], "--no-map") == 0)) {
        std::fprintf(stderr, "Usage: funneldesk_stage_bench DATABASE [--no-map]\n");
        return 2;
    }
    fd::Database::Options options;
    options.mapMemory = argc == 2;
    auto where = fd::Location::parse(QString::fromLocal8Bit(argv[1]));
    if (!where) {
        std::fprintf(stderr, "%s\n", qPrintable(where.error()));
        return 1;
    }
    auto db = fd::Database::open(*where, options);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return 1;
    }
    auto counts = fd::StatsRepository(**db).counts();
    if (!counts || counts->customers == 0) {
        std::fprintf(stderr, "The database holds no customers.\n");
        return 1;
    }
    fd::StageEngine engine(**db, fd::Clock::system());
    constexpr int kSamples = 1000;
    std::vector<double> ms;
    ms.reserve(kSamples);
    for (int i = 0; i < kSamples; ++i) {
        const qint64 id = 1 + (static_cast<qint64>(i) * 7919) % counts->customers;
        QElapsedTimer timer;
        timer.start();
        auto moves = engine.reevaluate(id);
        ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (!moves) {
            std::fprintf(stderr, "%s\n", qPrintable(moves.error()));
            return 1;
        }
    }
    std::sort(ms.begin(), ms.end());
    std::printf("%.3f %.3f\n", ms[ms.size() / 2], ms[ms.size() * 95 / 100]);
    return 0;
}
