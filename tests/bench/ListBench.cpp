// Measures the customers list on an existing database: counting and fetching a screen
// (50 rows) at the top, middle and end, for every sort column and a few filters. Prints
// one "name milliseconds" line each (best of three, so the first touch of cold pages is
// not what is measured). Usage: funneldesk_list_bench DATABASE
#include "storage/CustomerListRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace fd;

namespace {

template <typename F>
double bestOfThree(F&& work)
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

// Sorting or filtering: the ordered ids of every match. Scrolling: a screen of rows.
void measure(Database& db, const char* name, const CustomerListQuery& query, double& worstSort,
             double& worstScroll)
{
    CustomerListRepository list(db);
    std::vector<qint64> ids;
    const double sortMs = bestOfThree([&] { ids = list.ids(query).value_or(std::vector<qint64>{}); });
    double scrollMs = 0;
    for (double where : {0.0, 0.5, 1.0}) {
        const auto from = static_cast<std::size_t>(static_cast<double>(ids.size() > 50 ? ids.size() - 50 : 0) * where);
        const auto n = std::min<std::size_t>(50, ids.size() - from);
        scrollMs = std::max(scrollMs, bestOfThree([&] { (void)list.rows(std::span<const qint64>(ids.data() + from, n)); }));
    }
    std::printf("%-34s %7zu rows  sort/filter %6.1f ms  screen %5.2f ms\n", name, ids.size(), sortMs, scrollMs);
    worstSort = std::max(worstSort, sortMs);
    worstScroll = std::max(worstScroll, scrollMs);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "Usage: funneldesk_list_bench DATABASE\n");
        return 2;
    }
    auto db = Database::open(QString::fromLocal8Bit(argv[1]), {Database::Access::ReadOnly, 5000, false});
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return 1;
    }
    const char* columns[] = {"name", "company", "stage", "owner", "open tickets", "last touch"};
    double worstSort = 0;
    double worstScroll = 0;
    for (int c = 0; c < 6; ++c) {
        for (bool descending : {false, true}) {
            CustomerListQuery q;
            q.sortColumn = static_cast<CustomerListQuery::Column>(c);
            q.descending = descending;
            const QByteArray name = QByteArray("sort by ") + columns[c] + (descending ? " desc" : " asc");
            measure(**db, name.constData(), q, worstSort, worstScroll);
        }
    }
    CustomerListQuery search;
    search.search = QStringLiteral("northwind");
    measure(**db, "search \"northwind\"", search, worstSort, worstScroll);
    CustomerListQuery stage;
    stage.stage = Stage::Retention;
    stage.sortColumn = CustomerListQuery::Column::LastTouch;
    measure(**db, "retention by last touch", stage, worstSort, worstScroll);
    std::printf("worst %.1f %.2f\n", worstSort, worstScroll);
    return 0;
}
