#pragma once

// Reading back what a test checks, on either backend (issue 16): plain columns through SQL
// that SQLite and PostgreSQL both take, with dates formatted and lists joined here in C++, so
// no test needs SQLite's strftime(), date(…, 'unixepoch'), julianday() or group_concat(), nor
// PostgreSQL's to_char() or string_agg().
#include "storage/Database.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fd::test {

// `secs` (UTC seconds) as ISO 8601 in UTC, "2024-03-05T13:22:10Z"; empty for no value.
QString utcIso(std::optional<qint64> secs);
// `secs` (UTC seconds) in UTC as QDateTime::toString(format) writes it ("yyyy-MM-dd HH:mm");
// empty for no value.
QString utcText(std::optional<qint64> secs, const QString& format);
// The local day of `secs` (UTC seconds) in this process's time zone, "YYYY-MM-DD": what
// SQLite's date(secs, 'unixepoch', 'localtime') gives.
QString localDay(qint64 secs);

// The first column of every row of `sql` as text (NULL as empty), in the query's order.
QStringList texts(Database& db, std::string_view sql);
// The first column of every row of `sql` (UTC seconds), NULL as std::nullopt, in order.
std::vector<std::optional<qint64>> times(Database& db, std::string_view sql);

// " NOT INDEXED" after a table's name on SQLite, so that a test's own query, the oracle for a
// repository's read along an index, scans the table instead of using that index; "" on
// PostgreSQL, which takes no such hints (storage/Dialect.h, indexed()).
std::string noIndex(const Database& db);

// The first row of `sql`, its columns as text joined by '|' (NULL as empty), as sqlite3
// prints it; "(no row)" when there is none.
QString row(Database& db, const QString& sql);

// `check`'s findings on `db` (IntegrityCheck::run) that contain `about`, e.g. "open tasks" for
// the sentences about one summary; when check itself fails, its sentence as the one finding.
QStringList checkFindings(Database& db, const QString& about);

} // namespace fd::test
