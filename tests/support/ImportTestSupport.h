#pragma once

// Helpers of the import tests: fixtures by name, an import from bytes at the tests' fixed
// moment, and its tickets read back (support/ReadBack.h reads the rest).
#include "csv/CsvImporter.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "support/ReadBack.h"
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

inline Result<ImportSummary> importCsv(Database& db, const QByteArray& csv,
                                       ImportOptions options = {})
{
    QByteArray data = csv;
    QBuffer in(&data);
    in.open(QIODevice::ReadOnly);
    return CsvImporter(db, FixedClock(test::testNow())).run(in, QStringLiteral("in.csv"), options);
}

// A ticket by its number: status, priority, channel, created and solved (UTC, ISO), the
// assignee's name, CSAT and tags, joined by '|' (no value as empty).
inline QString ticket(Database& db, const QString& ref)
{
    auto q = db.query(
        "SELECT t.status, t.priority, t.channel, t.created_at, t.solved_at, a.name, t.csat, t.tags "
        "FROM ticket t LEFT JOIN agent a ON a.id = t.assignee_id WHERE t.external_ref = ?");
    q->bind(1, ref);
    if (!q->step())
        return QStringLiteral("(no row)");
    const auto text = [&](int c) { return q->isNull(c) ? QString() : q->text(c); };
    return QStringList{
        text(0), text(1), text(2), utcIso(q->optionalInt64(3)), utcIso(q->optionalInt64(4)),
        text(5), text(6), text(7)}
        .join(QLatin1Char('|'));
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
