// A dashboard as a report to print or mail (issue 15 "Reports that are reports"): a title,
// the period, the file and the time it was made, the KPIs as text, every chart as vector
// graphics and every table whole, its header row repeated on each page it runs onto.
#pragma once

#include "common/Result.h"
#include "metrics/Report.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRectF>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QIODevice;
class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace fd {

struct ReportHeading {
    QString title;      // the dashboard's name: "Overview", "Onboarding", …
    QString periodName; // "Last 30 days", "Custom", … (may be empty)
    QString file;       // the database's path; the report prints its file name alone
    QDateTime madeAt;   // when the report was made (UTC; shown in local time)
};

// A chart drawn into a rectangle of the painter's device (pixels of the page).
struct ReportChart {
    double aspect = 0.42; // height / width
    std::function<void(QPainter& painter, const QRectF& target)> paint;
};

class DashboardReport {
    Q_DECLARE_TR_FUNCTIONS(fd::DashboardReport)

public:
    // The report as a paginated document laid out for `device`'s pages (its paint rect, less a
    // footer line). Tables are QTextTables with one header row, in the order of report.tables;
    // charts are drawn by their painters when the document is drawn.
    static std::unique_ptr<QTextDocument> document(const ReportHeading& heading,
                                                   const Report& report,
                                                   std::vector<ReportChart> charts,
                                                   QPagedPaintDevice& device);

    // Writes the report as an A4 PDF to `out`: the number of pages, or the sentence saying why
    // not. `dpi` is the screen's logical resolution, so that charts laid out for the screen
    // keep their proportions on paper.
    static Result<int> writePdf(QIODevice& out, const ReportHeading& heading, const Report& report,
                                std::vector<ReportChart> charts, int dpi = 96);
};

} // namespace fd
