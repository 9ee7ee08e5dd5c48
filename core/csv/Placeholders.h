#pragma once

#include <QStringView>

#include <algorithm>

namespace fd {

// Cell texts that exports write for "no value": Jira and spreadsheets write "-", ServiceNow
// "?" or "-- None --", Excel "#N/A", many reports "N/A", "(none)" or "Unassigned" for an
// assignee, database dumps "null" or "none". An importer reads them as empty cells (and
// counts them); none of them is ever a name, an agent or a tag. Compared on the letters
// alone, without regard to case: "-- None --", "(none)" and "NONE" are one; a text of
// punctuation alone ("-", "?", "--", "—") is one too, and so is a negative whole number.
inline bool isPlaceholder(QStringView text)
{
    text = text.trimmed();
    // A negative whole number: no field an import reads takes one, and data sets use them
    // for "unknown" (the public ServiceNow incident log writes -100 as a state).
    if (text.size() > 1 && text.front() == u'-' &&
        std::all_of(text.begin() + 1, text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return true;
    // Read for every cell of a million-row import: ASCII by hand, and the longest word
    // ("notassigned") bounds the letters.
    if (text.isEmpty() || text.size() > 16)
        return false;
    char16_t letters[12];
    qsizetype n = 0;
    for (const QChar c : text) {
        char16_t u = c.unicode();
        if (u >= u'A' && u <= u'Z')
            u = static_cast<char16_t>(u + (u'a' - u'A'));
        const bool ascii = u < 0x80;
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') ||
            (!ascii && c.isLetterOrNumber())) {
            if (n == 12 || !ascii)
                return false; // too long for a placeholder word, or not one of ours
            letters[n++] = u;
        } else if (!ascii && !c.isPunct() && !c.isSpace() && !c.isSymbol()) {
            return false;
        }
    }
    const QStringView word(letters, n);
    return n == 0 || word == u"na" || word == u"null" || word == u"none" || word == u"nil" ||
           word == u"unassigned" || word == u"nobody" || word == u"notassigned";
}

} // namespace fd
