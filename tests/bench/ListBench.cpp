// Measures the customers and tickets lists on an existing database: the ordered ids of a
// sort or filter, and fetching a screen (50 rows) at the top, middle and end. The whole
// ticket table is read by windows (OFFSET, or a seek from the previous window). Prints one
// line each (best of three, so the first touch of cold pages is not what is measured),
// with the CPU time of that best run: on a shared machine the wall time follows the load,
// the CPU time much less. Usage: funneldesk_list_bench DATABASE (a file
// or a server, as --db takes it)
#include "common/Location.h"
#include "storage/CustomerListRepository.h"
#include "storage/Database.h"
#include "storage/TicketListRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace fd;

namespace {

// The CPU milliseconds of the best run of the latest bestOfThree, and the worst of those.
double g_bestCpuMs = 0;
double g_worstCpuMs = 0;

template <typename F> double bestOfThree(F&& work)
{
    double best = 1e9;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpu = std::clock();
        work();
        const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        if (ms < best) {
            best = ms;
            g_bestCpuMs = static_cast<double>(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC;
        }
    }
    return best;
}

// Sorting or filtering: the ordered ids of every match. Scrolling: a screen of rows.
void measure(Database& db, const char* name, const CustomerListQuery& query, double& worstSort,
             double& worstScroll)
{
    CustomerListRepository list(db);
    std::vector<qint64> ids;
    const double sortMs =
        bestOfThree([&] { ids = list.ids(query).value_or(std::vector<qint64>{}); });
    const double sortCpuMs = g_bestCpuMs;
    g_worstCpuMs = std::max(g_worstCpuMs, sortCpuMs);
    double scrollMs = 0;
    for (double where : {0.0, 0.5, 1.0}) {
        const auto from = static_cast<std::size_t>(
            static_cast<double>(ids.size() > 50 ? ids.size() - 50 : 0) * where);
        const auto n = std::min<std::size_t>(50, ids.size() - from);
        scrollMs = std::max(scrollMs, bestOfThree([&] {
                                (void)list.rows(std::span<const qint64>(ids.data() + from, n));
                            }));
    }
    std::printf("%-34s %7zu rows  sort/filter %6.1f ms  screen %5.2f ms  (cpu %5.1f ms)\n", name,
                ids.size(), sortMs, scrollMs, sortCpuMs);
    worstSort = std::max(worstSort, sortMs);
    worstScroll = std::max(worstScroll, scrollMs);
}

void measureTickets(Database& db, const char* name, const TicketListQuery& query, double& worstSort,
                    double& worstScroll)
{
    TicketListRepository list(db);
    std::vector<qint64> ids;
    const double sortMs =
        bestOfThree([&] { ids = list.ids(query).value_or(std::vector<qint64>{}); });
    const double sortCpuMs = g_bestCpuMs;
    g_worstCpuMs = std::max(g_worstCpuMs, sortCpuMs);
    double scrollMs = 0;
    for (double where : {0.0, 0.5, 1.0}) {
        const auto from = static_cast<std::size_t>(
            static_cast<double>(ids.size() > 50 ? ids.size() - 50 : 0) * where);
        const auto n = std::min<std::size_t>(50, ids.size() - from);
        scrollMs = std::max(scrollMs, bestOfThree([&] {
                                (void)list.rows(std::span<const qint64>(ids.data() + from, n));
                            }));
    }
    std::printf("tickets %-26s %7zu rows  sort/filter %6.1f ms  screen %5.2f ms  (cpu %5.1f ms)\n",
                name, ids.size(), sortMs, scrollMs, sortCpuMs);
    worstSort = std::max(worstSort, sortMs);
    worstScroll = std::max(worstScroll, scrollMs);
}

void measureTicketWindows(Database& db, double& worstSort, double& worstScroll)
{
    TicketListRepository list(db);
    for (bool descending : {true, false}) {
        TicketListQuery all;
        all.queue = TicketListQuery::Queue::All;
        all.descending = descending;
        qint64 total = 0;
        const double countMs = bestOfThree([&] { total = list.count(all).value_or(0); });
        double jumpMs = 0;
        double nextMs = 0;
        for (double where : {0.0, 0.5, 1.0}) {
            const auto offset =
                static_cast<qint64>(static_cast<double>(std::max<qint64>(0, total - 50)) * where);
            std::vector<TicketRow> rows;
            jumpMs = std::max(
                jumpMs, bestOfThree([&] {
                    rows =
                        list.window(all, offset, 50, {}, total).value_or(std::vector<TicketRow>{});
                }));
            if (rows.empty())
                continue;
            const auto after = std::make_pair(rows.back().ticket.createdAt, rows.back().ticket.id);
            nextMs = std::max(nextMs,
                              bestOfThree([&] { (void)list.window(all, offset + 50, 50, after); }));
        }
        std::printf("tickets all by created %-4s     %7lld rows  count %6.1f ms  jump %5.2f ms  "
                    "next %5.2f ms\n",
                    descending ? "desc" : "asc", static_cast<long long>(total), countMs, jumpMs,
                    nextMs);
        worstSort = std::max(worstSort, countMs);
        worstScroll = std::max({worstScroll, jumpMs, nextMs});
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "Usage: funneldesk_list_bench DATABASE\n");
        return 2;
    }
    // As the GUI opens it: through the page cache, without a memory map.
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
    const char* columns[] = {"name", "company", "stage", "owner", "open tickets", "last touch"};
    double worstSort = 0;
    double worstScroll = 0;
    for (int c = 0; c < 6; ++c) {
        for (bool descending : {false, true}) {
            CustomerListQuery q;
            q.sortColumn = static_cast<CustomerListQuery::Column>(c);
            q.descending = descending;
            const QByteArray name =
                QByteArray("sort by ") + columns[c] + (descending ? " desc" : " asc");
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
    std::printf("customers worst: sort/filter %.1f ms, screen %.2f ms\n", worstSort, worstScroll);
    std::printf("(cpu: the most a customers sort/filter took: %.1f ms)\n", g_worstCpuMs);
    g_worstCpuMs = 0;

    double ticketSort = 0;
    double ticketScroll = 0;
    measureTicketWindows(**db, ticketSort, ticketScroll);
    const char* ticketColumns[] = {"id",       "subject",  "customer", "status",
                                   "priority", "assignee", "created",  "urgency"};
    for (int c = 0; c < 8; ++c) {
        TicketListQuery q;
        q.sortColumn = static_cast<TicketListQuery::Column>(c);
        const QByteArray name = QByteArray("all open by ") + ticketColumns[c];
        measureTickets(**db, name.constData(), q, ticketSort, ticketScroll);
    }
    TicketListQuery mine;
    mine.queue = TicketListQuery::Queue::MyOpen;
    mine.agentId = 1;
    mine.sortColumn = TicketListQuery::kOpenQueueDefault;
    mine.descending = false;
    measureTickets(**db, "my open (agent 1)", mine, ticketSort, ticketScroll);
    TicketListQuery breached;
    breached.queue = TicketListQuery::Queue::SlaBreached;
    measureTickets(**db, "SLA breached", breached, ticketSort, ticketScroll);
    for (const char* words : {"invoice", "login fails", "export", "zzzz"}) {
        TicketListQuery search;
        search.queue = TicketListQuery::Queue::All;
        search.search = QString::fromUtf8(words);
        const QByteArray name = QByteArray("search all \"") + words + "\"";
        measureTickets(**db, name.constData(), search, ticketSort, ticketScroll);
        search.queue = TicketListQuery::Queue::AllOpen;
        const QByteArray open = QByteArray("search open \"") + words + "\"";
        measureTickets(**db, open.constData(), search, ticketSort, ticketScroll);
    }
    for (int c = 0; c < 8; ++c) { // the newest matches, sorted by each column
        if (c == static_cast<int>(TicketListQuery::Column::Created))
            continue; // "search all "invoice"" above
        TicketListQuery sorted;
        sorted.queue = TicketListQuery::Queue::All;
        sorted.search = QStringLiteral("invoice");
        sorted.sortColumn = static_cast<TicketListQuery::Column>(c);
        sorted.descending = false;
        const QByteArray name = QByteArray("search all \"invoice\" by ") + ticketColumns[c];
        measureTickets(**db, name.constData(), sorted, ticketSort, ticketScroll);
    }
    TicketListQuery customer;
    customer.queue = TicketListQuery::Queue::All;
    customer.customerId = 4242;
    measureTickets(**db, "one customer's tickets", customer, ticketSort, ticketScroll);
    std::printf("tickets worst: sort/filter/search %.1f ms, screen %.2f ms\n", ticketSort,
                ticketScroll);
    std::printf("(cpu: the most a tickets sort/filter/search took: %.1f ms)\n", g_worstCpuMs);
    return 0;
}
