// RowSink (storage/RowSink.h) on PostgreSQL: the rows insertRows binds, sent through pg::Copy.
#include "storage/RowSink.h"

#include "storage/Database.h"
#include "storage/postgres/PgBulkLoad.h"
#include "storage/postgres/PgCopy.h"
#include "storage/postgres/PgSearchWords.h"
#include "storage/SqlError.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QList>

#include <algorithm>
#include <charconv>
#include <optional>
#include <string>
#include <vector>

namespace fd {

namespace {

// One row's values as COPY's fields, bound as a statement's parameters: a Statement that only
// binds. Reading or stepping it is a mistake in the caller and throws.
class CopyRow final : public StatementImpl {
public:
    explicit CopyRow(int columns)
        : m_values(std::size_t(columns)), m_numbers(std::size_t(columns)),
          m_state(std::size_t(columns), State::Unset)
    {
    }

    // The row's last COPY field is ticket.search, computed from the 0-based columns `subject`
    // and `description` (pg::asciiSearchWords), or NULL for the bulk load to fill.
    void addSearch(std::size_t subject, std::size_t description)
    {
        m_search = {subject, description};
    }

    // Writes the row to `copy` and clears it for the next one.
    void writeTo(pg::Copy& copy, const QByteArray& table)
    {
        std::optional<std::string> words;
        if (m_search && m_state[m_search->first] == State::Value &&
            (m_state[m_search->second] == State::Value ||
             m_state[m_search->second] == State::Null)) {
            const std::string& description = m_values[m_search->second];
            words = pg::asciiSearchWords(m_values[m_search->first],
                                         m_state[m_search->second] == State::Null
                                             ? std::nullopt
                                             : std::optional<std::string_view>(description));
        }
        for (std::size_t i = 0; i < m_values.size(); ++i) {
            if (m_state[i] == State::Unset)
                throw SqlError(0,
                               QCoreApplication::translate(
                                   "fd::RowSink", "Column %1 of a row for “%2” was given no value.")
                                   .arg(i + 1)
                                   .arg(QString::fromUtf8(table)));
            if (m_state[i] == State::Null)
                copy.null();
            else if (m_state[i] == State::Number)
                copy.number(m_numbers[i]);
            else
                copy.text(m_values[i]);
            m_state[i] = State::Unset;
        }
        if (m_search) {
            if (words)
                copy.text(*words);
            else
                copy.null();
        }
    }

    void bindNull(int index) override { slot(index, State::Null); }
    void bind(int index, qint64 value) override
    {
        slot(index, State::Number);
        m_numbers[std::size_t(index - 1)] = value;
    }
    void bind(int index, double value) override
    {
        std::string& text = slot(index, State::Value);
        char digits[32];
        const auto written = std::to_chars(digits, digits + sizeof digits, value);
        text.assign(digits, written.ptr);
    }
    void bind(int index, QByteArray utf8) override
    {
        slot(index, State::Value).assign(utf8.constData(), std::size_t(utf8.size()));
    }
    void bind(int index, std::string_view utf8) override { slot(index, State::Value).assign(utf8); }
    void bindStatic(int index, std::string_view utf8) override
    {
        slot(index, State::Value).assign(utf8);
    }
    bool step() override { misuse(); }
    void reset() override { std::fill(m_state.begin(), m_state.end(), State::Unset); }
    bool isNull(int) const override { misuse(); }
    qint64 int64(int) const override { misuse(); }
    double real(int) const override { misuse(); }
    QString text(int) const override { misuse(); }
    std::string_view utf8(int) const override { misuse(); }
    int columnCount() const override { return 0; }

private:
    enum class State : char { Unset, Null, Value, Number };

    std::string& slot(int index, State state)
    {
        if (index < 1 || std::size_t(index) > m_values.size())
            throw SqlError(
                0, QCoreApplication::translate("fd::RowSink", "A row for COPY has no column %1.")
                       .arg(index));
        m_state[std::size_t(index - 1)] = state;
        return m_values[std::size_t(index - 1)];
    }
    [[noreturn]] static void misuse()
    {
        throw SqlError(0, QCoreApplication::translate("fd::RowSink",
                                                      "Rows for COPY are only bound, never read."));
    }

    std::vector<std::string> m_values; // keep their capacity from row to row
    std::vector<qint64> m_numbers;     // State::Number: sent as numbers, not as their text
    std::vector<State> m_state;
    std::optional<std::pair<std::size_t, std::size_t>> m_search; // subject, description
};

class PgRowSink final : public RowSink {
public:
    PgRowSink(pg::Copy copy, QByteArray table, std::unique_ptr<CopyRow> row)
        : m_copy(std::move(copy)), m_table(std::move(table)), m_row(std::move(row))
    {
    }

