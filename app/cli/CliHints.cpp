#include "CliHints.h"

#include "common/FrontEndHints.h"

#include <algorithm>

namespace fd::cli {

QString CliHints::shellWord(const QString& argument)
{
    const auto plain = [](QChar c) {
        return c.isLetterOrNumber() || QStringView(u"_@%+=:,./-").contains(c);
    };
    if (!argument.isEmpty() && std::all_of(argument.begin(), argument.end(), plain))
        return argument;
    QString word = argument;
    word.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + word + QLatin1Char('\'');
}

QString CliHints::operandWord(const QString& argument)
{
    const QString word = shellWord(argument);
    return argument.startsWith(QLatin1Char('-')) ? QStringLiteral("-- ") + word : word;
}

void CliHints::install()
{
    using hints::Hint;
    hints::setQuote(&CliHints::shellWord);
    hints::set(Hint::MapCustomer, tr(", e.g. --map customer_email=COLUMN"));
    hints::set(Hint::MapField, tr(" with --map %1=COLUMN"));
    hints::set(Hint::MapTwice, tr(" (--map %1 and --map %2)"));
    hints::set(Hint::MapLookalike, tr("; map it with --map %1=%2, or leave it out with --map %1="));
    hints::set(Hint::MapValue, tr("; to read it as one of those, add --map-value %1:%2=VALUE (or "
                                  "choose it in the import wizard)"));
    hints::set(Hint::MapValueTwice, tr(" of the --map-value %1:%2 mappings"));
    hints::set(Hint::OtherCategory,
               tr("; --map-value category:TEXT=VALUE files a category elsewhere"));
    hints::set(
        Hint::SkipInvalid,
        tr(" (--skip-invalid imports the other rows and writes this one to a rejects file)"));
    hints::set(Hint::Delimiter, tr(": try --delimiter %1"));
    hints::set(Hint::DateExcel,
               tr("; if the column holds them, name its format with --date-format excel"));
    hints::set(
        Hint::DateFormat,
        tr("; name its format with --date-format, as in --date-format \"dd/MM/yyyy HH:mm\""));
    hints::set(Hint::DateOrder, tr(", so name it with --date-format (%1 or %2)"));
    hints::set(Hint::AddAgent, tr("; add one with `funneldesk-cli add agent --name NAME`"));
    hints::set(Hint::AddLogin,
               tr("; add one with `funneldesk-cli team add --login LOGIN --name NAME --role rep`"));
    hints::set(Hint::DateMonthFirst, tr(": use --date-format %1 if they are month first"));
    hints::set(Hint::NoDatabase, tr("; pass --db PATH or set FUNNELDESK_DB"));
    hints::set(Hint::CreateDatabase, tr(" or create it with `funneldesk-cli --db PATH generate`"));
    hints::set(Hint::LoginToAgent, tr(", with `team add --agent ID --login %1`"));
    hints::set(Hint::LoginAgain, tr(" with `team add --agent`"));
    hints::set(Hint::LinkAgent, tr(" with --agent"));
    hints::set(Hint::ListAgents, tr("; `team list --all` lists every agent"));
    hints::set(Hint::DisableLogin, tr(" (team disable %1)"), &CliHints::operandWord);
    hints::set(Hint::ReenableLogin, tr(": `team disable %1`, then `team enable %1`"),
               &CliHints::operandWord);
    hints::set(Hint::EnableLogin, tr(" (team enable %1)"), &CliHints::operandWord);
    hints::set(Hint::OpenToUpgrade, tr(" (any command, e.g. `funneldesk-cli check`)"));
    hints::set(Hint::ListSettings, tr(" (funneldesk-cli settings list shows them all)"));
    hints::set(Hint::GenerateCount, tr(" (--%1)"));
}

} // namespace fd::cli
