// A report's cells and headers in words, for people: what the window's tables and charts
// and `funneldesk-cli report --format table` show. Keys become display names ("post_sales"
// → "Post-sales", "on_hold" → "On hold", "self_service" → "Self-service", the flow's
// "(new)" → "New"), a percentage as the tiles say it ("12.5 %", under the header without
// its "%"), an empty number cell (no value: nothing to measure, e.g. a 0/0
// conversion) becomes "—" as on the KPI tiles, and plain headers are Title-style
// ("mean CSAT" → "Mean CSAT"). Dates stay ISO (YYYY-MM-DD); a window restyles them.
// CSV and JSON keep the keys and empty cells (PRODUCT.md §5-6, ReportFormat.h).
#pragma once

#include "metrics/Report.h"

#include <QString>

namespace fd {

// The mark for "no value", in every table and tile (issue 15).
QString noValueText();
// A percentage as every table cell and KPI tile says it (hostile tester, final round: the
// tile said "0 %", the table "0.0"): rounded to one decimal, the decimal only when it is
// not 0 ("12.5 %", "0 %", "100 %"), in the default QLocale's digits.
QString percentText(double percent);
// One cell of the given kind in words; a cell that is no key of its kind is shown as it is.
QString cellWords(CellKind kind, const QString& cell);
// The header of `column` of `table` in words.
QString headerWords(const ReportTable& table, int column);

} // namespace fd
