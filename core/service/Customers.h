// The application layer for customers (issue 16): the CLI and the GUI write customers,
// their contacts and touchpoints, and move them, only through here.
#pragma once

#include "common/Result.h"
#include "domain/Contact.h"
#include "domain/Customer.h"
#include "domain/Timeline.h"
#include "domain/Touchpoint.h"
#include "service/Written.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace fd {

class Clock;
class Database;

// Every write here and the stage re-evaluation it causes (PRODUCT.md §3: a customer's
// stage follows its history at once) happen in ONE transaction: both land or neither
// does. Each returns the moves and the customers left where they were (Written), or one
// sentence: the validation's (CustomerRepository, ContactRepository, TouchpointRepository),
// an unknown customer, or the database's (busy, read-only, file gone).
class Customers {
public:
    // `clock` dates the moves (UTC seconds); it must outlive this object, as `db` must.
    Customers(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    // A new customer (id ignored); value: its id. It enters Onboarding, and the rules may
    // move it on at once (a `since` long ago).
    Result<Written<qint64>> add(const Customer& customer);
    // The profile fields of customer.id (name, email, company, plan, since: a local day,
    // owner, status); a new status or since can move it. `opened` is the customer as the rep
    // read it (find()): the save edits its version. When another save came between (issue
    // 17, "No lost updates"), nothing is written and the error, of Error::Kind::Conflict,
    // names who changed what and when (Conflicts). Contacts and touchpoints are appended
    // and never conflict; moves and pins do not change the version.
    Result<Written<void>> update(const Customer& customer, const Customer& opened);
    // value: the new contact's id (contact.addedAt in UTC).
    Result<Written<qint64>> addContact(const Contact& contact);
    // value: the new touchpoint's id (touchpoint.occurredAt in UTC).
    Result<Written<qint64>> logTouchpoint(const Touchpoint& touchpoint);
    // A manual move by `agent` with `reason` (both required; the reason by
    // Validation::textProblem: no ESC, no bidi override), dated now; `pin` true holds
    // it there, false releases it, empty leaves the pin as it is (StageEngine::setStage).
    // value: the move, or empty when the customer is already in `stage` (moves then empty).
    Result<Written<std::optional<StageTransition>>> move(qint64 customerId, Stage stage,
                                                         const QString& reason,
                                                         const QString& agent,
                                                         std::optional<bool> pin);

    // Reads. Empty when no customer has the id.
    Result<std::optional<Customer>> find(qint64 customerId);
    // Whether another customer has this one's name, for Names::customerApart (false for an
    // unknown id).
    Result<bool> nameShared(qint64 customerId);
    // What its history adds up to (contacts, tickets, open tickets, touchpoints, last touch).
    Result<CustomerActivity> activity(qint64 customerId);
    // Its stage moves, oldest first, the entry into the funnel included.
    Result<std::vector<StageTransition>> moves(qint64 customerId);
    // The customer's contacts (ContactRepository::forCustomer).
    Result<std::vector<Contact>> contacts(qint64 customerId);
    // Its touchpoints, tickets and moves, newest first, at most `limit`; a ticket's own
    // arrival touchpoint is left out (the ticket stands for it).
    Result<std::vector<TimelineEntry>> timeline(qint64 customerId, int limit = 200);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace fd
