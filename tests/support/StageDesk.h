// For the stage tests (StageEngineTest, StageReplayTest, ServiceTest): a fresh database at
// the tests' fixed moment, history written straight to the repositories (past the service,
// so no stage is re-evaluated), and the stages and moves read back.
#pragma once

#include "common/Clock.h"
#include "domain/Customer.h"
#include "domain/Touchpoint.h"
#include "stages/StageEngine.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/StageTransitionRepository.h"
#include "storage/TouchpointRepository.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <memory>
#include <optional>
#include <vector>

namespace fd::test {

struct StageDesk {
    Scratch scratch;
    std::unique_ptr<Database> db = openDatabase(scratch.file(QStringLiteral("desk.sqlite")));
    FixedClock clock{testNow()}; // 2026-03-15 10:00 local (Europe/Berlin)

    // `days` local days before testNow()'s, at `hour`:00 local time, in UTC.
    QDateTime daysAgo(int days, int hour = 10) const
    {
        return QDateTime(testNow().date().addDays(-days), QTime(hour, 0)).toUTC();
    }

    // A customer whose first sale was on `since` (a local day); it enters Onboarding.
    qint64 customer(const QDate& since, const QString& name = QStringLiteral("Acme"))
    {
        Customer c;
        c.name = name;
        c.since = since;
        auto id = CustomerRepository(*db).add(c);
        REQUIRE(id);
        return *id;
    }
    qint64 customer(int sinceDaysAgo, const QString& name = QStringLiteral("Acme"))
    {
        return customer(testNow().date().addDays(-sinceDaysAgo), name);
    }

    void touch(qint64 customerId, TouchpointKind kind, const QDateTime& at,
               std::optional<int> score = {})
    {
        Touchpoint p;
        p.customerId = customerId;
        p.kind = kind;
        p.occurredAt = at;
        p.score = score;
        REQUIRE(TouchpointRepository(*db).add(p));
    }

    Stage stage(qint64 id)
    {
        auto c = CustomerRepository(*db).find(id);
        REQUIRE((c && *c));
        return (*c)->stage;
    }

    // Every move of the customer, oldest first, its entry into the funnel the first.
    std::vector<StageTransition> history(qint64 id)
    {
        auto h = StageTransitionRepository(*db).forCustomer(id);
        REQUIRE(h);
        return *h;
    }

    qint64 count(const char* sql) { return db->scalar(sql); }
};

// The same, with a stage engine on its database and clock.
struct EngineDesk : StageDesk {
    StageEngine engine{*db, clock};

    RecomputeReport recompute(RecomputeOptions options = {})
    {
        auto report = engine.recompute(options);
        if (!report)
            FAIL(report.error().toStdString());
        return *report;
    }
};

} // namespace fd::test
