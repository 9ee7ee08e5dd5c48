#pragma once

#include <QByteArray>
#include <QString>

#include <exception>

namespace fd {

// Thrown inside the storage layer only; Database::describe() turns it into the one
// sentence that crosses core's boundary in a Result.
class SqlError : public std::exception {
public:
    SqlError(int code, QString message, QByteArray sql = {})
        : m_code(code), m_message(std::move(message)), m_sql(std::move(sql)), m_what(m_message.toUtf8())
    {}

    int code() const { return m_code; }            // extended result code
    int primaryCode() const { return m_code & 0xff; }
    const QString& message() const { return m_message; } // SQLite's own text
    const QByteArray& sql() const { return m_sql; }
    const char* what() const noexcept override { return m_what.constData(); }

private:
    int m_code;
    QString m_message;
    QByteArray m_sql;
    QByteArray m_what;
};

} // namespace fd
