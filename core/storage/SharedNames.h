// Whether a customer's name is also another customer's (issue 15, Step 9: two customers named
// "Acme" were indistinguishable in the lists and the ticket pane; domain/Names::customerApart
// names them apart). Used by the repositories that read names for the window.
#pragma once

#include "storage/Dialect.h"

#include <string>
#include <string_view>

namespace fd {

// An SQL expression, 1 or 0 (an integer on every backend), for a query over `customer <alias>`:
// another customer's name equals this one's with ASCII letters folded (Dialect::nocase, the way the
// customers list sorts names). One seek in the index customer_name per row.
inline std::string nameSharedColumn(const Dialect& dialect, std::string_view alias)
{
    const std::string name = std::string(alias) + ".name";
    return "(CASE WHEN EXISTS (SELECT 1 FROM customer namesake WHERE " +
           dialect.nocase("namesake.name") + " = " + dialect.nocase(name) + " AND namesake.id <> " +
           std::string(alias) + ".id) THEN 1 ELSE 0 END)";
}

} // namespace fd
