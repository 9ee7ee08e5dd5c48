#pragma once

#include <QByteArray>
#include <QString>

#include <exception>

namespace fd {

// A failed statement or connection of any backend. Thrown inside the storage layer only;
// Database::describe() turns it into the one sentence that crosses core's boundary in a Result.
// What the code means is the backend's: only that backend's describe() reads nativeCode() and
// sqlState().
class SqlError : public std::exception {
public:
    // `nativeCode`: SQLite's extended result code (https://www.sqlite.org/rescode.html), 0
    // where the backend has none. `sqlState`: PostgreSQL's five-character SQLSTATE, empty for
    // SQLite. `sql`: the statement that failed, when there was one.
    SqlError(int nativeCode, QString message, QByteArray sql = {}, QByteArray sqlState = {})
        : m_code(nativeCode), m_message(std::move(message)), m_sql(std::move(sql)),
          m_sqlState(std::move(sqlState)), m_what(m_message.toUtf8())
    {
    }

    // A statement FunnelDesk itself refuses before the backend sees it, already worded for the
    // user: every backend's describe() gives `sentence` as it is.
    static SqlError refusal(QString sentence)
    {
        SqlError error(0, std::move(sentence));
        error.m_refusal = true;
        return error;
    }
    bool isRefusal() const { return m_refusal; }

    int nativeCode() const { return m_code; }
    const QByteArray& sqlState() const { return m_sqlState; }
    const QString& message() const { return m_message; } // the backend's own text
    const QByteArray& sql() const { return m_sql; }
    const char* what() const noexcept override { return m_what.constData(); }

private:
    int m_code;
    QString m_message;
    QByteArray m_sql;
    QByteArray m_sqlState;
    QByteArray m_what;
    bool m_refusal = false;
};

} // namespace fd
