#include "csv/CsvWriter.h"

#include <QIODevice>

namespace fd {

QByteArray CsvWriter::encode(const QString& cell)
{
    QByteArray bytes = cell.toUtf8();
    if (!bytes.isEmpty()) {
        const char first = bytes.front();
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' ||
            first == '\r')
            bytes.prepend('\'');
    }
    bool quote = false;
    for (const char c : bytes) {
        if (c == ',' || c == '"' || c == '\r' || c == '\n') {
            quote = true;
            break;
        }
    }
    if (!quote)
        return bytes;
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}

void CsvWriter::writeBom()
{
    m_ok = m_ok && m_device.write("\xEF\xBB\xBF", 3) == 3;
}

void CsvWriter::writeRow(const QStringList& cells)
{
    m_line.clear();
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_line += ',';
        m_line += encode(cells.at(i));
    }
    m_line += "\r\n";
    m_ok = m_ok && m_device.write(m_line) == m_line.size();
}

} // namespace fd
