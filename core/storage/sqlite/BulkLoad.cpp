#include "storage/BulkLoad.h"

#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/SqlError.h"
#include "storage/sqlite/SqliteSearchIndex.h"
#include "storage/sqlite/SqliteTempStore.h"
#include "storage/TaskRepository.h"
#include "storage/TouchpointSummaries.h"
#include "storage/Transaction.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <cstring>

namespace fd {

// QT_LOGGING_RULES="funneldesk.bulk.debug=true" times each step of the commit.
Q_LOGGING_CATEGORY(lcBulk, "funneldesk.bulk", QtWarningMsg)

namespace {

// The connection's settings for the load, restored when it ends.
class Settings {
public:
    explicit Settings(Database& db);
    ~Settings();
    Settings(const Settings&) = delete;
    Settings& operator=(const Settings&) = delete;

private:
    Database& m_db;
    sqlite::TempStoreOnFile m_tempStore; // so that the index builds sort on two threads
    bool m_leftWal = false;
};

class SqliteBulkLoad final : public BulkLoad::Body {
public:
    SqliteBulkLoad(Database& db, BulkLoad::Indexes indexes);
    void commit(TouchpointSummaries* touchpoints) override;
    bool triggersOff() const override { return true; } // every trigger dropped until commit()

private:
    Database& m_db;
    Settings m_settings; // declared before the transaction: restored after it ends
    std::unique_ptr<Transaction> m_transaction;
    QList<QByteArray> m_indexes;
    QList<QByteArray> m_triggers;
};

Settings::Settings(Database& db) : m_db(db), m_tempStore(db)
{
    // The rows come from domain types whose values are checked in code, so the tables'
    // CHECKs are left out while loading: each "x IN (…)" check builds a temporary b-tree
    // every time a statement runs, which for the one-row inserts of the stage placement is
    // most of their cost. Setting the pragma expires every prepared statement, so none
    // prepared without the checks outlives the load. (The index builds' helper thread is
    // sqlite::SortsInRuns'.)
    m_db.execute("PRAGMA foreign_keys = OFF; PRAGMA cache_size = -262144; "
                 "PRAGMA ignore_check_constraints = ON;");
    // A rollback journal writes each page once (WAL twice), but leaving WAL needs the file
    // to itself: with another connection open (the GUI beside an import) the load stays in
    // WAL rather than wait for it.
    m_db.setBusyTimeout(0);
    try {
        m_db.execute("PRAGMA journal_mode = DELETE;");
        m_leftWal = true;
    } catch (const SqlError&) {
    }
    m_db.setBusyTimeout(Database::defaultBusyTimeoutMs());
    // Pages of kPageSize for the file the load fills, which holds only the schema yet: a page
    // size is the file's own, and changes only by a VACUUM outside WAL
    // (https://www.sqlite.org/pragma.html#pragma_page_size), here of about 70 pages (a
    // schema's tables and indexes, one page each while empty).
    // On data set L an import of 1,000,000 tickets into a new file took 9.54-9.71 s with 16 KiB
    // pages against 10.38-10.41 s with 4 KiB ones, side by side: fewer, fuller pages to split,
    // write and index (docs/PERFORMANCE.md, "Step 10: a file filled in bulk gets 16 KiB pages").
    // Only a speed-up: a VACUUM that fails (a full disk, an I/O error) leaves the file as it was,
    // and the load goes on with the pages it has, to meet the same error where it is reported.
    // It must not throw here: this constructor has already changed the connection's settings,
    // which only the destructor of a finished object gives back.
    try {
        if (m_leftWal && m_db.scalar("PRAGMA page_size") < BulkLoad::kPageSize)
            m_db.execute(QByteArray("PRAGMA page_size = " +
                                    QByteArray::number(BulkLoad::kPageSize) + "; VACUUM;")
                             .constData());
    } catch (const SqlError& error) {
        qCWarning(lcBulk, "The file keeps its page size: %s", error.what());
    }
}

Settings::~Settings()
{
    try {
        m_db.execute("PRAGMA ignore_check_constraints = OFF; PRAGMA cache_size = -65536; "
                     "PRAGMA foreign_keys = ON;");
        if (m_leftWal)
            m_db.execute("PRAGMA journal_mode = WAL;");
    } catch (const SqlError&) {
        // The file stays usable in rollback-journal mode; the next open sets WAL again.
    }
}

// Whether an index's WHERE only asks for one value to be there (`x IS NOT NULL`, `x NOTNULL`,
// in parentheses or followed by a comment, in any case), which may hold every row.
bool onlyPresence(QString sql)
{
    static const QRegularExpression comments(QStringLiteral("--[^\\n]*|/\\*.*?\\*/"),
                                             QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression where(QStringLiteral("\\bWHERE\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression presence(
        QStringLiteral("^[\\s(]*(?:[\\w.]|\"[^\"]*\"|`[^`]*`|\\[[^\\]]*\\])+\\s*"
                       "(?:IS\\s+NOT\\s+NULL|NOTNULL)[\\s)]*$"),
        QRegularExpression::CaseInsensitiveOption);
    sql.remove(comments);
    const qsizetype at = sql.lastIndexOf(where);
    return at >= 0 && presence.match(sql.mid(at + qsizetype(std::strlen("WHERE")))).hasMatch();
}

// A partial index that picks rows by their values (BulkLoad::Indexes::SelectiveKept): partial
// (PRAGMA index_list), not UNIQUE (kept row by row, a unique one could refuse a state halfway
// through the load that its end satisfies, such as a ticket merged from two rows), and with a
// WHERE that asks more than whether one value is there.
bool selective(bool partial, bool unique, const QString& sql)
{
    return partial && !unique && !onlyPresence(sql);
}

SqliteBulkLoad::SqliteBulkLoad(Database& db, BulkLoad::Indexes indexes)
    : m_db(db), m_settings(db), m_transaction(std::make_unique<Transaction>(db))
{
    QList<QByteArray> drops;
    {
        auto q = db.query(
            "SELECT s.type, s.name, s.sql, coalesce(i.\"unique\", 0), coalesce(i.partial, 0) "
            "FROM sqlite_schema AS s LEFT JOIN pragma_index_list(s.tbl_name) AS i "
            "ON i.name = s.name WHERE s.type IN ('index', 'trigger') AND s.sql IS NOT NULL "
            "ORDER BY s.type, s.name");
        while (q->step()) {
            const auto type = q->utf8(0);
            if (type == "index" && indexes == BulkLoad::Indexes::SelectiveKept &&
                selective(q->int64(4) != 0, q->int64(3) != 0, q->text(2)))
                continue;
            // The name quoted as an SQLite identifier ("" doubled): a file's schema may name an
            // index anything, and DROP runs through execute(), which runs every statement given.
            QByteArray name = q->text(1).toUtf8();
            name.replace('"', "\"\"");
            drops << QByteArray("DROP ") + QByteArray(type.data(), qsizetype(type.size())) + " \"" +
                         name + '"';
            (type == "index" ? m_indexes : m_triggers) << q->text(2).toUtf8();
        }
    }
    for (const QByteArray& drop : drops)
        db.execute(drop.constData());
}

void SqliteBulkLoad::commit(TouchpointSummaries* touchpoints)
{
    QElapsedTimer timer;
    timer.start();
    const auto step = [&](const char* what) {
        qCDebug(lcBulk, "%s: %lld ms", what, timer.restart());
    };
    // What the summary triggers would have kept, in one pass each; the customers' own
    // columns before their indexes exist, so no index follows 100,000 updates.
    if (touchpoints)
        touchpoints->write(m_db);
    else
        TouchpointSummaries::rebuild(m_db);
    // Open tickets too, unless the writer stored them with each customer (generate).
    const bool openTicketsWritten = touchpoints && touchpoints->customersWritten();
    if (!openTicketsWritten)
        m_db.execute("UPDATE customer SET open_tickets = 0");
    step("summaries");
    {
        sqlite::SortsInRuns runs(m_db); // in the load's 256 MB
        for (const QByteArray& sql : m_indexes) {
            m_db.execute(sql.constData());
            qCDebug(lcBulk, "  %s: %lld ms", sql.left(sql.indexOf(" ON ")).constData(),
                    timer.elapsed());
        }
    }
    step("indexes");
    // Open tickets are a few percent of all: counted from their own (partial) index.
    if (!openTicketsWritten) {
        m_db.execute(
            ("UPDATE customer SET open_tickets = o.n FROM (SELECT customer_id, count(*) AS n "
             "FROM ticket INDEXED BY ticket_open_created WHERE " +
             m_db.dialect().openTicket("status") +
             " GROUP BY customer_id) AS o WHERE customer.id = o.customer_id")
                .c_str());
        step("open tickets");
    }
    sqlite::rebuildSearchIndex(m_db);
    step("full-text index");
    // The open tasks of each stage by due day (schema v17), as its triggers would count them.
    m_db.execute("DELETE FROM task_stage_day");
    m_db.execute(TaskRepository::kStageDaysFromTasks);
    step("open tasks by stage");
    for (const QByteArray& sql : m_triggers)
        m_db.execute(sql.constData());
    m_transaction->commit();
    step("commit");
}

} // namespace

// The backend-neutral part lives here, beside SQLite's body, to keep core's source lists as
// they are: the constructor picks the backend's body.
std::unique_ptr<BulkLoad::Body> BulkLoad::sqliteBody(Database& db, Indexes indexes)
{
    return std::make_unique<SqliteBulkLoad>(db, indexes);
}

BulkLoad::BulkLoad(Database& db, Reads reads, Indexes indexes)
    : m_body(db.backend() == Database::Backend::Sqlite ? sqliteBody(db, indexes)
                                                       : postgresBody(db, reads))
{
}

BulkLoad::~BulkLoad() = default;

void BulkLoad::commit(TouchpointSummaries* touchpoints)
{
    m_body->commit(touchpoints);
}

bool BulkLoad::triggersOff() const
{
    return m_body->triggersOff();
}

} // namespace fd
