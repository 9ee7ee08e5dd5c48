// A name, value or path inside a sentence for people, between the quotation marks of the
// language the sentences are in: “…” in English, „…“ in German (the context fd::Quoted of
// resources/translations/funneldesk_de.ts). Every sentence that splices a quoted name into a
// translated text quotes it here, so a German sentence never quotes the English way.
#pragma once

#include <QString>
#include <QStringView>

namespace fd {

// `text` between the language's quotation marks, as it is: nothing is escaped (a value that
// may hold control characters goes through visibleCell() first, where a terminal shows it).
QString quoted(QStringView text);
// A file's path as quoted() shows it, with the platform's separators
// (QDir::toNativeSeparators).
QString quotedPath(const QString& path);

} // namespace fd
