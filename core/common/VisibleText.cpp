#include "common/VisibleText.h"

namespace fd {

namespace {

bool shownAsCode(char16_t u)
{
    return (u >= 0x80 && u <= 0x9F) || (u >= 0x202A && u <= 0x202E) ||
           (u >= 0x2066 && u <= 0x2069) || u == 0x2028 || u == 0x2029;
}

} // namespace

QString visibleText(QStringView text)
{
    QString shown;
    shown.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (u == u'\r' && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
            continue; // CR LF: the line break alone
        if (u < 0x20 && u != u'\t' && u != u'\n') {
            shown += QChar(char16_t(0x2400 + u));
        } else if (u == 0x7F) {
            shown += QChar(char16_t(0x2421));
        } else if (shownAsCode(u)) {
            shown += QStringLiteral("<U+%1>").arg(uint(u), 4, 16, QLatin1Char('0')).toUpper();
        } else {
            shown += QChar(u); // tab and line feed too
        }
    }
    return shown;
}

QString visibleCell(QStringView text)
{
    QString shown;
    shown.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20)
            shown += QChar(char16_t(0x2400 + u)); // tab, line feed and carriage return too
        else if (u == 0x7F)
            shown += QChar(char16_t(0x2421));
        else if (shownAsCode(u))
            shown += QStringLiteral("<U+%1>").arg(uint(u), 4, 16, QLatin1Char('0')).toUpper();
        else
            shown += c;
    }
    return shown;
}

} // namespace fd
