// The one set of rules every write path checks a record against before it is stored: the
// repositories' add/update (CLI `add …`, the window's dialogs), the CSV import's rows and
// the tests of the demo generator's output all call these (issue 14 §3). Each check
// returns one translated, complete sentence naming the field, or an empty string when the
// record is valid. Rules that need the database (a duplicate primary email, an unknown
// agent or customer) live in the repositories, next to their SQL.
#pragma once

#include "domain/Agent.h"
#include "domain/Contact.h"
#include "domain/Customer.h"
#include "domain/Ticket.h"
#include "domain/Touchpoint.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace fd {

class Validation {
    Q_DECLARE_TR_FUNCTIONS(fd::Validation)

public:
    // How far past `now` an event may be dated, in seconds: one day, for clocks and time
    // zones that disagree. Later events are refused: they would count as "days since"
    // below zero and keep customers off the at-risk list (issue 14 §3).
    static constexpr qint64 kFutureSlackSecs = qint64{24} * 60 * 60;

    // Survey and satisfaction ranges (PRODUCT.md §2): CSAT 1..5, NPS score 0..10.
    static constexpr int kCsatMin = 1;
    static constexpr int kCsatMax = 5;
    static constexpr int kScoreMin = 0;
    static constexpr int kScoreMax = 10;

    // "self_service, live_chat, …": the names of exactly the kinds isTicketChannel
    // (domain/Enums.h) accepts as a ticket's channel, for error sentences and --help.
    static QString ticketChannelNameList();

    // An email address as stored: the text without surrounding white space.
    static QString normalisedEmail(const QString& email) { return email.trimmed(); }

    // The key two emails are compared by, wherever FunnelDesk asks "is this the same
    // address?": add/update's duplicate check (through the SQL function fd_email_key that
    // storage/Database registers on every connection), the CSV import's matching of
    // customers and agents, and agent look-ups (issue 14 §3, §6). Trimmed, NFC-normalised
    // (“ü” typed as u + U+0308 is “ü”), invisible format characters (Unicode category Cf:
    // U+200B, U+FEFF, U+200E, …) dropped, then case-folded (QString::toCaseFolded, so
    // “MÜLLER” and “müller” meet). emailProblem refuses an address with such a character,
    // so new rows never hold one; dropping them here matches rows stored before that rule.
    static QString emailKey(const QString& email);
    // The same for a person's name (an agent's): trimmed, runs of white space as one, NFC,
    // case-folded. Two agents whose names have one key cannot both exist (issue 14 §6).
    static QString nameKey(const QString& name);

    // The email rule, simple and documented (RFC 5322 addr-spec, loosely): after trimming,
    // `local@domain` with exactly one “@”, both parts non-empty, and no white space,
    // control characters, invisible format characters (Unicode category Cf: a zero-width
    // space U+200B, a byte-order mark U+FEFF, a direction mark U+200E — pasted in, they make
    // one address look like another) or any of , ; < > ( ) [ ] " \ (the marks of a list or
    // a display name pasted in). The domain needs no dot (“ops@localhost” is an address). An empty
    // email is allowed (the field is optional). `field` names it in the sentence
    // (“email”, “contact email”).
    static QString emailProblem(const QString& email, const QString& field);

    // The name rule (a customer's, a contact's, an agent's; `field` names it in the
    // sentence: "customer name"). After trimming, at most kNameMaxLength characters, counted
    // in code points (an emoji is one, though UTF-16 holds it in two units), and none of:
    //  - a control character (Unicode category Cc: a tab or line break pasted from a
    //    spreadsheet cell, an ESC that drives a terminal);
    //  - a bidirectional embedding, override or isolate (U+202A–U+202E, U+2066–U+2069: they
    //    reorder the rest of the line, so "Acme" could read as another name in every list; the
    //    "Trojan Source" attack, CVE-2021-42574), nor an implicit direction mark (U+200E, U+200F,
    //    U+061C): Unicode TR #9 §2.6 makes them for placing neutral characters between runs
    //    of text, which a name shown alone does not need, and they are invisible;
    //  - a line or paragraph separator (U+2028, U+2029): a name is one line;
    //  - an invisible format character (category Cf: U+200B ZERO WIDTH SPACE, U+00AD SOFT
    //    HYPHEN, U+2060 WORD JOINER, U+FEFF, tag characters) or a Hangul filler: "Acme" and
    //    "Ac<U+200B>me" look the same and are two names.
    // The source is RFC 8264 (PRECIS) FreeformClass, which disallows controls, line separators
    // and every Default_Ignorable_Code_Point, and UTS #39 §3.1, which restricts the same in
    // identifiers. As both allow in context, ZERO WIDTH NON-JOINER and ZERO WIDTH JOINER
    // (U+200C, U+200D) are kept, anywhere: Persian and Indic names need them, and so do emoji
    // sequences (a family, a flag with a rainbow). Variation selectors (U+FE0F after a heart)
    // are combining marks, not format characters, and stay too.
    // The sentence names the field, the character (“U+200B ZERO WIDTH SPACE”) and its place
    // in code points; empty when the name is fine or empty.
    static QString nameProblem(const QString& name, const QString& field);
    // Longer text in a name field is pasted notes, not a name; lists and dialogs are laid out
    // for names up to about this long.
    static constexpr qsizetype kNameMaxLength = 200;

