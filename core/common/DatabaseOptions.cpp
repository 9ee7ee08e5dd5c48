#include "common/DatabaseOptions.h"

#include <QtGlobal>

namespace fd {

int defaultBusyTimeoutMs()
{
    bool ok = false;
    const int fromEnv = qEnvironmentVariableIntValue("FUNNELDESK_BUSY_TIMEOUT_MS", &ok);
    return ok && fromEnv >= 0 ? fromEnv : 5000;
}

} // namespace fd
