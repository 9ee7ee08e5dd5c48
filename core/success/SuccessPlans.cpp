#include "success/SuccessPlans.h"

#include <algorithm>

#include "domain/Validation.h"

namespace fd {

namespace {

constexpr int kMaxDays = 3650;
constexpr int kMaxTitle = 200;

PlanStep step(int days, TouchpointKind kind, const char* title, bool recurring = false)
{
    return PlanStep{days, recurring, kind, QString::fromUtf8(title)};
}

} // namespace

SuccessPlans SuccessPlans::defaults()
{
    SuccessPlans plans;
    plans.steps[static_cast<std::size_t>(Stage::Onboarding)] = {
        step(3, TouchpointKind::Phone, "Kickoff call"),
        step(7, TouchpointKind::LiveChat, "Product walkthrough"),
        step(14, TouchpointKind::InPerson, "Training session"),
        step(30, TouchpointKind::Phone, "Onboarding check-in"),
    };
    plans.steps[static_cast<std::size_t>(Stage::PostSales)] = {
        step(14, TouchpointKind::Email, "Check that the first tickets were solved well"),
        step(45, TouchpointKind::Phone, "Post-sales check-in"),
    };
    plans.steps[static_cast<std::size_t>(Stage::Retention)] = {
        step(90, TouchpointKind::SuccessReview, "Success review", true),
    };
    plans.steps[static_cast<std::size_t>(Stage::Advocacy)] = {
        step(14, TouchpointKind::Email, "Ask for a testimonial or a referral"),
    };
    return plans;
}

QString SuccessPlanSettings::settingsKey(Stage stage)
{
    return QStringLiteral("plan.") + toString(stage);
}

Result<PlanStep> SuccessPlanSettings::parseStep(const QString& text)
{
    QString rest = text.trimmed();
    PlanStep s;
    if (rest.startsWith(QLatin1String("every "))) {
        s.recurring = true;
        rest = rest.mid(6).trimmed();
    }
    const qsizetype first = rest.indexOf(QLatin1Char(':'));
    const qsizetype second = first < 0 ? -1 : rest.indexOf(QLatin1Char(':'), first + 1);
    if (second < 0)
        return failure(tr("The plan step “%1” is not of the form DAYS:KIND:TITLE or every "
                          "DAYS:KIND:TITLE, e.g. "
                          "3:phone:Kickoff call.")
                           .arg(text));
    bool ok = false;
    s.days = rest.left(first).trimmed().toInt(&ok);
    const int least = s.recurring ? 1 : 0;
    if (!ok || s.days < least || s.days > kMaxDays)
        return failure(tr("The plan step “%1” needs its days as a whole number from %2 to %3.")
                           .arg(text)
                           .arg(least)
                           .arg(kMaxDays));
    const QString kind = rest.mid(first + 1, second - first - 1).trimmed();
    if (kind != QLatin1String("none")) {
        s.kind = enumFromString<TouchpointKind>(kind);
        if (!s.kind)
            return failure(tr("The plan step “%1” names “%2”, which is not a touchpoint kind; "
                              "choose none or %3.")
                               .arg(text, kind, enumNameList<TouchpointKind>()));
    }
    s.title = rest.mid(second + 1).trimmed();
    if (s.title.isEmpty())
        return failure(tr("The plan step “%1” needs a title.").arg(text));
    if (s.title.size() > kMaxTitle)
        return failure(tr("The plan step “%1” has a title of %2 characters; at most %3 fit.")
                           .arg(text)
                           .arg(s.title.size())
                           .arg(kMaxTitle));
    if (const QString problem = Validation::lineProblem(s.title, tr("plan step's title"));
        !problem.isEmpty())
        return failure(problem);
    return s;
}

QString SuccessPlanSettings::stepText(const PlanStep& s)
{
    return (s.recurring ? QStringLiteral("every ") : QString()) + QString::number(s.days) +
           QLatin1Char(':') + (s.kind ? toString(*s.kind) : QStringLiteral("none")) +
           QLatin1Char(':') + s.title;
}

Result<std::vector<PlanStep>> SuccessPlanSettings::parseSteps(const QStringList& texts)
{
    std::vector<PlanStep> steps;
    for (const QString& text : texts) {
        auto s = parseStep(text);
        if (!s)
            return failure(s.error());
        const auto same =
            [&s](const PlanStep& other) { // the same task, whatever the case of its title
                return other.days == s->days && other.recurring == s->recurring &&
                       other.kind == s->kind &&
                       other.title.compare(s->title, Qt::CaseInsensitive) == 0;
            };
        if (std::any_of(steps.begin(), steps.end(), same))
            return failure(tr("The step “%1” is given twice; a plan makes each of its steps once.")
                               .arg(text.trimmed()));
        steps.push_back(*s);
    }
    return steps;
}

QString SuccessPlanSettings::settingsValue(const std::vector<PlanStep>& steps)
{
    QStringList lines;
    for (const PlanStep& s : steps)
        lines << stepText(s);
    return steps.empty() ? QStringLiteral("")
                         : lines.join(QLatin1Char('\n')); // an empty plan, not NULL
}

Result<SuccessPlans> SuccessPlanSettings::fromSettings(const std::map<QString, QString>& settings)
{
    SuccessPlans plans = SuccessPlans::defaults();
    for (std::size_t i = 0; i < enumCount<Stage>(); ++i) {
        const auto stage = static_cast<Stage>(i);
        const auto found = settings.find(settingsKey(stage));
        if (found == settings.end())
            continue;
        const QStringList lines = found->second.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        auto steps = parseSteps(lines);
        if (!steps)
            return failure(tr("The saved success plan of %1 is invalid: %2")
                               .arg(displayName(stage), steps.error()));
        plans.steps[i] = std::move(*steps);
    }
    return plans;
}

QDate PlanTasks::localDay(qint64 utcSecs)
{
    return QDateTime::fromSecsSinceEpoch(utcSecs, Qt::UTC).toLocalTime().date();
}

std::vector<PlannedTask> PlanTasks::forEntry(const SuccessPlans& plans, qint64 customerId,
                                             Stage stage, qint64 enteredAt, qint64 now)
{
    std::vector<PlannedTask> tasks;
    const QDate entered = localDay(enteredAt);
    const QDate today = localDay(now);
    const std::vector<PlanStep>& steps = plans.of(stage);
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const QDate due = entered.addDays(steps[i].days);
        if (due < today)
            continue;
        PlannedTask t;
        t.customerId = customerId;
        t.title = steps[i].title;
        t.kind = steps[i].kind;
        t.dueDay = due;
        t.origin = QStringLiteral("plan:") + toString(stage);
        t.occasion = QStringLiteral("entry:") + QString::number(enteredAt);
        t.step = static_cast<int>(i);
        t.createdAt = now;
        tasks.push_back(std::move(t));
    }
    return tasks;
}

std::optional<PlannedTask> PlanTasks::next(const PlanStep& step, qint64 customerId,
                                           const QString& origin, int stepIndex, qint64 doneTaskId,
                                           const QDate& doneDay, qint64 now)
{
    if (!step.recurring)
        return std::nullopt;
    PlannedTask t;
    t.customerId = customerId;
    t.title = step.title;
    t.kind = step.kind;
    t.dueDay = doneDay.addDays(step.days);
    t.origin = origin;
    t.occasion = QStringLiteral("after:") + QString::number(doneTaskId);
    t.step = stepIndex;
    t.createdAt = now;
    return t;
}

} // namespace fd
