// A file with one customer, "Acme", and a fixed clock, for the tests of the text rules
// (TextRuleTest, LineRuleTest): each makes tickets of that customer with the subject it tests.
#pragma once

#include "common/Clock.h"
#include "domain/Ticket.h"
#include "service/Customers.h"
#include "storage/Database.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <memory>
#include <string>

namespace fd::test {

struct TicketDesk {
    Scratch scratch;
    std::unique_ptr<Database> db = openDatabase(scratch.file(QStringLiteral("desk.sqlite")));
    FixedClock clock{testNow()};
    qint64 customerId = 0;

    TicketDesk()
    {
        auto added = Customers(*db, clock).add(customerNamed(QStringLiteral("Acme")));
        REQUIRE(added);
        customerId = added->value;
    }

    // A ticket of Acme's, created a day before the clock's now.
    Ticket ticket(const QString& subject) const
    {
        Ticket t;
        t.customerId = customerId;
        t.subject = subject;
        t.createdAt = clock.now().addDays(-1);
        return t;
    }

    qint64 count(const char* table)
    {
        return db->scalar(std::string("SELECT count(*) FROM ") + table);
    }
};

} // namespace fd::test
