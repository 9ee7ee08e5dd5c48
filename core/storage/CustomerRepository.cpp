#include "storage/CustomerRepository.h"

#include "common/Clock.h"
#include "domain/Names.h"
#include "domain/StageTransition.h"
#include "domain/Validation.h"
#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/MultiRowInsert.h"
#include "storage/RowStamp.h"
#include "storage/SharedNames.h"
#include "storage/SqlError.h"
#include "storage/StageTransitionRepository.h"
#include "storage/Transaction.h"

#include <algorithm>
#include <optional>
#include <vector>

namespace fd {

namespace {

QString orNull(const QString& text)
{
    return text.isEmpty() ? QString() : text;
}

QDateTime startOf(const QDate& day)
{
    return day.startOfDay().toUTC();
}

} // namespace

namespace {

constexpr std::string_view kInsert =
    "INSERT INTO customer (name, email, company, plan, owner_id, since, status, stage, "
    "stage_entered_at, stage_pinned, tags, notes, id) VALUES ";
constexpr int kInsertColumns = 13;

void bindRow(Statement& q, int i, const Customer& c)
{
    q.bind(i, c.name);
    q.bind(i + 1, orNull(c.email));
    q.bind(i + 2, orNull(c.company));
    q.bind(i + 3, orNull(c.plan));
    q.bind(i + 4, c.ownerId);
    q.bind(i + 5, c.since);
    q.bindStatic(i + 6, enumName(c.status));
    q.bindStatic(i + 7, enumName(c.stage));
    q.bind(i + 8, c.stageEnteredAt.isValid() ? c.stageEnteredAt : startOf(c.since));
    q.bind(i + 9, c.stagePinned);
    q.bind(i + 10, orNull(c.tags));
    q.bind(i + 11, orNull(c.notes));
    bindId(q, i + 12, c.id);
}

// A customer and its summary, for the insert that writes both.
struct Summarised {
    const Customer* customer;
    const CustomerRepository::Summary* summary;
};

constexpr std::string_view kInsertSummarised =
    "INSERT INTO customer (name, email, company, plan, owner_id, since, status, stage, "
    "stage_entered_at, stage_pinned, tags, notes, id, open_tickets, last_touch_at, "
    "last_review_at, last_advocacy_at, best_survey) VALUES ";
constexpr int kInsertSummarisedColumns = 18;

void bindSummarised(Statement& q, int i, const Summarised& row)
{
    bindRow(q, i, *row.customer);
    const CustomerRepository::Summary& s = *row.summary;
    q.bind(i + 13, s.openTickets);
    q.bind(i + 14, s.lastTouch);
    q.bind(i + 15, s.lastReview);
    q.bind(i + 16, s.lastAdvocacy);
    q.bind(i + 17, s.bestSurvey);
}

} // namespace

qint64 CustomerRepository::insert(const Customer& c)
{
    auto q = m_db.query(m_db.dialect().insertReturningId(
        std::string(kInsert) + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindRow(*q, 1, c);
    return m_db.insertedId(*q);
}

void CustomerRepository::insert(std::span<const Customer> customers)
{
    const bool planned =
        std::all_of(customers.begin(), customers.end(), [](const Customer& c) { return c.id > 0; });
    if (!planned) {
        for (const Customer& c : customers)
            insert(c);
        return;
    }
    insertRows(m_db, kInsert, kInsertColumns, customers, bindRow);
}

void CustomerRepository::insert(std::span<const Customer> customers,
                                std::span<const Summary> summaries)
{
    const bool planned =
        std::all_of(customers.begin(), customers.end(), [](const Customer& c) { return c.id > 0; });
    if (customers.size() != summaries.size() || !planned)
        throw SqlError(0, tr("Customers written with their summaries need one summary and a "
                             "planned id each."));
    std::vector<Summarised> rows;
    rows.reserve(customers.size());
    for (std::size_t i = 0; i < customers.size(); ++i)
        rows.push_back({&customers[i], &summaries[i]});
    insertRows(m_db, kInsertSummarised, kInsertSummarisedColumns, std::span<const Summarised>(rows),
               bindSummarised);
}

QString CustomerRepository::validate(const Customer& customer, const QDateTime& now)
{
    return Validation::check(customer, now);
}

Status CustomerRepository::requireUniqueEmail(const Customer& customer)
{
    const QString email = Validation::normalisedEmail(customer.email);
    if (email.isEmpty())
        return {};
    // By Validation::emailKey, as the import matches customers: fd_email_key is that
    // function in SQL. No index can hold a function other SQLite clients lack, so this scans
    // every email — through the covering index customer_email (email and id only; "+id"
    // keeps SQLite off a rowid range over the wide table rows): about 40 ms for 100k
    // customers. The lowest id first, should old data hold two.
    // PostgreSQL has no such function (Qt's case folding is not the server's lower()), so
    // there the emails are compared here, as they are read: the same scan, over the wire.
    // Two sessions adding one email at once: the second waits for the first to end, then sees it.
    if (const std::string wait = m_db.dialect().serialiseCheck("customer.email"); !wait.empty())
        m_db.query(wait)->step();
    const QString key = Validation::emailKey(email);
    const bool server = m_db.backend() == Database::Backend::Postgres;
    auto q =
        m_db.query(server ? "SELECT id, email FROM customer WHERE email IS NOT NULL AND id <> ?1"
                          : "SELECT id FROM customer WHERE +id <> ?1 AND fd_email_key(email) = ?2");
    q->bind(1, customer.id);
    if (!server)
        q->bind(2, key);
    std::optional<qint64> owner;
    while (q->step()) {
        if (server && Validation::emailKey(q->text(1)) != key)
            continue;
        owner = std::min(q->int64(0), owner.value_or(q->int64(0)));
    }
    if (!owner)
        return {};
    auto named = m_db.query("SELECT id, name FROM customer WHERE id = ?");
    named->bind(1, *owner);
    if (!named->step())
        return {};
    return failure(tr("The email “%1” already belongs to %2; each customer needs its "
                      "own, as imports match customers on it.")
                       .arg(email, Names::customer(named->int64(0), named->text(1))));
}

Status CustomerRepository::requireOwner(const Customer& customer)
{
    if (!customer.ownerId)
        return {};
    auto owner = m_db.query("SELECT 1 FROM agent WHERE id = ?");
    owner->bind(1, *customer.ownerId);
    if (!owner->step())
        return failure(
            tr("There is no agent with id %1 to own the customer.").arg(*customer.ownerId));
    return {};
}

Status CustomerRepository::update(const Customer& c, const QDateTime& at)
{
    if (const QString problem = validate(c, Clock::system().now()); !problem.isEmpty())
        return failure(problem);
    return m_db.guard([&]() -> Status {
        Transaction tx(m_db);
        if (auto known = requireExisting(c.id); !known)
            return known;
        if (auto owner = requireOwner(c); !owner)
            return owner;
        if (auto unique = requireUniqueEmail(c); !unique)
            return unique;
        auto q = m_db.query(
            std::string("UPDATE customer SET name = ?, email = ?, company = ?, plan = ?, "
                        "owner_id = ?, since = ?, status = ?, tags = ?, notes = ?") +
            RowStamp::kSet + " WHERE id = ? AND version = ?");
        q->bind(1, c.name.trimmed());
        q->bind(2, orNull(Validation::normalisedEmail(c.email)));
        q->bind(3, orNull(c.company.trimmed()));
        q->bind(4, orNull(c.plan.trimmed()));
        q->bind(5, c.ownerId);
        q->bind(6, c.since);
        q->bindStatic(7, enumName(c.status));
        q->bind(8, orNull(c.tags.trimmed()));
        q->bind(9, orNull(c.notes));
        RowStamp::bind(*q, 10, m_db, at);
        q->bind(12, c.id);
        q->bind(13, c.version.number);
        q->exec();
        // It exists (above): no row written is another version.
        if (m_db.changes() == 0)
            return failure(RowStamp::conflict(Names::customerAtStart(c.id, c.name)));
        tx.commit();
        return {};
    });
}

Result<qint64> CustomerRepository::add(const Customer& given)
{
    Customer customer = given;
    customer.email = Validation::normalisedEmail(given.email);
    if (const QString problem = validate(customer, Clock::system().now()); !problem.isEmpty())
        return failure(problem);
    return m_db.guard([&]() -> Result<qint64> {
        Transaction tx(m_db);
        if (auto owner = requireOwner(customer); !owner)
            return failure(owner.error());
        if (auto unique = requireUniqueEmail(customer); !unique)
            return failure(unique.error());
        const qint64 id = insert(customer);
        StageTransitionRepository(m_db).insert(FunnelEntry::of(
            id, customer.stage, customer.since,
            customer.stageEnteredAt.isValid() ? customer.stageEnteredAt : startOf(customer.since)));
        tx.commit();
        return id;
    });
}

Result<bool> CustomerRepository::nameShared(qint64 id)
{
    return m_db.guard([&] {
        auto q = m_db.query("SELECT " + nameSharedColumn(m_db.dialect(), "c") +
                            " FROM customer c WHERE c.id = ?");
        q->bind(1, id);
        return q->step() && q->int64(0) != 0;
    });
}

Result<std::optional<Customer>> CustomerRepository::find(qint64 id)
{
    return m_db.guard([&]() -> std::optional<Customer> {
        auto q = m_db.query(
            "SELECT id, name, email, company, plan, owner_id, since, status, stage, "
            "stage_entered_at, stage_pinned, tags, notes, version, changed_at, changed_by "
            "FROM customer WHERE id = ?");
        q->bind(1, id);
        if (!q->step())
            return std::nullopt;
        Customer c;
        c.id = q->int64(0);
        c.name = q->text(1);
        c.email = q->text(2);
        c.company = q->text(3);
        c.plan = q->text(4);
        c.ownerId = q->optionalInt64(5);
        c.since = q->date(6);
        c.status = enumFromString<CustomerStatus>(q->text(7)).value_or(CustomerStatus::Active);
        c.stage = enumFromString<Stage>(q->text(8)).value_or(Stage::Onboarding);
        c.stageEnteredAt = q->dateTime(9);
        c.stagePinned = q->int64(10) != 0;
        c.tags = q->text(11);
        c.notes = q->text(12);
        c.version = RowStamp::read(*q, 13);
        return c;
    });
}

Status CustomerRepository::requireExisting(qint64 id)
{
    auto q = m_db.query("SELECT 1 FROM customer WHERE id = ?");
    q->bind(1, id);
    if (!q->step())
        return failure(tr("There is no customer with id %1.").arg(id));
    return {};
}

Result<CustomerActivity> CustomerRepository::activity(qint64 id)
{
    return m_db.guard([&] {
        CustomerActivity a;
        auto q = m_db.query("SELECT (SELECT count(*) FROM contact WHERE customer_id = ?1), "
                            "(SELECT count(*) FROM ticket WHERE customer_id = ?1), "
                            "(SELECT count(*) FROM ticket WHERE customer_id = ?1 AND " +
                            m_db.dialect().openTicket("status") +
                            "), "
                            "(SELECT count(*) FROM touchpoint WHERE customer_id = ?1), "
                            "(SELECT max(occurred_at) FROM touchpoint WHERE customer_id = ?1)");
        q->bind(1, id);
        if (q->step()) {
            a.contacts = q->int64(0);
            a.tickets = q->int64(1);
            a.openTickets = q->int64(2);
            a.touchpoints = q->int64(3);
            a.lastTouchAt = q->dateTime(4);
        }
        return a;
    });
}

} // namespace fd
