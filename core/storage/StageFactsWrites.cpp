// StageFactsRepository's writes (see StageFactsRepository.h): the moves a recompute or a manual
// move decided, with each customer's stage and the success-plan tasks, in one transaction; the
// pin; the lock that makes two sessions' moves of one customer wait for each other. The reads
// (the facts, the histories) are in StageFactsRepository.cpp.
#include "storage/StageFactsRepository.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/StageTransitionRepository.h"
#include "storage/TaskRepository.h"
#include "storage/Transaction.h"

#include <algorithm>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace fd {

namespace {

// Each customer's stage and stage_entered_at from its last move in `moves`, in one statement
// on a server: a move per round trip cost the import of 100k new customers minutes there
// (docs/PERFORMANCE.md, "Step 10, sixth round"). SQLite, in process, keeps one prepared
// UPDATE per customer. The row triggers (customer_pin, the audit, touchpoint_day) still see
// every row. Throws SqlError.
void setStagesAtOnce(Database& db, std::span<const StageTransition> moves)
{
    std::unordered_map<qint64, std::size_t> last; // customer id -> its last move's index
    last.reserve(moves.size());
    for (std::size_t i = 0; i < moves.size(); ++i)
        last[moves[i].customerId] = i;
    std::vector<qint64> ids;
    std::vector<std::string_view> stages;
    std::vector<qint64> enteredAt; // UTC seconds
    ids.reserve(last.size());
    stages.reserve(last.size());
    enteredAt.reserve(last.size());
    for (std::size_t i = 0; i < moves.size(); ++i) {
        if (last[moves[i].customerId] != i)
            continue;
        ids.push_back(moves[i].customerId);
        stages.push_back(enumName(moves[i].to));
        enteredAt.push_back(moves[i].at.toSecsSinceEpoch());
    }
    const Dialect& d = db.dialect();
    auto q = db.query("UPDATE customer AS c SET stage = m.stage, stage_entered_at = m.at "
                      "FROM unnest(?1::bigint[], ?2::text[], ?3::bigint[]) AS m(id, stage, at) "
                      "WHERE c.id = m.id");
    q->bind(1, std::string_view(d.idListValue(ids)));
    q->bind(2, std::string_view(d.textListValue(stages)));
    q->bind(3, std::string_view(d.idListValue(enteredAt)));
    q->exec();
}

// Which of `ids` have a move recorded, in one statement: inside a bulk load, where
// stage_transition has no index, a per-customer EXISTS scanned the table once per customer (an
// import placing 100k new customers spent minutes there); this reads it at most once.
std::unordered_set<qint64> withMoves(Database& db, const std::vector<qint64>& ids)
{
    const Dialect& d = db.dialect();
    auto q = db.query("SELECT DISTINCT customer_id FROM stage_transition WHERE customer_id IN " +
                      d.idList(1));
    q->bind(1, std::string_view(d.idListValue(ids)));
    std::unordered_set<qint64> result;
    while (q->step())
        result.insert(q->int64(0));
    return result;
}

// The customers of `moves` that another session moved since the moves were decided: the
// stage now is not the first move's `from`, or a move into the funnel finds a move there.
// Reads the rows under their write lock (then their moves), inside the caller's transaction.
std::unordered_set<qint64> movedMeanwhile(Database& db, const std::vector<StageTransition>& moves)
{
    std::unordered_map<qint64, const StageTransition*> first; // customer id -> its first move
    std::vector<qint64> ids;
    for (const StageTransition& move : moves) {
        if (first.emplace(move.customerId, &move).second)
            ids.push_back(move.customerId);
    }
    const Dialect& d = db.dialect();
    std::vector<std::pair<qint64, std::optional<Stage>>> stages;
    {
        auto q = db.query("SELECT c.id, c.stage FROM customer c WHERE c.id IN " + d.idList(1) +
                          d.lockedForWrite());
        q->bind(1, std::string_view(d.idListValue(ids)));
        while (q->step())
            stages.emplace_back(q->int64(0), enumFromUtf8<Stage>(q->utf8(1)));
    }
    const std::unordered_set<qint64> hasMoves = withMoves(db, ids);
    std::unordered_set<qint64> moved;
    std::unordered_set<qint64> found;
    for (const auto& [id, stage] : stages) {
        found.insert(id);
        const StageTransition& move = *first.at(id);
        const bool same = move.from ? stage == move.from : !hasMoves.contains(id);
        if (!same)
            moved.insert(id);
    }
    for (qint64 id : ids) {
        if (!found.contains(id))
            moved.insert(id); // deleted meanwhile: nothing to move
    }
    return moved;
}

} // namespace

