// Measures CsvReader on a ticket export held in memory: ROWS rows (default 1,000,000) shaped
// like the Kaggle file, some with quoted commas, doubled quotes and line breaks. Prints
// rows/s for reading alone, and for reading plus the pure part of an import (enum values
// and dates through ImportMapping), best of three each.
// Usage: funneldesk_csv_bench [ROWS]
#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"
#include "csv/DateFormats.h"
#include "csv/ImportMapping.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace fd;
using namespace Qt::StringLiterals;

namespace {

QByteArray ticketCsv(int rows)
{
    const QStringList names = {u"Ethan Dillon"_s, u"Marisa Brown"_s, u"Jörg Müller"_s,
                               u"Charlotte Thomas"_s, u"Ana María Peña"_s};
    const QStringList statuses = {u"Open"_s, u"Pending Customer Response"_s, u"Closed"_s};
    const QStringList priorities = {u"Low"_s, u"Medium"_s, u"High"_s, u"Critical"_s};
    const QStringList channels = {u"Email"_s, u"Chat"_s, u"Phone"_s, u"Social media"_s};
    const QStringList types = {u"Refund request"_s, u"Technical issue"_s, u"Billing inquiry"_s,
                               u"Product inquiry"_s, u"Cancellation request"_s};
    const QStringList descriptions = {
        u"I'm having an issue with the product purchased."_s,
        u"The update broke sync, and now nothing loads."_s,
        u"He said \"restart it\" but that did not help."_s,
        u"Steps:\n1. open the app\n2. it crashes"_s,
    };
    std::mt19937 random(7);
    const auto pick = [&](const QStringList& list) {
        return list.at(std::uniform_int_distribution<qsizetype>(0, list.size() - 1)(random));
    };
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter csv(buffer);
    csv.writeRow({u"Ticket ID"_s, u"Customer Name"_s, u"Customer Email"_s, u"Ticket Subject"_s,
                  u"Ticket Description"_s, u"Ticket Status"_s, u"Ticket Priority"_s,
                  u"Ticket Channel"_s, u"Ticket Type"_s, u"Created At"_s, u"First Response Time"_s,
                  u"Time to Resolution"_s, u"Customer Satisfaction Rating"_s});
    for (int i = 1; i <= rows; ++i) {
        const QString name = pick(names);
        const QString email =
            name.toLower().replace(u' ', u'_') + QString::number(i % 5000) + u"@example.com"_s;
        const int minute = i % 60;
        const QString created = u"2023-06-01 10:%1:00"_s.arg(minute, 2, 10, QLatin1Char('0'));
        const QString first = u"2023-06-01 11:%1:14"_s.arg(minute, 2, 10, QLatin1Char('0'));
        const bool solved = i % 3 == 0;
        csv.writeRow({QString::number(i), name, email, u"Hardware issue"_s, pick(descriptions),
                      pick(statuses), pick(priorities), pick(channels), pick(types), created, first,
                      solved ? u"2023-06-02 09:00:00"_s : QString(),
                      solved ? u"4.0"_s : QString()});
    }
    return buffer.data();
}

template <typename F> double bestOfThree(F&& work)
{
    double best = 1e9;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        work();
        best = std::min(best, static_cast<double>(timer.nsecsElapsed()) / 1e9);
    }
    return best;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? std::max(1, std::atoi(argv[1])) : 1'000'000;
    const QByteArray bytes = ticketCsv(rows);

    qint64 read = 0;
    const double readSecs = bestOfThree([&] {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(buffer, u"bench.csv"_s);
        QStringList row;
        read = 0;
        while (reader.next(row).value_or(false))
            ++read;
    });

    qint64 mapped = 0;
    const double mapSecs = bestOfThree([&] {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(buffer, u"bench.csv"_s);
        QStringList row;
        (void)reader.next(row); // the header
        const DateFormat iso;
        mapped = 0;
        while (reader.next(row).value_or(false)) {
            const bool ok =
                ImportMapping::ticketStatus(row.at(5)) && ImportMapping::priority(row.at(6)) &&
                ImportMapping::channel(row.at(7)) && ImportMapping::category(row.at(8)) &&
                iso.parse(row.at(9)) && iso.parse(row.at(10)) &&
                (row.at(11).isEmpty() || iso.parse(row.at(11))) &&
                (row.at(12).isEmpty() || ImportMapping::csat(row.at(12)));
            mapped += ok ? 1 : 0;
        }
    });

    const double mib = static_cast<double>(bytes.size()) / (1024.0 * 1024.0);
    std::printf("%lld rows, %.1f MiB\n", static_cast<long long>(read), mib);
    std::printf("read            %6.3f s  %9.0f rows/s  %6.1f MiB/s\n", readSecs,
                static_cast<double>(read) / readSecs, mib / readSecs);
    std::printf("read + map     %6.3f s  %9.0f rows/s  (%lld rows mapped)\n", mapSecs,
                static_cast<double>(mapped) / mapSecs, static_cast<long long>(mapped));
    return read == rows + 1 && mapped == rows ? 0 : 1;
}
