// Text a terminal shows as it reads, not as it obeys (issues 16/17 hostile pass): a ticket
// subject imported from a crafted CSV may hold an ESC and a control sequence, which printed
// raw would clear the screen, retitle the window or rewrite earlier lines, or a bidi override
// (U+202E) that shows the rest of the line backwards. Every human-readable line the CLI
// prints passes through visibleText (app/cli/CliContext's out() and err(), report and audit
// tables); CSV and JSON keep their values as they are, escaped their own way, except on a
// terminal (CliContext::writeOutput).
#pragma once

#include <QString>
#include <QStringView>

namespace fd {

// `text` with each character that drives a terminal or reorders a line made visible:
//  - a C0 control other than tab and line feed (U+0000–U+001F) as its Control Picture
//    (U+2400 + code: ESC is “␛” U+241B, CR “␍”, NUL “␀”), DELETE U+007F as “␡” U+2421;
//    a carriage return right before a line feed is dropped (Windows line ends of imported
//    text end a line as one);
//  - a C1 control (U+0080–U+009F, e.g. U+009B CONTROL SEQUENCE INTRODUCER, which some
//    terminals obey as ESC [), a bidirectional embedding, override or isolate (U+202A–U+202E,
//    U+2066–U+2069; Unicode TR #9, the "Trojan Source" attack, CVE-2021-42574) and a line or
//    paragraph separator (U+2028, U+2029) as “<U+202E>”.
// Tab and line feed stay: output is laid out with them. Everything else, direction marks and
// joiners included, is shown as it is. Lone surrogates are left to the UTF-8 encoder.
QString visibleText(QStringView text);

// `text` as one field of a plain-text line or table: as visibleText shows it, and besides a
// tab as “␉” (U+2409), a line feed as “␊” (U+240A) and a carriage return as “␍” (U+240D, a
// CR LF as “␍␊”), so that a value written into a row by raw SQL or another program cannot
// start a line or a column of its own (issue 17 hostile pass: an agent named "Bo\t9\tmanager"
// added a column to `team list`, "Acme\nAlso: …" a line to `stages explain`). Every field of
// the CLI's human-readable output goes through here (team list, stages, report and audit
// tables, show, check, the import summary, error sentences); CSV and JSON keep the exact
// value and quote or escape it their own way.
QString visibleCell(QStringView text);

} // namespace fd
