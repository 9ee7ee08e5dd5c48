#include "success/Playbooks.h"

#include <QRegularExpression>

#include <algorithm>

namespace fd {

namespace {

Playbook make(const char* key, const char* line)
{
    auto p = Playbooks::parse(QString::fromLatin1(key), QString::fromUtf8(line));
    Q_ASSERT(p);
    return *p;
}

bool validKey(const QString& key)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9_]{1,40}$"));
    return pattern.match(key).hasMatch();
}

} // namespace

std::vector<Playbook> Playbooks::defaults()
{
    return {
        make("advocate_intro", "entered advocacy -> 14:email:Introduce the new advocate to a "
                               "prospective customer for owner"),
        make("at_risk_call",
             "at_risk -> 1:phone:Call the customer: health dropped to At risk for owner"),
        make("detractor_call", "survey<=6 -> 2:phone:Call back the detractor for owner"),
        make("promoter_ask", "survey>=9 -> 7:email:Ask for a testimonial or a referral for owner"),
        make("silent_reach_out", "silent>=60 -> 3:email:Reach out: no touch in 60 days for owner"),
    };
}

QString Playbooks::settingsKey(const QString& key)
{
    return QStringLiteral("playbook.") + key;
}

Result<Playbook> Playbooks::parse(const QString& key, const QString& line)
{
    if (!validKey(key))
        return failure(tr("“%1” is not a playbook key: use 1 to 40 of a-z, 0-9 and _.").arg(key));
    const QString form = tr(
        "WHEN -> DAYS:KIND:TITLE for owner|manager, e.g. survey<=6 -> 2:phone:Call back for owner");
    const qsizetype arrow = line.indexOf(QLatin1String("->"));
    const qsizetype forAt = line.lastIndexOf(QLatin1String(" for "));
    if (arrow < 0 || forAt < arrow)
        return failure(tr("The playbook %1 (“%2”) is not of the form %3.").arg(key, line, form));
    Playbook p;
    p.key = key;
    const QString when = line.left(arrow).trimmed();
    static const QRegularExpression survey(QStringLiteral("^survey\\s*(<=|>=)\\s*(\\d{1,2})$"));
    static const QRegularExpression silent(QStringLiteral("^silent\\s*>=\\s*(\\d{1,4})$"));
    if (when.startsWith(QLatin1String("entered "))) {
        const auto stage = enumFromString<Stage>(when.mid(8).trimmed());
        if (!stage)
            return failure(tr("The playbook %1 names “%2”, which is not a stage; choose %3.")
                               .arg(key, when.mid(8).trimmed(), enumNameList<Stage>()));
        p.event = PlaybookEvent::Entered;
        p.stage = *stage;
    } else if (when == QLatin1String("at_risk")) {
        p.event = PlaybookEvent::AtRisk;
    } else if (const auto m = survey.match(when); m.hasMatch()) {
        p.event = m.captured(1) == QLatin1String("<=") ? PlaybookEvent::SurveyAtMost
                                                       : PlaybookEvent::SurveyAtLeast;
        p.threshold = m.captured(2).toInt();
        if (p.threshold > 10)
            return failure(tr("The playbook %1 compares a survey with %2; scores run from 0 to 10.")
                               .arg(key)
                               .arg(p.threshold));
    } else if (const auto m = silent.match(when); m.hasMatch()) {
        p.event = PlaybookEvent::Silent;
        p.threshold = m.captured(1).toInt();
        if (p.threshold < 1 || p.threshold > 3650)
            return failure(tr("The playbook %1 needs its silent days from 1 to 3650, not %2.")
                               .arg(key)
                               .arg(p.threshold));
    } else {
        return failure(tr("The playbook %1 starts with “%2”; choose entered STAGE, at_risk, "
                          "survey<=N, survey>=N or silent>=N.")
                           .arg(key, when));
    }
    const QString role = line.mid(forAt + 5).trimmed();
    if (role == QLatin1String("owner"))
        p.role = PlaybookRole::Owner;
    else if (role == QLatin1String("manager"))
        p.role = PlaybookRole::Manager;
    else
        return failure(tr("The playbook %1 is for “%2”; choose owner or manager.").arg(key, role));
    auto step = SuccessPlanSettings::parseStep(line.mid(arrow + 2, forAt - arrow - 2).trimmed());
    if (!step)
        return failure(tr("The playbook %1: %2").arg(key, step.error()));
    if (step->recurring)
        return failure(
            tr("The playbook %1 makes a task once per event; leave out “every”.").arg(key));
    p.task = *step;
    return p;
}

