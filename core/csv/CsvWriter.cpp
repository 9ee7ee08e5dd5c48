#include "csv/CsvWriter.h"

#include <QIODevice>

namespace fd {

void CsvWriter::appendCell(std::string& line, std::string_view utf8)
{
    if (utf8.empty())
        return;
    const char first = utf8.front();
    const bool neutralise = first == '=' || first == '+' || first == '-' || first == '@' ||
                            first == '\t' || first == '\r';
    bool quote = false;
    for (const char c : utf8) {
        // One comparison for most bytes: every special one is at most ','.
        if (static_cast<unsigned char>(c) <= ',' &&
            (c == ',' || c == '"' || c == '\r' || c == '\n')) {
            quote = true;
            break;
        }
    }
    if (quote)
        line += '"';
    if (neutralise)
        line += '\'';
    if (!quote) {
        line.append(utf8);
        return;
    }
    for (const char c : utf8) {
        if (c == '"')
            line += '"';
        line += c;
    }
    line += '"';
}

QByteArray CsvWriter::encode(const QString& cell)
{
    const QByteArray bytes = cell.toUtf8();
    std::string out;
    appendCell(out, std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    return QByteArray(out.data(), static_cast<qsizetype>(out.size()));
}

void CsvWriter::writeLines(std::string_view lines)
{
    const auto size = static_cast<qint64>(lines.size());
    m_ok = m_ok && m_device.write(lines.data(), size) == size;
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
