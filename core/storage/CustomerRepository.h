#pragma once

#include "common/Result.h"
#include "domain/Customer.h"

#include <QCoreApplication>

#include <optional>
#include <span>

namespace fd {

class Database;

class CustomerRepository {
    Q_DECLARE_TR_FUNCTIONS(fd::CustomerRepository)

public:
    explicit CustomerRepository(Database& db) : m_db(db) {}

    // Adds the customer and its entry into the funnel (a stage_transition from nothing to
    // its stage) in one transaction. A missing stage_entered_at means the start of `since`.
    // add and update store the email trimmed and refuse, with one sentence, what
    // Validation::check(Customer) refuses as of the system clock, an unknown owner and an
    // email another customer has.
    Result<qint64> add(const Customer& customer);
    Result<std::optional<Customer>> find(qint64 id);
    // Whether another customer has customer `id`'s name (storage/SharedNames.h); false for an
    // unknown id.
    Result<bool> nameShared(qint64 id);
    // Saves the profile: name, email, company, plan, owner, since, status, tags, notes. The
    // stage is the engine's (service/Customers::update re-evaluates it with this write).
    // The save edits customer.version.number: when the row has another (another rep saved
    // it since), nothing is written and the error is Error::Kind::Conflict. It stamps the
    // row as edited at `at` (UTC) by Database::actingAgent(). Stage moves and pins are not
    // edits of the profile: they leave the version as it is.
    Status update(const Customer& customer, const QDateTime& at = QDateTime::currentDateTimeUtc());
    // Empty when the customer's own fields are valid as of `now` (UTC): Validation::check.
    static QString validate(const Customer& customer,
                            const QDateTime& now = QDateTime::currentDateTimeUtc());
    // For writers of a customer's rows, inside their transaction: the sentence when the
    // customer does not exist. Throws SqlError.
    Status requireExisting(qint64 id);
    Result<CustomerActivity> activity(qint64 id);

    // Bulk path for writers that hold their own transaction; throws SqlError. A positive
    // id is kept (bulk writers plan ids ahead), otherwise SQLite picks the next one.
    // Writes the customer row only: the caller records its transitions.
    qint64 insert(const Customer& customer);
    // Many customers, several rows per statement (COPY on a server) when every one carries
    // its planned id; one by one otherwise.
    void insert(std::span<const Customer> customers);
    // A customer's summary columns, which the ticket and touchpoint triggers keep (schema v3),
    // for a bulk writer that plans each customer whole, its tickets and touchpoints with it
    // (generate): stored with the row, they need no UPDATE of every customer after the load.
    // Times in UTC seconds; nullopt for none. Rules: storage/TouchpointSummaries.h.
    struct Summary {
        qint64 openTickets = 0; // tickets of an open status (isOpen(TicketStatus))
        std::optional<qint64> lastTouch;
        std::optional<qint64> lastReview;
        std::optional<qint64> lastAdvocacy;
        std::optional<qint64> bestSurvey; // NPS 0..10
    };
    // Many customers with their summaries, summaries[i] customer i's, each with its planned id
    // (> 0), several rows per statement (COPY on a server). Throws SqlError, also when the two
    // spans differ in size or an id is not planned.
    void insert(std::span<const Customer> customers, std::span<const Summary> summaries);

private:
    Status requireOwner(const Customer& customer); // throws SqlError
    // The sentence when another customer has the same primary email (by
    // Validation::emailKey: trimmed, NFC, case-folded — the import's match),
    // naming it: imports match customers on their email (issue 14 §3). Throws SqlError.
    Status requireUniqueEmail(const Customer& customer);

    Database& m_db;
};

} // namespace fd
