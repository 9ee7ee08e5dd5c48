// `funneldesk-cli --db SOURCE migrate --to TARGET` (issue 16, "New commands"): the flags and
// what is printed; service/Migrate does the work.
#include "CancelOnSignal.h"
#include "CliContext.h"
#include "Commands.h"

#include "service/Migrate.h"

#include <algorithm>
#include <unistd.h>

namespace fd::cli {

namespace {

// After a migrate: who is the copy's first manager, and the agents with no login yet.
void reportOwnerAndLogins(CliContext& context, const service::Migrate::Report& report)
{
    if (!report.owner.isEmpty()) {
        // Issue 17: who runs the copy is its first manager; the file's agents have no logins
        // here, and one of its name is that person.
        if (report.ownerAdded) {
            context.err()
                << CliContext::tr(
                       "“%1”, who ran the migrate, is its first manager, as the new agent "
                       "“%2” (the source had no agent of that name).")
                       .arg(report.owner, report.ownerAgent);
        } else if (!report.ownerFormerLogin.isEmpty()) {
            context.err()
                << CliContext::tr(
                       "“%1”, who ran the migrate, is its first manager, as the agent “%2” "
                       "of that name, which signed in as “%3” where the file came from.")
                       .arg(report.owner, report.ownerAgent, report.ownerFormerLogin);
        } else {
            context.err()
                << CliContext::tr(
                       "“%1”, who ran the migrate, is its first manager, as the agent “%2” "
                       "of that name.")
                       .arg(report.owner, report.ownerAgent);
        }
        context.err() << Qt::endl;
    }
    if (!report.loginsLeftOut.isEmpty()) {
        context.err() << CliContext::tr(
                             "%Ln agent(s) copied signed in with a login this server does not "
                             "have, and were copied without it: %1.",
                             nullptr, static_cast<int>(report.loginsLeftOut.size()))
                             .arg(report.loginsLeftOut.join(QStringLiteral(", ")))
                      << Qt::endl;
    }
    if (report.agentsWithoutLogin > 0) {
        context.err()
            << CliContext::tr(
                   "%Ln agent(s) copied have no login to sign in with: give each one with "
                   "`funneldesk-cli --db TARGET team add --agent ID --login LOGIN` "
                   "(`team list --all` lists them).",
                   nullptr, static_cast<int>(report.agentsWithoutLogin))
            << Qt::endl;
    }
}

} // namespace

int migrate(CliContext& context)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption to(
        QStringLiteral("to"),
        CliContext::tr("Where to copy the database: a new file (PATH), or an empty database on a "
                       "PostgreSQL server (URI or libpq's \"host=… dbname=…\")."),
        QStringLiteral("TARGET"));
    const QCommandLineOption progress(
        QStringLiteral("progress"),
        CliContext::tr("Report progress on standard error (also when it is a terminal)."));
    parser.addOptions({to, progress});
    if (auto stop = context.parse(parser, QStringLiteral("migrate --to TARGET [--progress]")))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(
            CliContext::tr("migrate takes no arguments besides --to TARGET (“%1” is one too many).")
                .arg(parser.positionalArguments().constFirst()));
    if (!parser.isSet(to) || parser.value(to).isEmpty())
        return context.usage(
            CliContext::tr("migrate needs --to TARGET: a new file, or an empty database on a "
                           "PostgreSQL server."));
    const auto target = Location::parse(parser.value(to));
    if (!target)
        return context.usage(target.error());

    int lastPercent = -1;
    service::Migrate::Progress report;
    if (parser.isSet(progress) || isatty(STDERR_FILENO)) {
        report = [&](qint64 done, qint64 total) {
            const int percent =
                total > 0 ? static_cast<int>(std::min<qint64>(done * 100 / total, 100)) : 100;
            if (percent == lastPercent)
                return;
            lastPercent = percent;
            context.progress(
                percent < 100
                    ? CliContext::tr("Migrating: %1% (%2 of %3 rows)")
                          .arg(percent)
                          .arg(done)
                          .arg(total)
                    : CliContext::tr("Migrating: 100%, every row copied; building the indexes and "
                                     "checking the copy…"));
        };
    }
    Result<service::Migrate::Report> result = failure(QString());
    {
        CancelOnSignal cancelOnSignal;
        result =
            service::Migrate::run(context.database(), *target, &CliContext::askPasswordOnTerminal,
                                  report, CancelOnSignal::cancelled());
    }
    if (lastPercent >= 0)
        context.err() << Qt::endl;
    if (!result)
        return context.fail(result.error());
    for (const service::Migrate::Table& table : result->tables)
        context.out() << table.name << ' ' << table.rows << '\n';
    context.out().flush();
    context.err()
        << CliContext::tr(
               "Migrated “%1” to “%2”: %3 rows in %4 s; `check` found nothing wrong in the copy.")
               .arg(context.database().isFile() ? context.databasePath()
                                                : context.database().display(),
                    result->target)
               .arg(result->rows)
               .arg(static_cast<double>(result->milliseconds) / 1000.0, 0, 'f', 1)
        << Qt::endl;
    reportOwnerAndLogins(context, *result);
    return Success;
}

} // namespace fd::cli
