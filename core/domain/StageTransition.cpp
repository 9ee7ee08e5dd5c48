#include "domain/StageTransition.h"

namespace fd {

QString FunnelEntry::actor()
{
    return QStringLiteral("funnel.entry");
}

StageTransition FunnelEntry::of(qint64 customerId, Stage stage, const QDate& since,
                                const QDateTime& at)
{
    StageTransition entry;
    entry.customerId = customerId;
    entry.to = stage;
    entry.at = at;
    entry.actor = actor();
    entry.reason =
        stage == Stage::Onboarding
            ? tr("Entered Onboarding with the first sale on %1.").arg(since.toString(Qt::ISODate))
            : tr("Entered %1 when the customer was added.").arg(displayName(stage));
    return entry;
}

} // namespace fd
