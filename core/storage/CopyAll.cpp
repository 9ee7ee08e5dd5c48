#include "storage/CopyAll.h"

#include "storage/Database.h"
#include "storage/MultiRowInsert.h"
#include "storage/postgres/PgBulkLoad.h"
#include "storage/sqlite/SqliteSearchIndex.h"
#include "storage/TaskRepository.h"
#include "storage/Transaction.h"

#include <array>
#include <numeric>
#include <string>

namespace fd {

namespace {

using Kind = CopyAll::Kind;
using Column = CopyAll::Column;
constexpr Kind I = Kind::Integer;
constexpr Kind T = Kind::Text;

// The columns of schema v13, as both backends name them (PostgreSQL's ticket.search is
// derived and left out: its trigger or the bulk load fills it). tests/core/CopyAllTest.cpp compares
// them with a new file's. v6: agent.login, a server's login (issue 17, "Who is working"; empty in a
// file, kept through a round trip); each edited row's version, changed_at and changed_by
// (domain/RowVersion.h), last.
constexpr std::array<Column, 9> kAgent = {{
    {"id", I},
    {"name", T},
    {"email", T},
    {"role", T},
    {"active", I},
    {"login", T},
    {"version", I},
    {"changed_at", I},
    {"changed_by", I},
}};
constexpr std::array<Column, 21> kCustomer = {{
    {"id", I},
    {"name", T},
    {"email", T},
    {"company", T},
    {"plan", T},
    {"owner_id", I},
    {"since", T}, // PostgreSQL: date, read and written as YYYY-MM-DD
    {"status", T},
    {"stage", T},
    {"stage_entered_at", I},
    {"stage_pinned", I},
    {"tags", T},
    {"notes", T},
    {"open_tickets", I},
    {"last_touch_at", I},
    {"last_review_at", I},
    {"last_advocacy_at", I},
    {"best_survey", I},
    {"version", I},
    {"changed_at", I},
    {"changed_by", I},
}};
constexpr std::array<Column, 10> kContact = {{
    {"id", I},
    {"customer_id", I},
    {"name", T},
    {"email", T},
    {"phone", T},
    {"role", T},
    {"added_at", I},
    {"version", I},
    {"changed_at", I},
    {"changed_by", I},
}};
constexpr std::array<Column, 23> kTicket = {{
    {"id", I},
    {"customer_id", I},
    {"contact_id", I},
    {"subject", T},
    {"description", T},
    {"status", T},
    {"priority", T},
    {"channel", T},
    {"category", T},
    {"assignee_id", I},
    {"created_at", I},
    {"first_response_at", I},
    {"solved_at", I},
    {"csat", I},
    {"tags", T},
    {"external_ref", T},
    {"sla_paused_secs", I},
    {"sla_paused_since", I},
    {"first_response_breached_at", I},
    {"resolution_breached_at", I},
    {"version", I},
    {"changed_at", I},
    {"changed_by", I},
}};
constexpr std::array<Column, 6> kComment = {{
    {"id", I},
    {"ticket_id", I},
    {"kind", T},
    {"author_agent_id", I},
    {"at", I},
    {"body", T},
}};
constexpr std::array<Column, 6> kCanned = {{
    {"id", I},
    {"title", T},
    {"body", T},
    {"version", I},
    {"changed_at", I},
    {"changed_by", I},
}};
constexpr std::array<Column, 10> kTouchpoint = {{
    {"id", I},
    {"customer_id", I},
    {"contact_id", I},
    {"kind", T},
    {"direction", T},
    {"occurred_at", I},
    {"agent_id", I},
    {"summary", T},
    {"ticket_id", I},
    {"score", I},
}};
constexpr std::array<Column, 7> kTransition = {{
    {"id", I},
    {"customer_id", I},
    {"from_stage", T},
    {"to_stage", T},
    {"at", I},
    {"actor", T},
    {"reason", T},
}};
constexpr std::array<Column, 12> kAudit = {{
    {"id", I},
    {"at", I},
    {"agent_id", I},
    {"login", T},
    {"action", T},
    {"table_name", T},
    {"row_id", I},
    {"customer_id", I},
    {"ticket_id", I},
    {"field", T},
    {"old_value", T},
    {"new_value", T},
}};
constexpr std::array<Column, 2> kSettings = {{{"key", T}, {"value", T}}};
// v13 (issue 18): the health score, its trend, and the tasks of plans and playbooks.
constexpr std::array<Column, 4> kCustomerHealth = {{
    {"customer_id", I}, {"score", I}, {"band", T}, {"day", T}, // PostgreSQL: day is a date
}};
constexpr std::array<Column, 4> kHealthSnapshot = {{
    {"customer_id", I},
    {"day", T},
    {"score", I},
    {"band", T},
}};
constexpr std::array<Column, 5> kBandChange = {{
    {"customer_id", I},
    {"day", T},
    {"from_band", T},
    {"to_band", T},
    {"score", I},
}};
constexpr std::array<Column, 13> kTask = {{
    {"id", I},
    {"customer_id", I},
    {"owner_id", I},
    {"title", T},
    {"kind", T},
    {"due_day", T},
    {"origin", T},
    {"occasion", T},
    {"step", I},
    {"created_at", I},
    {"done_at", I},
    {"done_by", I},
    {"touchpoint_id", I},
}};
constexpr std::array<Column, 4> kTouchpointDay = {{
    {"day", T}, // PostgreSQL: date
    {"stage", T},
    {"kind", T},
    {"touchpoints", I},
}};

// Parents before children: customer.owner_id → agent, ticket.contact_id → contact,
// touchpoint.ticket_id → ticket, and so on.
const std::array<CopyAll::Table, 15> kTables = {{
    {"agent", kAgent, "id", true, false},
    {"customer", kCustomer, "id", true, false},
    {"contact", kContact, "id", true, false},
    {"ticket", kTicket, "id", true, false},
    {"ticket_comment", kComment, "id", true, false},
    {"canned_reply", kCanned, "id", true, false},
    {"touchpoint", kTouchpoint, "id", true, false},
    {"stage_transition", kTransition, "id", true, false},
    {"settings", kSettings, "key", false, true},
    {"touchpoint_day", kTouchpointDay, "day, stage, kind", false, false},
    {"audit_log", kAudit, "id", true, false}, // the history comes along (issue 17)
    {"customer_health", kCustomerHealth, "customer_id", false, false},
    {"health_snapshot", kHealthSnapshot, "customer_id, day", false, false},
    {"health_band_change", kBandChange, "customer_id, day", false, false},
    {"task", kTask, "id", true, false},
}};

// Rows read from the source and not yet written: their values in one buffer, so a batch costs
// two allocations however many rows and texts it holds.
class Batch {
public:
    static constexpr std::size_t kRows = 4096;
    static constexpr std::size_t kBytes = std::size_t{16} << 20; // texts: flush beyond this

