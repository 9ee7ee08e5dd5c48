// The customers list: every sort, with and without a search, agrees with sorting and
// filtering the rows by hand (the repository takes index-only shortcuts to get there).
#include "demo/Generator.h"
#include "domain/Customer.h"
#include "domain/Names.h"
#include "domain/Ticket.h"
#include "storage/CustomerListRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/MetricsRepository.h"
#include "storage/TicketListRepository.h"
#include "storage/TicketRepository.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace fd;
using Column = CustomerListQuery::Column;

TEST_CASE("customer list sorts and searches agree with the rows themselves", "[customers]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("c.sqlite")));
    GeneratorOptions options;
    options.customers = 500;
    options.tickets = 1500;
    options.touchpoints = 4000;
    REQUIRE(Generator::run(*db, options, FixedClock(test::testNow())));
    CustomerListRepository list(*db);

    const auto column = GENERATE(Column::Name, Column::Company, Column::Stage, Column::Owner,
                                 Column::OpenTickets, Column::LastTouch);
    const bool descending = GENERATE(false, true);
    CustomerListQuery query;
    query.sortColumn = column;
    query.descending = descending;
    query.status.reset();
    INFO("column " << static_cast<int>(column) << (descending ? " desc" : " asc"));

    const std::vector<qint64> all = *list.ids(query);
    REQUIRE(all.size() == 500);
    const std::vector<CustomerRow> rows = *list.rows(all);
    REQUIRE(rows.size() == 500);

    // Adjacent rows are in order by the column (ties broken by id).
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const CustomerRow& a = descending ? rows[i] : rows[i - 1];
        const CustomerRow& b = descending ? rows[i - 1] : rows[i];
        switch (column) {
        case Column::Name:
            CHECK(a.name.compare(b.name, Qt::CaseInsensitive) <= 0);
            break;
        case Column::Company:
            CHECK(a.company.compare(b.company, Qt::CaseInsensitive) <= 0);
            break;
        case Column::Stage:
            CHECK(a.stage <= b.stage);
            break;
        case Column::Owner: // no owner first, as NULL sorts
            CHECK((a.owner.isEmpty() || a.owner.compare(b.owner, Qt::CaseInsensitive) <= 0));
            break;
        case Column::OpenTickets:
            CHECK(a.openTickets <= b.openTickets);
            break;
        case Column::LastTouch:
            CHECK((!a.lastTouchAt.isValid() || a.lastTouchAt <= b.lastTouchAt));
            break;
        }
    }

    // A search keeps the sorted order and exactly the rows whose name, email or company
    // holds the text.
    query.search = QStringLiteral("an");
    const std::vector<qint64> found = *list.ids(query);
    std::vector<qint64> expected;
    for (const CustomerRow& r : rows) {
        if (r.name.contains(query.search, Qt::CaseInsensitive) ||
            r.email.contains(query.search, Qt::CaseInsensitive) ||
            r.company.contains(query.search, Qt::CaseInsensitive))
            expected.push_back(r.id);
    }
    REQUIRE_FALSE(expected.empty());
    CHECK(found == expected);

    // With a stage filter too.
    query.stage = Stage::Retention;
    std::vector<qint64> retention;
    for (const CustomerRow& r : rows) {
        if (r.stage == Stage::Retention &&
            std::find(expected.begin(), expected.end(), r.id) != expected.end())
            retention.push_back(r.id);
    }
    CHECK(*list.ids(query) == retention);
}

TEST_CASE("rows say when another customer has the same name (ASCII case folded), in both lists",
          "[customers][names]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("names.sqlite")));
    auto add = [&](const QString& name, const QString& email) {
        Customer c = test::customerNamed(name);
        c.email = email;
        return *CustomerRepository(*db).add(c);
    };
    const qint64 first = add(QStringLiteral("Acme"), QStringLiteral("a@acme.example"));
    const qint64 second = add(QStringLiteral("ACME"), QStringLiteral("b@acme.example"));
    const qint64 alone = add(QStringLiteral("Acme Two"), QStringLiteral("c@acme.example"));
    const std::vector<qint64> ids{first, second, alone};
    const auto rows = *CustomerListRepository(*db).rows(ids);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].nameShared);
    CHECK(rows[1].nameShared);
    CHECK_FALSE(rows[2].nameShared);
    CHECK(*CustomerRepository(*db).nameShared(first));
    CHECK_FALSE(*CustomerRepository(*db).nameShared(alone));
    CHECK_FALSE(*CustomerRepository(*db).nameShared(999)); // unknown

    // The dashboards' tables (Stuck, At risk, Overdue reviews, Candidates) name them so too.
    const auto apart = *MetricsRepository(*db).namesApart(ids);
    CHECK(apart.at(first) == Names::customerAtStart(first, QStringLiteral("Acme")));
    CHECK(apart.at(second) == Names::customerAtStart(second, QStringLiteral("ACME")));
    CHECK(apart.at(alone) == QStringLiteral("Acme Two"));
    CHECK(MetricsRepository(*db).names(ids)->at(first) ==
          QStringLiteral("Acme")); // the bare names stay

    std::vector<qint64> tickets;
    for (const qint64 customer : ids) {
        Ticket t;
        t.customerId = customer;
        t.subject = QStringLiteral("Help");
        t.createdAt = test::testNow();
        tickets.push_back(*TicketRepository(*db).add(t, test::testNow()));
    }
    const auto ticketRows = *TicketListRepository(*db).rows(tickets);
    REQUIRE(ticketRows.size() == 3);
    CHECK(ticketRows[0].customerNameShared);
    CHECK(ticketRows[1].customerNameShared);
    CHECK_FALSE(ticketRows[2].customerNameShared);
    // The second is renamed: neither shares a name any more.
    Customer renamed = **CustomerRepository(*db).find(second);
    renamed.name = QStringLiteral("Acme South");
    REQUIRE(CustomerRepository(*db).update(renamed));
    CHECK_FALSE(CustomerListRepository(*db).rows(ids)->at(0).nameShared);
}
