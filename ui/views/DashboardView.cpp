#include "views/DashboardView.h"

#include "BackgroundTask.h"
#include "StageColors.h"
#include "charts/BarChart.h"
#include "common/Clock.h"
#include "metrics/DashboardMetrics.h"
#include "metrics/ReportFormat.h"
#include "storage/Database.h"
#include "views/ListTable.h"

#include <QBuffer>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace fd {

namespace {

enum Range { ThisWeek, Last30, Last90, ThisQuarter, Custom };

QString kpiText(const Kpi& k)
{
    if (!k.value)
        return QStringLiteral("—");
    const double v = *k.value;
    const bool whole = v == static_cast<double>(static_cast<qint64>(v));
    QString text = whole ? QLocale().toString(static_cast<qint64>(v)) : QLocale().toString(v, 'f', 1);
    if (k.unit == QLatin1String("%"))
        text += QStringLiteral(" %");
    return text;
}

// The chart's numbers: the first table whose second column is a count, by its first.
const ReportTable* chartable(const Report& report)
{
    for (const ReportTable& t : report.tables) {
        if (t.key == QLatin1String("stuck") || t.key == QLatin1String("health") || t.rows.empty() || t.columns.size() < 2)
            continue;
        bool numbers = true;
        for (const QStringList& row : t.rows)
            numbers = numbers && row.size() > 1 && (row.at(1).toDouble(&numbers), numbers);
        if (numbers)
            return &t;
    }
    return nullptr;
}

} // namespace

DashboardView::DashboardView(Database& db, const Clock& clock, QStringList reports, std::optional<Stage> stage,
                             QWidget* parent)
    : QWidget(parent), m_db(db), m_clock(clock), m_reports(std::move(reports)), m_stage(stage)
{
    auto* title = new QLabel(stage ? tr("<b>%1</b>").arg(displayName(*stage)) : tr("<b>Overview</b>"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    title->setFont(big);
    m_range = new QComboBox;
    m_range->addItems({tr("This week"), tr("Last 30 days"), tr("Last 90 days"), tr("This quarter"), tr("Custom")});
    m_from = new QDateEdit;
    m_to = new QDateEdit;
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setVisible(false);
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_range->currentIndex() == Custom && m_from->date() <= m_to->date())
                setPeriod({m_from->date().startOfDay().toUTC(), m_to->date().addDays(1).startOfDay().toUTC()});
        });
    }
    m_status = new QLabel;
    auto* pdf = new QPushButton(tr("Export PDF…"));
    pdf->setToolTip(tr("The whole dashboard on one page, to mail"));
    auto* png = new QPushButton(tr("Chart as PNG…"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addStretch(1);
    bar->addWidget(m_status);
    bar->addWidget(m_range);
    bar->addWidget(m_from);
    bar->addWidget(m_to);
    bar->addWidget(png);
    bar->addWidget(pdf);

    m_content = new QWidget;
    auto* content = new QVBoxLayout(m_content);
    m_tiles = new QGridLayout;
    content->addLayout(m_tiles);
    m_chart = new BarChart;
    content->addWidget(m_chart);
    m_tables = new QVBoxLayout;
    content->addLayout(m_tables);
    content->addStretch(1);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_content);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(scroll, 1);

    connect(m_range, &QComboBox::currentIndexChanged, this, &DashboardView::choosePeriod);
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the dashboard"), QString(), tr("PDF files (*.pdf)"));
        if (!path.isEmpty() && !exportPdf(path))
            emit failed(tr("Cannot write “%1”.").arg(path));
    });
    connect(png, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the chart"), QString(), tr("PNG images (*.png)"));
        if (!path.isEmpty() && !saveChart(path))
            emit failed(tr("Cannot write “%1”.").arg(path));
    });
    m_range->setCurrentIndex(Last30);
    choosePeriod(Last30);
}

