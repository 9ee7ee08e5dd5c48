#pragma once

#include <QStringView>

namespace fd {

// Cell texts that exports write for "no value": Jira and spreadsheets write "-", ServiceNow
// "?" or "-- None --", Excel "#N/A", many reports "N/A", "(none)" or "Unassigned" for an
// assignee, database dumps "null" or "none". An importer reads them as empty cells (and
// counts them); none of them is ever a name, an agent or a tag. Compared on the letters
// alone, without regard to case: "-- None --", "(none)" and "NONE" are one; a text of
// punctuation alone ("-", "?", "--", "—") is one too.
inline bool isPlaceholder(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty() || text.size() > 16)
        return false;
    char16_t letters[16];
    qsizetype n = 0;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            letters[n++] = c.toLower().unicode();
        else if (!c.isPunct() && !c.isSpace() && !c.isSymbol())
            return false;
    }
    const QStringView word(letters, n);
    return n == 0 || word == u"na" || word == u"null" || word == u"none" || word == u"nil" ||
           word == u"unassigned" || word == u"nobody" || word == u"notassigned";
}

} // namespace fd
