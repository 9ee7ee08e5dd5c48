// CsvReader (see CsvReader.h): the reading of records, the state machine of next(), and the
// chunks it reads them from (UTF-16 decoded to UTF-8 on the way). How the reader starts on a
// file (the encoding and the delimiter) is CsvReaderStart.cpp's.
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

// Bytes that end a run inside a quoted field (unquotedStop(): an unquoted one). NUL is among
// them because it never occurs in text: it is how binary files give themselves away (and
// how a UTF-16 file's undecodable character is marked, see readDecodedChunk()).
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

QString sizeText(qsizetype bytes)
{
    constexpr qsizetype kMiB = qsizetype(1024) * 1024;
    if (bytes % kMiB == 0)
        return CsvReader::tr("%1 MiB").arg(bytes / kMiB);
    return CsvReader::tr("%1 bytes").arg(bytes);
}

} // namespace

std::array<bool, 256> CsvReader::unquotedStop(char delimiter)
{
    std::array<bool, 256> stop{};
    for (const char c : {delimiter, '"', '\r', '\n', '\0'})
        stop[static_cast<unsigned char>(c)] = true;
    return stop;
}

CsvReader::CsvReader(QIODevice& device, QString sourceName)
    : CsvReader(device, std::move(sourceName), Options())
{
}

CsvReader::CsvReader(QIODevice& device, QString sourceName, Options options)
    : m_device(device), m_source(std::move(sourceName)), m_options(options),
      m_unquotedStop(unquotedStop(m_delimiter))
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
        if (ascii && to > from) {
            // Qt's Latin-1 conversion (vectorised), into the cell's storage when it is not
            // shared and long enough.
            row[i] = QLatin1StringView(bytes + from, to - from);
        } else if (ascii) {
            row[i].resize(0); // an empty field stays as before: null or empty
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
