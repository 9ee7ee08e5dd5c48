#pragma once

#include "common/Result.h"
#include "csv/ImportMapping.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <functional>

class QIODevice;

namespace fd {

class Clock;
class Database;

struct ImportOptions {
    ImportMapping::Entity entity = ImportMapping::Entity::Tickets;
    QStringList overrides; // FIELD=COLUMN
    QStringList valueMaps; // FIELD:TEXT=VALUE (ImportMapping::addValueMaps)
    char delimiter = 0;    // 0: the file's sep= line, else detected (CsvReader::Options)
    QString dateFormat;    // a Qt date format for every date column, instead of detecting
    bool dryRun = false;   // validate and count; nothing is written
    bool skipInvalid = false;
    QIODevice* rejects = nullptr; // with skipInvalid: the bad rows and a reason column
    // The rows read between two calls of `progress` and two reads of `cancel`: each such
    // stretch of the file is one batch, written at once (on a server one COPY a table from 8
    // rows on, MultiRowInsert.h; its few new agents one INSERT each). 4,096 rather than 1,024:
    // an import of data set L's 1,000,000 tickets into an empty server database wrote its rows
    // in 12.3-13.6 s instead of 16.7-18.4 s; 16,384 gained nothing more and kept 90 MB more; a
    // file takes the same time either way (docs/PERFORMANCE.md, "The import on a server:
    // customers by COPY, batches of 4,096 rows").
    static constexpr qint64 kBatchRows = 4096;
    // Called after each batch is written with the rows read so far and the rows there are (or
    // will be, estimated from the bytes read), and once at the end.
    std::function<void(qint64 done, qint64 total)> progress;
    // Called once every row is written, before the transaction commits (not in a dry run): a
    // failure rolls the import back and is run()'s error. The rejects file is made whole here
    // (OutputFile::sync) and renamed into place after run(), so that the rows and the rejects
    // land together or neither does (issue 14 §1). It must not write customers or touchpoints:
    // an import into an empty database has counted their summaries by then.
    std::function<Status()> beforeCommit;
    // Read after each batch is written, and on the reading thread after each batch is planned:
    // once set, the import stops and rolls back ("The import was cancelled; nothing was
    // changed.").
    const std::atomic_bool* cancel = nullptr;
};

struct ImportSummary {
    qint64 rows = 0;
    qint64 imported = 0;
    qint64 rejected = 0;
    qint64 customersCreated = 0;
    qint64 customersMatched = 0; // rows that found their customer already there
    qint64 agentsCreated = 0;
    qint64 agentsByNumber = 0; // of agentsCreated: an assignee cell of digits only, "Agent 4711"
    qint64 stageMoves = 0;     // by the recompute of the customers this import created
    qint64 mergedRows = 0;     // rows that updated a ticket an earlier row of the file made
    qint64 mergedTickets = 0;  // tickets made of more than one row
    qint64 datedAtImport = 0;  // tickets with no date-time at all, dated at the import
    qint64 placeholders = 0;   // cells such as "-", "N/A" or "?" read as empty
    qint64 emptyRows = 0;      // rows whose cells are all empty, skipped
    qint64 alreadyThere = 0;   // rows whose ticket number the database had: left as they were
    // Rows with a character Validation::textProblem refuses (an ESC, a bidi override) in a
    // cell, imported with those characters removed, and the first five of their lines.
    qint64 cleanedRows = 0;
    QList<qint64> cleanedLines;
    QStringList firstRejections; // the first three rejected rows' places and reasons
    // Values of the fields with fixed values (ImportMapping::valueFields) that no synonym
    // and no --map-value reads, with the rows that hold each: what the import wizard lists
    // with a drop-down each. The first 100 distinct ones, by field then text.
    struct UnknownValue {
        QString field;
        QString text;
        qint64 rows = 0;
    };
    QList<UnknownValue> unknownValues;
    QStringList notes; // how columns were read, defaults that were applied
    bool dryRun = false;

    QString text() const; // the summary a person reads, several lines
};

// Imports customers, tickets or touchpoints from CSV (PRODUCT.md §6) in one transaction:
// it lands whole or not at all. The file is read twice (date formats are learnt from a
// whole column first), in constant memory. Customers are matched by email, then name;
// ticket rows create the customers that are new (keeping the earliest first sale seen);
// each ticket records the inbound touchpoint of its channel. The customers the import
// created are then put through the stage rules; customers that were already there keep
// their stage (`stages recompute` applies the rules to everyone).
class CsvImporter {
    Q_DECLARE_TR_FUNCTIONS(fd::CsvImporter)

public:
    CsvImporter(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    // The checks of options that need no file: --map (FIELD=COLUMN syntax, a known field, a
    // field or column named once), --map-value and --date-format; whether the named columns
    // exist is left to run(). The failure is the sentence run() would give (`source` names
    // the file as there); the CLI reports it as bad usage (exit 2).
    static Status checkOptions(const ImportOptions& options, const QString& source);
    // `input` must be seekable (a file); `source` names it in messages.
    Result<ImportSummary> run(QIODevice& input, const QString& source,
                              const ImportOptions& options);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace fd
