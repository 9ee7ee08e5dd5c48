#include "service/Written.h"

#include "domain/Enums.h"

namespace fd {

QString WrittenFacts::moveSentence(const QString& customer, const StageTransition& move)
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
            return tr("%1 moved from %2 to %3").arg(customer, from, to) + rest;
        }
    }
    const QString moved = tr("%1 moved to %2").arg(customer, to);
    return reason.isEmpty() ? moved : moved + QStringLiteral(": ") + reason;
}

QStringList WrittenFacts::sentences() const
{
    QStringList out;
    if (!moves.empty())
        out << moveSentence(customerName, moves.back());
    for (const UnstableCustomer& customer : unstable)
        out << StageEngine::unstableSentence(customer, customerName);
    return out;
}

QStringList WrittenFacts::reasons() const
{
    QStringList out;
    for (const StageTransition& move : moves)
        out << move.reason;
    for (const UnstableCustomer& customer : unstable)
        out << StageEngine::unstableSentence(customer, customerName);
    return out;
}

} // namespace fd
