#include "MainWindow.h"

#include "storage/Database.h"
#include "storage/StatsRepository.h"

#include <QApplication>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QStatusBar>
#include <QVBoxLayout>

namespace fd {

namespace {

QGroupBox* countBox(const QString& title, const std::vector<std::pair<QString, qint64>>& rows)
{
    auto* box = new QGroupBox(title);
    box->setMinimumWidth(320);
    auto* form = new QFormLayout(box);
    form->setLabelAlignment(Qt::AlignLeft);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    const QLocale locale;
    for (const auto& [label, value] : rows) {
        auto* number = new QLabel(locale.toString(value));
        number->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        number->setMinimumWidth(number->fontMetrics().horizontalAdvance(QStringLiteral("0,000,000,000")));
        QFont font = number->font();
        font.setBold(true);
        number->setFont(font);
        form->addRow(label, number);
    }
    return box;
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<Database> database, QWidget* parent)
    : QMainWindow(parent), m_db(std::move(database))
{
    setWindowTitle(tr("%1 — FunnelDesk").arg(QFileInfo(m_db->path()).fileName()));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    auto* heading = new QLabel(tr("<h2>%1</h2><p>Customers move through Onboarding → Post-sales "
                                  "support → Retention → Advocacy. These are the numbers this "
                                  "file holds.</p>")
                                   .arg(QFileInfo(m_db->path()).fileName().toHtmlEscaped()));
    heading->setWordWrap(true);
    layout->addWidget(heading);
    auto* row = new QHBoxLayout;
    layout->addLayout(row);
    m_entities = new QWidget;
    m_stages = new QWidget;
    row->addWidget(m_entities);
    row->addWidget(m_stages);
    row->addStretch();
    layout->addStretch();
    setCentralWidget(central);
    m_status = new QLabel;
    statusBar()->addPermanentWidget(m_status, 1);
    m_status->setText(m_db->path() + (m_db->isReadOnly() ? tr(" (read-only)") : QString()));
    resize(1280, 800);
    refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::refresh()
{
    auto counts = StatsRepository(*m_db).counts();
    if (!counts) {
        QMessageBox::critical(this, tr("FunnelDesk"), counts.error());
        return;
    }
    showCounts(*counts);
}

void MainWindow::showCounts(const DatabaseCounts& c)
{
    auto replace = [](QWidget* holder, QWidget* content) {
        delete holder->layout();
        qDeleteAll(holder->findChildren<QWidget*>(Qt::FindDirectChildrenOnly));
        auto* layout = new QVBoxLayout(holder);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(content);
        layout->addStretch();
    };
    replace(m_entities, countBox(tr("In this file"), {{tr("Customers"), c.customers},
                                                      {tr("Contacts"), c.contacts},
                                                      {tr("Agents"), c.agents},
                                                      {tr("Tickets"), c.tickets},
                                                      {tr("Ticket replies and notes"), c.comments},
                                                      {tr("Touchpoints"), c.touchpoints},
                                                      {tr("Stage moves"), c.transitions}}));
    std::vector<std::pair<QString, qint64>> stages;
    for (std::size_t i = 0; i < enumCount<Stage>(); ++i)
        stages.emplace_back(displayName(static_cast<Stage>(i)), c.activeByStage[i]);
    stages.emplace_back(tr("Churned"), c.churned);
    replace(m_stages, countBox(tr("Customers by stage"), stages));
}

} // namespace fd