    Statement& row() override { return m_row; }
    void endRow() override
    {
        static_cast<CopyRow&>(m_row.impl()).writeTo(m_copy, m_table);
        m_copy.endRow();
        if (m_copy.failed()) // said now, not after the caller's other rows
            finish();
    }
    void finish() override
    {
        const pg::Outcome<qint64> done = m_copy.finish();
        if (!done)
            throw SqlError(0, done.error().sentence, "COPY " + m_table, done.error().sqlState);
    }

private:
    pg::Copy m_copy;
    QByteArray m_table;
    Statement m_row;
};

// One table's share of an upsert sink's rows: the two statements of the fast way and the one of
// the sure way (RowSink::openUpsert).
struct UpsertInto {
    QByteArray known; // the rows believed there: INSERT … SELECT … WHERE flag ON CONFLICT …
    QByteArray fresh; // the others: INSERT … SELECT … WHERE NOT flag
    QByteArray all;   // every row: INSERT … SELECT … ON CONFLICT …
};

// Rows COPYed into a temporary table (`staging`), then written to each table at finish(), which
// drops the staging table again.
class PgUpsertSink final : public RowSink {
public:
    PgUpsertSink(pg::Connection& conn, pg::Copy copy, QByteArray staging, QList<UpsertInto> into,
                 std::unique_ptr<CopyRow> row)
        : m_conn(conn), m_copy(std::move(copy)), m_staging(std::move(staging)),
          m_into(std::move(into)), m_row(std::move(row))
    {
    }

