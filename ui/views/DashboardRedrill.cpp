// A drilled list counted again after a write (issue 15, hostile tester: "5 tickets: Tickets
// by status: Pending" stayed at 5 after another process added a pending ticket).
#include "views/DashboardView.h"

#include "metrics/DashboardMetrics.h"
#include "models/ReportText.h"

namespace fd {

std::optional<std::vector<qint64>> DashboardView::drillAgain(const QString& what,
                                                             const Period& period) const
{
    DashboardMetrics metrics(m_db, m_clock);
    for (const QString& name : m_reports) {
        auto report = metrics.report(name, period);
        if (!report)
            return std::nullopt;
        for (const Kpi& k : report->kpis) {
            if (k.label == what)
                return k.drill.listed ? std::optional(k.drill.ids) : std::nullopt;
        }
        for (const ReportTable& t : report->tables) {
            for (std::size_t row = 0; row < t.rows.size() && row < t.rowDrills.size(); ++row) {
                if (t.title + QStringLiteral(": ") + rowLabel(t, t.rows[row]) != what)
                    continue;
                const DrillDown& drill = t.rowDrills[row];
                return drill.listed ? std::optional(drill.ids) : std::nullopt;
            }
        }
    }
    return std::nullopt;
}

} // namespace fd
