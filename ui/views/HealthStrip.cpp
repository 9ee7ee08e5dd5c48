#include "views/HealthStrip.h"
#include "StageColors.h"

#include "charts/Sparkline.h"
#include "common/Clock.h"
#include "common/DateTimeText.h"
#include "models/Formatting.h"
#include "success/HealthEngine.h"

#include <QHBoxLayout>
#include <QLabel>

#include <algorithm>

namespace fd {

HealthStrip::HealthStrip(Database& db, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_db(db), m_clock(clock)
{
    m_label = new QLabel(this);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setObjectName(QStringLiteral("customerHealth"));
    m_line = new Sparkline(this);
    m_line->setAccessibleName(tr("Health score, the last 90 days"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_line);
    layout->addStretch(1);
    m_line->setFixedWidth(220);
}

QString HealthStrip::text() const
{
    return m_label->text();
}

void HealthStrip::showCustomer(qint64 customerId)
{
    constexpr int kDays = 90;
    HealthEngine health(m_db, m_clock);
    auto stored = health.current(customerId);
    auto trend = health.trend(customerId, kDays);
    if (!stored || !trend || !*stored) {
        m_label->setText(stored && !*stored ? tr("Health: not scored yet") : QString());
        m_line->setPoints({}, 0, 100, kDays);
        m_line->setToolTip(QString());
        m_line->hide(); // an empty band reads as a broken chart
        return;
    }
    const StoredHealth& now = **stored;
    QString text = tr("Health %1 · %2").arg(now.score).arg(HealthScorer::displayName(now.band));
    if (trend->size() > 1)
        text += QLatin1Char(' ') +
                tr("(was %1 on %2)").arg(trend->front().score).arg(shortDate(trend->front().day));
    m_label->setText(text);
    // A step line: each snapshot holds until the next, the last until today.
    const QDate today = m_clock.now().toLocalTime().date();
    const QDate first = today.addDays(-(kDays - 1));
    std::vector<std::pair<double, double>> points;
    for (std::size_t i = 0; i < trend->size(); ++i) {
        const HealthPoint& p = (*trend)[i];
        const double x = static_cast<double>(first.daysTo(p.day));
        if (i > 0)
            points.emplace_back(x, (*trend)[i - 1].score);
        points.emplace_back(x, p.score);
    }
    if (!trend->empty())
        points.emplace_back(static_cast<double>(first.daysTo(today)), trend->back().score);
    // The scale fits the scores shown (20 points at least), so a change of a few points shows.
    int low = 100;
    int high = 0;
    for (const HealthPoint& p : *trend) {
        low = std::min(low, p.score);
        high = std::max(high, p.score);
    }
    const int mid = (low + high) / 2;
    low = std::max(0, std::min(low - 5, mid - 10));
    high = std::min(100, std::max(high + 5, mid + 10));
    m_line->show();
    m_line->setColor(bandColor(now.band));
    m_line->setPoints(points, low, high, kDays - 1);
    m_line->setToolTip(tr("Health score over the last %1 days: %2 changes, now %3 (%4).")
                           .arg(kDays)
                           .arg(trend->size())
                           .arg(now.score)
                           .arg(HealthScorer::displayName(now.band)));
}

} // namespace fd
