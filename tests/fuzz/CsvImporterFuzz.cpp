// libFuzzer entry point: the whole importer (CsvImporter::run, as `funneldesk-cli import`
// drives it) on any bytes (FuzzInput.h: a CSV after optional option lines), into a fresh
// SQLite database opened through core's own API: an empty one, or with %%seeded one that
// already holds customers, agents and tickets. Must end without a crash or a sanitizer
// report, and keep the importer's promises:
// - the options the CLI would refuse as bad usage (checkOptions) are not imported;
// - a failure is one sentence and changes nothing; a dry run changes nothing either;
// - a success counts every row once (imported, rejected, or already there), rejects rows only with
//   --skip-invalid, writes a rejects file that reads back with one record per rejected row
//   under its header, and leaves a database that `funneldesk-cli check` finds sound.
// The databases live in a folder of their own under /dev/shm (else the temporary folder),
// made once per process; each input gets a fresh copy of its template.
#include "FuzzInput.h"
#include "QtWarnings.h"

#include "common/Clock.h"
#include "csv/CsvImporter.h"
#include "csv/CsvReader.h"
#include "storage/Database.h"
#include "storage/IntegrityCheck.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace fd;
using namespace Qt::StringLiterals;

namespace {

[[noreturn]] void broken(const QString& what)
{
    std::fprintf(stderr, "Broken: %s\n", qPrintable(what));
    std::abort();
}

void require(bool holds, const char* what)
{
    if (!holds)
        broken(QString::fromUtf8(what));
}

const FixedClock& fixedClock()
{
    static const FixedClock at(QDateTime(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC));
    return at;
}

// Customers, agents and tickets already there: matched by email and name, ticket numbers
// the file may repeat, and the row-by-row path instead of the bulk load of an empty file.
constexpr char kSeed[] =
    "Ticket ID,Subject,Customer Name,Customer "
    "Email,Status,Priority,Channel,Created,Solved,Assignee,CSAT,Tags\n"
    "1,Login fails,Acme Corp,ops@acme.example,solved,high,email,2025-11-03 09:15,2025-11-04 "
    "10:00,Dana Agent,5,sso\n"
    "2,Invoice copy,Globex,billing@globex.example,open,normal,phone,2026-01-10 14:00,,Lee "
    "Agent,,billing\n"
    "3,Export to CSV,Acme Corp,ops@acme.example,pending,low,live_chat,2026-02-20 08:30,,,,\n";

std::unique_ptr<Database> openAt(const QString& path)
{
    auto opened = Database::open(path);
    if (!opened)
        broken(u"cannot open "_s + path + u": "_s + QString(opened.error()));
    return std::move(*opened);
}

struct Templates {
    QTemporaryDir dir;
    QString empty;
    QString seeded;
    QString work;

    Templates()
        : dir(QDir(u"/dev/shm"_s).exists() ? u"/dev/shm/funneldesk-fuzz-XXXXXX"_s
                                           : QDir::tempPath() + u"/funneldesk-fuzz-XXXXXX"_s)
    {
        require(dir.isValid(), "no folder for the fuzzer's databases");
        empty = dir.filePath(u"empty.sqlite"_s);
        seeded = dir.filePath(u"seeded.sqlite"_s);
        work = dir.filePath(u"work.sqlite"_s);
        openAt(empty).reset(); // created with FunnelDesk's schema, closed (no -wal left)
        require(QFile::copy(empty, seeded), "cannot copy the empty database");
        auto db = openAt(seeded);
        QByteArray csv(kSeed);
        QBuffer in(&csv);
        in.open(QIODevice::ReadOnly);
        const auto seed = CsvImporter(*db, fixedClock()).run(in, u"seed.csv"_s, ImportOptions{});
        if (!seed || seed->imported != 3)
            broken(u"the seed import failed: "_s + (seed ? seed->text() : QString(seed.error())));
    }
};

Templates& templates()
{
    static Templates made;
    return made;
}

std::unique_ptr<Database> freshCopy(const QString& from, const QString& to)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(to + QLatin1String(suffix));
    require(QFile::copy(from, to), "cannot copy a template database");
    return openAt(to);
}

