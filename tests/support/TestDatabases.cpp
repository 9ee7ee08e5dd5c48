// The backend switch of the tests' databases (TestSupport.h, plan §3d): a path a test names is
// the SQLite file itself, a database of its own in the throwaway PostgreSQL cluster, or (a
// checking aid) an SQLite file elsewhere.
#define CATCH_CONFIG_EXTERNAL_INTERFACES // Catch's TestEventListenerBase
#include "support/TestSupport.h"

#include "support/PgTestSchema.h"

#include "storage/postgres/PgConnection.h"
#include "storage/postgres/PgSchema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <optional>
#include <vector>

namespace fd::test {

namespace {

// One path a test named, and where its database really is.
struct TestDatabase {
    QString path;     // absolute, cleaned: the registry's key
    QString argument; // the --db value: the libpq string, or the other file's path
    QString database; // PostgreSQL's; empty for a file
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

// The superuser's connection that makes and drops the databases; nullptr when it cannot be had
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
        // A drop held up by a lock gives up and leaves the database to the cluster's removal
        // rather than hang the run.
        (void)connection->exec("SET lock_timeout = '10s'");
    }
    return &*connection;
}

// The schema that holds FunnelDesk's tables in every test database, by the search_path, not
// public: so the switched suite goes on running where a schema is chosen by the connection
// (quote_ident(current_schema()), the team roles named DATABASE.SCHEMA, libpq's options), as
// when each test database was a schema of its own.
constexpr const char* kDeskSchema = "t_desk";

// The key=value pairs that put the cluster's libpq string on `database` (libpq takes a
// keyword's last value), its search_path kDeskSchema.
QString onDatabase(const QString& database)
{
    return QStringLiteral("dbname=%1 options='-csearch_path=%2'")
        .arg(database, QLatin1String(kDeskSchema));
}

// An admin statement that fails the test when the server refuses it; one retry on a new
// connection when the server was restarted under a fault test.
void adminExec(const QByteArray& sql)
{
    pg::Connection* conn = admin();
    INFO("Cannot connect to the cluster at " << clusterBase().toStdString());
    REQUIRE(conn);
    pg::Outcome<pg::Rows> done = conn->exec(sql);
    if (!done && done.error().connectionLost) {
        conn = admin();
        REQUIRE(conn);
        done = conn->exec(sql);
    }
    INFO(sql.toStdString() << ": " << (done ? QString() : done.error().sentence).toStdString());
    REQUIRE(done);
}

// A database the test databases are copies of: FunnelDesk's tables made once
// (pg::Schema::init, the team's roles and first manager included). Init sent some 1,200
// statements, 0.45 s; a copy of the template's files takes 0.03 s (docs/PERFORMANCE.md, "CI's
// test command, third round"). Init records the process's time zone as the team's
// (team.time_zone), so there is one template for each zone the tests run in (test::Zone).
struct Template {
    QByteArray zone; // QTimeZone::systemTimeZoneId() while it was made
    QString name;    // t_<pid>_template_<n>
    QByteArray rep;  // its team roles (fd_team_role), which a copy shares until its first team
                     // change gives it roles of its own (033_team_own_roles.sql)
    QByteArray manager;
};

std::vector<Template>& templates()
{
    static std::vector<Template> made;
    return made;
}

// The template of the process's time zone, made on first use. Nobody connects to it after:
// CREATE DATABASE refuses a template that has a session (it signals an autovacuum worker in it
// and waits up to 5 s for it to go).
const Template& templateDatabase()
{
    const QByteArray zone = QTimeZone::systemTimeZoneId();
    for (const Template& known : templates()) {
        if (known.zone == zone)
            return known;
    }
    Template made;
    made.zone = zone;
    made.name = QStringLiteral("t_%1_template_%2")
                    .arg(QCoreApplication::applicationPid())
                    .arg(templates().size() + 1);
    adminExec("DROP DATABASE IF EXISTS " + made.name.toUtf8()); // a failed attempt's
    adminExec("CREATE DATABASE " + made.name.toUtf8());
    {
        pg::Connection owner = pgConnect(onDatabase(made.name));
        REQUIRE(owner.exec(QByteArray("CREATE SCHEMA ") + kDeskSchema));
        const Status tables = pg::Schema::init(owner);
        INFO((tables ? QString() : QString(tables.error())).toStdString());
        REQUIRE(tables);
        const pg::Outcome<pg::Rows> roles =
            owner.exec("SELECT fd_team_role('rep'), fd_team_role('manager')");
        REQUIRE(roles);
        made.rep = roles->text(0, 0).toUtf8();
        made.manager = roles->text(0, 1).toUtf8();
    }
    adminExec("ALTER DATABASE " + made.name.toUtf8() + " WITH ALLOW_CONNECTIONS false");
    templates().push_back(made);
    return templates().back();
}

// A new database `name` with FunnelDesk's tables, reached through the returned libpq string.
// FILE_COPY copies the template's files after a checkpoint (cheap: the cluster has no fsync),
// four times as fast here as PostgreSQL 15's default, which writes every page to the WAL.
QString makeDatabase(const QString& name)
{
    adminExec("CREATE DATABASE " + name.toUtf8() + " TEMPLATE " + templateDatabase().name.toUtf8() +
              " STRATEGY FILE_COPY");
    return clusterBase() + QLatin1Char(' ') + onDatabase(name);
}

// Takes the templates' shared team roles back from every login a test gave them to (a GRANT by
// hand; a team change on a copy moves it to roles of its own first), so that no later test's
// copy finds that login on its team. Tests about roles use
// a schema of their own (PgTestSchema.h); this keeps the copies apart should one not.
void releaseSharedRoles(pg::Connection& conn)
{
    QByteArray names;
    for (const Template& made : templates())
        names += (names.isEmpty() ? "'" : ", '") + made.rep + "', '" + made.manager + "'";
    if (names.isEmpty())
        return;
    (void)conn.exec("DO $$ DECLARE m record; BEGIN FOR m IN SELECT r.rolname AS role, "
                    "u.rolname AS member FROM pg_auth_members a JOIN pg_roles r ON r.oid = "
                    "a.roleid JOIN pg_roles u ON u.oid = a.member WHERE r.rolname IN (" +
                    names + ") AND u.rolname NOT IN (" + names +
                    ") AND u.rolname <> current_user LOOP EXECUTE format('REVOKE %I FROM %I', "
                    "m.role, m.member); END LOOP; END $$");
}

QTemporaryDir& elsewhereFolder()
{
    static QTemporaryDir folder;
    REQUIRE(folder.isValid());
    return folder;
}

// The running test's tags: [postgres], and [pg-files] (see registered()).
struct RunningTest {
    bool postgres = false;
    bool pgFiles = false;
};

RunningTest& runningTest()
{
    static RunningTest running;
    return running;
}

const TestDatabase& registered(const QString& path)
{
    if (backend() == Backend::Postgres) {
        // A [postgres] test runs in the switched pass, and once more with paths as files only
        // when tagged [pg-files] (tests/CMakeLists.txt, funneldesk_pg_suite): one that names a
        // path behaves differently there, so it must say so (a path named before included).
        INFO("This [postgres] test names the path " << path.toStdString()
                                                    << ", a database of its own here and a file "
                                                       "with paths as files: tag it [pg-files] so "
                                                       "that it runs that way too.");
        REQUIRE((!runningTest().postgres || runningTest().pgFiles));
    }
    const QString key = keyOf(path);
    for (const TestDatabase& known : registry()) {
        if (known.path == key)
            return known;
    }
    TestDatabase made;
    made.path = key;
    if (backend() == Backend::Postgres) {
        made.database = nextSchemaName();
        made.argument = makeDatabase(made.database);
    } else {
        made.argument = elsewhereFolder().filePath(
            QStringLiteral("%1-%2").arg(registry().size()).arg(QFileInfo(path).fileName()));
    }
    registry().push_back(made);
    return registry().back();
}

void forget(const TestDatabase& database)
{
    if (!database.database.isEmpty()) {
        // FORCE ends the sessions still on it (a killed child's, until the server notices).
        if (pg::Connection* conn = admin()) {
            (void)conn->exec("DROP DATABASE IF EXISTS " + database.database.toUtf8() +
                             " WITH (FORCE)");
            releaseSharedRoles(*conn);
        }
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
    void testCaseStarting(const Catch::TestCaseInfo& info) override
    {
        const auto tagged = [&](const char* tag) {
            return std::find(info.lcaseTags.begin(), info.lcaseTags.end(), tag) !=
                   info.lcaseTags.end();
        };
        runningTest() = {tagged("postgres"), tagged("pg-files")};
    }
    void testCaseEnded(const Catch::TestCaseStats&) override
    {
        if (backend() != Backend::Sqlite)
            forgetGone(false);
    }
    void testRunEnded(const Catch::TestRunStats&) override
    {
        if (backend() != Backend::Sqlite)
            forgetGone(true);
        if (backend() == Backend::Postgres && !templates().empty()) {
            if (pg::Connection* conn = admin()) {
                for (const Template& made : templates())
                    (void)conn->exec("DROP DATABASE IF EXISTS " + made.name.toUtf8());
            }
        }
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
