#include "DashboardReport.h"

#include "domain/Enums.h"
#include "models/Formatting.h"
#include "models/ReportText.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPicture>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextObjectInterface>
#include <QTextTable>

#include <cmath>

namespace fd {

namespace {

constexpr int kChartObject = QTextFormat::UserObject + 1;
constexpr int kChartIndex = QTextFormat::UserProperty + 1;

// Draws the charts where the document holds their placeholders, with the page's painter.
class ChartObjects : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    ChartObjects(std::vector<ReportChart> charts, QObject* parent)
        : QObject(parent), m_charts(std::move(charts))
    {
    }

    QSizeF intrinsicSize(QTextDocument* doc, int, const QTextFormat& format) override
    {
        const ReportChart* chart = at(format);
        const double width = doc->pageSize().width() - 2 * doc->documentMargin() - 2;
        return {width, chart ? width * chart->aspect : 0};
    }

    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                    const QTextFormat& format) override
    {
        if (const ReportChart* chart = at(format); chart && chart->paint) {
            // Recorded apart and played back: nothing the chart does to its painter (clips,
            // fonts, transforms) reaches the text drawn after it.
            QPicture picture;
            QPainter recorder(&picture);
            chart->paint(recorder, QRectF(QPointF(0, 0), rect.size()));
            recorder.end();
            painter->save();
            painter->drawPicture(rect.topLeft(), picture);
            painter->restore();
        }
    }

private:
    const ReportChart* at(const QTextFormat& format) const
    {
        const int index = format.intProperty(kChartIndex);
        return index >= 0 && index < static_cast<int>(m_charts.size())
                   ? &m_charts[static_cast<std::size_t>(index)]
                   : nullptr;
    }

    std::vector<ReportChart> m_charts;
};

// A table with one header row, repeated on every page the table runs onto.
void addTable(QTextCursor& cursor, const QStringList& columns, const std::vector<QStringList>& rows,
              const std::vector<bool>& numeric)
{
    QTextTableFormat format;
    format.setHeaderRowCount(1);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorder(0.5);
    format.setBorderBrush(QColor(0xd1, 0xd5, 0xdb));
    format.setBorderCollapse(true);
    format.setCellPadding(3);
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QTextTable* table = cursor.insertTable(static_cast<int>(rows.size()) + 1,
                                           static_cast<int>(columns.size()), format);
    QTextCharFormat head;
    head.setFontWeight(QFont::Bold);
    QTextCharFormat headCell;
    headCell.setBackground(QColor(0xf3, 0xf4, 0xf6));
    QTextBlockFormat right;
    right.setAlignment(Qt::AlignRight);
    for (int c = 0; c < columns.size(); ++c) {
        QTextTableCell cell = table->cellAt(0, c);
        cell.setFormat(headCell);
        QTextCursor at = cell.firstCursorPosition();
        if (numeric[static_cast<std::size_t>(c)])
            at.setBlockFormat(right);
        at.insertText(columns.at(c), head);
    }
    for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
        const QStringList& row = rows[static_cast<std::size_t>(r)];
        for (int c = 0; c < columns.size(); ++c) {
            QTextCursor at = table->cellAt(r + 1, c).firstCursorPosition();
            if (numeric[static_cast<std::size_t>(c)])
                at.setBlockFormat(right);
            at.insertText(row.value(c));
        }
    }
    cursor.movePosition(QTextCursor::End);
}

// A heading too near the foot of its page for what follows starts the next page instead.
void keepWithNext(QTextDocument& doc, const std::vector<std::pair<int, double>>& headings)
{
    const double pageHeight = doc.pageSize().height();
    for (const auto& [number, room] : headings) {
        QTextBlock block = doc.findBlockByNumber(number);
        const QRectF box = doc.documentLayout()->blockBoundingRect(block);
        const double pageEnd = (std::floor(box.top() / pageHeight) + 1) * pageHeight;
        if (pageEnd - box.bottom() >= room || box.top() <= pageEnd - pageHeight + 1)
            continue;
        QTextCursor at(block);
        QTextBlockFormat format = block.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        at.setBlockFormat(format);
        // Laid out again from the start: Qt 6.4's incremental relayout after a table in a
        // paginated document left later headings undrawn.
        doc.markContentsDirty(0, doc.characterCount());
    }
}

