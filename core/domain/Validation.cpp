#include "domain/Validation.h"

#include "common/DateTimeText.h"

#include <algorithm>
#include <optional>
#include <utility>

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

// Whether every character of `text` is printable ASCII (U+0020 to U+007E), none of which the
// name and line rules refuse: most names and lines of an import are, and then the rules need
// neither the code points nor Unicode's categories.
bool printableAscii(const QString& text)
{
    return std::all_of(text.begin(), text.end(),
                       [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7F; });
}

// Whether textProblem refuses a character of `text`; printable ASCII, most of any text, is
// passed over with one comparison a character.
bool hasRefusedInText(const QString& text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u < 0x20 || u >= 0x7F) && Validation::refusedInText(u);
    });
}

} // namespace

QString Validation::emailKey(const QString& email)
{
    // Printable ASCII is its own NFC and holds no invisible character: an import looks up a
    // million addresses.
    if (printableAscii(email))
        return email.trimmed().toCaseFolded();
    return withoutInvisible(email.normalized(QString::NormalizationForm_C))
        .trimmed()
        .toCaseFolded();
}

QString Validation::nameKey(const QString& name)
{
    return withoutInvisible(name.normalized(QString::NormalizationForm_C))
        .simplified()
        .toCaseFolded();
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
    if (const auto hidden = std::find_if(address.begin(), address.end(), invisible);
        hidden != address.end())
        return tr("The %1 “%2” holds an invisible character (U+%3); type the address again "
                  "without it.")
            .arg(field, address,
                 QStringLiteral("%1").arg(hidden->unicode(), 4, 16, QLatin1Char('0')).toUpper());
    const qsizetype at = address.indexOf(QLatin1Char('@'));
    const bool oneAt =
        at > 0 && at < address.size() - 1 && address.indexOf(QLatin1Char('@'), at + 1) < 0;
    const bool clean = std::none_of(address.begin(), address.end(), forbiddenInEmail);
    if (oneAt && clean)
        return {};
    return tr("The %1 “%2” is not an email address: write it as name@domain, with one @ and no "
              "spaces.")
        .arg(field, address);
}

