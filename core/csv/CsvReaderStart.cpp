// How a CsvReader starts on a file (see CsvReader.h), before its first record: the encoding
// (a BOM, UTF-16 given away by its NULs, a binary file named as such), Excel's sep= line, and
// the delimiter (given, from that line, or detected from the first records); and
// parseDelimiter(), the check of a delimiter a person gives.
#include "csv/CsvReader.h"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <string_view>

namespace fd {

namespace {

// What the reader looks at before the first record: at least the first kilobyte of bytes
// to tell the encoding, then the first records, decoded, to tell the delimiter.
constexpr qsizetype kSniffBytes = 1024;
constexpr std::size_t kSampleRecords = 20;
constexpr qsizetype kSampleBytes = qsizetype(64) * 1024;
constexpr std::array<char, 4> kDetectedDelimiters = {',', ';', '\t', '|'};

// ASCII punctuation or a tab: not a letter or digit, which fields are made of, and not a
// quote, a line end or a space, which have their own meaning in RFC 4180.
bool usableDelimiter(char c)
{
    return c == '\t' || (c > ' ' && c < 0x7F && c != '"' && !(c >= '0' && c <= '9') &&
                         !(c >= 'A' && c <= 'Z') && !(c >= 'a' && c <= 'z'));
}

// UTF-16 without a BOM gives itself away by its NULs: text such as a CSV header is mostly
// ASCII, so most code units have a zero byte, after the character in little-endian and
// before it in big-endian (Excel's "Unicode text" saved without its BOM, as in the fixture
// c07c). Binary files hold NULs too, but read as UTF-16 they also give U+0000 or control
// characters, and no code unit that separates fields or lines. A cut last unit is ignored.
std::optional<CsvReader::Encoding> utf16WithoutBom(const QByteArray& head)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(head.constData());
    const qsizetype units = head.size() / 2;
    for (const bool bigEndian : {false, true}) {
        qsizetype ascii = 0;
        bool separates = false;
        bool text = true;
        for (qsizetype i = 0; i < units && text; ++i) {
            const unsigned first = bytes[2 * i];
            const unsigned second = bytes[2 * i + 1];
            const char16_t unit =
                static_cast<char16_t>(bigEndian ? first << 8 | second : second << 8 | first);
            if (unit >= 0x80) {
                text = unit >= 0xA0; // C1 controls are not text either
                continue;
            }
            const bool lineOrTab = unit == u'\n' || unit == u'\r' || unit == u'\t';
            text = (unit >= 0x20 || lineOrTab) && unit != 0x7F;
            separates = separates || lineOrTab || unit == u',' || unit == u';' || unit == u'|';
            ++ascii;
        }
        if (units > 0 && text && separates && ascii * 2 >= units)
            return bigEndian ? CsvReader::Encoding::Utf16BE : CsvReader::Encoding::Utf16LE;
    }
    return std::nullopt;
}

// Excel's first line `sep=X` (also quoted, "sep=X", and padded with more X as a
// spreadsheet saves it again): its length with its line end, and X; or 0.
qsizetype sepLine(std::string_view text, char& delimiter)
{
    std::size_t i = 0;
    const bool quoted = !text.empty() && text[0] == '"';
    if (quoted)
        ++i;
    if (text.size() < i + 5 || (text.substr(i, 4) != "sep=" && text.substr(i, 4) != "SEP="))
        return 0;
    i += 4;
    const char c = text[i++];
    if (!usableDelimiter(c))
        return 0;
    if (quoted) {
        if (i == text.size() || text[i] != '"')
            return 0;
        ++i;
    }
    while (i < text.size() && text[i] == c)
        ++i;
    if (i < text.size()) { // CRLF, LF or CR, or else the end of the file
        if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
            i += 2;
        else if (text[i] == '\r' || text[i] == '\n')
            ++i;
        else
            return 0;
    }
    delimiter = c;
    return static_cast<qsizetype>(i);
}

// Fields per record in the first records of text, splitting at delimiter, quotes respected
// as RFC 4180 has them (a quote opens a field only at its start). A last record cut off by
// the sample's end is left out, unless it is the only one.
std::vector<std::size_t> fieldCounts(std::string_view text, char delimiter, bool whole)
{
    std::vector<std::size_t> counts;
    std::size_t fields = 1;
    bool quoted = false;
    bool fieldStart = true;
    bool emptyLine = true;
    for (std::size_t i = 0; i < text.size() && counts.size() < kSampleRecords; ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"')
                    ++i;
                else
                    quoted = false;
            }
            continue;
        }
        if (c == '\r' || c == '\n') {
            if (!emptyLine)
                counts.push_back(fields);
            fields = 1;
            fieldStart = true;
            emptyLine = true;
            continue;
        }
        emptyLine = false;
        quoted = c == '"' && fieldStart;
        fieldStart = c == delimiter;
        if (fieldStart)
            ++fields;
    }
    if (!emptyLine && counts.size() < kSampleRecords && (whole || counts.empty()))
        counts.push_back(fields);
    return counts;
}

