#pragma once

#include "common/Clock.h"
#include "common/Location.h"
#include "domain/Customer.h"
#include "storage/Database.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <string>

#include <catch2/catch.hpp>

// Readable QStrings in Catch2's failure messages.
namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& text) { return '"' + text.toStdString() + '"'; }
};
// A failed Result shows its sentence: REQUIRE(result) says why, on any backend.
template <typename T> struct StringMaker<tl::expected<T, fd::Error>> {
    static std::string convert(const tl::expected<T, fd::Error>& result)
    {
        return result ? std::string("a value")
                      : "the error \"" + QString(result.error()).toStdString() + '"';
    }
};
} // namespace Catch

namespace fd::test {

// A fresh folder per test, removed afterwards.
class Scratch {
public:
    Scratch();
    QString file(const QString& name) const { return m_dir.filePath(name); }
    const QTemporaryDir& dir() const { return m_dir; }

private:
    QTemporaryDir m_dir;
};

// The backend a test's database is on (plan §3d), from FUNNELDESK_TEST_BACKEND, read once:
//  - unset or "sqlite": the SQLite file at the path the test names;
//  - "postgres": for each path a test names, a database `t_<pid>_<n>` of its own in the
//    throwaway cluster (FUNNELDESK_TEST_PG, tests/pg/with-cluster.sh), made on the path's first
//    use as a copy of a template that has FunnelDesk's tables in schema t_desk, its
//    search_path (pg::Schema::init, once per process and time zone: init records the zone as
//    the team's), and dropped at the end of the first test case after which the path's folder
//    is gone (a Scratch's at its test's end; a static one's at the end of the run): a database
//    lives as long as the file would. The copies share the template's team roles
//    (funneldesk_rep.t_<pid>_template_<n>.t_desk and its manager), as a renamed database keeps
//    its own; each drop takes them back from any login a test gave them to. A test about roles
//    makes a schema of its own (PgTestSchema.h);
//  - "elsewhere": a checking aid for the harness itself, for machines without PostgreSQL: for
//    each path an SQLite file of its own in another folder, so a test that reads or writes the
//    file at its path behind the database's back shows up as one to tag [sqlite-only].
// Tests that are about SQLite files by nature are tagged [sqlite-only]; the CTest entries
// "core pg:" and "cli pg:" run the rest with the variable set to postgres. A [postgres] test
// that names a path (an SQLite side to compare with the server's) is tagged [pg-files] and runs
// once more with paths as files; without the tag, naming one fails the test there.
enum class Backend { Sqlite, Postgres, Elsewhere };
Backend backend();
inline bool onSqlite()
{
    return backend() == Backend::Sqlite;
}

// While one lives, every path a test names is the SQLite file at that path whatever the
// backend (databaseAt(), databaseArgument(), cliArguments(), openDatabase() and so the CLI's
// --db): for the tests that are about files and servers together and run in the switched run
// too (migrate's file → file and file → server → file). A server's text stays a server's.
class FilesAsFiles {
public:
    FilesAsFiles();
    ~FilesAsFiles();
    FilesAsFiles(const FilesAsFiles&) = delete;
    FilesAsFiles& operator=(const FilesAsFiles&) = delete;
};

// Where the test's database `path` is, as above (a Location::file(path) on SQLite).
Location databaseAt(const QString& path);
// The same as a --db value or FUNNELDESK_DB: the path, or the database's libpq string (the
// cluster's with `dbname=t_…` and the search_path t_desk last). A value that is already a
// server's is returned as it is.
QString databaseArgument(const QString& path);
// funneldesk-cli's arguments with the value of every --db (and --db=) through databaseArgument().
QStringList cliArguments(QStringList args);

// Opens (creating if needed) the test's database `path` (databaseAt()); fails the test if it
// cannot.
std::unique_ptr<Database> openDatabase(const QString& path,
                                       Database::Access access = Database::Access::ReadWrite);
// Opens the SQLite file `path` whatever the backend (a migrate's source, a fixture).
std::unique_ptr<Database> openSqliteFile(const QString& path,
                                         Database::Access access = Database::Access::ReadWrite);

// The next free schema or database name of this process, `t_<pid>_<n>` (PgTestSchema and
// databaseAt()).
QString nextSchemaName();

// A fixed "now" for tests: 2026-03-15 10:00 in the test time zone.
QDateTime testNow();

QByteArray fileBytes(const QString& path);

// Every name in `folder`, hidden ones (a write's temporaries, a journal) included, sorted.
QStringList entries(const QString& folder);

// A customer with only a name and a first sale on 2025-01-10 (a local day), for tests
// about where and whether a write lands rather than what it holds.
Customer customerNamed(const QString& name);

// An agent's public reply to `ticket` saved through the tickets service, stamped `at` by the
// replying client's clock (Tickets::reply); REQUIREs that it is saved.
void replyAt(Database& db, qint64 ticket, qint64 agent, const QDateTime& at,
             const QString& body = QStringLiteral("Answered."));

// The process's time zone for one scope (the test main sets Europe/Berlin), with the
// importer's cached local offsets (common/DateTimeText.h) forgotten on the way in and out.
class Zone {
public:
    explicit Zone(const char* zone);
    ~Zone();
    Zone(const Zone&) = delete;
    Zone& operator=(const Zone&) = delete;

private:
    QByteArray m_previous;
};

} // namespace fd::test