    Statement& row() override { return m_row; }
    void endRow() override
    {
        static_cast<CopyRow&>(m_row.impl()).writeTo(m_copy, m_staging);
        m_copy.endRow();
        if (m_copy.failed()) // said now, not after the caller's other rows
            finish();
    }
    void finish() override
    {
        const pg::Outcome<qint64> done = m_copy.finish();
        if (!done)
            throw SqlError(0, done.error().sentence, "COPY " + m_staging, done.error().sqlState);
        for (const UpsertInto& into : m_into) {
            pg::run(m_conn, "SAVEPOINT fd_upsert");
            try {
                pg::run(m_conn, into.known);
                pg::run(m_conn, into.fresh);
                pg::run(m_conn, "RELEASE SAVEPOINT fd_upsert");
            } catch (const SqlError& error) {
                if (error.sqlState() != "23505") // a key added meanwhile by another transaction
                    throw;
                pg::run(m_conn, "ROLLBACK TO SAVEPOINT fd_upsert");
                pg::run(m_conn, "RELEASE SAVEPOINT fd_upsert");
                pg::run(m_conn, into.all);
            }
        }
        pg::run(m_conn, "DROP TABLE " + m_staging);
    }

private:
    pg::Connection& m_conn;
    pg::Copy m_copy;
    QByteArray m_staging;
    QList<UpsertInto> m_into;
    Statement m_row;
};

// "INSERT INTO table (a, b, …) VALUES " → the table and its columns; nullopt when it is not
// that shape (insertRows' heads are written in code).
std::optional<std::pair<std::string_view, std::vector<std::string_view>>>
parseHead(std::string_view head)
{
    constexpr std::string_view kInsertInto = "INSERT INTO ";
    if (head.substr(0, kInsertInto.size()) != kInsertInto)
        return std::nullopt;
    head.remove_prefix(kInsertInto.size());
    const auto open = head.find('(');
    const auto close = head.find(')');
    if (open == std::string_view::npos || close == std::string_view::npos || close < open)
        return std::nullopt;
    const auto trim = [](std::string_view s) {
        while (!s.empty() && s.front() == ' ')
            s.remove_prefix(1);
        while (!s.empty() && s.back() == ' ')
            s.remove_suffix(1);
        return s;
    };
    std::vector<std::string_view> columns;
    std::string_view list = head.substr(open + 1, close - open - 1);
    for (;;) {
        const auto comma = list.find(',');
        columns.push_back(trim(list.substr(0, comma)));
        if (comma == std::string_view::npos)
            break;
        list.remove_prefix(comma + 1);
    }
    return std::make_pair(trim(head.substr(0, open)), std::move(columns));
}

std::optional<std::size_t> indexOf(const std::vector<std::string_view>& columns,
                                   std::string_view name)
{
    const auto found = std::find(columns.begin(), columns.end(), name);
    if (found == columns.end())
        return std::nullopt;
    return std::size_t(found - columns.begin());
}

} // namespace

std::unique_ptr<RowSink> RowSink::open(Database& db, std::string_view head, int columns)
{
    if (db.backend() != Database::Backend::Postgres)
        return nullptr;
    const auto parsed = parseHead(head);
    if (!parsed || int(parsed->second.size()) != columns)
        throw SqlError(0,
                       QCoreApplication::translate(
                           "fd::RowSink", "“%1” is not an INSERT of %2 columns that COPY can take.")
                           .arg(QString::fromUtf8(head.data(), qsizetype(head.size())))
                           .arg(columns));
    auto row = std::make_unique<CopyRow>(columns);
    std::vector<std::string_view> copied = parsed->second;
    // ticket.search is filled by a trigger (001_initial.sql), which a bulk load turns off: the
    // rows bring it along, computed here where the rule allows (pg::asciiSearchWords), and
    // pg::BulkSession::finish() computes the rest on the server. With the trigger on, the
    // trigger's value wins.
    if (parsed->first == "ticket" && !indexOf(copied, "search")) {
        const auto subject = indexOf(copied, "subject");
        const auto description = indexOf(copied, "description");
        if (subject && description) {
            row->addSearch(*subject, *description);
            copied.emplace_back("search");
        }
    }
    pg::Outcome<pg::Copy> copy = pg::Copy::start(pg::connectionOf(db), parsed->first, copied);
    if (!copy)
        throw SqlError(0, copy.error().sentence, QByteArray(head.data(), qsizetype(head.size())),
                       copy.error().sqlState);
    return std::make_unique<PgRowSink>(
        std::move(*copy), QByteArray(parsed->first.data(), qsizetype(parsed->first.size())),
        std::move(row));
}

std::unique_ptr<RowSink> RowSink::openUpsert(Database& db, std::span<const Upsert> into,
                                             int columns)
{
    if (db.backend() != Database::Backend::Postgres || into.empty())
        return nullptr;
    const auto refused = [columns](std::string_view head) {
        return SqlError(
            0, QCoreApplication::translate(
                   "fd::RowSink", "“%1” is not an INSERT of %2 columns that COPY can take.")
                   .arg(QString::fromUtf8(head.data(), qsizetype(head.size())))
                   .arg(columns));
    };
    const auto utf8 = [](std::string_view text) {
        return QByteArray(text.data(), qsizetype(text.size()));
    };
    const auto first = parseHead(into.front().head);
    if (!first || int(first->second.size()) != columns)
        throw refused(into.front().head);
    QByteArray list;
    for (std::string_view column : first->second) {
        if (!list.isEmpty())
            list += ", ";
        list += utf8(column);
    }
    QList<QByteArray> tables;
    for (const Upsert& target : into) {
        const auto parsed = parseHead(target.head);
        if (!parsed || parsed->second != first->second) // the rows are staged once, by name
            throw refused(target.head);
        tables << utf8(parsed->first);
    }
    // Named after the first table; its columns with their types (and collations), none of its
    // constraints: each INSERT checks the rows.
    const QByteArray bare = "fd_upsert_" + tables.front().mid(tables.front().lastIndexOf('.') + 1);
    const QByteArray staging = "pg_temp." + bare;
    // Whether a row is believed to be in table t already: its column fd_there_t. A flag, not a
    // join with the table: the server plans such a join on the table's statistics, which say
    // "empty" before a first write, and then scans the table it is filling once for every row
    // (a first health recompute of data set L: 83-99 s instead of 2).
    std::vector<QByteArray> flags;
    for (qsizetype t = 0; t < tables.size(); ++t)
        flags.push_back("fd_there_" + QByteArray::number(t));
    QList<UpsertInto> statements;
    QByteArray flagColumns;
    for (qsizetype t = 0; t < tables.size(); ++t) {
        const Upsert& target = into[std::size_t(t)];
        const QByteArray& flag = flags[std::size_t(t)];
        flagColumns += ", false AS " + flag;
        const QByteArray insert =
            "INSERT INTO " + tables[t] + " (" + list + ") SELECT " + list + " FROM " + staging;
        const QByteArray upsert =
            " ON CONFLICT (" + utf8(target.key) + ") DO UPDATE SET " + utf8(target.update);
        statements << UpsertInto{insert + " WHERE " + flag + upsert, insert + " WHERE NOT " + flag,
                                 insert + upsert};
    }
    pg::Connection& conn = pg::connectionOf(db);
    pg::run(conn, "CREATE TEMPORARY TABLE " + bare + " ON COMMIT DROP AS SELECT " + list +
                      flagColumns + " FROM " + tables.front() + " WITH NO DATA");
    std::vector<std::string_view> copied = first->second;
    for (const QByteArray& flag : flags)
        copied.emplace_back(flag.constData(), std::size_t(flag.size()));
    pg::Outcome<pg::Copy> copy = pg::Copy::start(conn, staging.constData(), copied);
    if (!copy)
        throw SqlError(0, copy.error().sentence, "COPY " + staging, copy.error().sqlState);
    return std::make_unique<PgUpsertSink>(conn, std::move(*copy), staging, std::move(statements),
                                          std::make_unique<CopyRow>(columns + int(tables.size())));
}

} // namespace fd
