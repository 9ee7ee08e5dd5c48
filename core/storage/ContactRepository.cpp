#include "storage/ContactRepository.h"

#include "common/Clock.h"
#include "domain/Validation.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/MultiRowInsert.h"
#include "storage/RowStamp.h"
#include "storage/Transaction.h"

#include <algorithm>

namespace fd {

namespace {

constexpr std::string_view kInsert =
    "INSERT INTO contact (customer_id, name, email, phone, role, added_at, id) VALUES ";
constexpr int kInsertColumns = 7;

void bindRow(Statement& q, int i, const Contact& c)
{
    q.bind(i, c.customerId);
    q.bind(i + 1, c.name);
    q.bind(i + 2, c.email.isEmpty() ? QString() : c.email);
    q.bind(i + 3, c.phone.isEmpty() ? QString() : c.phone);
    q.bind(i + 4, c.role.isEmpty() ? QString() : c.role);
    q.bind(i + 5, c.addedAt);
    bindId(q, i + 6, c.id);
}

} // namespace

qint64 ContactRepository::insert(const Contact& c)
{
    // The new id comes back the backend's way (Dialect::insertReturningId, issue 16).
    auto q = m_db.query(
        m_db.dialect().insertReturningId(std::string(kInsert) + "(?, ?, ?, ?, ?, ?, ?)"));
    bindRow(*q, 1, c);
    return m_db.insertedId(*q);
}

void ContactRepository::insert(std::span<const Contact> contacts)
{
    const bool planned =
        std::all_of(contacts.begin(), contacts.end(), [](const Contact& c) { return c.id > 0; });
    if (!planned) {
        for (const Contact& c : contacts)
            insert(c);
        return;
    }
    insertRows(m_db, kInsert, kInsertColumns, contacts, bindRow);
}

Result<qint64> ContactRepository::add(const Contact& given)
{
    Contact contact = given;
    contact.email = Validation::normalisedEmail(given.email);
    if (const QString problem = Validation::check(contact, Clock::system().now());
        !problem.isEmpty())
        return failure(problem);
    return m_db.guard([&]() -> Result<qint64> {
        Transaction tx(m_db);
        if (auto known = CustomerRepository(m_db).requireExisting(contact.customerId); !known)
            return failure(known.error());
        const qint64 id = insert(contact);
        tx.commit();
        return id;
    });
}

Result<std::vector<Contact>> ContactRepository::forCustomer(qint64 customerId)
{
    return m_db.guard([&] {
        std::vector<Contact> result;
        auto q = m_db.query(
            "SELECT id, customer_id, name, email, phone, role, added_at, version, changed_at, "
            "changed_by FROM contact WHERE customer_id = ? ORDER BY added_at, id");
        q->bind(1, customerId);
        while (q->step()) {
            Contact c;
            c.id = q->int64(0);
            c.customerId = q->int64(1);
            c.name = q->text(2);
            c.email = q->text(3);
            c.phone = q->text(4);
            c.role = q->text(5);
            c.addedAt = q->dateTime(6);
            c.version = RowStamp::read(*q, 7);
            result.push_back(std::move(c));
        }
        return result;
    });
}

} // namespace fd