// A column is numbers when every cell in it is (right-aligned, as on screen).
std::vector<bool> numericColumns(const ReportTable& t)
{
    std::vector<bool> numeric(static_cast<std::size_t>(t.columns.size()), true);
    for (const QStringList& row : t.rows) {
        for (int c = 0; c < t.columns.size(); ++c) {
            bool number = row.value(c).isEmpty();
            if (!number)
                row.value(c).toDouble(&number);
            if (!number)
                numeric[static_cast<std::size_t>(c)] = false;
        }
    }
    return numeric;
}

// In the window's words: display names, ISO dates, Title-style headers (ReportText).
std::vector<QStringList> displayCells(const ReportTable& t)
{
    std::vector<QStringList> cells;
    for (const QStringList& row : t.rows) {
        QStringList words;
        for (int c = 0; c < t.columns.size(); ++c)
            words << displayCell(t, row, c);
        cells.push_back(words);
    }
    return cells;
}

// The report written section by section at `cursor`, in the formats they share. Each heading is
// kept with the room it needs below it on its page (its table's header and a few rows, or its
// chart); keepWithNext() moves it to the next page when there is less.
class Sections {
public:
    Sections(QTextCursor& at, double lineSpacing) : cursor(at), lineHeight(lineSpacing)
    {
        title.setFontPointSize(20);
        title.setFontWeight(QFont::Bold);
        h2.setFontPointSize(12.5);
        h2.setFontWeight(QFont::Bold);
        label.setForeground(QColor(0x4b, 0x55, 0x63));
        spaced.setTopMargin(14);
        spaced.setBottomMargin(4);
        spaced.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
    }

    // The title, then the period, the file and when the report was made.
    void header(const ReportHeading& heading, const Report& report)
    {
        cursor.insertText(heading.title, title);
        cursor.insertBlock(QTextBlockFormat(), plain);
        cursor.insertText(DashboardReport::tr("FunnelDesk dashboard report"), label);
        auto line = [&](const QString& name, const QString& value) {
            cursor.insertBlock(QTextBlockFormat(), plain);
            cursor.insertText(name + QStringLiteral(": "), label);
            cursor.insertText(value, plain);
        };
        const QString period = periodDates(report.period);
        line(DashboardReport::tr("Period"),
             heading.periodName.isEmpty() ? period
                                          : heading.periodName + QStringLiteral(" · ") + period);
        line(DashboardReport::tr("File"), QFileInfo(heading.file).fileName());
        line(DashboardReport::tr("Made"), shortDateTime(heading.madeAt));
    }

    void keyFigures(const std::vector<Kpi>& kpis)
    {
        cursor.insertBlock(spaced, h2);
        headings.emplace_back(cursor.block().blockNumber(), lineHeight * 4);
        cursor.insertText(DashboardReport::tr("Key figures"), h2);
        cursor.insertBlock(QTextBlockFormat(), plain);
        std::vector<QStringList> rows;
        for (const Kpi& k : kpis)
            rows.push_back({k.label, kpiText(k)});
        addTable(cursor, {DashboardReport::tr("Measure"), DashboardReport::tr("Value")}, rows,
                 {false, true});
    }

    // `count` charts (ChartObjects draws them), the heading kept with 30% of `pageWidth`.
    void charts(std::size_t count, double pageWidth)
    {
        cursor.insertBlock(spaced, h2);
        headings.emplace_back(cursor.block().blockNumber(), pageWidth * 0.3);
        cursor.insertText(DashboardReport::tr("Charts"), h2);
        for (std::size_t i = 0; i < count; ++i) {
            QTextBlockFormat block;
            block.setTopMargin(6);
            cursor.insertBlock(block, plain);
            QTextCharFormat object;
            object.setObjectType(kChartObject);
            object.setProperty(kChartIndex, static_cast<int>(i));
            cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
        }
    }

