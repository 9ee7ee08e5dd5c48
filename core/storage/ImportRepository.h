#pragma once

#include "common/Result.h"
#include "domain/Ticket.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace fd {

class Database;

// What an import asks of the file besides inserting rows (throws SqlError; the importer
// holds the transaction).
class ImportRepository {
public:
    struct Key {
        qint64 id = 0;
        QString name;
        QString email;
    };

    explicit ImportRepository(Database& db) : m_db(db) {}

    // No customers and no tickets: the bulk path (storage/BulkLoad.h) may be used. Agents may
    // exist: `init` on a server leaves the login that ran it as the first manager's agent
    // (service/Setup.cpp), and an import then still loads in bulk (issue 16, "COPY for bulk
    // writes"); the importer plans its ids past theirs (nextIds) and finds them by name.
    bool isEmpty();
    std::vector<Key> customers();
    std::vector<Key> agents();
    // The ticket numbers (external_ref) the database has, for an import to leave those
    // tickets as they are instead of writing them twice.
    std::vector<QString> ticketRefs();
    // The ids the import gives its new rows, from one past the highest of each table (as
    // SQLite would pick them; on a server never below its sequence: Dialect::nextId), so that
    // rows can be planned apart from their writing.
    struct NextIds {
        qint64 customer = 1;
        qint64 agent = 1;
        qint64 ticket = 1;
    };
    NextIds nextIds();
    // A customer created by this import turned out to have bought earlier: its `since`,
    // the start of onboarding and its entry into the funnel move back with it.
    void moveSince(qint64 customerId, const QDate& since, const QDateTime& enteredAt);
    // A ticket as it is now in this transaction; none if there is no such id.
    std::optional<Ticket> ticket(qint64 id);
    // The arrival touchpoints of these tickets moved to their tickets' creation time and
    // channel (which a rewrite may have moved earlier): one pass over the touchpoints.
    void realignArrivals(const std::vector<qint64>& ticketIds);

private:
    Database& m_db;
};

} // namespace fd