namespace {

// Whether `at` (UTC) lies more than Validation::kFutureSlackSecs after `now` (UTC); false when
// either is not a time.
bool inFuture(const QDateTime& at, const QDateTime& now)
{
    return at.isValid() && now.isValid() && at > now.addSecs(Validation::kFutureSlackSecs);
}

// What a character refused in a name does, for the sentence: it drives the terminal or the
// layout (control), reorders the line (direction), breaks it (line), or hides (invisible).
enum class Refusal { None, Control, Direction, LineBreak, Invisible };

Refusal refusalOf(char32_t u)
{
    if (u == 0x200C || u == 0x200D) // ZWNJ, ZWJ: Persian, Indic scripts, emoji sequences
        return Refusal::None;
    if ((u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E ||
        u == 0x200F || u == 0x061C)
        return Refusal::Direction;
    if (u == 0x2028 || u == 0x2029)
        return Refusal::LineBreak;
    switch (QChar::category(u)) {
    case QChar::Other_Control:
        return Refusal::Control;
    case QChar::Other_Format: // U+00AD, U+200B, U+2060, U+FEFF, tag characters, …
        return Refusal::Invisible;
    default:
        break;
    }
    // Hangul fillers: letters (Lo) that draw nothing (UTS #39 lists them as restricted).
    if (u == 0x115F || u == 0x1160 || u == 0x3164 || u == 0xFFA0)
        return Refusal::Invisible;
    return Refusal::None;
}

// "U+200B ZERO WIDTH SPACE": the code point and, for the characters a name is most likely to
// bring in (pasted from a web page, a word processor or a crafted file), its Unicode name.
QString characterName(char32_t u)
{
    static const std::pair<char32_t, const char*> kNames[] = {
        {0x0000, "NULL"},
        {0x0009, "CHARACTER TABULATION"},
        {0x000A, "LINE FEED"},
        {0x000D, "CARRIAGE RETURN"},
        {0x001B, "ESCAPE"},
        {0x007F, "DELETE"},
        {0x009B, "CONTROL SEQUENCE INTRODUCER"},
        {0x00AD, "SOFT HYPHEN"},
        {0x061C, "ARABIC LETTER MARK"},
        {0x115F, "HANGUL CHOSEONG FILLER"},
        {0x1160, "HANGUL JUNGSEONG FILLER"},
        {0x180E, "MONGOLIAN VOWEL SEPARATOR"},
        {0x200B, "ZERO WIDTH SPACE"},
        {0x200E, "LEFT-TO-RIGHT MARK"},
        {0x200F, "RIGHT-TO-LEFT MARK"},
        {0x2028, "LINE SEPARATOR"},
        {0x2029, "PARAGRAPH SEPARATOR"},
        {0x202A, "LEFT-TO-RIGHT EMBEDDING"},
        {0x202B, "RIGHT-TO-LEFT EMBEDDING"},
        {0x202C, "POP DIRECTIONAL FORMATTING"},
        {0x202D, "LEFT-TO-RIGHT OVERRIDE"},
        {0x202E, "RIGHT-TO-LEFT OVERRIDE"},
        {0x2060, "WORD JOINER"},
        {0x2066, "LEFT-TO-RIGHT ISOLATE"},
        {0x2067, "RIGHT-TO-LEFT ISOLATE"},
        {0x2068, "FIRST STRONG ISOLATE"},
        {0x2069, "POP DIRECTIONAL ISOLATE"},
        {0x3164, "HANGUL FILLER"},
        {0xFEFF, "ZERO WIDTH NO-BREAK SPACE"},
        {0xFFA0, "HALFWIDTH HANGUL FILLER"},
    };
    QString text =
        QStringLiteral("U+%1").arg(static_cast<uint>(u), 4, 16, QLatin1Char('0')).toUpper();
    for (const auto& [code, name] : kNames) {
        if (code == u)
            return text + QLatin1Char(' ') + QLatin1String(name);
    }
    if (u >= 0xE0000 && u <= 0xE007F) // invisible copies of ASCII, for emoji flags of regions
        return text + QStringLiteral(" (a tag character)");
    return text;
}

} // namespace

namespace {

// The first character of `points` the name rule refuses (refusalOf), with its place from 0.
struct Refused {
    qsizetype index = 0;
    Refusal kind = Refusal::None;
    QString what; // characterName
};
std::optional<Refused> firstRefused(const QList<uint>& points)
{
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (const Refusal kind = refusalOf(points.at(i)); kind != Refusal::None)
            return Refused{i, kind, characterName(points.at(i))};
    }
    return std::nullopt;
}

} // namespace

QString Validation::lineProblem(const QString& text, const QString& field)
{
    if (printableAscii(text))
        return {};
    const std::optional<Refused> found =
        firstRefused(text.toUcs4()); // code points: an emoji is one
    if (!found)
        return {};
    switch (found->kind) {
    case Refusal::None:
        break;
    case Refusal::Control:
        return tr("The %1 holds a control character, %2, at character %3; it is one line of text, "
                  "so type "
                  "it again without it.")
            .arg(field, found->what)
            .arg(found->index + 1);
    case Refusal::Direction:
        return tr("The %1 holds %2 at character %3, which changes the direction the text is shown "
                  "in; "
                  "type it again without it.")
            .arg(field, found->what)
            .arg(found->index + 1);
    case Refusal::LineBreak:
        return tr("The %1 holds %2 at character %3, which breaks the line; it is one line of text, "
                  "so "
                  "type it again without it.")
            .arg(field, found->what)
            .arg(found->index + 1);
    case Refusal::Invisible:
        return tr("The %1 holds %2 at character %3, an invisible character that makes the text "
                  "look "
                  "like another; type it again without it.")
            .arg(field, found->what)
            .arg(found->index + 1);
    }
    return {};
}

