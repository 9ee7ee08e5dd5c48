// What an import's summary notes count, row by row (core/csv's CsvImporter): only the rows it
// imports. A row that is rejected after some of these were counted (a customer without a
// first-sale date whose status then does not read) takes its counts back, so that
// "Customers without a first-sale date: 3" never stands for 1 imported row and 2 rejected
// ones (issue 17 hostile pass). The values a rejected row held that no synonym reads are
// counted elsewhere, on purpose: the import wizard lists them to be mapped.
#pragma once

#include <QList>
#include <QMap>
#include <QString>

namespace fd {

struct ImportCounts {
    qint64 movedForward = 0;                 // local times in a clock change's gap, moved forward
    qint64 placeholders = 0;                 // cells such as "-" or "N/A" read as empty
    qint64 cleanedRows = 0;                  // rows the free-text rule removed a character from
    qint64 cleanedLine = -1;                 // the line last counted there
    QList<qint64> cleanedLines;              // the first five of those rows' lines
    qint64 defaultSince = 0;                 // customers given the import's day as their first sale
    qint64 subjectFromRef = 0;               // tickets whose subject is their number
    qint64 createdFromEarliest = 0;          // tickets dated by their first response or solve time
    qint64 datedAtImport = 0;                // tickets with no time at all, dated at the import
    qint64 solvedUnknown = 0;                // solved tickets with no solve time in the file
    qint64 otherCategories = 0;              // tickets filed under "other"
    QMap<QString, qint64> unknownCategories; // the first few categories so filed
};

} // namespace fd
