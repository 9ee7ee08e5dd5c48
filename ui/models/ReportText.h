// A report's table as the window shows it: stable keys ("post_sales", "on_hold",
// "self_service") as their display names, ISO dates in the window's date style
// (Formatting.h). The report itself keeps its keys, for CSV export and drill-down; every
// dashboard table, chart label and drill-down title goes through here.
#pragma once

#include "metrics/Report.h"

#include <QString>

namespace fd {

// One cell of the given kind in words; a cell that is no key of its kind (the flow's
// "(new)") or no date is shown as it is.
QString displayCell(CellKind kind, const QString& cell);
// Cell `column` of `row` of `table`, and the header of `column`, in words.
QString displayCell(const ReportTable& table, const QStringList& row, int column);
QString displayHeader(const ReportTable& table, int column);
// Every header of `table`, in words.
QStringList displayHeaders(const ReportTable& table);

} // namespace fd
