#include "csv/CsvReader.h"

#include <QIODevice>

#include <algorithm>
#include <array>
#include <cstring>
#include <map>
#include <optional>
#include <string_view>

namespace fd {

namespace {

// Bytes that end a run inside an unquoted field, and inside a quoted one. NUL is among
// them because it never occurs in text: it is how binary files give themselves away (and
// how a UTF-16 file's undecodable character is marked, see readDecodedChunk()).
std::array<bool, 256> unquotedStop(char delimiter)
{
    std::array<bool, 256> stop{};
    for (const char c : {delimiter, '"', '\r', '\n', '\0'})
        stop[static_cast<unsigned char>(c)] = true;
    return stop;
}

constexpr auto kQuotedStop = [] {
    std::array<bool, 256> stop{};
    for (const unsigned char c : {'"', '\r', '\n', '\0'})
        stop[c] = true;
    return stop;
}();

const char* skipRun(const char* p, const char* end, const std::array<bool, 256>& stop)
{
    while (p != end && !stop[static_cast<unsigned char>(*p)])
        ++p;
    return p;
}

// Eight bytes at a time: almost every record is plain ASCII and needs no UTF-8 check.
bool isAscii(const char* p, qsizetype n)
{
    quint64 any = 0;
    qsizetype i = 0;
    for (; i + 8 <= n; i += 8) {
        quint64 word;
        std::memcpy(&word, p + i, 8);
        any |= word;
    }
    for (; i < n; ++i)
        any |= static_cast<unsigned char>(p[i]);
    return (any & 0x8080808080808080ULL) == 0;
}

// Offset of the first byte that breaks UTF-8 (overlong forms, surrogates and code points
// past U+10FFFF included, as in the Unicode standard's table 3-7), or -1 if none does.
qsizetype invalidUtf8At(const char* text, qsizetype n)
{
    const auto* s = reinterpret_cast<const unsigned char*>(text);
    qsizetype i = 0;
    while (i < n) {
        const unsigned char b = s[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            low = b == 0xE0 ? 0xA0 : 0x80;
            high = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            low = b == 0xF0 ? 0x90 : 0x80;
            high = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            return i;
        }
        if (i + length > n || s[i + 1] < low || s[i + 1] > high)
            return i;
        for (int k = 2; k < length; ++k) {
            if (s[i + k] < 0x80 || s[i + k] > 0xBF)
                return i;
        }
        i += length;
    }
    return -1;
}

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

QString sizeText(qsizetype bytes)
{
    constexpr qsizetype kMiB = qsizetype(1024) * 1024;
    if (bytes % kMiB == 0)
        return CsvReader::tr("%1 MiB").arg(bytes / kMiB);
    return CsvReader::tr("%1 bytes").arg(bytes);
}

} // namespace

CsvReader::CsvReader(QIODevice& device, QString sourceName)
    : CsvReader(device, std::move(sourceName), Options())
{
}

CsvReader::CsvReader(QIODevice& device, QString sourceName, Options options)
    : m_device(device)
    , m_source(std::move(sourceName))
    , m_options(options)
    , m_unquotedStop(unquotedStop(m_delimiter))
{
    m_options.chunkSize = std::max<qsizetype>(m_options.chunkSize, 1);
}

Result<bool> CsvReader::next(QStringList& row)
{
    if (!m_error.isEmpty())
        return failure(m_error);
    if (!m_started) {
        m_started = true;
        if (!startInput())
            return failure(m_error);
    }
    m_record.clear(); // keeps the capacity: the next record is usually as long
    m_fieldEnds.clear();

    for (;;) {
        if (m_pos == m_end && !fill()) {
            if (!m_error.isEmpty())
                return failure(m_error);
            switch (m_state) {
            case State::RecordStart:
                return false;
            case State::Quoted:
                return fail(tr("%1, line %2, column %3: a quoted field is never closed.")
                                .arg(m_source, QString::number(m_fieldLine),
                                     QString::number(m_fieldEnds.size() + 1)));
            case State::FieldStart:
            case State::Unquoted:
            case State::QuoteInQuoted:
                endField();
                m_state = State::RecordStart;
                return endRecord(row);
            }
        }

        switch (m_state) {
        case State::RecordStart: {
            const char c = *m_pos;
            if (c == '\n' || c == '\r') { // an empty line, or the LF of a CRLF
                ++m_pos;
                const bool secondHalf = c == '\n' && m_afterCR;
                m_afterCR = c == '\r';
                if (!secondHalf)
                    ++m_line;
                continue;
            }
            m_afterCR = false;
            m_recordLine = m_line;
            m_state = State::FieldStart;
            [[fallthrough]];
        }
        case State::FieldStart:
            if (static_cast<qsizetype>(m_fieldEnds.size()) >= m_options.maxFields)
                return fail(tr("%1, line %2: a row has more than %3 fields.")
                                .arg(m_source, QString::number(m_recordLine),
                                     QString::number(m_options.maxFields)));
            m_fieldLine = m_line;
            if (*m_pos == '"') {
                ++m_pos;
                m_state = State::Quoted;
                continue;
            }
            m_state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted: {
            const char* run = m_pos;
            m_pos = skipRun(m_pos, m_end, m_unquotedStop);
            m_record.append(run, static_cast<std::size_t>(m_pos - run));
            if (fieldBytes() > m_options.maxFieldBytes)
                return fieldTooLong();
            if (m_pos == m_end)
                continue;
            const char c = *m_pos++;
            if (c == m_delimiter) {
                endField();
                m_state = State::FieldStart;
                continue;
            }
            if (c == '\n' || c == '\r')
                return endRecordAtLineEnd(c, row);
            if (c == '"')
                return fail(tr("%1, line %2, column %3: a quote inside a field that does not "
                               "start with one; put the whole field in quotes and double the "
                               "quotes inside it.")
                                .arg(m_source, QString::number(m_line),
                                     QString::number(m_fieldEnds.size() + 1)));
            return binaryData();
        }
        case State::Quoted: {
            const char* run = m_pos;
            m_pos = skipRun(m_pos, m_end, kQuotedStop);
            m_record.append(run, static_cast<std::size_t>(m_pos - run));
            if (m_pos == m_end) {
                if (fieldBytes() > m_options.maxFieldBytes)
                    return fieldTooLong();
                continue;
            }
            const char c = *m_pos++;
            if (c == '"') {
                m_state = State::QuoteInQuoted;
            } else if (c == '\0') {
                return binaryData();
            } else { // a line end inside the field: kept; a CRLF counts as one line
                const bool secondHalf = c == '\n' && fieldBytes() > 0 && m_record.back() == '\r';
                if (!secondHalf)
                    ++m_line;
                m_record.push_back(c);
            }
            if (fieldBytes() > m_options.maxFieldBytes)
                return fieldTooLong();
            continue;
        }
        case State::QuoteInQuoted: {
            const char c = *m_pos++;
            if (c == '"') { // a doubled quote stands for one
                m_record.push_back(c);
                m_state = State::Quoted;
                if (fieldBytes() > m_options.maxFieldBytes)
                    return fieldTooLong();
                continue;
            }
            if (c == m_delimiter) {
                endField();
                m_state = State::FieldStart;
                continue;
            }
            if (c == '\n' || c == '\r')
                return endRecordAtLineEnd(c, row);
            if (c == '\0')
                return binaryData();
            return fail(tr("%1, line %2, column %3: text follows the closing quote of a "
                           "field; a quote inside a quoted field must be doubled.")
                            .arg(m_source, QString::number(m_line),
                                 QString::number(m_fieldEnds.size() + 1)));
        }
        }
    }
}

Status CsvReader::checkFieldCount(const QStringList& row, qsizetype headerFields) const
{
    if (row.size() == headerFields)
        return {};
    return failure(tr("%1, line %2: the row has %3 fields but the header has %4.")
                       .arg(m_source, QString::number(m_recordLine), QString::number(row.size()),
                            QString::number(headerFields)));
}

QString CsvReader::delimiterDescription() const
{
    const QString name = delimiterName(m_delimiter);
    switch (m_delimiterSource) {
    case DelimiterSource::Given:
        return tr("delimiter %1 (as given)").arg(name);
    case DelimiterSource::SepLine:
        return tr("delimiter %1 (from the file's sep= line)").arg(name);
    case DelimiterSource::Detected:
        break;
    }
    return tr("delimiter %1 (detected)").arg(name);
}

QString CsvReader::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case Encoding::Utf8:
        break;
    }
    return QStringLiteral("UTF-8");
}