void DashboardView::choosePeriod(int index)
{
    const QDateTime now = m_clock.now();
    const QDate today = now.toLocalTime().date();
    m_from->setVisible(index == Custom);
    m_to->setVisible(index == Custom);
    switch (index) {
    case ThisWeek:
        setPeriod({today.addDays(1 - today.dayOfWeek()).startOfDay().toUTC(), today.addDays(1).startOfDay().toUTC()});
        break;
    case Last30:
        setPeriod(Period::lastDays(now, 30));
        break;
    case Last90:
        setPeriod(Period::lastDays(now, 90));
        break;
    case ThisQuarter: {
        const QDate start(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
        setPeriod({start.startOfDay().toUTC(), today.addDays(1).startOfDay().toUTC()});
        break;
    }
    case Custom:
        m_from->setDate(m_period.from.toLocalTime().date());
        m_to->setDate(m_period.to.addSecs(-1).toLocalTime().date());
        break;
    }
}

void DashboardView::setPeriod(const Period& period)
{
    m_period = period;
    refresh();
}

void DashboardView::refresh()
{
    m_ready = false;
    const int generation = ++m_generation;
    m_status->setText(tr("Counting…"));
    auto result = std::make_shared<Report>();
    const QStringList names = m_reports;
    const Period period = m_period;
    auto* task = BackgroundTask::start(
        m_db.path(), tr("Dashboard"),
        [result, names, period](Database& db, const BackgroundTask::Report&, const std::atomic_bool&) -> Result<QString> {
            DashboardMetrics metrics(db, Clock::system());
            for (const QString& name : names) {
                auto report = metrics.report(name, period);
                if (!report)
                    return failure(report.error());
                if (result->name.isEmpty()) {
                    *result = std::move(*report);
                    continue;
                }
                for (Kpi& k : report->kpis)
                    result->kpis.push_back(std::move(k));
                for (ReportTable& t : report->tables)
                    result->tables.push_back(std::move(t));
            }
            return QString();
        },
        this);
    connect(task, &BackgroundTask::finished, this, [this, generation, result](bool ok, const QString& message) {
        if (generation != m_generation)
            return; // a newer period was asked for meanwhile
        m_status->clear();
        if (!ok) {
            emit failed(message);
            return;
        }
        show(*result);
        m_ready = true;
        emit ready();
    });
}

QWidget* DashboardView::tile(const Kpi& k)
{
    auto* button = new QToolButton;
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setText(kpiText(k) + (k.unit.isEmpty() || k.unit == QLatin1String("%") || !k.value ? QString()
                                                                                               : QLatin1Char(' ') + k.unit) +
                    QLatin1Char('\n') + k.label);
    QFont font = button->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    button->setFont(font);
    button->setMinimumSize(170, 64);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    button->setAutoRaise(false);
    const QColor accent = m_stage ? stageColor(*m_stage) : palette().color(QPalette::Highlight);
    button->setStyleSheet(QStringLiteral("QToolButton { border: 1px solid palette(mid); border-left: 4px solid %1; "
                                         "border-radius: 4px; padding: 6px; text-align: left; }")
                              .arg(accent.name()));
    button->setObjectName(k.key);
    if (k.drill.kind == DrillDown::Kind::None) {
        button->setFocusPolicy(Qt::NoFocus); // a number to read, not to open
        return button;
    }
    button->setCursor(Qt::PointingHandCursor);
    button->setToolTip(tr("Open the list behind this number"));
    const QString what = k.label;
    connect(button, &QToolButton::clicked, this, [this, list = k.drill, what] { emit this->drill(list, what); });
    return button;
}

void DashboardView::show(const Report& report)
{
    m_report = report;
    while (QLayoutItem* item = m_tiles->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    while (QLayoutItem* item = m_tables->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    constexpr int kColumns = 4;
    for (std::size_t i = 0; i < report.kpis.size(); ++i)
        m_tiles->addWidget(tile(report.kpis[i]), static_cast<int>(i) / kColumns, static_cast<int>(i) % kColumns);

    // The chart: the funnel for the overview, else the first table of counts.
    const QColor color = m_stage ? stageColor(*m_stage) : QColor(0x3b, 0x82, 0xf6);
    if (const ReportTable* funnel = report.table(QStringLiteral("funnel"))) {
        QStringList stages;
        BarSeries now{tr("customers now"), {}, QColor(0x3b, 0x82, 0xf6)};
        BarSeries entered{tr("entered in the period"), {}, QColor(0x10, 0xb9, 0x81)};
        for (const QStringList& row : funnel->rows) {
            stages << displayName(enumFromString<Stage>(row.at(0)).value_or(Stage::Onboarding));
            now.values.push_back(row.at(1).toDouble());
            entered.values.push_back(row.at(2).toDouble());
        }
        m_chart->setTitle(tr("Customers per stage"));
        m_chart->setData(stages, {now, entered}, false);
        m_chart->show();
    } else if (const ReportTable* t = chartable(report)) {
        QStringList categories;
        BarSeries series{t->columns.value(1), {}, color};
        for (const QStringList& row : t->rows) {
            categories << row.at(0);
            series.values.push_back(row.at(1).toDouble());
        }
        m_chart->setTitle(t->title);
        m_chart->setData(categories, {series}, categories.size() <= 8);
        m_chart->show();
    } else {
        m_chart->hide();
    }

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
        auto* table = new QTableWidget(static_cast<int>(t.rows.size()), static_cast<int>(t.columns.size()));
        table->setObjectName(t.key);
        table->setHorizontalHeaderLabels(t.columns);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        setUpListTable(table);
        table->setSortingEnabled(false);
        for (int r = 0; r < static_cast<int>(t.rows.size()); ++r) {
            for (int c = 0; c < t.columns.size(); ++c)
                table->setItem(r, c, new QTableWidgetItem(t.rows[static_cast<std::size_t>(r)].value(c)));
        }
        table->resizeColumnsToContents();
        const int visibleRows = std::min<int>(static_cast<int>(t.rows.size()), 10);
        table->setFixedHeight(table->horizontalHeader()->height() + (visibleRows + 1) * table->verticalHeader()->defaultSectionSize());
        const std::vector<qint64> customers = t.rowCustomers;
        connect(table, &QTableWidget::cellDoubleClicked, this, [this, customers](int row) {
            if (row >= 0 && row < static_cast<int>(customers.size()) && customers[static_cast<std::size_t>(row)] > 0)
                emit openCustomer(customers[static_cast<std::size_t>(row)]);
        });
        const QString key = t.key;
        connect(exportButton, &QPushButton::clicked, this, [this, key] {
            const QString path = QFileDialog::getSaveFileName(this, tr("Export the table"), key + QStringLiteral(".csv"),
                                                              tr("CSV files (*.csv)"));
            if (!path.isEmpty() && !exportTable(key, path))
                emit failed(tr("Cannot write “%1”.").arg(path));
        });
        boxLayout->addLayout(head);
        boxLayout->addWidget(table);
        m_tables->addWidget(box);
    }
}

bool DashboardView::exportTable(const QString& key, const QString& path, bool bom) const
{
    const ReportTable* t = m_report.table(key);
    if (!t)
        return false;
    Report one;
    one.name = m_report.name;
    one.period = m_report.period;
    one.tables.push_back(*t);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    // The table alone: its header and rows.
    QBuffer all;
    all.open(QIODevice::WriteOnly);
    if (!ReportFormat::csv(one, all, false))
        return false;
    const QByteArray csv = all.data();
    const qsizetype start = csv.indexOf(QByteArray("\r\n" + key.toUtf8() + "\r\n"));
    QByteArray body = start >= 0 ? csv.mid(start + key.size() + 4) : csv;
    if (bom)
        body.prepend("\xEF\xBB\xBF");
    return file.write(body) == body.size() && file.commit();
}

bool DashboardView::saveChart(const QString& path)
{
    return m_chart->savePng(path);
}

bool DashboardView::exportPdf(const QString& path)
{
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    pdf.setTitle(tr("FunnelDesk — %1").arg(m_report.name));
    QPainter painter;
    if (!painter.begin(&pdf))
        return false;
    // The dashboard as it is on screen, scaled to the page's width (and height, if taller).
    const QPixmap picture = m_content->grab();
    const QRect page = painter.viewport();
    const double scale = std::min(static_cast<double>(page.width()) / picture.width(),
                                  static_cast<double>(page.height()) / picture.height());
    painter.drawPixmap(QRectF(0, 0, picture.width() * scale, picture.height() * scale), picture, picture.rect());
    return painter.end();
}

} // namespace fd
