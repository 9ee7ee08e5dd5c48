#pragma once

#include "domain/Enums.h"
#include "domain/RowVersion.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace fd {

struct Customer {
    qint64 id = 0;
    QString name;
    QString email;
    QString company;
    QString plan;
    std::optional<qint64> ownerId;
    QDate since; // first sale: onboarding starts here
    CustomerStatus status = CustomerStatus::Active;
    Stage stage = Stage::Onboarding;
    QDateTime stageEnteredAt; // UTC
    bool stagePinned = false;
    QString tags;
    QString notes;
    RowVersion version; // the edit count and last edit (schema v6)
};

// What a customer's history adds up to, for its profile and `show customer`.
struct CustomerActivity {
    qint64 contacts = 0;
    qint64 tickets = 0;
    qint64 openTickets = 0;
    qint64 touchpoints = 0;
    QDateTime lastTouchAt; // UTC; null if none
};

} // namespace fd
