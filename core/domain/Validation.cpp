#include "domain/Validation.h"

#include "common/DateTimeText.h"

#include <algorithm>

namespace fd {

namespace {

bool forbiddenInEmail(QChar c)
{
    static const QString marks = QStringLiteral(",;<>()[]\"\\");
    return c.isSpace() || c.category() == QChar::Other_Control || marks.contains(c);
}

bool invisible(QChar c)
{
    return c.category() == QChar::Other_Format;
}

QString withoutInvisible(QString text)
{
    text.removeIf(invisible);
    return text;
}

} // namespace

QString Validation::emailKey(const QString& email)
{
    return withoutInvisible(email.normalized(QString::NormalizationForm_C)).trimmed().toCaseFolded();
}

QString Validation::nameKey(const QString& name)
{
    return withoutInvisible(name.normalized(QString::NormalizationForm_C)).simplified().toCaseFolded();
}

QString Validation::ticketChannelNameList()
{
    QStringList names;
    for (std::size_t i = 0; i < enumCount<TouchpointKind>(); ++i) {
        if (isTicketChannel(static_cast<TouchpointKind>(i)))
            names << toString(static_cast<TouchpointKind>(i));
    }
    return names.join(QStringLiteral(", "));
}

QString Validation::emailProblem(const QString& email, const QString& field)
{
    const QString address = normalisedEmail(email);
    if (address.isEmpty())
        return {};
    if (const auto hidden = std::find_if(address.begin(), address.end(), invisible); hidden != address.end())
        return tr("The %1 “%2” holds an invisible character (U+%3); type the address again "
                  "without it.")
            .arg(field, address, QStringLiteral("%1").arg(hidden->unicode(), 4, 16, QLatin1Char('0')).toUpper());
    const qsizetype at = address.indexOf(QLatin1Char('@'));
    const bool oneAt = at > 0 && at < address.size() - 1 &&
                       address.indexOf(QLatin1Char('@'), at + 1) < 0;
    const bool clean = std::none_of(address.begin(), address.end(), forbiddenInEmail);
    if (oneAt && clean)
        return {};
    return tr("The %1 “%2” is not an email address: write it as name@domain, with one @ and no "
              "spaces.")
        .arg(field, address);
}

QString Validation::nameProblem(const QString& name, const QString& field)
{
    const QString trimmed = name.trimmed();
    if (trimmed.size() > kNameMaxLength)
        return tr("The %1 “%2…” is %3 characters long; a name has at most %4.")
            .arg(field, trimmed.left(40)).arg(trimmed.size()).arg(kNameMaxLength);
    const auto reorders = [](QChar c) {
        const char16_t u = c.unicode();
        return c.category() == QChar::Other_Control || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
    };
    if (const auto bad = std::find_if(trimmed.begin(), trimmed.end(), reorders); bad != trimmed.end())
        return tr("The %1 holds a control or text-direction character (U+%2) at character %3; type "
                  "the name again without it.")
            .arg(field, QStringLiteral("%1").arg(bad->unicode(), 4, 16, QLatin1Char('0')).toUpper())
            .arg(bad - trimmed.begin() + 1);
    return {};
}

QString Validation::futureProblem(const QDateTime& at, const QDateTime& now, const QString& what)
{
    if (!at.isValid() || !now.isValid() || at <= now.addSecs(kFutureSlackSecs))
        return {};
    return tr("%1 %2 is in the future; FunnelDesk records what has happened, up to a day "
              "ahead of this computer's clock.")
        .arg(what, formatLocalDateTime(at));
}

QString Validation::futureProblem(const QDate& day, const QDateTime& now, const QString& what)
{
    if (!day.isValid() || !now.isValid() || day.startOfDay() <= now.addSecs(kFutureSlackSecs))
        return {};
    return tr("%1 %2 is in the future; FunnelDesk records what has happened, up to a day "
              "ahead of this computer's clock.")
        .arg(what, formatDate(day));
}

QString Validation::check(const Customer& c, const QDateTime& now)
{
    if (c.name.trimmed().isEmpty())
        return tr("A customer needs a name.");
    if (QString problem = nameProblem(c.name, tr("customer name")); !problem.isEmpty())
        return problem;
    if (!c.since.isValid())
        return tr("A customer needs a valid first-sale date (since).");
    if (QString problem = emailProblem(c.email, tr("email")); !problem.isEmpty())
        return problem;
    return futureProblem(c.since, now, tr("The first sale (since)"));
}

QString Validation::check(const Contact& c, const QDateTime& now)
{
    if (c.name.trimmed().isEmpty())
        return tr("A contact needs a name.");
    if (QString problem = nameProblem(c.name, tr("contact name")); !problem.isEmpty())
        return problem;
    if (!c.addedAt.isValid())
        return tr("A contact needs the date it was added.");
    if (QString problem = emailProblem(c.email, tr("contact email")); !problem.isEmpty())
        return problem;
    return futureProblem(c.addedAt, now, tr("The contact's date added"));
}

QString Validation::check(const Ticket& t, const QDateTime& now)
{
    if (t.subject.trimmed().isEmpty())
        return tr("A ticket needs a subject.");
    if (!t.createdAt.isValid())
        return tr("A ticket needs the time it was created.");
    if (!isTicketChannel(t.channel))
        return tr("“%1” is not a channel tickets arrive through; choose %2.")
            .arg(toString(t.channel), ticketChannelNameList());
    if (t.csat && (*t.csat < kCsatMin || *t.csat > kCsatMax))
        return tr("CSAT must be between %1 and %2, not %3.").arg(kCsatMin).arg(kCsatMax).arg(*t.csat);
    if (t.solvedAt.isValid() && isOpen(t.status))
        return tr("A ticket that is %1 has no solve time; only a solved or closed ticket has one.")
            .arg(toString(t.status));
    if (t.firstResponseAt.isValid() && t.firstResponseAt < t.createdAt)
        return tr("A ticket cannot have its first response (%1) before it was created (%2).")
            .arg(formatLocalDateTime(t.firstResponseAt), formatLocalDateTime(t.createdAt));
    if (t.solvedAt.isValid() && t.solvedAt < t.createdAt)
        return tr("A ticket cannot be solved (%1) before it was created (%2).")
            .arg(formatLocalDateTime(t.solvedAt), formatLocalDateTime(t.createdAt));
    for (const auto& [at, what] : {std::pair{&t.createdAt, tr("The ticket's creation time")},
                                   std::pair{&t.firstResponseAt, tr("The ticket's first response")},
                                   std::pair{&t.solvedAt, tr("The ticket's solve time")}}) {
        if (QString problem = futureProblem(*at, now, what); !problem.isEmpty())
            return problem;
    }
    return {};
}

QString Validation::check(const Touchpoint& t, const QDateTime& now)
{
    if (!t.occurredAt.isValid())
        return tr("A touchpoint needs the time it happened.");
    if (t.score && (*t.score < kScoreMin || *t.score > kScoreMax))
        return tr("A survey score must be between %1 and %2, not %3.")
            .arg(kScoreMin)
            .arg(kScoreMax)
            .arg(*t.score);
    return futureProblem(t.occurredAt, now, tr("The touchpoint's time"));
}

QString Validation::check(const Agent& a)
{
    const QString name = a.name.trimmed();
    if (name.isEmpty())
        return tr("An agent needs a name.");
    if (QString problem = nameProblem(name, tr("agent name")); !problem.isEmpty())
        return problem;
    if (std::all_of(name.begin(), name.end(), [](QChar c) { return c.isDigit(); }))
        return tr("An agent cannot be named “%1”, only digits: a number alone names the agent "
                  "with that number; add a letter.")
            .arg(name);
    return emailProblem(a.email, tr("agent email"));
}

} // namespace fd
