// Measures the task lists of issue 18 ("the My tasks view, and a task list of 1 M tasks:
// ≤ 50 ms a screen") on an existing database, first giving it 1,000,000 open tasks when it has
// fewer (ten per customer, due on days spread from 30 days ago to 60 days ahead, for each
// customer's owner). Prints one line per list: the worst of its screens (50 rows at the top,
// the middle and the end), each the best of three runs. Usage: funneldesk_task_bench DATABASE
// (a file or a server, as --db takes it; it is written to when it has too few tasks).
#include "common/Clock.h"
#include "common/Location.h"
#include "service/Tasks.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace fd;

namespace {

constexpr qint64 kTasks = 1000000;

template <typename F> double bestOfThree(F&& work)
{
    double best = 1e9;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        work();
        best = std::min(best, static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    return best;
}

// Ten tasks per customer in one statement (bench data, not FunnelDesk's own writes).
void seed(Database& db)
{
    const bool sqlite = db.backend() == Database::Backend::Sqlite;
    const std::string due =
        sqlite ? "date('now', 'localtime', ((c.id * 7 + k.n * 13) % 90 - 30) || ' days')"
               : "current_date + ((c.id * 7 + k.n * 13) % 90 - 30)::int";
    const std::string ten =
        sqlite ? "(WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < 10) "
                 "SELECT n FROM k) k"
               : "generate_series(1, 10) k(n)";
    Transaction tx(db);
    // The commit on disk before the VACUUM below: a row's hint bits, without which VACUUM leaves
    // its page out of the visibility map, wait for the commit's WAL to be flushed, and
    // tests/pg/with-cluster.sh's server commits asynchronously (synchronous_commit off): with
    // 023_task_day.sql's trigger in the transaction, the VACUUM right after marked no page.
    if (!sqlite)
        db.execute("SET LOCAL synchronous_commit = on");
    db.execute("DELETE FROM task WHERE origin = 'bench'");
    db.execute(("INSERT INTO task (customer_id, owner_id, title, kind, due_day, origin, occasion, "
                "step, created_at) "
                "SELECT c.id, c.owner_id, 'Follow up', 'phone', " +
                due + ", 'bench', 'bench', k.n, 0 FROM customer c, " + ten)
                   .c_str());
    tx.commit();
    if (!sqlite) // as after any bulk load: the visibility map, so the lists read the index alone
        db.execute("VACUUM ANALYZE task");
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "Usage: funneldesk_task_bench DATABASE\n");
        return 2;
    }
    auto where = Location::parse(QString::fromLocal8Bit(argv[1]));
    if (!where) {
        std::fprintf(stderr, "%s\n", qPrintable(where.error()));
        return 1;
    }
    {
        auto db = Database::open(*where, {Database::Access::ReadWrite, 5000, false, false});
        if (!db) {
            std::fprintf(stderr, "%s\n", qPrintable(db.error()));
            return 1;
        }
        if ((*db)->scalar("SELECT count(*) FROM task WHERE done_at IS NULL") < kTasks) {
            QElapsedTimer timer;
            timer.start();
            if (auto seeded = (*db)->guard([&] { seed(**db); }); !seeded) {
                std::fprintf(stderr, "%s\n", qPrintable(seeded.error()));
                return 1;
            }
            std::printf("seeded tasks in %.1f s\n", static_cast<double>(timer.elapsed()) / 1000.0);
        }
    }
    // As the window reads: through the page cache, without a memory map.
    auto db = Database::open(*where, {Database::Access::ReadOnly, 5000, false, false});
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return 1;
    }
    Tasks tasks(**db, Clock::system());
    TaskFilter open;
    qint64 total = 0;
    const double countMs = bestOfThree([&] { total = tasks.count(open).value_or(0); });
    double screenMs = 0;
    for (double at : {0.0, 0.5, 1.0}) {
        const auto offset =
            static_cast<qint64>(static_cast<double>(std::max<qint64>(0, total - 50)) * at);
        screenMs = std::max(screenMs, bestOfThree([&] { (void)tasks.list(open, 50, offset); }));
    }
    std::printf("tasks open, by due day     %8lld tasks  count %6.1f ms  screen %6.2f ms\n",
                static_cast<long long>(total), countMs, screenMs);
    // My tasks of the agent with the most open tasks.
    const qint64 busiest =
        (*db)->scalar("SELECT owner_id FROM task WHERE done_at IS NULL AND owner_id IS NOT NULL "
                      "GROUP BY owner_id ORDER BY count(*) DESC LIMIT 1");
    std::size_t shown = 0;
    const double mineMs = bestOfThree([&] {
        auto mine = tasks.mine(busiest, 50);
        shown = mine ? mine->overdue.size() + mine->dueToday.size() + mine->thisWeek.size() : 0;
    });
    TaskFilter theirs;
    theirs.ownerId = busiest;
    const qint64 theirsTotal = tasks.count(theirs).value_or(0);
    double theirScreenMs = 0;
    for (double at : {0.0, 0.5, 1.0}) {
        const auto offset =
            static_cast<qint64>(static_cast<double>(std::max<qint64>(0, theirsTotal - 50)) * at);
        theirScreenMs =
            std::max(theirScreenMs, bestOfThree([&] { (void)tasks.list(theirs, 50, offset); }));
    }
    std::printf(
        "my tasks (agent %lld)       %8lld tasks  groups %6.2f ms (%zu rows)  screen %6.2f ms\n",
        static_cast<long long>(busiest), static_cast<long long>(theirsTotal), mineMs, shown,
        theirScreenMs);
    std::printf("tasks worst screen %.2f ms\n", std::max({screenMs, mineMs, theirScreenMs}));
    return 0;
}
