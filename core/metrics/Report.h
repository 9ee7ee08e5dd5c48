// What a dashboard and a `funneldesk-cli report` show: headline numbers (KPIs) and the
// tables behind them, for one period. Every number keeps what it counts (customers or
// tickets, with a filter) so that a view can open the list behind it.
#pragma once

#include "domain/Enums.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace fd {

enum class ScoreBand; // success/HealthScore.h

// The period a report covers: [from, to) in UTC.
struct Period {
    QDateTime from;
    QDateTime to;

    static Period lastDays(const QDateTime& now, int days); // ending at the end of today
};

// The list a number stands for, for drill-down.
struct DrillDown {
    enum class Kind { None, Customers, Tickets };
    Kind kind = Kind::None;
    std::optional<Stage> stage;
    bool listed = false;     // `ids` is the exact list (possibly empty); else the stage's
    std::vector<qint64> ids; // the exact customers or tickets
    // Customers behind touchpoint counts, found only when asked (DashboardMetrics::
    // customersFor): the active customers now in `touchStages` with a touchpoint of one
    // of `touchKinds` in [touchFrom, touchTo).
    std::vector<TouchpointKind> touchKinds;
    std::vector<Stage> touchStages;
    qint64 touchFrom = 0;
    qint64 touchTo = 0;
    // Customers behind a health band's count, also found only when asked: the active
    // customers now in `stage` whose stored health score is in this band. A stage's band holds
    // up to every one of its customers (60,000 in retention on data set L), and a dashboard
    // needs only the counts until one is opened.
    std::optional<ScoreBand> band;
    // Customers behind a stage's overdue task count, also found only when asked: the active
    // customers now in `stage` with an open task due before the day it is opened (local day;
    // TaskRepository::overdueOf). A dashboard counts the tasks from a summary and reads no task.
    bool overdueTasks = false;

    bool deferred() const { return !touchKinds.empty() || band.has_value() || overdueTasks; }
    // Whether the list is of what is true now (a band's customers, those with overdue tasks), so
    // that a shown list is looked up again after each write; a past period's touchpoints stay.
    bool followsWrites() const { return band.has_value() || overdueTasks; }
};

struct Kpi {
    QString key;   // stable, for CSV and JSON: "customers", "median_days_to_leave", …
    QString label; // for people
    std::optional<double> value; // none: nothing to measure in the period
    QString unit;                // a key, not words: "", "%", "days", "hours" (the window words it)
    DrillDown drill;
};

// What a table's cells (or a column's header) hold. Cells keep stable keys and ISO dates,
// which CSV and JSON write as they are (PRODUCT.md fixes those formats); a window shows a
// key as its displayName and a date in its own style, and needs this to tell which is which.
enum class CellKind {
    Text,         // words already, or a name: shown as it is
    Number,       // digits, written with QString::number
    Date,         // a local date, YYYY-MM-DD
    Stage,        // a Stage key ("post_sales"); a cell that is no key (the flow's "(new)") is words
    TicketStatus, // a TicketStatus key ("on_hold")
    Priority,     // a Priority key ("urgent")
    TouchpointKind, // a TouchpointKind key ("self_service")
    Percent,   // a percentage with one decimal ("12.5", "0.0"); in words as the KPI tiles say it
               // ("12.5 %", "0 %")
    ScoreBand, // a health band key ("at_risk"; success/HealthScore.h)
};

struct ReportTable {
    QString key;   // stable: "funnel", "flow", "stuck", …
    QString title; // for people
    QStringList columns;
    std::vector<QStringList> rows;
    // Per row, the list behind it (one customer: the row is about that customer); empty
    // when the rows open nothing.
    std::vector<DrillDown> rowDrills;
    // Per column, what its cells hold and what its header is; a column past the end of
    // either is Text (headers are words unless said otherwise: the weekly trend's stage
    // columns are Stage keys).
    std::vector<CellKind> cellKinds;
    std::vector<CellKind> headerKinds;

    CellKind cellKind(qsizetype column) const { return kindAt(cellKinds, column); }
    CellKind headerKind(qsizetype column) const { return kindAt(headerKinds, column); }

private:
    static CellKind kindAt(const std::vector<CellKind>& kinds, qsizetype column)
    {
        return column >= 0 && static_cast<std::size_t>(column) < kinds.size()
                   ? kinds[static_cast<std::size_t>(column)]
                   : CellKind::Text;
    }
};

struct Report {
    QString name; // "funnel", "onboarding", …
    Period period;
    std::vector<Kpi> kpis;
    std::vector<ReportTable> tables;

    const Kpi* kpi(const QString& key) const;
    const ReportTable* table(const QString& key) const;
};

} // namespace fd