QString Playbooks::text(const Playbook& p)
{
    QString when;
    switch (p.event) {
    case PlaybookEvent::Entered:
        when = QStringLiteral("entered ") + toString(p.stage);
        break;
    case PlaybookEvent::AtRisk:
        when = QStringLiteral("at_risk");
        break;
    case PlaybookEvent::SurveyAtMost:
        when = QStringLiteral("survey<=%1").arg(p.threshold);
        break;
    case PlaybookEvent::SurveyAtLeast:
        when = QStringLiteral("survey>=%1").arg(p.threshold);
        break;
    case PlaybookEvent::Silent:
        when = QStringLiteral("silent>=%1").arg(p.threshold);
        break;
    }
    return when + QStringLiteral(" -> ") + SuccessPlanSettings::stepText(p.task) +
           QStringLiteral(" for ") +
           (p.role == PlaybookRole::Owner ? QStringLiteral("owner") : QStringLiteral("manager"));
}

Result<std::vector<Playbook>> Playbooks::fromSettings(const std::map<QString, QString>& settings)
{
    std::map<QString, Playbook> byKey;
    for (Playbook& p : defaults())
        byKey.emplace(p.key, std::move(p));
    const QString prefix = QStringLiteral("playbook.");
    for (auto it = settings.lower_bound(prefix);
         it != settings.end() && it->first.startsWith(prefix); ++it) {
        const QString key = it->first.mid(prefix.size());
        if (it->second.trimmed().isEmpty()) {
            byKey.erase(key); // switched off
            continue;
        }
        auto p = parse(key, it->second);
        if (!p)
            return failure(tr("The saved playbooks are invalid: %1").arg(p.error()));
        byKey.insert_or_assign(key, std::move(*p));
    }
    std::vector<Playbook> all;
    all.reserve(byKey.size());
    for (auto& [key, p] : byKey)
        all.push_back(std::move(p));
    return all;
}

std::optional<PlannedTask> Playbooks::taskFor(const Playbook& p, qint64 customerId, qint64 eventAt,
                                              const QString& occasion, qint64 now)
{
    const QDate due = PlanTasks::localDay(eventAt).addDays(p.task.days);
    if (due < PlanTasks::localDay(now))
        return std::nullopt;
    PlannedTask t;
    t.customerId = customerId;
    t.title = p.task.title;
    t.kind = p.task.kind;
    t.dueDay = due;
    t.origin = QStringLiteral("playbook:") + p.key;
    t.occasion = occasion;
    t.createdAt = now;
    t.forManager = p.role == PlaybookRole::Manager;
    return t;
}

bool Playbooks::firesOnSurvey(const Playbook& p, int score)
{
    return (p.event == PlaybookEvent::SurveyAtMost && score <= p.threshold) ||
           (p.event == PlaybookEvent::SurveyAtLeast && score >= p.threshold);
}

std::vector<PlannedTask> Playbooks::forEntry(const std::vector<Playbook>& playbooks,
                                             qint64 customerId, Stage stage, qint64 enteredAt,
                                             qint64 now)
{
    std::vector<PlannedTask> tasks;
    for (const Playbook& p : playbooks) {
        if (p.event != PlaybookEvent::Entered || p.stage != stage)
            continue;
        if (auto t = taskFor(p, customerId, enteredAt,
                             QStringLiteral("entry:") + QString::number(enteredAt), now))
            tasks.push_back(std::move(*t));
    }
    return tasks;
}

std::vector<PlannedTask> Playbooks::forSurvey(const std::vector<Playbook>& playbooks,
                                              qint64 customerId, qint64 touchpointId, qint64 at,
                                              int score, qint64 now)
{
    std::vector<PlannedTask> tasks;
    for (const Playbook& p : playbooks) {
        if (!firesOnSurvey(p, score))
            continue;
        if (auto t = taskFor(p, customerId, at,
                             QStringLiteral("survey:") + QString::number(touchpointId), now))
            tasks.push_back(std::move(*t));
    }
    return tasks;
}

} // namespace fd