Status StageFactsRepository::record(const std::vector<StageTransition>& allMoves,
                                    bool asOneAuditEntry, std::span<const PlannedTask> allPlanned,
                                    std::vector<qint64>* changedMeanwhile, Others others)
{
    if (allMoves.empty())
        return {};
    return m_db.guard([&] {
        Transaction tx(m_db);
        const std::unordered_set<qint64> stale = others == Others::CannotSeeThem
                                                     ? std::unordered_set<qint64>{}
                                                     : movedMeanwhile(m_db, allMoves);
        // The moves and tasks of the customers nobody moved meanwhile: all of them, uncopied,
        // when there are none such.
        std::vector<StageTransition> keptMoves;
        std::vector<PlannedTask> keptPlanned;
        if (!stale.empty()) {
            for (const StageTransition& move : allMoves) {
                if (!stale.contains(move.customerId))
                    keptMoves.push_back(move);
            }
            for (const PlannedTask& task : allPlanned) {
                if (!stale.contains(task.customerId))
                    keptPlanned.push_back(task);
            }
        }
        const std::span<const StageTransition> moves =
            stale.empty() ? std::span<const StageTransition>(allMoves) : keptMoves;
        const std::span<const PlannedTask> planned = stale.empty() ? allPlanned : keptPlanned;
        if (changedMeanwhile) {
            changedMeanwhile->assign(stale.begin(), stale.end());
            std::sort(changedMeanwhile->begin(), changedMeanwhile->end());
        }
        if (moves.empty())
            return; // every customer moved by another session: nothing of this run is written
        std::optional<AuditPause> quiet;
        if (asOneAuditEntry) {
            quiet.emplace(m_db);
            AuditLog(m_db).recordBulk(QStringLiteral("recompute stages"),
                                      QStringLiteral("customer"),
                                      static_cast<qint64>(moves.size()));
        }
        StageTransitionRepository(m_db).insert(moves);
        TaskRepository(m_db).addPlanned(planned);
        if (m_db.backend() == Database::Backend::Postgres && moves.size() > 1) {
            setStagesAtOnce(m_db, moves);
            tx.commit();
            return;
        }
        for (std::size_t i = 0; i < moves.size(); ++i) {
            const StageTransition& move = moves[i];
            if (i + 1 < moves.size() && moves[i + 1].customerId == move.customerId)
                continue; // the customer's stage is its last move's
            auto q = m_db.query("UPDATE customer SET stage = ?, stage_entered_at = ? WHERE id = ?");
            q->bindStatic(1, enumName(move.to));
            q->bind(2, move.at);
            q->bind(3, move.customerId);
            q->exec();
        }
        tx.commit();
    });
}

Status StageFactsRepository::setPinned(qint64 customerId, bool pinned)
{
    return m_db.guard([&] {
        Transaction tx(m_db);
        auto q = m_db.query("UPDATE customer SET stage_pinned = ? WHERE id = ?");
        q->bind(1, pinned);
        q->bind(2, customerId);
        q->exec();
        tx.commit();
    });
}

Status StageFactsRepository::holdCustomer(qint64 customerId)
{
    // The customer's own row, locked as its UPDATE would (020_check_lock.sql: no advisory key
    // another login may hold).
    const std::string locked = m_db.dialect().lockedForWrite();
    if (locked.empty())
        return {};
    return m_db.guard([&] {
        auto q = m_db.query("SELECT id FROM customer WHERE id = ?" + locked);
        q->bind(1, customerId);
        q->step();
    });
}

} // namespace fd
