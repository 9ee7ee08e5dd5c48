#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <string>
#include <vector>

class QIODevice;

namespace fd {

// Reads RFC 4180 CSV from a device in chunks, one record at a time, so memory stays
// constant in the file's size apart from the record being read. Accepts CRLF, LF and lone
// CR line ends, a last line with or without one, and a UTF-8 BOM (skipped). An empty line
// is not a record: it is skipped, so a one-column file can hold an empty value only as "".
// Line ends inside quoted fields are kept as they are.
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
    struct Options {
        qsizetype chunkSize = qsizetype(64) * 1024;
        qsizetype maxFieldBytes = qsizetype(4) * 1024 * 1024;
        qsizetype maxFields = 10'000; // a row of nothing but commas must not exhaust memory
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
    const QString& sourceName() const { return m_source; }

    // A row whose width differs from the header's, as "source, line L: …", or success.
    Status checkFieldCount(const QStringList& row, qsizetype headerFields) const;

private:
    enum class State { RecordStart, FieldStart, Unquoted, Quoted, QuoteInQuoted };

    bool fill();
    bool startInput();
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

    QByteArray m_chunk;
    const char* m_pos = nullptr;
    const char* m_end = nullptr;
    bool m_started = false;
    bool m_atEnd = false;
    QString m_error;

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
