#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <algorithm>
#include <cstring>
#include <memory>
#include <optional>
#include <string_view>
#include <utility>

namespace fd {

// What a storage backend implements for one prepared statement (plan step10 §3b): SQLite's in
// storage/sqlite/SqliteStatement, PostgreSQL's in storage/postgres. Only Statement calls it.
// Binding indexes start at 1, column indexes at 0; `?` and `?N` parameters as in SQLite (a
// backend with another style rewrites them when it prepares). Errors throw SqlError.
class StatementImpl {
public:
    virtual ~StatementImpl() = default;

    virtual void bindNull(int index) = 0;
    virtual void bind(int index, qint64 value) = 0;
    virtual void bind(int index, double value) = 0;
    virtual void bind(int index, QByteArray utf8) = 0;             // a text's UTF-8, no NUL in it
    virtual void bind(int index, std::string_view utf8) = 0;       // copied
    virtual void bindStatic(int index, std::string_view utf8) = 0; // alive until reset
    virtual bool step() = 0;
    virtual void reset() = 0;
    virtual bool isNull(int column) const = 0;
    virtual qint64 int64(int column) const = 0;
    virtual double real(int column) const = 0;
    virtual QString text(int column) const = 0;          // a null QString for NULL
    virtual std::string_view utf8(int column) const = 0; // empty for NULL
    virtual int columnCount() const = 0;

protected:
    StatementImpl() = default;
    StatementImpl(const StatementImpl&) = default;
    StatementImpl& operator=(const StatementImpl&) = default;
};

// A prepared statement of any backend: a movable value that owns its StatementImpl. Binding
// indexes start at 1, column indexes at 0. Errors throw SqlError. Each call is one virtual call
// into the backend (SQLite's is a `final` class, see plan R5).
class Statement {
public:
    explicit Statement(std::unique_ptr<StatementImpl> impl) : m_impl(std::move(impl)) {}
    Statement(Statement&& other) noexcept = default;
    Statement& operator=(Statement&& other) noexcept = default;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement() = default;

    void bindNull(int index) { m_impl->bindNull(index); }
    void bind(int index, qint64 value) { m_impl->bind(index, value); }
    void bind(int index, int value) { bind(index, static_cast<qint64>(value)); }
    void bind(int index, bool value) { bind(index, static_cast<qint64>(value ? 1 : 0)); }
    void bind(int index, double value) { m_impl->bind(index, value); }
    // Text is never stored with a NUL character (U+0000) in it, on either backend (issue 16:
    // PostgreSQL's text cannot hold one and libpq would cut the value at it silently): binding
    // such a text throws SqlError::refusal(nulSentence()), which guard() gives as it is.
    void bind(int index, const QString& value) // a null QString binds NULL; kept until reset
    {
        if (value.isNull()) {
            m_impl->bindNull(index);
            return;
        }
        // Checked in the UTF-8 every backend binds (U+0000 is the byte 0 there), by memchr: on an
        // import of data set L the QString search was 1.7 % of the writing thread's time.
        QByteArray utf8 = value.toUtf8();
        if (std::memchr(utf8.constData(), 0, static_cast<std::size_t>(utf8.size())) != nullptr)
            refuseNul();
        m_impl->bind(index, std::move(utf8));
    }
    void bind(int index, std::string_view utf8) // copied
    {
        if (utf8.find('\0') != std::string_view::npos)
            refuseNul();
        m_impl->bind(index, utf8);
    }
    // The caller keeps the bytes alive until reset.
    void bindStatic(int index, std::string_view utf8)
    {
        if (utf8.find('\0') != std::string_view::npos)
            refuseNul();
        m_impl->bindStatic(index, utf8);
    }
    // "A text to be saved contains a NUL character (U+0000), which FunnelDesk does not store;
    // nothing was saved. Remove it and try again."
    static QString nulSentence();
    void bind(int index, const QDate& date);    // YYYY-MM-DD; invalid binds NULL
    void bind(int index, const QDateTime& utc); // unix seconds; invalid binds NULL
    template <typename T> void bind(int index, const std::optional<T>& value)
    {
        if (value)
            bind(index, *value);
        else
            bindNull(index);
    }

    // Advances to the next row: true if a row is available, false when done.
    bool step() { return m_impl->step(); }
    // Runs a statement that returns no rows (or ignores them) and resets it.
    void exec()
    {
        while (step()) {
        }
        reset();
    }
    // Ready for reuse: resets and clears bindings.
    void reset() { m_impl->reset(); }

    bool isNull(int column) const { return m_impl->isNull(column); }
    qint64 int64(int column) const { return m_impl->int64(column); }
    int int32(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const { return m_impl->real(column); }
    QString text(int column) const { return m_impl->text(column); }
    // Valid until the next step or reset.
    std::string_view utf8(int column) const { return m_impl->utf8(column); }
    QDate date(int column) const;
    // The times FunnelDesk keeps, in UTC seconds: the years 1 to 9999 (0001-01-01T00:00:00Z to
    // 9999-12-31T23:59:59Z). A server refuses others (migrations/017_kept.sql); a file written by
    // another program may hold any number, and `check` names such rows (IntegrityCheck.cpp).
    static constexpr qint64 kEarliestUtcSecs = -62135596800;
    static constexpr qint64 kLatestUtcSecs = 253402300799;
    // A time column in UTC seconds, clamped to [kEarliestUtcSecs, kLatestUtcSecs], so that no
    // date arithmetic of the client's overflows on a number outside them; 0 for NULL.
    qint64 utcSecs(int column) const
    {
        return std::clamp(int64(column), kEarliestUtcSecs, kLatestUtcSecs);
    }
    QDateTime dateTime(int column) const; // utcSecs() as UTC; invalid for NULL
    std::optional<qint64> optionalInt64(int column) const
    {
        if (isNull(column))
            return std::nullopt;
        return int64(column);
    }
    int columnCount() const { return m_impl->columnCount(); }

    // The backend's own statement, for that backend's code only (e.g. SqliteStatement).
    StatementImpl& impl() const { return *m_impl; }

private:
    [[noreturn]] static void refuseNul();

    std::unique_ptr<StatementImpl> m_impl;
};

// Binds an entity's id for an INSERT: a positive id is kept, anything else lets the database
// choose the next id (SQLite: the next rowid).
inline void bindId(Statement& statement, int index, qint64 id)
{
    if (id > 0)
        statement.bind(index, id);
    else
        statement.bindNull(index);
}

} // namespace fd
