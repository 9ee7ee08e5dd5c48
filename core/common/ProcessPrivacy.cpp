#include "common/ProcessPrivacy.h"

#include <sys/stat.h>

namespace fd {

void keepFilesPrivate()
{
    ::umask(::umask(0) | 077);
}

} // namespace fd
