#include "ImportHints.h"

#include "common/FrontEndHints.h"

#include <QCoreApplication>

namespace fd {

namespace {

// A title or control of the import wizard, as the wizard shows it (one translation).
QString wizard(const char* text)
{
    return QCoreApplication::translate("fd::ImportWizard", text);
}

QString hint(const char* text)
{
    return QCoreApplication::translate("fd::ImportHints", text);
}

} // namespace

void installImportHints()
{
    using hints::Hint;
    const QString columns = wizard(QT_TRANSLATE_NOOP("fd::ImportWizard", "Which column is which"));
    const QString notImported = wizard(QT_TRANSLATE_NOOP("fd::ImportWizard", "— not imported —"));
    const QString check = wizard(QT_TRANSLATE_NOOP("fd::ImportWizard", "What would happen"));
    const QString values =
        hint(QT_TRANSLATE_NOOP("fd::ImportHints", "the list of values FunnelDesk does not know"));
    // The arguments core passes in (%1, %2) are left out where the page shows them already.
    const auto onPage = [&](const char* text) {
        return hint(text).replace(QLatin1String("%P"), columns);
    };
    hints::set(Hint::MapCustomer,
               onPage(QT_TRANSLATE_NOOP("fd::ImportHints", " on the page “%P”")));
    hints::set(Hint::MapField, onPage(QT_TRANSLATE_NOOP("fd::ImportHints", " on the page “%P”")));
    hints::set(Hint::MapTwice, onPage(QT_TRANSLATE_NOOP("fd::ImportHints", " on the page “%P”")));
    hints::set(
        Hint::MapLookalike,
        onPage(QT_TRANSLATE_NOOP("fd::ImportHints",
                                 "; choose it for %1 on the page “%P”, or leave %1 “%N” there"))
            .replace(QLatin1String("%N"), notImported));
    hints::set(
        Hint::MapValue,
        hint(QT_TRANSLATE_NOOP("fd::ImportHints",
                               "; choose what it means in %V on the page “%C”, then check again"))
            .replace(QLatin1String("%V"), values)
            .replace(QLatin1String("%C"), check));
    hints::set(
        Hint::MapValueTwice,
        hint(QT_TRANSLATE_NOOP("fd::ImportHints", " in %V")).replace(QLatin1String("%V"), values));
    hints::set(Hint::OtherCategory,
               hint(QT_TRANSLATE_NOOP("fd::ImportHints",
                                      "; choose another category in %V, then check again"))
                   .replace(QLatin1String("%V"), values));
    hints::set(Hint::SkipInvalid,
               hint(QT_TRANSLATE_NOOP(
                        "fd::ImportHints",
                        " (go back to the page “%C” and tick “%S” to import the other rows)"))
                   .replace(QLatin1String("%C"), check)
                   .replace(QLatin1String("%S"),
                            hint(QT_TRANSLATE_NOOP("fd::ImportHints", "Import the good rows…"))));
    hints::set(Hint::Delimiter,
               hint(QT_TRANSLATE_NOOP("fd::ImportHints",
                                      "; save the file again with commas between its columns")));
    hints::set(Hint::DateExcel,
               onPage(QT_TRANSLATE_NOOP("fd::ImportHints",
                                        "; if the column holds them, format it as dates in the "
                                        "spreadsheet and save the file again, or leave it "
                                        "“%N” on the page “%P”"))
                   .replace(QLatin1String("%N"), notImported));
    hints::set(Hint::DateFormat,
               onPage(QT_TRANSLATE_NOOP("fd::ImportHints",
                                        "; write its dates in one of those forms, or leave the "
                                        "column “%N” on the page “%P”"))
                   .replace(QLatin1String("%N"), notImported));
    hints::set(Hint::DateOrder,
               onPage(QT_TRANSLATE_NOOP("fd::ImportHints",
                                        ", so write both columns one way, or leave one “%N” "
                                        "on the page “%P”"))
                   .replace(QLatin1String("%N"), notImported));
    hints::set(Hint::DateMonthFirst,
               hint(QT_TRANSLATE_NOOP("fd::ImportHints",
                                      "; if they are month first, write them year first "
                                      "(2024-03-05) in the file and import it again")));
}

} // namespace fd
