#include "common/Quoted.h"

#include <QCoreApplication>
#include <QDir>

namespace fd {

QString quoted(QStringView text)
{
    return QCoreApplication::translate(
               "fd::Quoted", "“%1”",
               "A name, value or path inside a sentence: the language's quotation marks.")
        .arg(text);
}

QString quotedPath(const QString& path)
{
    return quoted(QDir::toNativeSeparators(path));
}

} // namespace fd
