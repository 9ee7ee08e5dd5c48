#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace fd {

// A prepared statement (RAII over sqlite3_stmt). Binding indexes start at 1, column
// indexes at 0, as in SQLite. Errors throw SqlError.
class Statement {
public:
    Statement(sqlite3* db, std::string_view sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    void bindNull(int index);
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, static_cast<qint64>(value)); }
    void bind(int index, bool value) { bind(index, static_cast<qint64>(value ? 1 : 0)); }
    void bind(int index, double value);
    void bind(int index, const QString& value); // a null QString binds NULL; kept until reset
    void bind(int index, std::string_view utf8); // copied by SQLite
    void bindStatic(int index, std::string_view utf8); // caller keeps the bytes alive until reset
    void bind(int index, const QDate& date);        // YYYY-MM-DD; invalid binds NULL
    void bind(int index, const QDateTime& utc);     // unix seconds; invalid binds NULL
    template <typename T>
    void bind(int index, const std::optional<T>& value)
    {
        if (value)
            bind(index, *value);
        else
            bindNull(index);
    }

    // Advances to the next row: true if a row is available, false when done.
    bool step();
    // Runs a statement that returns no rows (or ignores them) and resets it.
    void exec();
    // Ready for reuse: resets and clears bindings.
    void reset();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    int int32(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const;
    QString text(int column) const;
    std::string_view utf8(int column) const; // valid until the next step or reset
    QDate date(int column) const;
    QDateTime dateTime(int column) const; // from unix seconds, as UTC
    std::optional<qint64> optionalInt64(int column) const;
    int columnCount() const;

    sqlite3_stmt* handle() const { return m_stmt; }

private:
    [[noreturn]] void fail(int rc) const;

    sqlite3_stmt* m_stmt = nullptr;
    // UTF-8 copies of bound QStrings, alive until reset(): SQLite reads them in place
    // instead of converting and copying UTF-16 itself.
    std::vector<QByteArray> m_texts;
};

// Binds an entity's id for an INSERT: a positive id is kept, anything else lets SQLite
// choose the next rowid.
inline void bindId(Statement& statement, int index, qint64 id)
{
    if (id > 0)
        statement.bind(index, id);
    else
        statement.bindNull(index);
}

} // namespace fd
