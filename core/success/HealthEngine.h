// The health score's application API (issue 18): the CLI's `health recompute|explain|preview`
// and the window call only this. Reads the rules from settings ("health.*",
// success/HealthRules.h), facts from storage/HealthRepository.h, scores them with
// success/HealthScore.h at the clock's now, and keeps the scores and the daily trend.
#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "success/HealthRules.h"
#include "success/HealthScore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <array>
#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace fd {

class Database;

struct HealthRecompute {
    QDateTime asOf;                // UTC
    QDate day;                     // the local day its snapshot is of
    qint64 evaluated = 0;          // active customers scored
    qint64 changed = 0;            // whose score or band changed (written, unless a dry run)
    std::array<qint64, 3> bands{}; // active customers per band afterwards, in ScoreBand order
    std::vector<BandMove> moves;   // band changes, by customer id
    qint64 playbookTasks = 0;      // tasks the playbooks of band drops and silences added
    bool written = false;
};

struct HealthExplanation {
    HealthFacts facts;
    HealthRules rules;
    HealthWindows at;
    HealthScore score;
    std::optional<StoredHealth> stored; // the last recompute's score, when there was one

    // One line per factor (HealthScorer::factorText), in factor order.
    QStringList factorLines() const;
};

// How many customers would change band under edited rules, from where to where, and who.
struct HealthPreview {
    qint64 evaluated = 0;
    std::array<qint64, 3> before{}; // per band under the saved rules
    std::array<qint64, 3> after{};  // under the edited ones
    std::map<std::pair<ScoreBand, ScoreBand>, std::vector<qint64>>
        moves; // (from, to) → customer ids, sorted
    qint64 moved() const;
};

class HealthEngine {
    Q_DECLARE_TR_FUNCTIONS(fd::HealthEngine)

public:
    // `db` and `clock` must outlive this object.
    HealthEngine(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    // The saved rules (defaults for what is not saved). Errors: the database's sentence, or
    // "The saved health score settings are invalid: …".
    Result<HealthRules> rules();
    // Checks every assignment ("recency.weight=25"; KeyedParameters::assignments) against the
    // others and the saved rules, then saves them all in one transaction, or nothing.
    Status saveRules(const QStringList& assignments);

    // Scores every active customer now; stores the scores that changed and today's snapshot of
    // them, in one transaction (not when `dryRun`).
    Result<HealthRecompute> recompute(bool dryRun = false);
    // A customer's score now, factor by factor. Errors: "Customer N does not exist." or "…is
    // churned: only active customers have a health score.", the database's sentence.
    Result<HealthExplanation> explain(qint64 customerId);
    // What `assignments` would change, before anything is saved (as saveRules checks them):
    // health parameters with or without their "health." prefix, and "stage_target.*" values
    // (metrics/StageTargets.h), which the time-in-stage factor judges by.
    Result<HealthPreview> preview(const QStringList& assignments);
    // `assignments` as `settings set` names them: "recency.weight=30" becomes
    // "health.recency.weight=30"; "health.*" and "stage_target.*" stay. Nothing is checked here
    // (TeamSettings::checked does that, with KeyedParameters' sentences). preview() and the
    // CLI's `health preview --set` both read their KEY=VALUE through this.
    static QStringList settingsAssignments(const QStringList& assignments);
    // The score the last recompute stored for the customer; none when it has none (never
    // scored, or churned).
    Result<std::optional<StoredHealth>> current(qint64 customerId);
    // The customer's snapshots of the last `days` local days (today included), oldest first.
    Result<std::vector<HealthPoint>> trend(qint64 customerId, int days = 90);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace fd
