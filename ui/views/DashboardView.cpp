#include "views/DashboardView.h"
#include "PaletteFollow.h"

#include "BackgroundTask.h"
#include "charts/BarChart.h"
#include "charts/ChartFlow.h"
#include "charts/FlowMatrix.h"
#include "common/Clock.h"
#include "common/OutputFile.h"
#include "ExportConfirmation.h"
#include "metrics/DashboardMetrics.h"
#include "metrics/ReportFormat.h"
#include "models/Formatting.h"
#include "models/ReportText.h"
#include "SaveDialogs.h"
#include "service/Session.h"
#include "StageColors.h"
#include "views/ColumnFit.h"
#include "views/ListTable.h"
#include "views/WrapRow.h"

#include <QAction>
#include <QBuffer>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace fd {

namespace {

enum Range { ThisWeek, Last30, Last90, ThisQuarter, Custom };

} // namespace

DashboardView::DashboardView(Database& db, const Clock& clock, QStringList reports,
                             std::optional<Stage> stage, QWidget* parent)
    : QWidget(parent), m_db(db), m_clock(clock), m_reports(std::move(reports)), m_stage(stage)
{
    auto* title =
        new QLabel(stage ? tr("<b>%1</b>").arg(displayName(*stage)) : tr("<b>Overview</b>"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    title->setFont(big);
    m_range = new QComboBox;
    m_range->setObjectName(QStringLiteral("period"));
    m_range->addItems({tr("This week"), tr("Last 30 days"), tr("Last 90 days"), tr("This quarter"),
                       tr("Custom")});
    m_from = new QDateEdit;
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_to = new QDateEdit;
    m_to->setObjectName(QStringLiteral("periodTo"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(dateFormat());
        edit->setVisible(false);
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_range->currentIndex() == Custom && m_from->date() <= m_to->date())
                setPeriod({m_from->date().startOfDay().toUTC(),
                           m_to->date().addDays(1).startOfDay().toUTC()});
        });
    }
    m_status = new QLabel;
    m_asOf = new QLabel;
    m_asOf->setObjectName(QStringLiteral("asOf"));
    m_asOf->setToolTip(
        tr("When these numbers were counted; they are counted again after every change"));
    auto* refreshButton = new QToolButton;
    refreshButton->setObjectName(QStringLiteral("refreshDashboard"));
    refreshButton->setText(tr("Refresh"));
    refreshButton->setToolTip(tr("Count again now (F5)"));
    connect(refreshButton, &QToolButton::clicked, this, &DashboardView::refresh);
    auto* pdf = new QPushButton(tr("Export PDF…"));
    pdf->setToolTip(tr(
        "The whole dashboard as a report: its figures, charts and every table, to print or mail"));
    auto* png = new QPushButton(tr("Charts as PNG…"));
    // On a narrow window the period and the exports go below the title, not cut.
    auto* bar = WrapRow::ofGroups(
        {{title, m_status, m_asOf}, {m_range, m_from, m_to, refreshButton, png, pdf}});

    QScrollArea* scroll = createContent();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(scroll, 1);

    connect(m_range, &QComboBox::currentIndexChanged, this, &DashboardView::choosePeriod);
    connect(pdf, &QPushButton::clicked, this, [this] {
        saveAs(
            SaveDialogs::Kind::Report, tr("Export the dashboard"),
            suggestedName(QString(), QStringLiteral("pdf")), tr("PDF files (*.pdf)"),
            [this](const QString& path) { return exportPdf(path); },
            tr("The dashboard is saved as a PDF report."));
    });
    connect(png, &QPushButton::clicked, this, [this] {
        saveAs(
            SaveDialogs::Kind::Image, tr("Save the charts"),
            suggestedName(QStringLiteral("charts"), QStringLiteral("png")),
            tr("PNG images (*.png)"), [this](const QString& path) { return saveChart(path); },
            tr("The charts are saved as a picture."));
    });
    m_range->setCurrentIndex(Last30);
    choosePeriod(Last30);
}

// The tiles, the charts (two to a row) and the tables, scrolling under the bar.
QScrollArea* DashboardView::createContent()
{
    m_content = new QWidget;
    auto* content = new QVBoxLayout(m_content);
    m_tiles = new QGridLayout;
    content->addLayout(m_tiles);
    m_charts = new QWidget;
    m_charts->setObjectName(QStringLiteral("charts"));
    m_chartGrid = new QGridLayout(m_charts);
    m_chartGrid->setContentsMargins(0, 4, 0, 4);
    content->addWidget(m_charts);
    m_tables = new QVBoxLayout;
    content->addLayout(m_tables);
    content->addStretch(1);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_content);
    m_chartFlow = new ChartFlow(m_chartGrid, scroll->viewport());
    m_tileFlow = new ChartFlow(m_tiles, scroll->viewport(), 4);
    return scroll;
}

