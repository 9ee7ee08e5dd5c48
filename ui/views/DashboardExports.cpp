// DashboardView's exports: the table as CSV, the charts as PNG, the dashboard as a PDF
// report, each asked for with a suggested name (SaveDialogs) and confirmed with its path
// (ExportConfirmation).
#include "views/DashboardView.h"

#include "charts/BarChart.h"
#include "charts/FlowMatrix.h"
#include "common/Clock.h"
#include "common/OutputFile.h"
#include "ExportConfirmation.h"
#include "metrics/ReportFormat.h"
#include "models/ReportText.h"
#include "service/Session.h"

#include <QBuffer>
#include <QComboBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QPainter>
#include <QPointer>

namespace fd {

void DashboardView::saveAs(SaveDialogs::Kind kind, const QString& caption, const QString& fileName,
                           const QString& filter,
                           const std::function<Status(const QString&)>& write, const QString& done)
{
    const QString path = SaveDialogs::askSavePath(this, kind, caption, fileName, filter);
    if (path.isEmpty())
        return;
    if (auto saved = write(path); !saved)
        emit failed(saved.error());
    else
        ExportConfirmation::show(this, done, path);
}

Status DashboardView::exportTable(const QString& key, const QString& path, bool bom) const
{
    const ReportTable* t = m_report.table(key);
    if (!t)
        return failure(tr("There is no table “%1” to export.").arg(key));
    Report one;
    one.name = m_report.name;
    one.period = m_report.period;
    one.tables.push_back(*t);
    // The table alone: its header and rows.
    QBuffer all;
    all.open(QIODevice::WriteOnly);
    if (!ReportFormat::csv(one, all, false))
        return failure(tr("The table “%1” could not be written as CSV.").arg(key));
    const QByteArray csv = all.data();
    const qsizetype start = csv.indexOf(QByteArray("\r\n" + key.toUtf8() + "\r\n"));
    QByteArray body = start >= 0 ? csv.mid(start + key.size() + 4) : csv;
    if (bom)
        body.prepend("\xEF\xBB\xBF");
    return OutputFile::writeWhole(path, {OutputFile::openDatabase(Session(m_db).path())},
                                  [&body](QIODevice& device) -> Status {
                                      if (device.write(body) != body.size())
                                          return failure(device.errorString());
                                      return {};
                                  });
}

Status DashboardView::saveChart(const QString& path, int index)
{
    QWidget* chart = nullptr;
    if (!m_charts->isHidden()) {
        if (index < 0) {
            chart = m_charts;
        } else if (QLayoutItem* item = m_chartGrid->itemAt(index)) {
            chart = item->widget();
        }
    }
    if (!chart)
        return failure(tr("There is no chart to save here."));
    const QPixmap picture = chart->grab();
    return OutputFile::writeWhole(path, {OutputFile::openDatabase(Session(m_db).path())},
                                  [&picture](QIODevice& device) -> Status {
                                      if (!picture.save(&device, "PNG"))
                                          return failure(
                                              tr("The chart could not be encoded as PNG."));
                                      return {};
                                  });
}

Status DashboardView::exportPdf(const QString& path, int* pages)
{
    const ReportHeading heading = reportHeading();
    std::vector<ReportChart> charts = reportCharts();
    const int dpi = logicalDpiY();
    return OutputFile::writeWhole(
        path, {OutputFile::openDatabase(Session(m_db).path())}, [&](QIODevice& device) -> Status {
            auto written =
                DashboardReport::writePdf(device, heading, m_report, std::move(charts), dpi);
            if (!written)
                return failure(written.error());
            if (pages)
                *pages = *written;
            return {};
        });
}

ReportHeading DashboardView::reportHeading() const
{
    ReportHeading heading;
    heading.title = m_stage ? displayName(*m_stage) : tr("Overview");
    heading.periodName = m_range->currentText();
    heading.file = QFileInfo(Session(m_db).path()).absoluteFilePath();
    heading.madeAt = m_clock.now();
    return heading;
}

std::vector<ReportChart> DashboardView::reportCharts()
{
    std::vector<ReportChart> charts;
    if (m_charts->isHidden())
        return charts;
    for (int i = 0; i < m_chartGrid->count(); ++i) {
        QWidget* widget = m_chartGrid->itemAt(i)->widget();
        if (auto* bars = qobject_cast<BarChart*>(widget)) {
            const QPointer<BarChart> chart(bars);
            charts.push_back({0.45, [chart](QPainter& painter, const QRectF& target) {
                                  if (chart)
                                      chart->paint(painter, target);
                              }});
        } else if (auto* flow = qobject_cast<FlowMatrix*>(widget)) {
            const QPointer<FlowMatrix> matrix(flow);
            charts.push_back({0.32, [matrix](QPainter& painter, const QRectF& target) {
                                  if (matrix)
                                      matrix->paint(painter, target);
                              }});
        }
    }
    return charts;
}

QString DashboardView::suggestedName(const QString& what, const QString& extension) const
{
    const QString stem = m_stage ? m_reports.value(0) : QStringLiteral("overview");
    return SaveDialogs::datedName(what.isEmpty() ? stem : stem + QLatin1Char('-') + what,
                                  m_clock.now().toLocalTime().date(), extension);
}

} // namespace fd
