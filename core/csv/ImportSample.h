#pragma once

#include "common/Result.h"
#include "csv/CsvReader.h"
#include "csv/ImportMapping.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

class QIODevice;

namespace fd {

// The first rows of a CSV file, read before an import decides how to read the rest (by
// CsvImporter::run, which then reads the file from its start again):
// - where the header is: the first of the first ten records with two cells or more, so
//   that a report saved as CSV with a title and an empty line above its header (Zammad's)
//   imports; a file of one column has its header first;
// - the shape the reader found (delimiter, encoding), for the summary;
// - up to 200 rows after the header, for the checks below, which look at values.
struct ImportSample {
    Q_DECLARE_TR_FUNCTIONS(fd::ImportSample)

public:
    QStringList header;
    qint64 preamble = 0;   // records before the header
    qint64 headerLine = 1; // 1-based line of the header in the file
    std::vector<QStringList> rows;
    QString shape;           // "delimiter “;” (detected)", and the encoding if not UTF-8
    bool plainCommas = true; // commas and UTF-8: nothing worth a note

    // Fails with the reader's sentence, or "FILE is empty: there is no header row."
    static Result<ImportSample> read(QIODevice& input, const QString& source,
                                     const CsvReader::Options& shape);

    // A row that is not a record: all its cells empty (Excel pads a sheet with ",,,,"), or
    // the "Timezone: Europe/Berlin" line Zammad's reports end with.
    static bool isFiller(const QStringList& row);

    // The sampled non-empty, non-placeholder values of a column.
    QStringList values(qsizetype column) const;

    // The columns no field reads whose sampled values are all dates: the file's day/month
    // order may be read from them (DateDetector::addEvidenceColumn).
    QList<qsizetype> unreadDateColumns(const ImportMapping& mapping) const;

    // Columns a header synonym sent to the wrong field: a "Type" column whose values are
    // mostly (four in five) channels is the channel, not the category (Help Scout's and
    // FreeScout's exports). Returns the --map overrides that move them, and adds a note for
    // the summary to notes; nothing when --map named either field.
    QStringList remaps(const ImportMapping& mapping, QStringList& notes) const;

    // A field a ticket import cannot do without a column for, whose column is there under
    // a name FunnelDesk does not know: the status or priority (its values are mostly
    // statuses or priorities, or its header says so), or the creation time (by its
    // header). Without this check every ticket would quietly take the default (new,
    // normal, the moment of the import). Fails with one sentence naming the column, a few
    // of its values, and the --map that would read it; --map naming the field (even as
    // FIELD=) silences it.
    Status lookalikes(const QString& source, const ImportMapping& mapping) const;
};

} // namespace fd
