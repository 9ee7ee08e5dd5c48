// A schema of its own for each [postgres] test (plan §3d): `t_<pid>_<n>` in the throwaway
// cluster's database (tests/pg/with-cluster.sh exports FUNNELDESK_TEST_PG), dropped with
// everything in it when the test ends, so tests never see each other's tables, and their team
// roles (named after DATABASE.SCHEMA) are the schema's own. An empty schema costs milliseconds.
// (The databases of the switched suite are copies of a template instead, TestDatabases.cpp:
// FunnelDesk's tables cost 0.45 s to make, a copy 0.03 s.)
#pragma once

#include "common/Location.h"
#include "storage/Database.h"
#include "storage/postgres/PgConnection.h"
#include "storage/postgres/PgSchema.h"
#include "support/TestSupport.h"

#include <QCoreApplication>
#include <QString>
#include <QThread>

#include <memory>

#include <catch2/catch.hpp>

namespace fd::test {

// The libpq string of the throwaway cluster (superuser funneldesk over its socket), plus
// `extra` key=value pairs (a later key wins); fails the test when not run through the script.
inline Location pgLocation(const QString& extra = {})
{
    const QString base = qEnvironmentVariable("FUNNELDESK_TEST_PG");
    INFO("FUNNELDESK_TEST_PG is not set: run this test through tests/pg/with-cluster.sh (ctest -L "
         "postgres)");
    REQUIRE_FALSE(base.isEmpty());
    const Result<Location> parsed =
        Location::parse(extra.isEmpty() ? base : base + QLatin1Char(' ') + extra);
    REQUIRE(parsed);
    return *parsed;
}

inline pg::Connection pgConnect(const QString& extra = {})
{
    Result<pg::Connection> opened = pg::Connection::open(pgLocation(extra));
    INFO((opened ? QString() : QString(opened.error())).toStdString());
    REQUIRE(opened);
    return std::move(*opened);
}

// The one integer `sql` answers (-1 for NULL); fails the test on an error or another shape.
inline qint64 pgNumber(pg::Connection& conn, const QByteArray& sql)
{
    const auto rows = conn.exec(sql);
    INFO(sql.toStdString());
    REQUIRE(rows);
    REQUIRE(rows->count() == 1);
    return rows->isNull(0, 0) ? -1 : rows->int64(0, 0);
}

// Polls until some session waits for the session `pid` (pg_blocking_pids), a minute at most (a
// bound on a hang, not a timing assertion). Asserts: call it on the test's own thread only.
inline bool sawWaitingFor(pg::Connection& conn, qint64 pid)
{
    const QByteArray sql = "SELECT count(*) FROM pg_stat_activity WHERE " +
                           QByteArray::number(pid) + " = ANY (pg_blocking_pids(pid))";
    for (int poll = 0; poll < 6000; ++poll) {
        if (pgNumber(conn, sql) > 0)
            return true;
        QThread::msleep(10);
    }
    return false;
}

class PgTestSchema {
public:
    PgTestSchema() : PgTestSchema(nextSchemaName()) {}
    // A schema whose name needs quotes in SQL (capitals and a dot): name() is then the quoted
    // identifier "Q.t_<pid>_<n>", as SQL, search_path and libpq's options take it.
    struct NeedingQuotes {};
    explicit PgTestSchema(NeedingQuotes)
        : PgTestSchema(QStringLiteral("\"Q.%1\"").arg(nextSchemaName()))
    {
    }
    // A schema of the name `text` (quoted here; it must hold no double quote), e.g. another
    // schema's name and more: name() is the quoted identifier.
    struct Named {
        QString text;
    };
    explicit PgTestSchema(const Named& named)
        : PgTestSchema(QStringLiteral("\"%1\"").arg(named.text))
    {
    }
    ~PgTestSchema()
    {
        (void)m_admin.exec(
            "SET client_min_messages = warning"); // not the 23 objects the drop takes along
        (void)m_admin.exec("DROP SCHEMA " + m_name.toUtf8() + " CASCADE");
    }
    PgTestSchema(const PgTestSchema&) = delete;
    PgTestSchema& operator=(const PgTestSchema&) = delete;

    const QString& name() const { return m_name; }
    // The superuser, with the default search_path: for setting up what a test needs.
    pg::Connection& admin() { return m_admin; }

    // A new connection (as the superuser, or as `extra` says) whose search_path is this schema.
    pg::Connection connect(const QString& extra = {}) const
    {
        pg::Connection conn = pgConnect(extra);
        REQUIRE(conn.exec("SELECT set_config('search_path', $1, false)", {m_name}));
        return conn;
    }

    // A new connection to this schema after FunnelDesk's tables were created in it (init, as
    // the superuser): the setup of the tests that need a FunnelDesk schema on the server.
    pg::Connection initialised() const
    {
        pg::Connection conn = connect();
        const Status created = pg::Schema::init(conn);
        INFO((created ? QString() : QString(created.error())).toStdString());
        REQUIRE(created);
        return conn;
    }

    // The Location of this schema (its search_path set by libpq's options), for Database::open.
    Location location(const QString& extra = {}) const
    {
        return pgLocation(
            QStringLiteral("options='-csearch_path=%1' %2").arg(m_name, extra).trimmed());
    }

private:
    explicit PgTestSchema(const QString& name) : m_admin(pgConnect()), m_name(name)
    {
        REQUIRE(m_admin.exec("CREATE SCHEMA " + m_name.toUtf8()));
    }

    pg::Connection m_admin;
    QString m_name;
};

// The --db argument of a CLI run on `schema` (the cluster's libpq string, its search_path that
// schema), signed in as `login` (the superuser when empty).
inline QString cliDb(const PgTestSchema& schema, const QString& login = {})
{
    QString where =
        pgLocation().key() + QStringLiteral(" options='-csearch_path=%1'").arg(schema.name());
    if (!login.isEmpty())
        where += QStringLiteral(" user=") + login;
    return where;
}

// A Database open on `schema` (required to open), as the window's tests hand one to MainWindow.
inline std::unique_ptr<Database> openServer(const PgTestSchema& schema)
{
    Result<std::unique_ptr<Database>> opened = Database::open(schema.location(), {});
    INFO((opened ? QString() : QString(opened.error())).toStdString());
    REQUIRE(opened);
    return std::move(*opened);
}

} // namespace fd::test
