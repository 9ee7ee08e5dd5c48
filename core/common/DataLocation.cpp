#include "common/DataLocation.h"

#include <QDir>
#include <QStandardPaths>

namespace fd {

QString defaultDatabasePath()
{
    QString fromEnv = qEnvironmentVariable("FUNNELDESK_DB");
    if (!fromEnv.isEmpty())
        return fromEnv;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return folder + QStringLiteral("/funneldesk/funneldesk.sqlite");
}

} // namespace fd
