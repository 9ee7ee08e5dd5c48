// Internal to core/service: one write, the re-evaluation of its customer and the read of
// the customer's name in ONE transaction, which lands whole or not at all.
#pragma once

#include "common/Clock.h"
#include "service/Written.h"
#include "stages/StageEngine.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/StageFactsRepository.h"
#include "storage/Transaction.h"

#include <optional>
#include <type_traits>

namespace fd::service_detail {

// `write` returns Result<T> (an id) or Status. With no `customerId` the write adds the
// customer and its Result's value is the customer's id. Any failure (the write's, the
// re-evaluation's, a refused BEGIN or COMMIT) rolls everything back and is returned as
// its one sentence.
// `planEntry`: a new customer that the re-evaluation leaves where it entered gets that
// stage's success-plan tasks (StageEngine::planEntry); a move made them already otherwise.
template <typename F>
auto writeAndReevaluate(Database& db, const Clock& clock, std::optional<qint64> customerId,
                        F&& write, bool planEntry = false)
    -> Result<Written<typename decltype(write())::value_type>>
{
    using Value = typename decltype(write())::value_type;
    std::optional<Transaction> tx;
    if (auto begun = db.guard([&] { tx.emplace(db); }); !begun)
        return failure(begun.error());
    // Before the write: every writer of this customer takes the hold first, then its rows.
    if (customerId) {
        if (auto held = StageFactsRepository(db).holdCustomer(*customerId); !held)
            return failure(held.error());
    }
    auto written = write();
    if (!written)
        return failure(written.error());
    qint64 id = 0;
    if (customerId)
        id = *customerId;
    else if constexpr (std::is_integral_v<Value>)
        id = *written;
    StageEngine engine(db, clock);
    auto moves = engine.reevaluate(id);
    if (!moves)
        return failure(moves.error());
    if (planEntry && moves->empty()) {
        if (auto planned = engine.planEntry(id); !planned)
            return failure(planned.error());
    }
    auto customer = CustomerRepository(db).find(id);
    if (!customer)
        return failure(customer.error());
    if (auto committed = db.guard([&] { tx->commit(); }); !committed)
        return failure(committed.error());
    Written<Value> out;
    if constexpr (!std::is_void_v<Value>)
        out.value = std::move(*written);
    out.moves = std::move(*moves);
    out.unstable = engine.unstableSeen();
    if (*customer)
        out.customerName = (*customer)->name;
    return out;
}

} // namespace fd::service_detail
