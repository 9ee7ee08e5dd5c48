// The statements of a PostgreSQL migration file (migrations/NNN_name.sql), as PgSchema runs
// them one by one through libpq. Private to core/storage/postgres.
#pragma once

#include <QByteArray>

#include <vector>

namespace fd::pg {

// `sql` split at the semicolons outside quotes, dollar quotes and comments; comments are left
// out (a statement of comments only is an error to libpq). Migrations write no E'…' strings (a
// backslash-escaped quote would end the string here).
std::vector<QByteArray> migrationStatements(const QByteArray& sql);

} // namespace fd::pg