    void table(const ReportTable& t)
    {
        cursor.insertBlock(spaced, h2);
        headings.emplace_back(
            cursor.block().blockNumber(),
            lineHeight *
                (t.rows.empty() ? 1 : std::min<double>(5, static_cast<double>(t.rows.size()) + 1)));
        cursor.insertText(t.title, h2);
        cursor.insertBlock(QTextBlockFormat(), plain);
        if (t.rows.empty()) {
            cursor.insertText(DashboardReport::tr("None."), label);
            return;
        }
        addTable(cursor, displayHeaders(t), displayCells(t), numericColumns(t));
    }

    const std::vector<std::pair<int, double>>& headingRooms() const { return headings; }

private:
    QTextCursor& cursor;
    double lineHeight;
    QTextCharFormat title;
    QTextCharFormat h2;
    QTextCharFormat plain;
    QTextCharFormat label;
    QTextBlockFormat spaced;
    std::vector<std::pair<int, double>> headings;
};

} // namespace

std::unique_ptr<QTextDocument> DashboardReport::document(const ReportHeading& heading,
                                                         const Report& report,
                                                         std::vector<ReportChart> charts,
                                                         QPagedPaintDevice& device)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->documentLayout()->setPaintDevice(&device);
    QFont base = doc->defaultFont();
    base.setPointSizeF(9.5);
    doc->setDefaultFont(base);
    const QRect page = device.pageLayout().paintRectPixels(device.logicalDpiY());
    const QFontMetricsF footer(base, &device);
    const QSizeF pageSize(page.width(), page.height() - footer.height() * 2);
    doc->setMetaInformation(QTextDocument::DocumentTitle, heading.title);
    const std::size_t chartCount = charts.size();
    doc->documentLayout()->registerHandler(kChartObject,
                                           new ChartObjects(std::move(charts), doc.get()));

    // Built in one edit, then laid out once for the page (laid out as it grows, a long table
    // took minutes).
    QTextCursor cursor(doc.get());
    cursor.beginEditBlock();
    Sections sections(cursor, QFontMetricsF(base, &device).lineSpacing() * 1.6);
    sections.header(heading, report);
    if (!report.kpis.empty())
        sections.keyFigures(report.kpis);
    if (chartCount > 0)
        sections.charts(chartCount, pageSize.width());
    for (const ReportTable& t : report.tables)
        sections.table(t);
    cursor.endEditBlock();
    doc->setPageSize(pageSize);
    keepWithNext(*doc, sections.headingRooms());
    return doc;
}

Result<int> DashboardReport::writePdf(QIODevice& out, const ReportHeading& heading,
                                      const Report& report, std::vector<ReportChart> charts,
                                      int dpi)
{
    QPdfWriter pdf(&out);
    pdf.setResolution(dpi);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(15, 15, 15, 12), QPageLayout::Millimeter);
    pdf.setTitle(heading.title);
    pdf.setCreator(QStringLiteral("FunnelDesk"));
    auto doc = document(heading, report, std::move(charts), pdf);
    const QSizeF page = doc->pageSize();
    const int pages = doc->pageCount();
    QPainter painter;
    if (!painter.begin(&pdf))
        return failure(DashboardReport::tr("The PDF could not be started."));
    const QRect paintRect = painter.viewport();
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !pdf.newPage())
            return failure(
                DashboardReport::tr("The PDF's page %1 could not be started.").arg(i + 1));
        painter.save();
        painter.translate(0, -i * page.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, i * page.height(), page.width(), page.height());
        context.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(context.clip);
        doc->documentLayout()->draw(&painter, context);
        painter.restore();
        // The footer: what this is, and where in it.
        painter.save();
        QFont small = doc->defaultFont();
        small.setPointSizeF(8);
        painter.setFont(small);
        painter.setPen(QColor(0x6b, 0x72, 0x80));
        const QRectF foot(0, page.height(), paintRect.width(), paintRect.height() - page.height());
        painter.drawText(foot, Qt::AlignLeft | Qt::AlignBottom, heading.title);
        painter.drawText(foot, Qt::AlignRight | Qt::AlignBottom,
                         DashboardReport::tr("Page %1 of %2").arg(i + 1).arg(pages));
        painter.restore();
    }
    if (!painter.end())
        return failure(DashboardReport::tr("The PDF could not be finished."));
    return pages;
}

} // namespace fd

#include "DashboardReport.moc"