// What an import may change: the rows of every table it writes.
QString fingerprint(Database& db)
{
    QStringList counts;
    for (const char* table : {"customer", "contact", "agent", "ticket", "ticket_comment",
                              "touchpoint", "touchpoint_day", "stage_transition", "audit_log"}) {
        const std::string sql = std::string("SELECT count(*) FROM ") + table;
        counts << QString::number(db.scalar(sql));
    }
    return counts.join(u' ');
}

qint64 recordsIn(QByteArray csv)
{
    QBuffer in(&csv);
    in.open(QIODevice::ReadOnly);
    CsvReader::Options options;
    options.delimiter = ',';
    CsvReader reader(in, u"rejects.csv"_s, options);
    QStringList row;
    qint64 records = 0;
    for (;;) {
        const auto more = reader.next(row);
        if (!more)
            broken(u"the rejects file does not read back: "_s + QString(more.error()));
        if (!*more)
            return records;
        ++records;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::abortOnQtWarnings();
    const fuzz::FuzzInput input = fuzz::FuzzInput::parse(data, size);
    ImportOptions options;
    options.entity = input.entity;
    options.overrides = input.overrides;
    options.valueMaps = input.valueMaps;
    options.dateFormat = input.dateFormat;
    options.dryRun = input.dryRun;
    options.skipInvalid = input.skipInvalid;
    if (!input.delimiter.isEmpty()) {
        const auto delimiter = CsvReader::parseDelimiter(input.delimiter);
        require(delimiter.has_value() || !QString(delimiter.error()).isEmpty(),
                "a refused delimiter without a sentence");
        if (!delimiter)
            return 0; // the CLI's usage error
        options.delimiter = *delimiter;
    }
    if (const auto checked = CsvImporter::checkOptions(options, u"fuzz.csv"_s); !checked) {
        require(!QString(checked.error()).isEmpty(), "refused options without a sentence");
        return 0;
    }
    QByteArray rejected;
    QBuffer rejects(&rejected);
    if (options.skipInvalid) {
        rejects.open(QIODevice::WriteOnly);
        options.rejects = &rejects;
    }

    Templates& made = templates();
    auto db = freshCopy(input.seeded ? made.seeded : made.empty, made.work);
    const QString before = fingerprint(*db);
    QByteArray csv = input.csv;
    QBuffer in(&csv);
    in.open(QIODevice::ReadOnly);
    const auto summary = CsvImporter(*db, fixedClock()).run(in, u"fuzz.csv"_s, options);
    if (!summary) {
        require(!QString(summary.error()).isEmpty(), "a failed import without a sentence");
        if (fingerprint(*db) != before)
            broken(u"a failed import changed the database: "_s + QString(summary.error()));
        return 0;
    }
    if (summary->imported + summary->rejected + summary->alreadyThere != summary->rows)
        broken(u"rows counted wrong: "_s + summary->text());
    require(options.skipInvalid || summary->rejected == 0, "a row rejected without --skip-invalid");
    require(!summary->text().isEmpty(), "a summary without text");
    if (options.skipInvalid) {
        rejects.close();
        if (recordsIn(rejected) != summary->rejected + 1)
            broken(u"the rejects file holds another count of rows than "_s +
                   QString::number(summary->rejected));
    }
    if (options.dryRun) {
        if (fingerprint(*db) != before)
            broken(u"a dry run changed the database"_s);
        return 0;
    }
    const auto problems = IntegrityCheck::run(*db);
    if (!problems)
        broken(u"the check failed: "_s + QString(problems.error()));
    if (!problems->isEmpty())
        broken(u"the import left a database the check refuses: "_s + problems->join(u"; "_s));
    return 0;
}
