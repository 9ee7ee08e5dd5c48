// Six customers in two stages and the tasks a test gives them, for the tests of a stage's overdue
// tasks (TaskOverdueTest.cpp, TaskStageDayTest.cpp), on either backend.
#pragma once

#include "common/Clock.h"
#include "domain/Customer.h"
#include "service/Customers.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <vector>

namespace fd::test {

struct TaskStages {
    Scratch scratch;
    QString path = scratch.file(QStringLiteral("task-stages.sqlite"));
    std::unique_ptr<Database> db = openDatabase(path);
    FixedClock clock{testNow()};
    QDate today = testNow().toLocalTime().date(); // as the dashboards take it
    std::vector<qint64> customers;
    int step = 0; // each task's step, so that no two collide on the task's unique key

    // Customers 0-2 in retention (2 churned), 3-5 in advocacy; no task (the stage plans' are
    // deleted).
    TaskStages()
    {
        for (int i = 0; i < 6; ++i) {
            auto added = Customers(*db, clock).add(customerNamed(QStringLiteral("C%1").arg(i)));
            REQUIRE(added);
            customers.push_back(added->value);
            run("UPDATE customer SET stage = ? WHERE id = ?", i < 3 ? "retention" : "advocacy",
                added->value);
        }
        run("UPDATE customer SET status = ? WHERE id = ?", "churned", customers[2]);
        REQUIRE(db->guard([&] { db->execute("DELETE FROM task"); }));
    }

    // One statement, its values bound in order (a text as text).
    template <typename... Values> void run(const char* sql, const Values&... values)
    {
        REQUIRE(db->guard([&] {
            auto q = db->query(sql);
            int index = 0;
            (bindOne(*q, ++index, values), ...);
            q->exec();
        }));
    }

    static void bindOne(Statement& q, int index, const char* text)
    {
        q.bind(index, QString::fromLatin1(text));
    }
    template <typename Value> static void bindOne(Statement& q, int index, const Value& value)
    {
        q.bind(index, value);
    }

    // A task of customer `index`, due `days` from today, done or open; its id.
    qint64 task(std::size_t index, int days, bool done = false)
    {
        qint64 id = 0;
        REQUIRE(db->guard([&] {
            auto q = db->query("INSERT INTO task (customer_id, title, due_day, origin, occasion, "
                               "step, created_at, done_at) VALUES (?, 'Call', ?, 'test', 'o', ?, "
                               "0, ?) RETURNING id");
            q->bind(1, customers[index]);
            q->bind(2, today.addDays(days));
            q->bind(3, ++step);
            if (done)
                q->bind(4, testNow().toSecsSinceEpoch());
            else
                q->bindNull(4);
            REQUIRE(q->step());
            id = q->int64(0);
        }));
        return id;
    }
};

} // namespace fd::test
