// How a sentence names a record the user knows by its name: the name first, the number
// after it in words ("Acme Ltd (customer 1)"), never a bare "#1" (issue 15, hostile tester,
// final round: "already belongs to customer #1 Acme"). The number stays because two
// customers may share a name and `funneldesk-cli stages explain` takes it.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace fd {

class Names {
    Q_DECLARE_TR_FUNCTIONS(fd::Names)

public:
    // Inside a sentence: "Acme Ltd (customer 1)"; "customer 1" when the name is empty.
    static QString customer(qint64 id, const QString& name);
    // At a sentence's start: the same, but "Customer 1" when the name is empty.
    static QString customerAtStart(qint64 id, const QString& name);
};

} // namespace fd
