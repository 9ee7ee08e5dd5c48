// The importer's second pass (class importing::Import, ImportPasses.h): every row read, checked
// and planned by an importing::Run on a second thread, the batches it plans written on this one,
// the refused rows stopping the import or kept in the rejects file, the new customers placed by
// the stage rules, and the commit, all in one transaction.
#include "common/DateTimeText.h"
#include "common/FrontEndHints.h"
#include "common/Handover.h"
#include "csv/ImportPasses.h"
#include "stages/StageEngine.h"
#include "storage/AgentRepository.h"
#include "storage/AuditLog.h"
#include "storage/BulkLoad.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/ImportRepository.h"
#include "storage/RowLoad.h"
#include "storage/StageTransitionRepository.h"
#include "storage/Statement.h"
#include "storage/TicketRepository.h"
#include "storage/TouchpointRepository.h"
#include "storage/TouchpointSummaries.h"

#include <QIODevice>

#include <algorithm>
#include <memory>
#include <optional>

namespace fd::importing {

namespace {

// The table an import of `entity` writes, as the audit log names it.
QString auditTable(ImportMapping::Entity entity)
{
    switch (entity) {
    case ImportMapping::Entity::Customers:
        return QStringLiteral("customer");
    case ImportMapping::Entity::Touchpoints:
        return QStringLiteral("touchpoint");
    case ImportMapping::Entity::Tickets:
        break;
    }
    return QStringLiteral("ticket");
}

// A time as the stage replay reads it back from a table: UTC seconds, rounded down, within the
// years FunnelDesk keeps (Statement::utcSecs).
qint64 asReadBack(const QDateTime& utc)
{
    return std::clamp(floorSecsSinceEpoch(utc), Statement::kEarliestUtcSecs,
                      Statement::kLatestUtcSecs);
}

// A ticket as the stage replay reads it from the table (StageFactsRepository::histories).
TicketEvent ticketEvent(const Ticket& t)
{
    TicketEvent event;
    event.createdAt = asReadBack(t.createdAt);
    if (t.solvedAt.isValid())
        event.solvedAt = asReadBack(t.solvedAt);
    event.priority = t.priority;
    event.csat = t.csat.value_or(-1);
    return event;
}

// The writing thread's part: a batch of planned rows into the database, then its merges; each
// ticket and touchpoint written kept in `kept` while it is engaged. A merge moves its ticket's
// arrival (Run::realignMerged), so keeping stops at the first one: the summaries and the
// histories are then read back.
void store(Database& db, const Batch& batch, std::optional<KeptRows>& kept,
           const std::function<void(const Batch::Merge&)>& merge)
{
    if (!batch.merges.empty())
        kept.reset();
    const auto keep = [&kept](const Touchpoint& t) {
        const qint64 at = floorSecsSinceEpoch(t.occurredAt);
        kept->summaries.keep(t.customerId, at, enumName(t.kind), t.score);
        kept->events.addTouchpoint(t.customerId,
                                   {asReadBack(t.occurredAt), t.kind, t.score.value_or(-1)});
    };
    AgentRepository agents(db);
    for (const Agent& a : batch.agents)
        agents.insert(a);
    CustomerRepository(db).insert(std::span<const Customer>(batch.customers));
    StageTransitionRepository(db).insert(std::span<const StageTransition>(batch.entries));
    if (!batch.tickets.empty()) {
        TicketRepository(db).insert(std::span<const Ticket>(batch.tickets),
                                    kept ? TicketRepository::ArrivalStored(keep)
                                         : TicketRepository::ArrivalStored());
        if (kept) {
            for (const Ticket& t : batch.tickets)
                kept->events.addTicket(t.customerId, ticketEvent(t));
        }
    }
    if (!batch.touchpoints.empty())
        TouchpointRepository(db).insert(std::span<const Touchpoint>(batch.touchpoints));
    if (kept) {
        for (const Touchpoint& t : batch.touchpoints)
            keep(t);
    }
    for (const Batch::Merge& m : batch.merges)
        merge(m);
}

// A sentence as a clause after "file, line N: ": "A ticket cannot…" reads "a ticket
// cannot…" (a word in capitals, such as "SLA", stays).
QString asClause(QString sentence)
{
    if (sentence.size() > 1 && sentence.at(0).isUpper() && sentence.at(1).isLower())
        sentence[0] = sentence.at(0).toLower();
    return sentence;
}

// Cells a spreadsheet adds or leaves out at the end of a row: extra empty cells beyond
// the header (a trailing comma) are dropped, and cells missing under headerless columns
// (a header with a trailing comma) are added, empty; any other difference stays.
void fitToHeader(QStringList& row, const QStringList& header)
{
    while (row.size() > header.size() && row.back().trimmed().isEmpty())
        row.removeLast();
    while (row.size() < header.size() && header.at(row.size()).trimmed().isEmpty())
        row << QString();
}

QString where(const QString& source, qint64 line, qsizetype column, const QString& header)
{
    if (column < 0)
        return CsvImporter::tr("%1, line %2").arg(source).arg(line);
    return CsvImporter::tr("%1, line %2, column %3 (“%4”)")
        .arg(source)
        .arg(line)
        .arg(column + 1)
        .arg(header);
}

} // namespace
// Pass 2: every row, in one transaction.
Status Import::secondPass()
{
    if (!m_input.seek(0))
        return failure(CsvImporter::tr("Cannot read %1 a second time.").arg(m_source));
    CsvReader second(m_input, m_source, m_shape);
    for (qint64 skipped = 0; skipped <= m_preamble; ++skipped)
        (void)second.next(m_header);
    std::optional<CsvWriter> rejects;
    if (m_options.rejects) {
        rejects.emplace(*m_options.rejects);
        QStringList rejectHeader = m_header;
        rejectHeader << CsvImporter::tr("reason");
        rejects->writeRow(rejectHeader);
    }
    auto written = m_db.guard([&]() -> Status { return writeAll(second, rejects); });
    if (!written)
        return failure(written.error());
    return {};
}

// The second pass's transaction: the rows read on a second thread while this one writes
// them, the new customers placed by the stage rules, the audit entry, the commit.
Status Import::writeAll(CsvReader& second, std::optional<CsvWriter>& rejects)
{
    // An empty file takes the bulk path (indexes rebuilt once at the end).
    std::unique_ptr<BulkLoad> bulk;
    std::unique_ptr<RowLoad> tx; // a file with data: row by row
    if (!m_options.dryRun && ImportRepository(m_db).isEmpty())
        bulk = std::make_unique<BulkLoad>(m_db, BulkLoad::Reads::ById,
                                          BulkLoad::Indexes::SelectiveKept);
    else
        tx = std::make_unique<RowLoad>(m_db);
    // The audit triggers would log every row (a row load, and a bulk load by a server role
    // that may not switch triggers off): the import is one entry instead.
    AuditPause quiet(m_db);
    Run run(m_db, m_clock, m_options, *m_mapping, m_formats, m_source);
    if (auto ready = run.prepare(); !ready)
        return ready;
    // A bulk load's touchpoint summaries, and the histories its new customers are placed by,
    // from the rows as they are stored rather than read back from the tables
    // (TouchpointSummaries::countKept, RecomputeOptions::stored).
    std::optional<KeptRows> kept;
    if (bulk)
        kept.emplace();
    if (auto stored = readAndStore(run, second, rejects, kept); !stored)
        return stored;
    run.finish(m_summary);
    if (rejects && !rejects->ok())
        // The device's errorString() names the file and the reason (OutputFile's device).
        return failure(
            CsvImporter::tr("Nothing was imported: %1.").arg(m_options.rejects->errorString()));
    if (auto placed = placeNewCustomers(run, kept ? &kept->events : nullptr); !placed)
        return placed;
    if (kept)
        kept->events = {}; // replayed: its memory back before the commit's work
    if (m_options.dryRun)
        return {}; // the transaction rolls back
    AuditLog(m_db).recordBulk(QStringLiteral("import"), auditTable(m_options.entity),
                              m_summary.imported);
    if (m_options.beforeCommit) {
        if (auto ready = m_options.beforeCommit(); !ready)
            return ready; // the transaction rolls back
    }
    if (bulk && kept) {
        kept->summaries.countKept(m_db); // the customers' stages now, after their placement
        step("touchpoint summaries");
        bulk->commit(&kept->summaries);
    } else if (bulk) {
        bulk->commit(); // rows merged into tickets: the summaries read back from the table
    } else {
        tx->commit();
    }
    return {};
}

// Reads, checks and plans every row on a second thread (readRows), and stores the batches
// it plans on this one as they come.
Status Import::readAndStore(Run& run, CsvReader& second, std::optional<CsvWriter>& rejects,
                            std::optional<KeptRows>& kept)
{
    // Batches are freed where they were made, on the reading thread. Two queued, as generate
    // queues: as many rows ahead (2 × 4,096) as eight batches of 1,024 were, whatever the file's
    // texts weigh; eight of 4,096 were no faster (docs/PERFORMANCE.md, "The import on a server").
    Handover<Batch> planned(2);
    Handover<Batch> spent(0);
    run.setOutput([&](Batch&& batch) {
        Batch written;
        while (spent.tryPop(written))
            written = {};
        return planned.push(std::move(batch));
    });
    Status read;
    Worker reading(
        [&] {
            struct Finish {
                Handover<Batch>& handover;
                ~Finish() { handover.finish(); }
            } finish{planned};
            read = readRows(run, second, rejects);
        },
        [&] { planned.close(); });
    Batch batch;
    while (planned.pop(batch)) {
        store(m_db, batch, kept, [&](const Batch::Merge& m) { run.merge(m); });
        if (m_options.progress)
            m_options.progress(batch.done, batch.total);
        if (m_options.cancel && *m_options.cancel)
            return failure(CsvImporter::tr("The import was cancelled; nothing was changed."));
        spent.push(std::move(batch));
    }
    reading.join();
    step("rows");
    return read;
}

// Reads, checks and plans every row; on a second thread, while the first one writes.
Status Import::readRows(Run& run, CsvReader& second, std::optional<CsvWriter>& rejects)
{
    qint64 done = 0;
    qint64 total = m_settledAfter < 0 ? m_summary.rows : 0;
    for (;;) {
        auto more = second.next(m_row);
        if (!more)
            return failure(more.error());
        if (!*more)
            break;
        if (ImportSample::isFiller(m_row))
            continue;
        ++done;
        if (done > m_settledAfter && m_settledAfter >= 0)
            detect(m_row, second.recordLine());
        std::optional<Rejection> rejection;
        fitToHeader(m_row, m_header);
        if (auto ragged = second.checkFieldCount(m_row, m_header.size()); !ragged) {
            if (!m_options.skipInvalid)
                return stop(second, ragged.error());
            rejection = Rejection{QString(), ragged.error(), true};
        } else {
            rejection = run.add(m_row, second.recordLine());
        }
        if (rejection) {
            if (auto kept = reject(*rejection, second, rejects); !kept)
                return kept;
        } else {
            ++m_summary.imported;
        }
        if (done % ImportOptions::kBatchRows == 0) {
            if (m_settledAfter >= 0 && m_input.pos() > 0) { // the rows to come, from the bytes read
                const double share = double(m_input.pos()) / double(m_input.size());
                total = std::max(done, qint64(double(done) / share));
            }
            run.flush(done, total);
            if (m_options.cancel && *m_options.cancel)
                return failure(CsvImporter::tr("The import was cancelled; nothing was changed."));
        }
    }
    if (m_settledAfter >= 0) {
        if (auto failed = detectionFailure())
            return failure(*failed);
        m_summary.rows = done;
    }
    run.flush(done, m_summary.rows);
    return {};
}

// A refused row: the import's end, or (skipInvalid) a row of the rejects file.
Status Import::reject(const Rejection& rejection, CsvReader& second,
                      std::optional<CsvWriter>& rejects)
{
    const qsizetype column = rejection.field.isEmpty() ? -1 : m_mapping->column(rejection.field);
    const QString place = where(m_source, second.fieldLine(column), column, // the cell's own line
                                column >= 0 ? m_header.at(column) : QString());
    if (!m_options.skipInvalid)
        return stop(
            second,
            CsvImporter::tr("%1: %2; nothing was imported%3.") // %3: how to import the others
                .arg(place, withoutFullStop(asClause(rejection.reason)),
                     hints::clause(hints::Hint::SkipInvalid)));
    QStringList rejected = m_row;
    while (rejected.size() < m_header.size()) // the reason under its header
        rejected << QString();
    rejected << (rejection.placed
                     ? rejection.reason
                     : CsvImporter::tr("%1: %2").arg(place, asClause(rejection.reason)));
    if (m_summary.firstRejections.size() < 3)
        m_summary.firstRejections << rejected.back();
    rejects->writeRow(rejected);
    ++m_summary.rejected;
    return {};
}

// A row that stops the import: after an early first pass, the rest of the file
// is still read for its dates, whose failure a whole first pass would report
// first (and a broken record after it, which would have stopped that pass).
Status Import::stop(CsvReader& second, const QString& reason)
{
    if (m_settledAfter < 0)
        return failure(reason);
    for (;;) {
        auto more = second.next(m_row);
        if (!more)
            return failure(more.error());
        if (!*more)
            break;
        detect(m_row, second.recordLine());
    }
    return failure(detectionFailure().value_or(reason));
}

// The new customers through the stage rules, their history now in the file; in
// the same transaction, so rows and moves land together (and, in bulk, before the
// indexes are built).
Status Import::placeNewCustomers(const Run& run, const StoredEvents* stored)
{
    if (const auto place = run.toPlace(); !place.empty()) {
        RecomputeOptions recompute;
        recompute.only = place;
        recompute.insideTransaction = true;
        recompute.newInThisTransaction = true; // run.toPlace(): the customers it created
        recompute.replay = true;               // each move dated when its rule held, not today
        recompute.stored = stored;
        auto report = StageEngine(m_db, m_clock).recompute(recompute);
        if (!report)
            return failure(report.error());
        m_summary.stageMoves = report->moveCount();
        step("stage placement");
    }
    return {};
}

} // namespace fd::importing