QString Validation::nameProblem(const QString& name, const QString& field)
{
    if (name.size() <= kNameMaxLength && printableAscii(name))
        return {};
    const QList<uint> points = name.trimmed().toUcs4(); // code points: an emoji is one
    if (points.size() > kNameMaxLength)
        return tr("The %1 “%2…” is %3 characters long; a name has at most %4.")
            .arg(field,
                 QString::fromUcs4(reinterpret_cast<const char32_t*>(points.constData()), 40))
            .arg(points.size())
            .arg(kNameMaxLength);
    const std::optional<Refused> found = firstRefused(points);
    if (!found)
        return {};
    switch (found->kind) {
    case Refusal::None:
        break;
    case Refusal::Control:
        return tr("The %1 holds a control character, %2, at character %3; type the name again "
                  "without it.")
            .arg(field, found->what)
            .arg(found->index + 1);
    case Refusal::Direction:
        return tr("The %1 holds %2 at character %3, which changes the direction the name is shown "
                  "in; type the name again without it.")
            .arg(field, found->what)
            .arg(found->index + 1);
    case Refusal::LineBreak:
        return tr("The %1 holds %2 at character %3, which breaks the line; a name is one line, "
                  "type it again without it.")
            .arg(field, found->what)
            .arg(found->index + 1);
    case Refusal::Invisible:
        return tr("The %1 holds %2 at character %3, an invisible character that makes the name "
                  "look like another; type the name again without it.")
            .arg(field, found->what)
            .arg(found->index + 1);
    }
    return {};
}

namespace {

// The place of text[index] in code points, from 1: a character beyond U+FFFF before it
// counts once, though UTF-16 holds it in two units.
qsizetype placeOf(const QString& text, qsizetype index)
{
    qsizetype place = 1;
    for (qsizetype i = 0; i < index; ++i) {
        if (!text.at(i).isLowSurrogate())
            ++place;
    }
    return place;
}

} // namespace

QString Validation::textProblem(const QString& text, const QString& field)
{
    const auto found =
        std::find_if(text.begin(), text.end(), [](QChar c) { return refusedInText(c.unicode()); });
    if (found == text.end())
        return {};
    const char16_t u = found->unicode();
    const qsizetype place = placeOf(text, found - text.begin());
    if (u >= 0x202A)
        return tr("The %1 holds %2 at character %3, which changes the direction the rest of the "
                  "line is "
                  "shown in; write it again without it.")
            .arg(field, characterName(u))
            .arg(place);
    return tr("The %1 holds a control character, %2, at character %3, which a terminal obeys "
              "rather "
              "than shows; write it again without it.")
        .arg(field, characterName(u))
        .arg(place);
}

QString Validation::withoutRefusedInText(const QString& text, qint64& removed)
{
    if (!hasRefusedInText(text))
        return text;
    const auto refused = [](QChar c) { return refusedInText(c.unicode()); };
    QString kept = text;
    const qsizetype before = kept.size();
    kept.removeIf(refused);
    removed += before - kept.size();
    return kept;
}

QString Validation::loginProblem(const QString& login)
{
    const QString trimmed = login.trimmed();
    const QList<uint> points = trimmed.toUcs4();
    for (qsizetype i = 0; i < points.size(); ++i) {
        const char32_t u = points.at(i);
        const bool allowed = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') ||
                             (u >= '0' && u <= '9') || u == '.' || u == '_' || u == '@' ||
                             (u == '-' && i > 0);
        if (allowed)
            continue;
        if (u == '-')
            return tr("The login “%1” starts with “-”, which a command line reads as an option; "
                      "start it "
                      "with a letter or a digit.")
                .arg(trimmed);
        return tr("The login “%1” holds %2 at character %3; a login may hold only the letters a–z "
                  "and "
                  "A–Z, digits and . _ - @, so that no login looks like another.")
            .arg(trimmed, characterName(u))
            .arg(i + 1);
    }
    return {};
}

