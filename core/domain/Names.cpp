#include "domain/Names.h"

#include "common/VisibleText.h"

namespace fd {

QString Names::customer(qint64 id, const QString& name)
{
    if (name.trimmed().isEmpty())
        return tr("customer %1").arg(id);
    return tr("%1 (customer %2)").arg(visibleCell(name.trimmed())).arg(id);
}

QString Names::customerAtStart(qint64 id, const QString& name)
{
    if (name.trimmed().isEmpty())
        return tr("Customer %1").arg(id);
    return customer(id, name);
}

QString Names::customerApart(qint64 id, const QString& name, bool nameShared)
{
    if (nameShared || name.trimmed().isEmpty())
        return customerAtStart(id, name);
    return visibleCell(name.trimmed());
}

} // namespace fd