    // The one-line rule (issue 17 hostile pass, second round): a field shown as one line — a
    // ticket's subject, tags and number, a customer's company, plan and tags, a contact's phone
    // and role, a manual move's reason, a canned reply's title (the window edits each in a
    // one-line box) — refuses every character nameProblem refuses: any control character, tab
    // and line breaks included (U+0009, U+000A, U+000D), DELETE and C1 (U+007F–U+009F), a line
    // or paragraph separator (U+2028, U+2029), a bidi embedding, override, isolate or implicit
    // mark (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C), and an invisible format
    // character (U+200B, U+FEFF, U+2060, U+00AD, the tag characters U+E0000–U+E007F, …) or a
    // Hangul filler; ZERO WIDTH (NON-)JOINER stay, as in names. The source is the same: RFC 8264
    // (PRECIS) FreeformClass and UTS #39 §3.1. A line break in a subject forged a second line
    // in every list and CLI table; a zero width space made two subjects that look alike. No
    // length limit here (the field's own). The sentence names the field (`field`: "ticket
    // subject"), the character by code point and name (“U+2028 LINE SEPARATOR”) and its place
    // in code points; empty when the text is fine. Logins keep their stricter ASCII rule
    // (loginProblem), names theirs (nameProblem, the same characters and a length).
    static QString lineProblem(const QString& text, const QString& field);

    // The free-text rule for text of several lines (issue 17 hostile pass): a ticket's
    // description, a customer's notes, a touchpoint's summary, a reply's or note's body and a
    // canned reply's body (the window edits each in a box of several lines) hold none of:
    //  - a control character (Unicode category Cc) other than tab, line feed and carriage
    //    return: ESC (U+001B) and CSI (U+009B) start the sequences that clear a terminal,
    //    retitle its window or rewrite earlier lines; NUL ends text for C programs;
    //  - a bidirectional embedding, override or isolate (U+202A–U+202E, U+2066–U+2069): they
    //    reorder the rest of the line (Unicode TR #9; "Trojan Source", CVE-2021-42574).
    // The source is RFC 8264 (PRECIS) FreeformClass, which disallows Cc, less the line breaks
    // and tabs that text of several lines needs. Unlike a name, free text may hold direction
    // marks (U+200E, U+200F), joiners and other format characters: right-to-left writing and
    // emoji need them, and they reorder nothing beyond a neutral character.
    // The sentence names the field (`field`: "ticket subject"), the character (“U+001B
    // ESCAPE”) and its place in code points; empty when the text is fine.
    static QString textProblem(const QString& text, const QString& field);
    // Whether textProblem refuses the character `u` (a UTF-16 unit or a code point: every
    // refused one lies in the Basic Multilingual Plane).
    static bool refusedInText(char32_t u)
    {
        return (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || (u >= 0x7F && u <= 0x9F) ||
               (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
    }
    // `text` without the characters textProblem refuses, for a file from another helpdesk
    // (CsvImporter: a stray ESC must not cost a row); adds how many were removed to `removed`.
    // Returns `text` itself, not a copy, when there are none.
    static QString withoutRefusedInText(const QString& text, qint64& removed);

    // The login rule (a server role name: `team add --login`, `team link`): after trimming,
    // only ASCII letters, digits and . _ - @, not starting with “-”. A login is typed into
    // connection strings, pg_hba.conf, psql and the server's log, where a look-alike from
    // another script (Cyrillic “а” U+0430 in “аdmin”) names another role that nobody can tell
    // apart. UTS #39 §5 mixed-script detection would still pass a login made wholly of
    // look-alikes (Cyrillic “рор”), so the rule is POSIX's portable user name (the portable
    // filename character set, no leading hyphen, which a command line reads as an option),
    // plus “@” for logins named by an email address. PostgreSQL itself accepts any character
    // in a quoted role name. The agent's name, shown to people, may be in any script
    // (nameProblem). The sentence names the character, its code point and its place in code
    // points; empty when the login is fine or empty. Length and reserved prefixes are
    // service::Team's (server rules).
    static QString loginProblem(const QString& login);

    // The sentence when `at` (UTC) lies more than kFutureSlackSecs after `now` (UTC);
    // `what` names the event (“the creation time”). Empty for a null `at`.
    static QString futureProblem(const QDateTime& at, const QDateTime& now, const QString& what);
    // The same for a local calendar day (a customer's first sale): refused when the day
    // starts more than kFutureSlackSecs after `now`.
    static QString futureProblem(const QDate& day, const QDateTime& now, const QString& what);

    // A record's own fields, as of `now` (UTC). Emails are checked as normalisedEmail
    // gives them, so callers store that form.
    // Customer: a name (nameProblem), a valid first-sale day not in the future, a valid email;
    // company, plan and tags by lineProblem, notes by textProblem.
    static QString check(const Customer& customer, const QDateTime& now);
    // Contact: a name (nameProblem), the time it was added (not in the future), a valid email;
    // phone and role by lineProblem.
    static QString check(const Contact& contact, const QDateTime& now);
    // Ticket: a subject; subject, tags and number by lineProblem, description by textProblem; a
    // channel tickets arrive through (ticketChannelNameList()); creation, first response and solve
    // times not in the future; a first response not before its creation; a solve time only on a
    // solved or closed ticket and not before its creation; CSAT kCsatMin..kCsatMax.
    static QString check(const Ticket& ticket, const QDateTime& now);
    // Touchpoint: the time it happened (not in the future); score kScoreMin..kScoreMax; its
    // summary by textProblem.
    static QString check(const Touchpoint& touchpoint, const QDateTime& now);
    // Agent: a name (nameProblem) that is not only digits (`--owner 2` means agent id 2), and a
    // valid email. Duplicates (name or email, by nameKey/emailKey) are AgentRepository's.
    static QString check(const Agent& agent);
};

} // namespace fd
