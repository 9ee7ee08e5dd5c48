#include "views/OverviewView.h"

#include "storage/Database.h"
#include "storage/StatsRepository.h"

#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
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

OverviewView::OverviewView(Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("<h2>%1</h2><p>Customers move through Onboarding → Post-sales "
                                  "support → Retention → Advocacy. These are the numbers this "
                                  "file holds.</p>")
                                   .arg(QFileInfo(m_db.path()).fileName().toHtmlEscaped()));
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
    refresh();
}

void OverviewView::refresh()
{
    auto counts = StatsRepository(m_db).counts();
    if (!counts) {
        emit failed(counts.error());
        return;
    }
    showCounts(*counts);
}

void OverviewView::showCounts(const DatabaseCounts& c)
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
