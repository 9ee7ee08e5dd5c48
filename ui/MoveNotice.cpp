#include "MoveNotice.h"

#include "domain/StageTransition.h"
#include "domain/Enums.h"

#include <QCoreApplication>
#include <QStatusBar>

namespace fd {

namespace {

constexpr char kShown[] = "fdMoveNotice";

} // namespace

QString MoveNotice::sentence(const QString& customer, const StageTransition& move)
{
    const QString to = displayName(move.to);
    QString reason = move.reason.trimmed();
    if (move.from) {
        const QString from = displayName(*move.from);
        const QString named = from + QStringLiteral(" → ") + to;
        if (reason.startsWith(named)) {
            // What follows the move: " by Ava Patel: happy" or ": 30 days active."
            QString rest = reason.mid(named.size());
            while (rest.endsWith(QLatin1Char(':')) || rest.endsWith(QLatin1Char(' ')))
                rest.chop(1); // a move without a note: "… by Ava Patel:"
            return QCoreApplication::translate("fd::MoveNotice", "%1 moved from %2 to %3").arg(customer, from, to) + rest;
        }
    }
    const QString moved = QCoreApplication::translate("fd::MoveNotice", "%1 moved to %2").arg(customer, to);
    return reason.isEmpty() ? moved : moved + QStringLiteral(": ") + reason;
}

void MoveNotice::show(QStatusBar* bar, const QString& sentence)
{
    bar->showMessage(sentence, kTimeoutMs);
    bar->setProperty(kShown, sentence);
}

void MoveNotice::dismiss(QStatusBar* bar)
{
    const QString shown = bar->property(kShown).toString();
    if (!shown.isEmpty() && bar->currentMessage() == shown)
        bar->clearMessage();
    bar->setProperty(kShown, QVariant());
}

} // namespace fd
