#pragma once

#include "common/Result.h"
#include "domain/Contact.h"

#include <QCoreApplication>

#include <span>
#include <vector>

namespace fd {

class Database;

class ContactRepository {
    Q_DECLARE_TR_FUNCTIONS(fd::ContactRepository)

public:
    explicit ContactRepository(Database& db) : m_db(db) {}

    // Stores the email trimmed; refuses, with one sentence, what Validation::check(Contact)
    // refuses as of the system clock and an unknown customer.
    Result<qint64> add(const Contact& contact);
    Result<std::vector<Contact>> forCustomer(qint64 customerId);

    // Bulk path for writers that hold their own transaction; throws SqlError. A positive
    // id is kept (bulk writers plan ids ahead), otherwise SQLite picks the next one.
    qint64 insert(const Contact& contact);
    // Many contacts, several rows per statement (COPY on a server) when every one carries its
    // planned id; one by one otherwise.
    void insert(std::span<const Contact> contacts);

private:
    Database& m_db;
};

} // namespace fd
