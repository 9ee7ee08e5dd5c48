#pragma once

#include "storage/Statement.h"

#include <QByteArray>

#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace fd {

// A prepared SQLite statement (RAII over sqlite3_stmt): the SQLite backend of Statement.
// Binding indexes start at 1, column indexes at 0, as in SQLite. Errors throw SqlError with
// SQLite's extended result code as its native code.
class SqliteStatement final : public StatementImpl {
public:
    SqliteStatement(sqlite3* db, std::string_view sql);
    ~SqliteStatement() override;
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    void bindNull(int index) override;
    void bind(int index, qint64 value) override;
    void bind(int index, double value) override;
    void bind(int index, QByteArray utf8) override;
    void bind(int index, std::string_view utf8) override;
    void bindStatic(int index, std::string_view utf8) override;
    bool step() override;
    void reset() override;
    bool isNull(int column) const override;
    qint64 int64(int column) const override;
    double real(int column) const override;
    QString text(int column) const override;
    std::string_view utf8(int column) const override;
    int columnCount() const override;

    sqlite3_stmt* handle() const { return m_stmt; }

private:
    [[noreturn]] void fail(int rc) const;

    sqlite3_stmt* m_stmt = nullptr;
    // UTF-8 copies of bound QStrings, alive until reset(): SQLite reads them in place
    // instead of converting and copying UTF-16 itself.
    std::vector<QByteArray> m_texts;
};

} // namespace fd
