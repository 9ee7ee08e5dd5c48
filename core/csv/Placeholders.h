#pragma once

#include <QStringView>

namespace fd {

// Cell texts that exports write for "no value": Jira and spreadsheets write "-", ServiceNow
// "?", Excel and many reports "N/A", database dumps "null" or "none". An importer reads them
// as empty cells (and counts them); none of them is ever a name, an agent or a tag.
// The text is compared trimmed and without regard to case.
inline bool isPlaceholder(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty() || text.size() > 4)
        return false;
    return text == u"-" || text == u"?" || text == u"--" || text.compare(u"n/a", Qt::CaseInsensitive) == 0 ||
           text.compare(u"null", Qt::CaseInsensitive) == 0 ||
           text.compare(u"none", Qt::CaseInsensitive) == 0;
}

} // namespace fd
