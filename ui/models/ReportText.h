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
// Every header of `table`, in words. A plain header ("week", "mean CSAT") is Title-style
// ("Week", "Mean CSAT"), like every other header in the window.
QStringList displayHeaders(const ReportTable& table);

// What a table row is, in words: its leading cells that are not numbers ("Open",
// "Onboarding → Post-sales"), for drill-down titles and chart labels.
QString rowLabel(const ReportTable& table, const QStringList& row);

// A KPI's value with its unit, as the tiles and the PDF show it: "—" without a value;
// "12 %"; "1 day", "2 days", "1.5 hours" (plural forms through tr %n; core gives the unit
// as the key "days" or "hours", Report.h); else the value and the unit as given.
QString kpiText(const Kpi& kpi);
// A period's first and last local day in the window's date style: "2026-11-01 to 2026-11-30".
QString periodDates(const Period& period);

} // namespace fd
