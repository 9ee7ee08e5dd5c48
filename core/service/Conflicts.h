// The sentence of a save refused because its row changed since the rep opened it (issue 17,
// "No lost updates"): who changed what and when, e.g. "Ticket #123 was changed by Emma
// Hansen at 10:42 (status → Pending) after you opened it; your change was not saved."
// Internal to core/service: storage refuses the save (Error::Kind::Conflict, RowStamp), the
// service reads the row as it is now and words the refusal with these.
#pragma once

#include "common/Result.h"
#include "domain/CannedReply.h"
#include "domain/Customer.h"
#include "domain/Ticket.h"

#include <QCoreApplication>
#include <QStringList>

namespace fd {

class Database;

class Conflicts {
    Q_DECLARE_TR_FUNCTIONS(fd::Conflicts)

public:
    // What differs between the row as opened and as it is now, one "field → new value" each,
    // in the words of the window's fields (status, priority, assignee …); a text is quoted
    // and cut at 40 characters. Agents and contacts are named by `db`'s rows.
    static QStringList changes(Database& db, const Ticket& opened, const Ticket& now);
    static QStringList changes(Database& db, const Customer& opened, const Customer& now);
    static QStringList changes(const CannedReply& opened, const CannedReply& now);

    // The refusal, of Kind::Conflict: `row` ("Ticket #123", at a sentence's start) was
    // changed by the agent of `now.changedBy` ("someone else" when none or unknown) at
    // now.changedAt (local time: the time alone on `today`'s local day, else the date and
    // time, as the window writes them) with `changes` in brackets (none: no brackets).
    static Error sentence(Database& db, const QString& row, const RowVersion& now,
                          const QStringList& changes, const QDateTime& today);
};

} // namespace fd
