#pragma once

#include <QString>

namespace fd {

// Where the data file lives when none is named: FUNNELDESK_DB if set, otherwise
// funneldesk.sqlite in the platform's application-data folder
// (~/.local/share/funneldesk/ on Linux). The GUI and the CLI share it.
QString defaultDatabasePath();

} // namespace fd
