// Who a playbook would give a task (issue 18: "Playbooks can be edited and previewed"), before
// anything is saved: the Settings dialog's Playbooks page and `funneldesk-cli playbooks preview`
// call only this.
//
// A preview replays the last `days` local days (30 unless asked) under each playbook as edited:
// the entries into its stage, the drops to At risk and the surveys of those days
// (storage/PlaybookRepository.h), each a task for the customer's owner now, or for the team's
// first active manager. A silence is judged now: the customers the next health recompute would
// give the playbook's task (those whose silence has one already are left out). Tasks whose due
// day an event recorded late would have passed are counted too: the preview says who, not when.
#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "success/Playbooks.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <vector>

namespace fd {

class Database;

// The tasks one playbook would give one agent.
struct PlaybookReach {
    QString key;      // the playbook's
    QString assignee; // the agent's name; "" when nobody (no owner, or no active manager)
    qint64 tasks = 0; // one per event: a customer with two low surveys counts twice
    std::vector<qint64> customerIds; // distinct, sorted
};

struct PlaybookPreview {
    int days = 30;
    QDate from;                       // the first local day replayed
    QDate today;                      // the last
    std::vector<Playbook> playbooks;  // previewed, as edited, by key
    QStringList off;                  // keys the assignments switch off (an empty line)
    std::vector<PlaybookReach> reach; // by playbook key, then most tasks first, then assignee

    // All of a playbook's tasks (0 for one that nothing would set off, or off).
    qint64 tasks(const QString& key) const;
    // Its customers, distinct and sorted.
    std::vector<qint64> customers(const QString& key) const;
};

class PlaybookPreviewer {
    Q_DECLARE_TR_FUNCTIONS(fd::PlaybookPreviewer)

public:
    // `db` and `clock` must outlive this object.
    PlaybookPreviewer(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    // The playbooks of `assignments` ("playbook.KEY=LINE" as `settings set` takes them, or
    // "KEY=LINE"; an empty LINE switches one off) as edited; with none, every saved playbook
    // (defaults included). `days`: 1 to 365. Errors: a line that does not parse
    // (Playbooks::parse's sentence), a key given twice, the saved playbooks invalid, the
    // database's sentence. Nothing is written.
    Result<PlaybookPreview> preview(const QStringList& assignments, int days = 30);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace fd
