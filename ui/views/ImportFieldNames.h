// The import wizard's words for the import fields of core/csv (ImportMapping::fields):
// display names, Title-style like the rest of the window ("stage_entered_at" is "Stage
// since"), and the mapping page's hint for the kind being imported (issue 15, hostile
// tester #8: lowercase keys, and the tickets' hint while importing customers).
#pragma once

#include "csv/ImportMapping.h"

#include <QString>

namespace fd {

// A field key's display name; a key without one (none today) with its first letter
// capitalised and "_" as spaces.
QString importFieldName(const QString& field);
// A value key a field can take ("on_hold"): first letter capitalised, "_" as spaces.
QString importValueName(const QString& value);
// What the mapping page says under its title, for `entity`.
QString importMappingHint(ImportMapping::Entity entity);

} // namespace fd
