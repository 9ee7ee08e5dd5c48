// ImportSummary::text(): the summary of an import (CsvImporter.h) as a person reads it.
#include "csv/CsvImporter.h"

#include "common/VisibleText.h"

#include <QLocale>

#include <algorithm>

namespace fd {

QString ImportSummary::text() const
{
    const QLocale locale;
    // "1 row", "2 rows": each count with its noun, both translatable.
    const auto count = [&](qint64 n, const char* one, const char* many) {
        return n == 1 ? CsvImporter::tr(one) : CsvImporter::tr(many).arg(locale.toString(n));
    };
    QStringList lines;
    lines << (dryRun ? CsvImporter::tr(
                           "Dry run: %1 of %2 would be imported, %3 rejected; nothing was written.")
                     : CsvImporter::tr("Imported %1 of %2; %3 rejected."))
                 .arg(locale.toString(imported),
                      count(rows, QT_TRANSLATE_NOOP("fd::CsvImporter", "1 row"),
                            QT_TRANSLATE_NOOP("fd::CsvImporter", "%1 rows")),
                      locale.toString(rejected));
    lines << (dryRun
                  ? CsvImporter::tr(
                        "Customers: %1 would be created, %2 an existing one (left as it is).")
                  : CsvImporter::tr("Customers: %1 created, %2 an existing one (left as it was)."))
                 .arg(locale.toString(customersCreated),
                      count(customersMatched, QT_TRANSLATE_NOOP("fd::CsvImporter", "1 row matched"),
                            QT_TRANSLATE_NOOP("fd::CsvImporter", "%1 rows matched")));
    if (agentsCreated > 0)
        lines << CsvImporter::tr("Agents created: %1.").arg(locale.toString(agentsCreated));
    if (agentsByNumber > 0)
        lines << CsvImporter::tr("%1 given by number only, named “Agent” and the number; rename "
                                 "them in the team's list.")
                     .arg(count(agentsByNumber,
                                QT_TRANSLATE_NOOP("fd::CsvImporter", "1 assignee was"),
                                QT_TRANSLATE_NOOP("fd::CsvImporter", "%1 assignees were")));
    const QString moves =
        stageMoves == 0
            ? CsvImporter::tr("no move yet")
            : count(
                  stageMoves,
                  QT_TRANSLATE_NOOP("fd::CsvImporter", "1 move, dated when its rule held"),
                  QT_TRANSLATE_NOOP("fd::CsvImporter", "%1 moves, each dated when its rule held"));
    if (customersCreated == 0)
        lines << (dryRun ? CsvImporter::tr("Stages: no new customer would be placed; customers "
                                           "already there keep their stage.")
                         : CsvImporter::tr("Stages: no new customer to place; customers that were "
                                           "already there kept their stage."));
    else if (dryRun)
        lines << CsvImporter::tr("Stages: %1 would be placed by the rules (%2); customers already "
                                 "there keep their stage.")
                     .arg(count(customersCreated,
                                QT_TRANSLATE_NOOP("fd::CsvImporter", "the new customer"),
                                QT_TRANSLATE_NOOP("fd::CsvImporter", "the %1 new customers")),
                          moves);
    else
        lines << CsvImporter::tr("Stages: %1 placed by the rules (%2); customers that were already "
                                 "there kept their stage.")
                     .arg(count(customersCreated,
                                QT_TRANSLATE_NOOP("fd::CsvImporter", "the new customer was"),
                                QT_TRANSLATE_NOOP("fd::CsvImporter", "the %1 new customers were")),
                          moves);
    lines += notes;
    if (!firstRejections.isEmpty()) {
        lines << (rejected == 1 ? CsvImporter::tr("The rejected row:")
                                : CsvImporter::tr("The first rejected rows:"));
        for (const QString& rejection : firstRejections)
            lines << QStringLiteral("  ") + rejection;
    }
    std::transform(lines.begin(), lines.end(), lines.begin(),
                   [](const QString& line) { return visibleCell(line); });
    return lines.join(QLatin1Char('\n')); // each line one line, whatever a cell held
}

} // namespace fd
