#include "common/ProcessPrivacy.h"

#include "common/PasswordMask.h"

#include <QByteArray>
#include <QString>

#include <cstring>

#include <sys/stat.h>

namespace fd {

void keepFilesPrivate()
{
    ::umask(::umask(0) | 077);
}

void hidePasswordsInArguments(int argc, char* argv[])
{
    for (int i = 1; i < argc && argv[i]; ++i) {
        char* const arg = argv[i];
        const std::size_t length = std::strlen(arg);
        for (const QString& secret : passwordsIn(QString::fromLocal8Bit(arg))) {
            const QByteArray bytes = secret.toLocal8Bit();
            if (bytes.isEmpty())
                continue;
            for (char* at = arg;
                 (at = static_cast<char*>(memmem(at, length - (at - arg), bytes.constData(),
                                                 static_cast<std::size_t>(bytes.size()))));)
                at = static_cast<char*>(
                         std::memset(at, 'x', static_cast<std::size_t>(bytes.size()))) +
                     bytes.size();
        }
    }
}

} // namespace fd
