// CSV in and out (RFC 4180). The writer quotes only where needed, ends rows with CRLF,
// and neutralises cells a spreadsheet would run as a formula (OWASP CSV injection).
#pragma once

#include <QStringList>

#include <string>
#include <string_view>

class QIODevice;

namespace fd {

class CsvWriter {
public:
    explicit CsvWriter(QIODevice& device) : m_device(device) {}

    void writeBom(); // UTF-8 byte order mark, for Excel
    void writeRow(const QStringList& cells);
    bool ok() const { return m_ok; }

    // The cell as written: neutralised (a leading = + - @ tab or CR gets a ') and quoted
    // when it holds a comma, quote, CR or LF.
    static QByteArray encode(const QString& cell);
    // The same for UTF-8 bytes, appended to `line` (the exporter's path: no QString).
    static void appendCell(std::string& line, std::string_view utf8);
    // Writes lines the caller built with appendCell (each ending in CRLF).
    void writeLines(std::string_view lines);

private:
    QIODevice& m_device;
    QByteArray m_line;
    bool m_ok = true;
};

} // namespace fd
