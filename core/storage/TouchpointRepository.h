#pragma once

#include "common/Result.h"
#include "domain/Touchpoint.h"

#include <QCoreApplication>

#include <optional>
#include <span>
#include <vector>

namespace fd {

class Database;

class TouchpointRepository {
    Q_DECLARE_TR_FUNCTIONS(fd::TouchpointRepository)

public:
    explicit TouchpointRepository(Database& db) : m_db(db) {}

    // Refuses, with one sentence, what Validation::check(Touchpoint) refuses as of the
    // system clock and an unknown customer.
    Result<qint64> add(const Touchpoint& touchpoint);
    Result<std::optional<Touchpoint>> find(qint64 id);
    // A customer's touchpoints, newest first.
    Result<std::vector<Touchpoint>> forCustomer(qint64 customerId, int limit = 1000);

    // Checks a touchpoint's own fields as of `now` (UTC), Validation::check; empty when
    // it is valid.
    static QString validate(const Touchpoint& touchpoint,
                            const QDateTime& now = QDateTime::currentDateTimeUtc());

    // Bulk path for writers that hold their own transaction; throws SqlError.
    qint64 insert(const Touchpoint& touchpoint);
    void insert(std::span<const Touchpoint> touchpoints);

private:
    Database& m_db;
};

} // namespace fd
