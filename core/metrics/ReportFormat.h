#pragma once

#include "metrics/Report.h"

#include <QByteArray>

class QIODevice;

namespace fd {

// A report as text for people (aligned columns; each cell one line, as visibleCell shows it), as
// CSV (the KPIs, then each table after an empty line and its key) and as JSON (one object: report,
// from, to, kpis, tables).
class ReportFormat {
public:
    static QString table(const Report& report);
    static bool csv(const Report& report, QIODevice& out, bool bom = false);
    static QByteArray json(const Report& report);
};

} // namespace fd
