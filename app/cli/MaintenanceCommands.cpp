#include "CliContext.h"
#include "Commands.h"

#include "common/VisibleText.h"
#include "service/Maintenance.h"
#include "service/Setup.h"

#include <QFileInfo>

namespace fd::cli {

namespace {

std::optional<int> noArguments(CliContext& context, const QString& usage)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    if (auto stop = context.parse(parser, usage))
        return stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(CliContext::tr("%1 takes no arguments.").arg(usage));
    return std::nullopt;
}

} // namespace

int init(CliContext& context)
{
    if (auto stop = noArguments(context, QStringLiteral("init")))
        return *stop;
    const auto made = service::Setup::init(context.database(), &CliContext::askPasswordOnTerminal);
    if (!made)
        return context.fail(made.error());
    context.out() << *made << Qt::endl;
    return Success;
}

int stats(CliContext& context)
{
    if (auto stop = noArguments(context, QStringLiteral("stats")))
        return *stop;
    auto db = context.open(Session::Access::ReadOnly);
    if (!db)
        return UserError;
    auto counts = service::Maintenance(*db).counts();
    if (!counts)
        return context.fail(counts.error());
    QTextStream& out = context.out();
    out << "customers " << counts->customers << '\n'
        << "contacts " << counts->contacts << '\n'
        << "agents " << counts->agents << '\n'
        << "tickets " << counts->tickets << '\n'
        << "comments " << counts->comments << '\n'
        << "touchpoints " << counts->touchpoints << '\n'
        << "transitions " << counts->transitions << '\n';
    for (std::size_t i = 0; i < enumCount<Stage>(); ++i)
        out << toString(static_cast<Stage>(i)) << ' ' << counts->activeByStage[i] << '\n';
    out << "churned " << counts->churned << Qt::endl;
    return Success;
}

int check(CliContext& context)
{
    if (auto stop = noArguments(context, QStringLiteral("check")))
        return *stop;
    // Writable when possible: FTS5's own check needs it; a read-only file is still checked.
    OwnedDatabase db;
    if (auto writable =
            context.openDatabase({.access = Session::Access::ReadWrite, .createIfMissing = false}))
        db = std::move(*writable);
    else if (context.database().isServer() && !writable.error().is(Error::Kind::ReadOnly))
        return context.fail(writable.error()); // not asked for the password twice
    else
        db = context.open(Session::Access::ReadOnly);
    if (!db)
        return UserError;
    auto problems = service::Maintenance(*db).check();
    if (!problems)
        return context.fail(problems.error());
    const bool server = context.database().isServer();
    const QString name = context.database().display();
    if (problems->isEmpty()) {
        context.out() << (server
                              ? CliContext::tr("ok: %1 passed FunnelDesk's invariants.").arg(name)
                              : CliContext::tr(
                                    "ok: “%1” passed integrity_check, foreign_key_check and "
                                    "FunnelDesk's invariants.")
                                    .arg(Session(*db).path()))
                      << Qt::endl;
        return Success;
    }
    for (const QString& problem : *problems)
        context.err() << visibleCell(problem) << Qt::endl; // one line each, whatever a row holds
    if (server) {
        return context.fail(
            CliContext::tr("%1 failed %n check(s); each line above says what to do, and where "
                           "rows are wrong, ask the server's administrator to restore it from "
                           "the server's backups, or copy it first (migrate) before repairing "
                           "it.",
                           nullptr, static_cast<int>(problems->size()))
                .arg(name));
    }
    return context.fail(CliContext::tr("“%1” failed %n check(s); restore it from a backup or "
                                       "run `funneldesk-cli backup` before repairing it.",
                                       nullptr, static_cast<int>(problems->size()))
                            .arg(Session(*db).path()));
}

int backup(CliContext& context)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("out"),
                                 CliContext::tr("The backup file to write."));
    if (auto stop = context.parse(parser, QStringLiteral("backup OUT.sqlite")))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return context.usage(CliContext::tr("backup needs one file name: backup OUT.sqlite."));
    const QString target = parser.positionalArguments().constFirst();
    if (target.isEmpty())
        return context.usage(CliContext::tr("backup needs a file name: backup OUT.sqlite."));
    auto db = context.open(Session::Access::ReadOnly);
    if (!db)
        return UserError;
    if (auto saved = service::Maintenance(*db).saveCopy(target, false, context.protectedFiles());
        !saved)
        return context.fail(saved.error());
    context.err() << CliContext::tr("Backed up “%1” to “%2”.").arg(Session(*db).path(), target)
                  << Qt::endl;
    return Success;
}

int restore(CliContext& context)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("from"), CliContext::tr("The backup to restore."));
    if (auto stop = context.parse(parser, QStringLiteral("restore FROM.sqlite")))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return context.usage(CliContext::tr("restore needs one backup file: restore FROM.sqlite."));
    const QString from = parser.positionalArguments().constFirst();
    if (!QFileInfo(from).isFile())
        return context.fail(CliContext::tr("There is no backup “%1”.").arg(from));
    auto db = context.open(Session::Access::ReadWrite);
    if (!db)
        return UserError;
    if (auto restored = service::Maintenance(*db).restore(from); !restored)
        return context.fail(restored.error());
    context.err() << CliContext::tr("Restored “%1” from “%2”.").arg(Session(*db).path(), from)
                  << Qt::endl;
    return Success;
}

} // namespace fd::cli
