#include "csv/ListExporter.h"

#include "common/DateTimeText.h"
#include "csv/CsvWriter.h"
#include "storage/CustomerListRepository.h"
#include "storage/TicketListRepository.h"

#include <QIODevice>

namespace fd {

namespace {

constexpr qsizetype kScreen = 500; // rows read at a time

QString localOrEmpty(const QDateTime& utc)
{
    return utc.isValid() ? formatLocalDateTime(utc) : QString();
}

Result<qint64> cancelled()
{
    return failure(ListExporter::tr("The export was cancelled; nothing was saved."));
}

} // namespace

Result<qint64> ListExporter::customers(Database& db, const CustomerListQuery& query, QIODevice& out,
                                       bool bom, const std::atomic_bool* cancel)
{
    CustomerListRepository list(db);
    auto ids = list.ids(query);
    if (!ids)
        return failure(ids.error());
    CsvWriter csv(out);
    if (bom)
        csv.writeBom();
    csv.writeRow({QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("company"),
                  QStringLiteral("stage"), QStringLiteral("status"), QStringLiteral("owner"),
                  QStringLiteral("open_tickets"), QStringLiteral("last_touch")});
    qint64 written = 0;
    for (std::size_t start = 0; start < ids->size(); start += kScreen) {
        if (cancel && *cancel)
            return cancelled();
        const std::size_t n = std::min<std::size_t>(kScreen, ids->size() - start);
        auto rows = list.rows(std::span<const qint64>(ids->data() + start, n));
        if (!rows)
            return failure(rows.error());
        for (const CustomerRow& r : *rows) {
            csv.writeRow({r.name, r.email, r.company, toString(r.stage), toString(r.status),
                          r.owner, QString::number(r.openTickets), localOrEmpty(r.lastTouchAt)});
            ++written;
        }
    }
    if (!csv.ok())
        return failure(
            tr("Writing the export failed (%1); nothing was saved.").arg(out.errorString()));
    return written;
}

Result<qint64> ListExporter::tickets(Database& db, const TicketListQuery& query, QIODevice& out,
                                     bool bom, const std::atomic_bool* cancel)
{
    TicketListRepository list(db);
    CsvWriter csv(out);
    if (bom)
        csv.writeBom();
    csv.writeRow({QStringLiteral("id"), QStringLiteral("subject"), QStringLiteral("customer"),
                  QStringLiteral("priority"), QStringLiteral("status"), QStringLiteral("assignee"),
                  QStringLiteral("created_at"), QStringLiteral("first_response_at"),
                  QStringLiteral("solved_at")});
    qint64 written = 0;
    auto write = [&](const std::vector<TicketRow>& rows) {
        for (const TicketRow& r : rows) {
            const Ticket& t = r.ticket;
            csv.writeRow({QString::number(t.id), t.subject, r.customer, toString(t.priority),
                          toString(t.status), r.assignee, localOrEmpty(t.createdAt),
                          localOrEmpty(t.firstResponseAt), localOrEmpty(t.solvedAt)});
            ++written;
        }
    };
    if (query.bounded()) {
        auto ids = list.ids(query);
        if (!ids)
            return failure(ids.error());
        for (std::size_t start = 0; start < ids->size(); start += kScreen) {
            if (cancel && *cancel)
                return cancelled();
            const std::size_t n = std::min<std::size_t>(kScreen, ids->size() - start);
            auto rows = list.rows(std::span<const qint64>(ids->data() + start, n));
            if (!rows)
                return failure(rows.error());
            write(*rows);
        }
    } else {
        // Every ticket: window after window, each seeking from the last.
        std::optional<std::pair<QDateTime, qint64>> after;
        for (qint64 offset = 0;; offset += kScreen) {
            if (cancel && *cancel)
                return cancelled();
            auto rows = list.window(query, offset, static_cast<int>(kScreen), after);
            if (!rows)
                return failure(rows.error());
            if (rows->empty())
                break;
            write(*rows);
            after = std::make_pair(rows->back().ticket.createdAt, rows->back().ticket.id);
        }
    }
    if (!csv.ok())
        return failure(
            tr("Writing the export failed (%1); nothing was saved.").arg(out.errorString()));
    return written;
}

} // namespace fd