QString CsvReader::delimiterName(char delimiter)
{
    if (delimiter == '\t')
        return tr("tab");
    return tr("“%1”").arg(QLatin1Char(delimiter));
}

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

bool CsvReader::fill()
{
    return m_decoder.isValid() ? readDecodedChunk() : readChunk();
}

bool CsvReader::readChunk()
{
    if (m_atEnd)
        return false;
    m_chunk.resize(m_options.chunkSize);
    const qint64 n = m_device.read(m_chunk.data(), m_chunk.size());
    if (n <= 0) {
        m_atEnd = true;
        if (n < 0)
            m_error = tr("%1 could not be read: %2.").arg(m_source, m_device.errorString());
        return false;
    }
    m_pos = m_chunk.constData();
    m_end = m_pos + n;
    return true;
}

// UTF-16 to UTF-8, one chunk at a time. The decoder keeps a code unit split between two
// reads, the encoder a surrogate pair; a character that cannot be decoded (a lone
// surrogate, U+0000, or a file that ends inside a character) becomes a NUL, which the
// parser reports with its line (binaryData()).
bool CsvReader::readDecodedChunk()
{
    for (;;) {
        if (m_atEnd)
            return false;
        qsizetype n = m_raw.size();
        if (m_rawPending) {
            m_rawPending = false;
        } else {
            m_raw.resize(m_options.chunkSize);
            n = m_device.read(m_raw.data(), m_raw.size());
            if (n < 0) {
                m_atEnd = true;
                m_error = tr("%1 could not be read: %2.").arg(m_source, m_device.errorString());
                return false;
            }
            if (n == 0) {
                m_atEnd = true;
                if (m_rawBytes % 2 == 0 && !m_endsInHighSurrogate)
                    return false;
                m_chunk = QByteArray(1, '\0');
                m_pos = m_chunk.constData();
                m_end = m_pos + 1;
                return true;
            }
        }
        m_rawBytes += n;
        const QString text = m_decoder.decode(QByteArrayView(m_raw.constData(), n));
        if (text.isEmpty())
            continue; // one byte of a code unit
        m_endsInHighSurrogate = text.back().isHighSurrogate();
        m_chunk = m_encoder.encode(text);
        if (m_chunk.isEmpty())
            continue; // the first half of a surrogate pair
        m_pos = m_chunk.constData();
        m_end = m_pos + m_chunk.size();
        return true;
    }
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

qsizetype CsvReader::fieldBytes() const
{
    return recordBytes() - (m_fieldEnds.empty() ? 0 : m_fieldEnds.back());
}

void CsvReader::endField()
{
    m_fieldEnds.push_back(recordBytes());
}

Result<bool> CsvReader::endRecordAtLineEnd(char lineEnd, QStringList& row)
{
    endField();
    m_afterCR = lineEnd == '\r';
    ++m_line;
    m_state = State::RecordStart;
    return endRecord(row);
}

// Decodes each field once, from its bytes. An ASCII record (nearly all of them) is widened
// into the row's own strings, which keeps their storage from the record before: no
// allocation per field once the first rows are read.
Result<bool> CsvReader::endRecord(QStringList& row)
{
    const char* bytes = m_record.data();
    const bool ascii = isAscii(bytes, recordBytes());
    const auto fields = static_cast<qsizetype>(m_fieldEnds.size());
    row.resize(fields);
    qsizetype from = 0;
    for (qsizetype i = 0; i < fields; ++i) {
        const qsizetype to = m_fieldEnds[static_cast<std::size_t>(i)];
        if (ascii) {
            QString& cell = row[i];
            cell.resize(to - from);
            char16_t* out = reinterpret_cast<char16_t*>(cell.data());
            for (qsizetype k = from; k < to; ++k)
                *out++ = static_cast<unsigned char>(bytes[k]);
        } else {
            const qsizetype bad = invalidUtf8At(bytes + from, to - from);
            if (bad >= 0)
                return fail(tr("%1, line %2, column %3: the text is not valid UTF-8; the file "
                               "is probably in another encoding such as Latin-1 or "
                               "Windows-1252, so save it as UTF-8 (in Excel, choose Save As › "
                               "CSV UTF-8) and try again.")
                                .arg(m_source, QString::number(lineAtRecordOffset(from + bad)),
                                     QString::number(i + 1)));
            row[i] = QString::fromUtf8(bytes + from, to - from);
        }
        from = to;
    }
    return true;
}

Result<bool> CsvReader::fail(QString sentence)
{
    m_error = std::move(sentence);
    return failure(m_error);
}

Result<bool> CsvReader::fieldTooLong()
{
    return fail(tr("%1, line %2, column %3: a field is longer than %4, the most an import "
                   "accepts.")
                    .arg(m_source, QString::number(m_fieldLine),
                         QString::number(m_fieldEnds.size() + 1),
                         sizeText(m_options.maxFieldBytes)));
}

Result<bool> CsvReader::binaryData()
{
    if (m_encoding != Encoding::Utf8)
        return fail(tr("%1, line %2: the file seems to be %3 text, but a character there "
                       "cannot be decoded; save it as UTF-8 (in Excel, choose Save As › CSV "
                       "UTF-8) and try again.")
                        .arg(m_source, QString::number(m_line), encodingName(m_encoding)));
    return fail(tr("%1 does not look like a text CSV file (binary data at line %2).")
                    .arg(m_source, QString::number(m_line)));
}

qint64 CsvReader::fieldLine(qsizetype column) const
{
    if (column <= 0 || column >= static_cast<qsizetype>(m_fieldEnds.size()))
        return m_recordLine;
    return lineAtRecordOffset(m_fieldEnds[static_cast<std::size_t>(column - 1)]);
}

// Line ends inside the record can only come from quoted fields, which keep them.
qint64 CsvReader::lineAtRecordOffset(qsizetype offset) const
{
    qint64 line = m_recordLine;
    qsizetype fieldStart = 0;
    std::size_t field = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        while (field < m_fieldEnds.size() && m_fieldEnds[field] <= i)
            fieldStart = m_fieldEnds[field++];
        const char c = m_record[static_cast<std::size_t>(i)];
        if (c == '\r' ||
            (c == '\n' && (i == fieldStart || m_record[static_cast<std::size_t>(i - 1)] != '\r')))
            ++line;
    }
    return line;
}

} // namespace fd
