// How a sentence names a record the user knows by its name: the name first, the number
// after it in words ("Acme Ltd (customer 1)"), never a bare "#1" (issue 15, hostile tester,
// final round: "already belongs to customer #1 Acme"). The number stays because two
// customers may share a name and `funneldesk-cli stages explain` takes it.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace fd {

// Each gives the name as visibleCell() shows it (common/VisibleText.h): one line, whatever
// line break or control a row written outside FunnelDesk holds.
class Names {
    Q_DECLARE_TR_FUNCTIONS(fd::Names)

public:
    // Inside a sentence: "Acme Ltd (customer 1)"; "customer 1" when the name is empty.
    static QString customer(qint64 id, const QString& name);
    // At a sentence's start: the same, but "Customer 1" when the name is empty.
    static QString customerAtStart(qint64 id, const QString& name);
    // Where the name stands alone (a list's cell, a pane's heading): the name itself while no
    // other customer in the file has it, else customerAtStart(id, name), so that two "Acme"
    // rows, or the ticket pane's customer, say which Acme (issue 15, Step 9: same-name
    // customers were indistinguishable). `nameShared`: another customer's name equals this
    // one with ASCII letters folded to lower case (the storage layer works it out, e.g.
    // CustomerRow::nameShared).
    static QString customerApart(qint64 id, const QString& name, bool nameShared);
};

} // namespace fd
