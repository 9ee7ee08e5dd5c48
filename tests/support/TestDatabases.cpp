// The backend switch of the tests' databases (TestSupport.h, plan §3d): a path a test names is
// the SQLite file itself, a schema of its own in the throwaway PostgreSQL cluster, or (a
// checking aid) an SQLite file elsewhere.
#define CATCH_CONFIG_EXTERNAL_INTERFACES // Catch's TestEventListenerBase
#include "support/TestSupport.h"

#include "storage/postgres/PgConnection.h"
#include "storage/postgres/PgSchema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <optional>
#include <vector>

namespace fd::test {

namespace {

// One path a test named, and where its database really is.
struct TestDatabase {
    QString path;     // absolute, cleaned: the registry's key
    QString argument; // the --db value: the libpq string, or the other file's path
    QString schema;   // PostgreSQL's; empty for a file
};

std::vector<TestDatabase>& registry()
{
    static std::vector<TestDatabase> all;
    return all;
}

QString keyOf(const QString& path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

// FUNNELDESK_TEST_PG, the throwaway cluster's database (tests/pg/with-cluster.sh).
QString clusterBase()
{
    const QString base = qEnvironmentVariable("FUNNELDESK_TEST_PG");
    INFO("FUNNELDESK_TEST_BACKEND=postgres needs FUNNELDESK_TEST_PG: run the tests through "
         "tests/pg/with-cluster.sh");
    REQUIRE_FALSE(base.isEmpty());
    return base;
}

// The superuser's connection that makes and drops the schemas; nullptr when it cannot be had
// (then the test that needs it fails in register()).
pg::Connection* admin()
{
    static std::optional<pg::Connection> connection;
    if (!connection || connection->isLost()) {
        connection.reset();
        const Result<Location> where = Location::parse(qEnvironmentVariable("FUNNELDESK_TEST_PG"));
        if (!where || !where->isServer())
            return nullptr;
        Result<pg::Connection> opened = pg::Connection::open(*where);
        if (!opened)
            return nullptr;
        connection = std::move(*opened);
        (void)connection->exec(
            "SET client_min_messages = warning"); // not every object a drop takes along
        // A drop that a connection left open (a killed child's, until the server notices) holds
        // up gives up and leaves the schema to the cluster's removal rather than hang the run.
        (void)connection->exec("SET lock_timeout = '10s'");
    }
    return &*connection;
}

// A new schema with FunnelDesk's tables, reached through the returned libpq string.
QString makeSchema(const QString& schema)
{
    const QString base = clusterBase();
    pg::Connection* conn = admin();
    INFO("Cannot connect to the cluster at " << base.toStdString());
    REQUIRE(conn);
    pg::Outcome<pg::Rows> made = conn->exec("CREATE SCHEMA " + schema.toUtf8());
    if (!made && made.error().connectionLost) { // the server was restarted under a fault test
        conn = admin();
        REQUIRE(conn);
        made = conn->exec("CREATE SCHEMA " + schema.toUtf8());
    }
    INFO((made ? QString() : made.error().sentence).toStdString());
    REQUIRE(made);
    const QString argument = base + QStringLiteral(" options='-csearch_path=%1'").arg(schema);
    const Result<Location> where = Location::parse(argument);
    REQUIRE(where);
    Result<pg::Connection> owner = pg::Connection::open(*where);
    INFO((owner ? QString() : QString(owner.error())).toStdString());
    REQUIRE(owner);
    const Status tables = pg::Schema::init(*owner);
    INFO((tables ? QString() : QString(tables.error())).toStdString());
    REQUIRE(tables);
    return argument;
}

QTemporaryDir& elsewhereFolder()
{
    static QTemporaryDir folder;
    REQUIRE(folder.isValid());
    return folder;
}

const TestDatabase& registered(const QString& path)
{
    const QString key = keyOf(path);
    for (const TestDatabase& known : registry()) {
        if (known.path == key)
            return known;
    }
    TestDatabase made;
    made.path = key;
    if (backend() == Backend::Postgres) {
        made.schema = nextSchemaName();
        made.argument = makeSchema(made.schema);
    } else {
        made.argument = elsewhereFolder().filePath(
            QStringLiteral("%1-%2").arg(registry().size()).arg(QFileInfo(path).fileName()));
    }
    registry().push_back(made);
    return registry().back();
}

void forget(const TestDatabase& database)
{
    if (!database.schema.isEmpty()) {
        if (pg::Connection* conn = admin())
            (void)conn->exec("DROP SCHEMA IF EXISTS " + database.schema.toUtf8() + " CASCADE");
        return;
    }
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(database.argument + QLatin1String(suffix));
}

// Forgets the databases whose path's folder is gone (every one at the end of the run).
void forgetGone(bool all)
{
    auto& known = registry();
    for (auto it = known.begin(); it != known.end();) {
        if (all || !QFileInfo(QFileInfo(it->path).absolutePath()).isDir()) {
            forget(*it);
            it = known.erase(it);
        } else {
            ++it;
        }
    }
}

struct ForgetDatabases : Catch::TestEventListenerBase {
    using TestEventListenerBase::TestEventListenerBase;
    void testCaseEnded(const Catch::TestCaseStats&) override
    {
        if (backend() != Backend::Sqlite)
            forgetGone(false);
    }
    void testRunEnded(const Catch::TestRunStats&) override
    {
        if (backend() != Backend::Sqlite)
            forgetGone(true);
    }
};

int& filesAsFilesScopes()
{
    static int alive = 0;
    return alive;
}

// True when a path names the file itself: on SQLite, or inside a FilesAsFiles scope.
bool pathsAreFiles()
{
    return onSqlite() || filesAsFilesScopes() > 0;
}

} // namespace

CATCH_REGISTER_LISTENER(ForgetDatabases)

FilesAsFiles::FilesAsFiles()
{
    ++filesAsFilesScopes();
}

FilesAsFiles::~FilesAsFiles()
{
    --filesAsFilesScopes();
}

Backend backend()
{
    static const Backend chosen = [] {
        const QByteArray name = qgetenv("FUNNELDESK_TEST_BACKEND");
        if (name == "postgres")
            return Backend::Postgres;
        if (name == "elsewhere")
            return Backend::Elsewhere;
        return Backend::Sqlite;
    }();
    return chosen;
}

QString nextSchemaName()
{
    static int created = 0;
    return QStringLiteral("t_%1_%2").arg(QCoreApplication::applicationPid()).arg(++created);
}

QString databaseArgument(const QString& path)
{
    if (pathsAreFiles() || path.isEmpty())
        return path;
    // A server's text, or one that Location cannot read (a test of that refusal), stays.
    if (const Result<Location> given = Location::parse(path); !given || given->isServer())
        return path;
    return registered(path).argument;
}

Location databaseAt(const QString& path)
{
    if (pathsAreFiles())
        return Location::file(path);
    const QString argument = databaseArgument(path);
    if (backend() == Backend::Elsewhere)
        return Location::file(argument);
    const Result<Location> where = Location::parse(argument);
    REQUIRE(where);
    return *where;
}

QStringList cliArguments(QStringList args)
{
    if (pathsAreFiles())
        return args;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--db") && i + 1 < args.size()) {
            args[i + 1] = databaseArgument(args[i + 1]);
            ++i;
        } else if (args[i].startsWith(QLatin1String("--db="))) {
            args[i] = QStringLiteral("--db=") + databaseArgument(args[i].mid(5));
        }
    }
    return args;
}

std::unique_ptr<Database> openDatabase(const QString& path, Database::Access access)
{
    if (pathsAreFiles())
        return openSqliteFile(path, access);
    Database::Options options;
    options.access = access;
    auto db = Database::open(databaseAt(path), options);
    if (!db)
        FAIL(db.error().toStdString());
    return std::move(*db);
}

std::unique_ptr<Database> openSqliteFile(const QString& path, Database::Access access)
{
    Database::Options options;
    options.access = access;
    auto db = Database::open(path, options);
    if (!db)
        FAIL(db.error().toStdString());
    return std::move(*db);
}

} // namespace fd::test
