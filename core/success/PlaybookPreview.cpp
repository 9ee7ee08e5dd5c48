#include "success/PlaybookPreview.h"

#include "common/KeyedParameters.h"
#include "common/TimeUnits.h"
#include "stages/RuleEvaluator.h"
#include "storage/PlaybookRepository.h"
#include "storage/SettingsRepository.h"

#include <algorithm>
#include <map>

namespace fd {

qint64 PlaybookPreview::tasks(const QString& key) const
{
    qint64 n = 0;
    for (const PlaybookReach& r : reach)
        if (r.key == key)
            n += r.tasks;
    return n;
}

std::vector<qint64> PlaybookPreview::customers(const QString& key) const
{
    std::vector<qint64> ids;
    for (const PlaybookReach& r : reach)
        if (r.key == key)
            ids.insert(ids.end(), r.customerIds.begin(), r.customerIds.end());
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

Result<PlaybookPreview> PlaybookPreviewer::preview(const QStringList& assignments, int days)
{
    if (days < 1 || days > 365)
        return failure(tr("A playbook preview looks back 1 to 365 days, not %1.").arg(days));
    PlaybookPreview out;
    out.days = days;
    if (assignments.isEmpty()) {
        auto settings = SettingsRepository(m_db).all();
        if (!settings)
            return failure(settings.error());
        auto saved = Playbooks::fromSettings(*settings);
        if (!saved)
            return failure(saved.error());
        out.playbooks = std::move(*saved);
    } else {
        auto split = KeyedParameters::assignments(
            assignments,
            QStringLiteral("playbook.detractor=survey<=6 -> 2:phone:Call back for owner"));
        if (!split)
            return failure(split.error());
        const QString prefix = QStringLiteral("playbook.");
        std::map<QString, Playbook> byKey;
        for (const auto& [given, line] : *split) {
            const QString key = given.startsWith(prefix) ? given.mid(prefix.size()) : given;
            if (line.trimmed().isEmpty()) {
                out.off << key;
                continue;
            }
            auto p = Playbooks::parse(key, line.trimmed());
            if (!p)
                return failure(p.error());
            if (!byKey.emplace(key, std::move(*p)).second)
                return failure(tr("The playbook %1 is given twice.").arg(key));
        }
        for (auto& [key, p] : byKey)
            out.playbooks.push_back(std::move(p));
    }

    const Moment now = Moment::at(m_clock.now());
    out.today = now.day;
    out.from = now.day.addDays(1 - days);
    PlaybookWindow window;
    window.now = now.secs;
    window.today = now.day;
    window.fromDay = out.from;
    window.from = now.secs - static_cast<qint64>(days) * kDay;
    for (const Playbook& p : out.playbooks) {
        auto hits = PlaybookRepository(m_db).hits(p, window);
        if (!hits)
            return failure(hits.error());
        std::map<QString, PlaybookReach> byAgent;
        for (const PlaybookHit& h : *hits) {
            PlaybookReach& r = byAgent[h.assignee];
            r.key = p.key;
            r.assignee = h.assignee;
            ++r.tasks;
            if (r.customerIds.empty() || r.customerIds.back() != h.customerId)
                r.customerIds.push_back(h.customerId); // hits come by customer id
        }
        std::vector<PlaybookReach> rows;
        rows.reserve(byAgent.size());
        for (auto& [agent, r] : byAgent)
            rows.push_back(std::move(r));
        std::stable_sort(
            rows.begin(), rows.end(),
            [](const PlaybookReach& a, const PlaybookReach& b) { return a.tasks > b.tasks; });
        out.reach.insert(out.reach.end(), std::make_move_iterator(rows.begin()),
                         std::make_move_iterator(rows.end()));
    }
    return out;
}

} // namespace fd
