#pragma once

// Helpers of the import tests: fixtures by name, an import from bytes at the tests' fixed
// moment, and rows of the result as sqlite3 prints them.
#include "csv/CsvImporter.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFile>

#include <memory>

namespace fd::test {

using namespace Qt::StringLiterals;

inline QByteArray fixture(const QString& name)
{
    QFile file(QStringLiteral(FUNNELDESK_TEST_FIXTURES "/") + name);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

inline Result<ImportSummary> importCsv(Database& db, const QByteArray& csv, ImportOptions options = {})
{
    QByteArray data = csv;
    QBuffer in(&data);
    in.open(QIODevice::ReadOnly);
    return CsvImporter(db, FixedClock(test::testNow())).run(in, QStringLiteral("in.csv"), options);
}

// One row of a query, its columns joined by '|' (NULL as empty), as sqlite3 prints it.
inline QString row(Database& db, const QString& sql)
{
    auto q = db.query(sql.toStdString());
    if (!q->step())
        return QStringLiteral("(no row)");
    QStringList cells;
    for (int c = 0; c < q->columnCount(); ++c)
        cells << q->text(c);
    return cells.join(QLatin1Char('|'));
}

// A ticket by its number: status, priority, channel, created and solved (UTC, ISO), the
// assignee's name, CSAT and tags.
inline QString ticket(Database& db, const QString& ref)
{
    return row(db, u"SELECT t.status, t.priority, t.channel, strftime('%Y-%m-%dT%H:%M:%SZ', t.created_at, 'unixepoch'), "
                   u"coalesce(strftime('%Y-%m-%dT%H:%M:%SZ', t.solved_at, 'unixepoch'), ''), coalesce(a.name, ''), "
                   u"coalesce(t.csat, ''), coalesce(t.tags, '') FROM ticket t LEFT JOIN agent a ON a.id = t.assignee_id "
                   u"WHERE t.external_ref = '"_s +
                       ref + u"'"_s);
}


struct Imported {
    test::Scratch scratch;
    std::unique_ptr<Database> db;
    Result<ImportSummary> summary;
};

inline Imported importFixture(const QString& name, ImportOptions options = {})
{
    Imported result{{}, nullptr, failure(QString())};
    result.db = test::openDatabase(result.scratch.file(QStringLiteral("q.sqlite")));
    result.summary = importCsv(*result.db, fixture(name), std::move(options));
    return result;
}

} // namespace fd::test
