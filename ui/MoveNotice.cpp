#include "MoveNotice.h"

#include "service/Written.h"

#include <QStatusBar>

namespace fd {

namespace {

constexpr char kShown[] = "fdMoveNotice";

} // namespace

QString MoveNotice::sentence(const QString& customer, const StageTransition& move)
{
    return WrittenFacts::moveSentence(customer, move);
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
