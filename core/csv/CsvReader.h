#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringConverter>
#include <QStringList>

#include <array>
#include <string>
#include <vector>

class QIODevice;

namespace fd {

// Reads RFC 4180 CSV from a device in chunks, one record at a time, so memory stays
// constant in the file's size apart from the record being read. Accepts CRLF, LF and lone
// CR line ends, a last line with or without one, and a UTF-8 BOM (skipped). An empty line
// is not a record: it is skipped, so a one-column file can hold an empty value only as "".
// A row of nothing but delimiters is a record of empty fields (the importer skips those).
// Line ends inside quoted fields are kept as they are.
//
// The shapes other programs export are read as they come:
// - Delimiter: given in Options, else taken from Excel's `sep=X` first line, else detected
//   from the first records (see Options::delimiter). The sep= line is not a record, and
//   recordLine() still counts it, so line numbers are the file's own.
// - Encoding: UTF-8 (with or without a BOM); UTF-16LE and UTF-16BE with a BOM, or without
//   one when the NULs of the first kilobyte say so (Excel's "Unicode text"). UTF-16 is
//   converted to UTF-8 chunk by chunk as it is read (QStringDecoder, then QStringEncoder,
//   which keeps a surrogate pair split across two chunks whole).
//
// Every error ends the reading (later calls repeat it): after a broken quote, field
// boundaries cannot be trusted, and one undecodable byte usually means the whole file is
// in another encoding. Errors are one sentence naming the source, the line and the column,
// where "column" is the field's position in its row, as a spreadsheet would number it.
//
// The reader does not compare a row's width with the header's: for an importer a ragged
// row is a rejected row, not the end of the file, so checkFieldCount() is a separate step.
class CsvReader {
    Q_DECLARE_TR_FUNCTIONS(fd::CsvReader)
public:
    // Where the delimiter in use came from, for the import summary.
    enum class DelimiterSource {
        Detected, // from the first records (also the comma of a file too short to tell)
        Given,    // Options::delimiter
        SepLine,  // Excel's `sep=X` first line
    };
    // The text encodings read; anything else is refused with a sentence.
    enum class Encoding { Utf8, Utf16LE, Utf16BE };

    struct Options {
        qsizetype chunkSize = qsizetype(64) * 1024; // bytes read from the device at a time
        qsizetype maxFieldBytes = qsizetype(4) * 1024 * 1024; // of a field, in UTF-8
        qsizetype maxFields = 10'000; // a row of nothing but commas must not exhaust memory
        // The byte between fields, or 0: take it from the file's `sep=X` first line, else
        // detect it. Detection tries , ; tab and | on the first 20 records (at most 64 KiB),
        // quotes respected, and keeps the one that gives the same field count (above 1) on
        // the most records, then the one with more fields; a tie, or a file where none splits
        // a record, is a comma. A given delimiter must be ASCII punctuation or a tab, and not
        // a quote (see parseDelimiter()); a given one overrides the sep= line, which is
        // skipped all the same.
        char delimiter = 0;
    };

    // sourceName is how errors name the input, usually the file name.
    CsvReader(QIODevice& device, QString sourceName);
    CsvReader(QIODevice& device, QString sourceName, Options options);

    // Reads the next record into row, reusing its strings' storage where it can.
    // true: a record; false: the end of input (at once for an empty file, after the first
    // record for a header-only file).
    Result<bool> next(QStringList& row);

    // 1-based line on which the record last returned started (records may span lines).
    qint64 recordLine() const { return m_recordLine; }
    // 1-based line on which field `column` (from 0) of the record last returned starts: the
    // file's physical line, as a text editor numbers it, counting the line ends (CR LF, LF or
    // CR) of the quoted fields before it. recordLine() for a column the record does not have.
    qint64 fieldLine(qsizetype column) const;
    const QString& sourceName() const { return m_source; }

    // The file's shape, settled by the first call to next() (before it, a comma, Detected
    // and UTF-8). delimiterDescription() is a phrase for a summary, such as
    // "delimiter “;” (from the file's sep= line)" or "delimiter tab (detected)".
    char delimiter() const { return m_delimiter; }
    DelimiterSource delimiterSource() const { return m_delimiterSource; }
    Encoding encoding() const { return m_encoding; }
    QString delimiterDescription() const;
    static QString encodingName(Encoding encoding); // "UTF-8", "UTF-16LE", "UTF-16BE"
    static QString delimiterName(char delimiter);   // "“;”", or "tab"

    // A delimiter as a user types it (`;`, `|`, `,`, a tab, `tab` or `\t`), or one sentence
    // naming the text and what would work. The source of the rule is Options::delimiter.
    static Result<char> parseDelimiter(QStringView text);

    // A row whose width differs from the header's, as "source, line L: …", or success.
    Status checkFieldCount(const QStringList& row, qsizetype headerFields) const;

private:
    enum class State { RecordStart, FieldStart, Unquoted, Quoted, QuoteInQuoted };

    bool fill();
    bool readChunk();
    bool readDecodedChunk();
    bool startInput();
    bool startText();
    // The bytes that end a run inside an unquoted field (CsvReader.cpp's kQuotedStop: a quoted
    // one).
    static std::array<bool, 256> unquotedStop(char delimiter);
    qsizetype recordBytes() const { return static_cast<qsizetype>(m_record.size()); }
    qsizetype fieldBytes() const;
    void endField();
    Result<bool> endRecordAtLineEnd(char lineEnd, QStringList& row);
    Result<bool> endRecord(QStringList& row);
    Result<bool> fail(QString sentence);
    Result<bool> fieldTooLong();
    Result<bool> binaryData();
    qint64 lineAtRecordOffset(qsizetype offset) const;

    QIODevice& m_device;
    QString m_source;
    Options m_options;

    QByteArray m_chunk; // the text being parsed, always UTF-8
    const char* m_pos = nullptr;
    const char* m_end = nullptr;
    bool m_started = false;
    bool m_atEnd = false;
    QString m_error;

    char m_delimiter = ',';
    DelimiterSource m_delimiterSource = DelimiterSource::Detected;
    std::array<bool, 256> m_unquotedStop{}; // bytes that end a run in an unquoted field

    // UTF-16 only: the bytes as read, and the two converters' state between chunks.
    Encoding m_encoding = Encoding::Utf8;
    QStringDecoder m_decoder;
    QStringEncoder m_encoder;
    QByteArray m_raw;
    bool m_rawPending = false; // m_raw holds the first bytes, read while sniffing
    qint64 m_rawBytes = 0;
    bool m_endsInHighSurrogate = false;

    State m_state = State::RecordStart;
    bool m_afterCR = false; // a record ended in CR: an LF right after it belongs to it
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    qint64 m_fieldLine = 0;

    // The record being read: its fields' unescaped bytes back to back, and where each ends.
    std::string m_record;
    std::vector<qsizetype> m_fieldEnds;
};

} // namespace fd