QString Validation::futureProblem(const QDateTime& at, const QDateTime& now, const QString& what)
{
    if (!inFuture(at, now))
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
    // The fields' names translated only for a sentence: an import checks 100,000 customers.
    if (c.name.size() > kNameMaxLength || !printableAscii(c.name)) {
        if (QString problem = nameProblem(c.name, tr("customer name")); !problem.isEmpty())
            return problem;
    }
    if (!c.since.isValid())
        return tr("A customer needs a valid first-sale date (since).");
    if (QString problem = emailProblem(c.email, tr("email")); !problem.isEmpty())
        return problem;
    if (!printableAscii(c.company) || !printableAscii(c.plan) || !printableAscii(c.tags)) {
        for (const auto& [text, field] :
             {std::pair{&c.company, tr("company")}, std::pair{&c.plan, tr("plan")},
              std::pair{&c.tags, tr("tags")}}) {
            if (QString problem = lineProblem(*text, field); !problem.isEmpty())
                return problem;
        }
    }
    if (hasRefusedInText(c.notes))
        return textProblem(c.notes, tr("notes"));
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
    if (QString problem = lineProblem(c.phone, tr("contact phone")); !problem.isEmpty())
        return problem;
    if (QString problem = lineProblem(c.role, tr("contact role")); !problem.isEmpty())
        return problem;
    return futureProblem(c.addedAt, now, tr("The contact's date added"));
}

QString Validation::check(const Ticket& t, const QDateTime& now)
{
    if (t.subject.trimmed().isEmpty())
        return tr("A ticket needs a subject.");
    // The fields' names translated only for a sentence: an import checks a million tickets.
    if (!printableAscii(t.subject) || !printableAscii(t.tags) || !printableAscii(t.externalRef)) {
        for (const auto& [text, field] :
             {std::pair{&t.subject, tr("ticket subject")}, std::pair{&t.tags, tr("ticket tags")},
              std::pair{&t.externalRef, tr("ticket number")}}) {
            if (QString problem = lineProblem(*text, field); !problem.isEmpty())
                return problem;
        }
    }
    if (hasRefusedInText(t.description))
        return textProblem(t.description, tr("ticket description"));
    if (!t.createdAt.isValid())
        return tr("A ticket needs the time it was created.");
    if (!isTicketChannel(t.channel))
        return tr("“%1” is not a channel tickets arrive through; choose %2.")
            .arg(toString(t.channel), ticketChannelNameList());
    if (t.csat && (*t.csat < kCsatMin || *t.csat > kCsatMax))
        return tr("CSAT must be between %1 and %2, not %3.")
            .arg(kCsatMin)
            .arg(kCsatMax)
            .arg(*t.csat);
    if (t.solvedAt.isValid() && isOpen(t.status))
        return tr("A ticket that is %1 has no solve time; only a solved or closed ticket has one.")
            .arg(toString(t.status));
    if (t.firstResponseAt.isValid() && t.firstResponseAt < t.createdAt)
        return tr("A ticket cannot have its first response (%1) before it was created (%2).")
            .arg(formatLocalDateTime(t.firstResponseAt), formatLocalDateTime(t.createdAt));
    if (t.solvedAt.isValid() && t.solvedAt < t.createdAt)
        return tr("A ticket cannot be solved (%1) before it was created (%2).")
            .arg(formatLocalDateTime(t.solvedAt), formatLocalDateTime(t.createdAt));
    // The times' names, too, are translated only for a sentence.
    for (const auto& [at, what] :
         {std::pair{&t.createdAt, QT_TR_NOOP("The ticket's creation time")},
          std::pair{&t.firstResponseAt, QT_TR_NOOP("The ticket's first response")},
          std::pair{&t.solvedAt, QT_TR_NOOP("The ticket's solve time")}}) {
        if (inFuture(*at, now))
            return futureProblem(*at, now, tr(what));
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
    if (QString problem = textProblem(t.summary, tr("touchpoint summary")); !problem.isEmpty())
        return problem;
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