std::optional<Period> DashboardView::rangePeriod(int index) const
{
    const QDateTime now = m_clock.now();
    const QDate today = now.toLocalTime().date();
    switch (index) {
    case ThisWeek:
        return Period{today.addDays(1 - today.dayOfWeek()).startOfDay().toUTC(),
                      today.addDays(1).startOfDay().toUTC()};
    case Last30:
        return Period::lastDays(now, 30);
    case Last90:
        return Period::lastDays(now, 90);
    case ThisQuarter: {
        const QDate start(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
        return Period{start.startOfDay().toUTC(), today.addDays(1).startOfDay().toUTC()};
    }
    default:
        return std::nullopt; // Custom: the dates picked
    }
}

void DashboardView::choosePeriod(int index)
{
    m_from->setVisible(index == Custom);
    m_to->setVisible(index == Custom);
    if (index == Custom) {
        m_rolling = false;
        showDays(m_period);
        return;
    }
    m_rolling = true;
    m_period = *rangePeriod(index);
    refresh();
}

void DashboardView::showDays(const Period& period)
{
    m_from->setDate(period.from.toLocalTime().date());
    m_to->setDate(period.to.addSecs(-1).toLocalTime().date()); // `to` is exclusive
}

void DashboardView::setPeriod(const Period& period)
{
    // The bar shows what is counted: "Custom" and the period's local days, whoever set it.
    {
        const QSignalBlocker blockRange(m_range);
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_range->setCurrentIndex(Custom);
        m_from->setVisible(true);
        m_to->setVisible(true);
        showDays(period);
    }
    m_rolling = false; // fixed dates, not "the last 30 days" as of each refresh
    m_period = period;
    refresh();
}

void DashboardView::dataChanged()
{
    if (isVisible()) {
        refresh();
        return;
    }
    m_stale = true;
}

void DashboardView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

QVariantMap DashboardView::saveState() const
{
    return {{QStringLiteral("range"), m_range->currentIndex()},
            {QStringLiteral("from"), m_period.from},
            {QStringLiteral("to"), m_period.to}};
}

void DashboardView::restoreState(const QVariantMap& state)
{
    const int range = state.value(QStringLiteral("range"), m_range->currentIndex()).toInt();
    const Period period{state.value(QStringLiteral("from")).toDateTime(),
                        state.value(QStringLiteral("to")).toDateTime()};
    if (range == m_range->currentIndex() &&
        (range != Custom || (period.from == m_period.from && period.to == m_period.to)))
        return; // shown already
    if (range == Custom) {
        setPeriod(period);
        return;
    }
    m_range->setCurrentIndex(range); // choosePeriod counts it again
}

void DashboardView::refresh()
{
    m_ready = false;
    m_stale = false;
    // "Last 30 days" and the like end today, whenever the numbers are counted again.
    if (m_rolling)
        m_period = *rangePeriod(m_range->currentIndex());
    const int generation = ++m_generation;
    const QDateTime counting = m_clock.now();
    m_status->setText(tr("Counting…"));
    struct Shown {
        Report report;
        std::vector<Dashboard> dashboards;
    };
    auto result = std::make_shared<Shown>();
    const QStringList names = m_reports;
    const Period period = m_period;
    auto* task = BackgroundTask::start(
        m_db, tr("Dashboard"),
        [result, names, period, clock = &m_clock](Database& db, const BackgroundTask::Report&,
                                                  const std::atomic_bool&) -> Result<QString> {
            DashboardMetrics metrics(db, *clock);
            for (const QString& name : names) {
                auto dashboard = metrics.dashboard(name, period);
                if (!dashboard)
                    return failure(dashboard.error());
                Report report = toReport(*dashboard);
                result->dashboards.push_back(std::move(*dashboard));
                if (result->report.name.isEmpty()) {
                    result->report = std::move(report);
                    continue;
                }
                for (Kpi& k : report.kpis)
                    result->report.kpis.push_back(std::move(k));
                for (ReportTable& t : report.tables)
                    result->report.tables.push_back(std::move(t));
            }
            return QString();
        },
        this);
    connect(
        task, &BackgroundTask::finished, this,
        [this, generation, result, counting](bool ok, const Error& message) {
            if (generation != m_generation)
                return; // a newer period or change was asked for meanwhile
            m_status->clear();
            if (!ok) {
                emit failed(message);
                return;
            }
            m_countedAt = counting;
            const QDateTime local = counting.toLocalTime();
            m_asOf->setText(
                local.date() == m_clock.now().toLocalTime().date()
                    ? tr("as of %1").arg(QLocale().toString(local.time(), QStringLiteral("HH:mm")))
                    : tr("as of %1").arg(shortDateTime(counting)));
            show(result->report, std::move(result->dashboards));
            m_ready = true;
            emit ready();
        });
}

QWidget* DashboardView::tile(const Kpi& k)
{
    auto* button = new QToolButton;
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setText(kpiText(k) + QLatin1Char('\n') + k.label);
    QFont font = button->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    button->setFont(font);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    button->setAutoRaise(false);
    followPalette(button, [this]() -> QString {
        const QColor accent =
            m_stage ? stageColor(*m_stage) : QGuiApplication::palette().color(QPalette::Highlight);
        return QStringLiteral(
                   "QToolButton { border: 1px solid palette(mid); border-left: 4px solid %1; "
                   "border-radius: 4px; padding: 6px; text-align: left; }")
            .arg(accent.name());
    });
    // Never narrower than its words and the style's border and padding: a narrow page
    // scrolls sideways rather than cut "Onboarding → Post-sales" (seen at 936 × 500).
    button->setMinimumSize(std::max(170, button->sizeHint().width()), 64);
    button->setObjectName(k.key);
    if (k.drill.kind == DrillDown::Kind::None) {
        button->setFocusPolicy(Qt::NoFocus); // a number to read, not to open
        return button;
    }
    button->setCursor(Qt::PointingHandCursor);
    button->setToolTip(tr("Open the list behind this number"));
    const QString what = k.label;
    connect(button, &QToolButton::clicked, this,
            [this, list = k.drill, what] { emit this->drill(list, what); });
    return button;
}

void DashboardView::show(const Report& report, std::vector<Dashboard> dashboards)
{
    m_report = report;
    m_dashboards = std::move(dashboards);
    while (QLayoutItem* item = m_tiles->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    while (QLayoutItem* item = m_tables->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (std::size_t i = 0; i < report.kpis.size(); ++i)
        m_tiles->addWidget(tile(report.kpis[i]), static_cast<int>(i), 0);
    m_tileFlow->reflow(); // four to a row, or as many as the page has room for

    showCharts(m_dashboards);

    for (const ReportTable& t : report.tables) {
        auto* box = new QWidget;
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 8, 0, 0);
        auto* head = new QHBoxLayout;
        auto* caption = new QLabel(QStringLiteral("<b>%1</b>").arg(t.title.toHtmlEscaped()));
        caption->setWordWrap(true);
        auto* exportButton = new QPushButton(tr("Export CSV…"));
        head->addWidget(caption, 1);
        head->addWidget(exportButton);
        auto* table =
            new QTableWidget(static_cast<int>(t.rows.size()), static_cast<int>(t.columns.size()));
        table->setObjectName(t.key);
        table->setAccessibleName(t.title);
        exportButton->setAccessibleName(tr("Export “%1” as CSV").arg(t.title));
        table->setHorizontalHeaderLabels(displayHeaders(t));
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        setUpListTable(table);
        table->setSortingEnabled(false);
        for (int r = 0; r < static_cast<int>(t.rows.size()); ++r) {
            for (int c = 0; c < t.columns.size(); ++c) {
                auto* item =
                    new QTableWidgetItem(displayCell(t, t.rows[static_cast<std::size_t>(r)], c));
                // Numbers line up on their last digit, as in a spreadsheet.
                if (t.cellKind(c) == CellKind::Number || t.cellKind(c) == CellKind::Percent)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                table->setItem(r, c, item);
            }
        }
        table->resizeColumnsToContents();
        if (!t.rowDrills.empty())
            table->setToolTip(tr("Double-click a row, or press Enter, to open the list behind it"));
        // Double-click and Enter (activated): the same drill-down as a tile or a bar.
        connect(table, &QTableWidget::activated, this,
                [this, key = t.key](const QModelIndex& at) { drillRow(key, at.row()); });
        const QString key = t.key;
        connect(exportButton, &QPushButton::clicked, this, [this, key] {
            saveAs(
                SaveDialogs::Kind::Csv, tr("Export the table"),
                suggestedName(key, QStringLiteral("csv")), tr("CSV files (*.csv)"),
                [this, key](const QString& path) { return exportTable(key, path); },
                tr("The table is exported as CSV."));
        });
        boxLayout->addLayout(head);
        boxLayout->addLayout(ColumnFit::asWideAsColumns(table, 10));
        if (t.rows.empty()) {
            table->hide(); // kept for its name and export; a sentence reads better than a void
            exportButton->setEnabled(false);
            auto* none = new QLabel(tr("None."));
            none->setObjectName(t.key + QStringLiteral("_none"));
            boxLayout->addWidget(none);
        }
        m_tables->addWidget(box);
    }
}

void DashboardView::drillRow(const QString& tableKey, int row)
{
    const ReportTable* t = m_report.table(tableKey);
    if (!t || row < 0 || row >= static_cast<int>(t->rowDrills.size()))
        return;
    // A row about one customer too: the list holds that customer, selected, under a bar
    // naming it, so Back and Escape work as for any number.
    const DrillDown& drill = t->rowDrills[static_cast<std::size_t>(row)];
    if (drill.kind != DrillDown::Kind::None)
        emit this->drill(drill, t->title + QStringLiteral(": ") +
                                    rowLabel(*t, t->rows[static_cast<std::size_t>(row)]));
}

} // namespace fd
