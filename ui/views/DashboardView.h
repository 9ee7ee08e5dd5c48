#pragma once

#include "common/Result.h"

#include "DashboardReport.h"
#include "metrics/Dashboards.h"
#include "metrics/Report.h"
#include "SaveDialogs.h"

#include <QDateTime>
#include <QVariantMap>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace fd {

class ChartFlow;
class Clock;
struct BarSeries;
class Database;

// One dashboard (the overview or a stage's): KPI tiles, charts (funnel, weekly trend, flow
// matrix, health and mixes) and the tables behind them; every number, bar, cell and row
// opens the customers or tickets behind it. Tables export to CSV, the charts to PNG, the
// whole dashboard to a PDF report (DashboardReport; DashboardExports.cpp). Numbers are computed in
// the background on their own connection whenever the period or the data changes (dataChanged()),
// or on Refresh; "as of HH:MM" says when.
class DashboardView : public QWidget {
    Q_OBJECT

public:
    // `reports`: the DashboardMetrics reports shown together ("funnel" and "flow" for the
    // overview, "onboarding", …); `stage`: the stage whose colour the charts take.
    DashboardView(Database& db, const Clock& clock, QStringList reports, std::optional<Stage> stage,
                  QWidget* parent = nullptr);

    // Counts `period` (UTC instants, `to` exclusive) and shows it as a custom range of the local
    // days it spans, as if picked in the date boxes.
    void setPeriod(const Period& period);
    const Period& period() const { return m_period; }
    // The period as chosen (range, and the dates of a custom one), for going back to it;
    // restoring the period shown already counts nothing again.
    QVariantMap saveState() const;
    void restoreState(const QVariantMap& state);
    // Counts again now, in the background (the Refresh button, F5).
    void refresh();
    // The data changed (DataChanges): counts again now when shown, else marks the numbers
    // stale and counts again when next shown, so no dashboard shows numbers from before a
    // write once it is looked at.
    void dataChanged();
    bool isStale() const { return m_stale; }
    bool isReady() const { return m_ready; }
    // When the numbers shown were counted (the clock's time as the count began; invalid
    // before the first count). Shown as "as of HH:MM", local time.
    const QDateTime& countedAt() const { return m_countedAt; }
    // What is shown: the reports' tables (the table view, CSV, the PDF) and the same
    // results typed (the charts), one per report in `reports`' order.
    const Report& report() const { return m_report; }
    const std::vector<Dashboard>& dashboards() const { return m_dashboards; }

    // Each written through OutputFile (never over the open database; whole or not at all):
    // nothing, or the one sentence saying why not.
    Status exportTable(const QString& key, const QString& path, bool bom = true) const;
    // The PDF: a report with the title, period, file and time, KPIs, vector charts and every
    // table whole (DashboardReport::writePdf); `pages` gets its page count.
    Status exportPdf(const QString& path, int* pages = nullptr);
    // What the PDF says it is: the dashboard's name, the period's name, the file, now.
    ReportHeading reportHeading() const;
    // The charts shown, each drawn by its widget's own painting code.
    std::vector<ReportChart> reportCharts();
    // The file name the save dialogs suggest: "onboarding-2026-11-30.pdf" (today, local).
    QString suggestedName(const QString& what, const QString& extension) const;
    // All the charts in one picture, or the one at `index` (in reading order).
    Status saveChart(const QString& path, int index = -1);

    // The ids behind the number named `what` (a tile's label, or "table title: row label"
    // as drill() names it), counted again now over `period` (DashboardRedrill.cpp; on the
    // window's thread). nullopt when that number is not found or is no list of ids (a
    // chart's bar of several rows, a stage, touchpoint counts) or the count failed.
    std::optional<std::vector<qint64>> drillAgain(const QString& what, const Period& period) const;

signals:
    // A number was clicked: open the list behind it; `what` names the number.
    void drill(const fd::DrillDown& list, const QString& what);
    void ready();
    void failed(const fd::Error& sentence);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QScrollArea* createContent();
    void choosePeriod(int index);
    void showDays(const Period& period); // its first and last local day in the date boxes
    // The period a named range ("Last 30 days", …) means now; nothing for Custom.
    std::optional<Period> rangePeriod(int index) const;
    void show(const Report& report, std::vector<Dashboard> dashboards);
    // The charts of the typed tables that have one, in their tables' order; each is placed
    // in the grid, two to a row (DashboardCharts.cpp).
    void showCharts(const std::vector<Dashboard>& dashboards);
    void placeChart(QWidget* chart);
    QColor chartAccent() const; // the stage's colour, or the palette's highlight
    void chartFunnel(const Funnel& funnel);
    void chartFlow(const Flow& flow);
    void chartWeeks(const StageWeekly& weekly);
    void chartWeeks(const TicketWeekly& weekly);
    // `weekly`: one value per week in each series; `drills`: per week.
    void chartWeeks(const QString& title, const std::vector<QDate>& starts,
                    const std::vector<BarSeries>& weekly, const std::vector<DrillDown>& drills);
    void chartHealth(const Health& health);
    // A stage's health score bands now (table "score_bands"), each bar opening its customers.
    void chartScores(const ScoreHealth& scores);
    void chartMix(const QString& key, const QString& title, const QString& counted,
                  const QStringList& labels, const std::vector<double>& values);
    // Asks where to save (SaveDialogs), calls `write` with the path, and confirms with
    // `done` and the path (ExportConfirmation) or reports write's sentence (failed());
    // nothing when the question is cancelled (DashboardExports.cpp).
    void saveAs(SaveDialogs::Kind kind, const QString& caption, const QString& fileName,
                const QString& filter, const std::function<Status(const QString&)>& write,
                const QString& done);
    void drillRow(const QString& tableKey, int row);
    QWidget* tile(const Kpi& kpi);

    Database& m_db;
    const Clock& m_clock;
    QStringList m_reports;
    std::optional<Stage> m_stage;
    Period m_period;
    Report m_report;
    std::vector<Dashboard> m_dashboards;
    bool m_ready = false;
    int m_generation = 0;   // the latest refresh; older results are dropped
    bool m_stale = false;   // the data changed while hidden
    bool m_rolling = false; // the period is a named range, moved to now at each refresh
    QDateTime m_countedAt;

    QComboBox* m_range = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_asOf = nullptr;
    QWidget* m_content = nullptr;
    QGridLayout* m_tiles = nullptr;
    ChartFlow* m_tileFlow = nullptr;  // the number tiles, four to a row or fewer
    ChartFlow* m_chartFlow = nullptr; // the charts, two to a row or one
    QWidget* m_charts = nullptr;      // a grid of them, two wide
    QGridLayout* m_chartGrid = nullptr;
    QVBoxLayout* m_tables = nullptr;
};

} // namespace fd