char detectDelimiter(std::string_view text, bool whole)
{
    char best = ',';
    std::size_t bestRecords = 0;
    std::size_t bestFields = 0;
    for (const char delimiter : kDetectedDelimiters) {
        std::map<std::size_t, std::size_t> recordsWith; // field count -> records
        for (const std::size_t fields : fieldCounts(text, delimiter, whole)) {
            if (fields > 1)
                ++recordsWith[fields];
        }
        for (const auto& [fields, records] : recordsWith) {
            if (records > bestRecords || (records == bestRecords && fields > bestFields)) {
                best = delimiter;
                bestRecords = records;
                bestFields = fields;
            }
        }
    }
    return best;
}

} // namespace

Result<char> CsvReader::parseDelimiter(QStringView text)
{
    if (text.compare(u"tab", Qt::CaseInsensitive) == 0 || text == u"\\t" || text == u"\t")
        return '\t';
    if (text.size() == 1 && text.front().unicode() < 0x80 &&
        usableDelimiter(static_cast<char>(text.front().unicode())))
        return static_cast<char>(text.front().unicode());
    return failure(tr("“%1” cannot be a delimiter: give one punctuation character such as , ; "
                      "or |, or the word tab.")
                       .arg(text));
}
// Looks at the first kilobyte before reading records: the encoding comes from a BOM, or
// from the NULs of UTF-16, and a binary file (any other NUL) is named as such before a
// stray byte in its first record could be reported as broken UTF-8. Then startText().
bool CsvReader::startInput()
{
    QByteArray head;
    while (head.size() < kSniffBytes && readChunk())
        head.append(m_pos, m_end - m_pos);
    if (!m_error.isEmpty())
        return false;
    m_chunk = head;
    m_pos = m_chunk.constData();
    m_end = m_pos + m_chunk.size();
    qsizetype bom = 0;
    if (head.startsWith("\xFF\xFE")) {
        m_encoding = Encoding::Utf16LE;
        bom = 2;
    } else if (head.startsWith("\xFE\xFF")) {
        m_encoding = Encoding::Utf16BE;
        bom = 2;
    } else if (const qsizetype nul = head.indexOf('\0'); nul >= 0) {
        if (const auto utf16 = utf16WithoutBom(head)) {
            m_encoding = *utf16;
        } else {
            for (qsizetype i = 0; i < nul; ++i) {
                if (head.at(i) == '\r' ||
                    (head.at(i) == '\n' && (i == 0 || head.at(i - 1) != '\r')))
                    ++m_line;
            }
            (void)binaryData(); // records the sentence
            return false;
        }
    } else if (head.startsWith("\xEF\xBB\xBF")) {
        m_pos += 3;
    }
    if (m_encoding != Encoding::Utf8) {
        m_decoder = QStringDecoder(m_encoding == Encoding::Utf16LE ? QStringConverter::Utf16LE
                                                                   : QStringConverter::Utf16BE);
        m_encoder =
            QStringEncoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInvalidToNull);
        m_raw = head.mid(bom);
        m_rawPending = true;
        m_chunk.clear();
        m_pos = m_end = nullptr;
        m_atEnd = false; // the device may have ended; readDecodedChunk() checks once more
        if (!readDecodedChunk() && !m_error.isEmpty())
            return false;
    }
    return startText();
}

// Reads on until the sample holds the first records (or 64 KiB, or the whole file), then
// skips a sep= line and settles the delimiter from the options, that line or the sample.
bool CsvReader::startText()
{
    QByteArray sample(m_pos, m_end - m_pos);
    const auto lineEnds = [](const char* p, const char* end) {
        return static_cast<qsizetype>(std::count(p, end, '\n') + std::count(p, end, '\r'));
    };
    qsizetype lines = lineEnds(m_pos, m_end);
    constexpr qsizetype enough = 2 * qsizetype(kSampleRecords) + 2; // CRLF counts twice
    while (lines < enough && sample.size() < kSampleBytes && fill()) {
        sample.append(m_pos, m_end - m_pos);
        lines += lineEnds(m_pos, m_end);
    }
    if (!m_error.isEmpty())
        return false;
    m_chunk = sample;
    m_pos = m_chunk.constData();
    m_end = m_pos + m_chunk.size();

    std::string_view text(m_pos, static_cast<std::size_t>(m_end - m_pos));
    char fromSepLine = 0;
    if (const qsizetype sep = sepLine(text, fromSepLine); sep > 0) {
        m_pos += sep;
        m_afterCR = m_pos[-1] == '\r';
        ++m_line;
        text.remove_prefix(static_cast<std::size_t>(sep));
    }
    if (m_options.delimiter != 0) {
        if (!usableDelimiter(m_options.delimiter)) {
            m_error = tr("%1 cannot be read with the delimiter “%2”: give one punctuation "
                         "character such as , ; or |, or a tab.")
                          .arg(m_source, QString::fromLatin1(&m_options.delimiter, 1));
            return false;
        }
        m_delimiter = m_options.delimiter;
        m_delimiterSource = DelimiterSource::Given;
    } else if (fromSepLine != 0) {
        m_delimiter = fromSepLine;
        m_delimiterSource = DelimiterSource::SepLine;
    } else {
        m_delimiter = detectDelimiter(text, m_atEnd);
    }
    m_unquotedStop = unquotedStop(m_delimiter);
    return true;
}
} // namespace fd