    explicit Batch(std::size_t columns) : m_columns(columns) { m_cells.reserve(kRows * columns); }

    void read(const Statement& row)
    {
        for (std::size_t c = 0; c < m_columns; ++c) {
            const int column = static_cast<int>(c);
            Cell cell;
            if (row.isNull(column)) {
                cell.kind = Cell::Null;
            } else if (m_kinds[c] == Kind::Integer) {
                cell.kind = Cell::Number;
                cell.number = row.int64(column);
            } else {
                const std::string_view text = row.utf8(column);
                cell.kind = Cell::Text;
                cell.offset = m_text.size();
                cell.size = text.size();
                m_text.append(text);
            }
            m_cells.push_back(cell);
        }
        ++m_rows;
    }
    void bind(Statement& statement, int first, std::size_t row) const
    {
        for (std::size_t c = 0; c < m_columns; ++c) {
            const Cell& cell = m_cells[row * m_columns + c];
            const int index = first + static_cast<int>(c);
            if (cell.kind == Cell::Null)
                statement.bindNull(index);
            else if (cell.kind == Cell::Number)
                statement.bind(index, cell.number);
            else
                statement.bindStatic(index,
                                     std::string_view(m_text).substr(cell.offset, cell.size));
        }
    }
    void setKinds(std::span<const Column> columns)
    {
        m_kinds.clear();
        for (const Column& column : columns)
            m_kinds.push_back(column.kind);
    }
    bool full() const { return m_rows >= kRows || m_text.size() >= kBytes; }
    std::size_t rows() const { return m_rows; }
    void clear()
    {
        m_cells.clear();
        m_text.clear();
        m_rows = 0;
    }

private:
    struct Cell {
        enum : unsigned char { Null, Number, Text } kind = Null;
        qint64 number = 0;
        std::size_t offset = 0;
        std::size_t size = 0;
    };
    std::size_t m_columns;
    std::vector<Kind> m_kinds;
    std::vector<Cell> m_cells;
    std::string m_text;
    std::size_t m_rows = 0;
};

std::string columnList(const CopyAll::Table& table)
{
    std::string list;
    for (const Column& column : table.columns) {
        if (!list.empty())
            list += ", ";
        list += column.name;
    }
    return list;
}

// Runs `work` on the source: its errors become SourceError, for the source's describe().
template <typename F> auto fromSource(F&& work) -> decltype(work())
{
    try {
        return work();
    } catch (const SqlError& error) {
        throw CopyAll::SourceError{std::make_shared<SqlError>(error)};
    }
}

bool isPostgres(const Database& db)
{
    return db.backend() == Database::Backend::Postgres;
}

} // namespace

std::span<const CopyAll::Table> CopyAll::tables()
{
    return kTables;
}

std::span<const char* const> CopyAll::rebuiltSummaries()
{
    static constexpr const char* kRebuilt[] = {"task_stage_day"};
    return kRebuilt;
}

int CopyAll::schemaVersion(Database& db)
{
    return static_cast<int>(
        isPostgres(db) ? db.scalar("SELECT version FROM fd_meta WHERE application = 'FunnelDesk'")
                       : db.scalar("PRAGMA user_version"));
}

qint64 CopyAll::dataRows(Database& db)
{
    qint64 rows = 0;
    for (const Table& table : kTables) {
        if (!table.merge)
            rows += db.scalar(std::string("SELECT count(*) FROM ") + table.name);
    }
    return rows;
}

// One snapshot for every table: a writer elsewhere commits either wholly before the copy or
// wholly after it. A server's snapshot stays open while the target is written and checked, with
// no idle-in-transaction timeout (a team login has one: migrations/015_team_stall.sql).
CopyAll::Snapshot::Snapshot(Database& db) : m_db(db)
{
    fromSource([&] {
        db.execute(isPostgres(db) ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; "
                                    "SET LOCAL idle_in_transaction_session_timeout = 0"
                                  : "BEGIN");
    });
}

CopyAll::Snapshot::~Snapshot()
{
    end();
}

void CopyAll::Snapshot::end()
{
    if (!m_ended)
        m_db.executeQuietly("ROLLBACK");
    m_ended = true;
}

CopyAll::CopyAll(Database& source, Database& target)
    : m_source(source), m_target(target), m_snapshot(source), m_tempStore(target),
      m_transaction(std::make_unique<Transaction>(target))
{
    if (isPostgres(target)) {
        // The owner may (init made the tables in this role's name): the user triggers off,
        // the secondary indexes and foreign keys dropped and made again in finish(), as a
        // bulk load does, but the summaries kept as the rows bring them.
        m_session = std::make_unique<pg::BulkSession>(pg::connectionOf(target),
                                                      pg::BulkSession::Summaries::Copied);
        return;
    }
    // SQLite cannot switch a trigger off: drop it, and the secondary indexes (built once at
    // the end, as BulkLoad does), keeping their SQL to make them again.
    std::vector<std::string> drops;
    {
        auto q = target.query(
            "SELECT type, name, sql FROM sqlite_schema WHERE type IN ('index', 'trigger') "
            "AND sql IS NOT NULL ORDER BY type, name");
        while (q->step()) {
            drops.push_back("DROP " + std::string(q->utf8(0)) + " \"" + std::string(q->utf8(1)) +
                            "\"");
            m_recreate.push_back(q->text(2).toUtf8()); // indexes sort before triggers
        }
    }
    for (const std::string& drop : drops)
        target.execute(drop.c_str());
}

CopyAll::~CopyAll() =
    default; // the target's transaction rolls back unless committed, the session's changes with it

std::vector<CopyAll::Copied> CopyAll::copy(const Progress& progress,
                                           const std::atomic_bool* cancelled)
{
    qint64 total = 0;
    fromSource([&] {
        for (const Table& table : kTables)
            total += m_source.scalar(std::string("SELECT count(*) FROM ") + table.name);
    });
    std::vector<Copied> copied;
    qint64 done = 0;
    for (const Table& table : kTables) {
        const qint64 rows = copyTable(table, done, total, progress, cancelled);
        copied.push_back({table.name, rows});
        done += rows;
    }
    return copied;
}

qint64 CopyAll::copyTable(const Table& table, qint64 done, qint64 total, const Progress& progress,
                          const std::atomic_bool* cancelled)
{
    const std::string columns = columnList(table);
    const std::string head =
        std::string("INSERT INTO ") + table.name + " (" + columns + ") VALUES ";
    const std::string merge =
        std::string("INSERT INTO ") + table.name + " (" + columns +
        ") VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value";
    const int width = static_cast<int>(table.columns.size());
    Batch batch(table.columns.size());
    batch.setKinds(table.columns);
    std::vector<std::size_t> order(Batch::kRows);
    std::iota(order.begin(), order.end(), std::size_t{0});
    qint64 rows = 0;
    // On a server a table goes as few COPYs as can be, one a million rows, opened with the first
    // batch of kCopyFrom rows or more: a COPY a batch (4,096 rows) made the reader wait for the
    // server to store each batch before reading the next (data set L's rows step 21-24 s, now
    // 14-17 s; docs/PERFORMANCE.md, "Step 10: migrate streams each table"). A row the server
    // refuses is told when its COPY ends: within a million rows.
    constexpr qint64 kRowsPerCopy = 1'000'000;
    std::unique_ptr<RowSink> sink;
    qint64 sinkRows = 0;
    const auto write = [&] {
        if (cancelled != nullptr && cancelled->load(std::memory_order_relaxed))
            throw Cancelled{};
        const auto bind = [&batch](Statement& s, int first, std::size_t row) {
            batch.bind(s, first, row);
        };
        if (!sink && !table.merge && batch.rows() >= kCopyFrom)
            sink = RowSink::open(m_target, head, width);
        if (sink) {
            for (std::size_t r = 0; r < batch.rows(); ++r) {
                batch.bind(sink->row(), 1, r);
                sink->endRow();
            }
            sinkRows += static_cast<qint64>(batch.rows());
            if (sinkRows >= kRowsPerCopy) {
                sink->finish();
                sink.reset();
                sinkRows = 0;
            }
        } else if (table.merge) {
            auto q = m_target.query(merge);
            for (std::size_t r = 0; r < batch.rows(); ++r) {
                batch.bind(*q, 1, r);
                q->exec();
            }
        } else {
            insertRows(m_target, head, width,
                       std::span<const std::size_t>(order.data(), batch.rows()), bind);
        }
        rows += static_cast<qint64>(batch.rows());
        batch.clear();
        if (progress)
            progress(done + rows, total);
    };
    auto read = fromSource([&] {
        return m_source.query("SELECT " + columns + " FROM " + table.name + " ORDER BY " +
                              table.order);
    });
    while (fromSource([&] { return read->step(); })) {
        batch.read(*read);
        if (batch.full())
            write();
    }
    if (batch.rows() > 0)
        write();
    if (sink)
        sink->finish();
    return rows;
}

void CopyAll::finish()
{
    if (m_session) {
        // ticket.search where the rows came without it, the indexes, the keys (each row's
        // checked once), the triggers back on, each identity sequence after max(id), ANALYZE.
        m_session->finish();
        return;
    }
    // Indexes first, then the search index from the tickets and the open tasks of each stage by
    // due day from the tasks (schema v17), then the triggers, so that nothing fires on the
    // rebuilds.
    const auto rebuild = [this] {
        sqlite::rebuildSearchIndex(m_target);
        m_target.execute("DELETE FROM task_stage_day");
        m_target.execute(TaskRepository::kStageDaysFromTasks);
    };
    const auto isTrigger = [](const QByteArray& sql) {
        return sql.trimmed().startsWith("CREATE TRIGGER");
    };
    {
        sqlite::SortsInRuns runs(m_target); // the indexes sort on two threads
        for (const QByteArray& sql : m_recreate)
            if (!isTrigger(sql))
                m_target.execute(sql.constData());
    }
    rebuild();
    for (const QByteArray& sql : m_recreate)
        if (isTrigger(sql))
            m_target.execute(sql.constData());
    m_recreate.clear();
}

void CopyAll::commit()
{
    m_transaction->commit();
    // The source's snapshot first: one on the same server would keep the rows just loaded from
    // counting as visible to all, and the VACUUM could mark no page.
    m_snapshot.end();
    if (m_session)
        m_session->vacuumAfterCommit();
}

} // namespace fd
