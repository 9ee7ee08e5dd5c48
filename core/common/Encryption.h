// Whether the connection to a PostgreSQL server is encrypted (issue 19, Security), as libpq
// says once connected: TLS (PQsslInUse) with its protocol, or GSSAPI encryption
// (PQgssEncInUse). libpq's sslmode decides whether one is asked for or required; FunnelDesk
// passes it on as given (a URI, key=value text, More options or PGSSLMODE). Core's storage
// fills it (Database::encryption()); the window reads it through Session::encryption().
#pragma once

#include <QString>

namespace fd {

struct Encryption {
    bool encrypted = false; // always false for a SQLite file, which has no connection
    QString how;            // "TLSv1.3" (libpq's protocol name), "GSSAPI"; empty when not encrypted
};

} // namespace fd
