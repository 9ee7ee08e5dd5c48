#include "service/Customers.h"

#include "domain/Names.h"
#include "service/Conflicts.h"
#include "service/WriteUnit.h"
#include "storage/ContactRepository.h"
#include "storage/StageTransitionRepository.h"
#include "storage/TimelineRepository.h"
#include "storage/TouchpointRepository.h"
#include "success/PlaybookRunner.h"

namespace fd {

using service_detail::writeAndReevaluate;

Result<Written<qint64>> Customers::add(const Customer& customer)
{
    return writeAndReevaluate(
        m_db, m_clock, std::nullopt, [&] { return CustomerRepository(m_db).add(customer); }, true);
}

Result<Written<void>> Customers::update(const Customer& customer, const Customer& opened)
{
    const QDateTime now = m_clock.now();
    Customer edit = customer;
    edit.version = opened.version;
    auto written = writeAndReevaluate(m_db, m_clock, customer.id,
                                      [&] { return CustomerRepository(m_db).update(edit, now); });
    if (written || !written.error().is(Error::Kind::Conflict))
        return written;
    auto current = CustomerRepository(m_db).find(customer.id);
    if (!current || !*current)
        return written;
    return failure(Conflicts::sentence(m_db, Names::customerAtStart(customer.id, (*current)->name),
                                       (*current)->version,
                                       Conflicts::changes(m_db, opened, **current), now));
}

Result<Written<qint64>> Customers::addContact(const Contact& contact)
{
    return writeAndReevaluate(m_db, m_clock, contact.customerId,
                              [&] { return ContactRepository(m_db).add(contact); });
}

Result<Written<qint64>> Customers::logTouchpoint(const Touchpoint& touchpoint)
{
    return writeAndReevaluate(m_db, m_clock, touchpoint.customerId, [&]() -> Result<qint64> {
        auto id = TouchpointRepository(m_db).add(touchpoint);
        if (!id || touchpoint.kind != TouchpointKind::Survey || !touchpoint.score)
            return id;
        // A detractor's or a promoter's survey sets off its playbooks (issue 18), in this write.
        if (auto fired =
                PlaybookRunner(m_db, m_clock)
                    .surveySaved(touchpoint.customerId, *id,
                                 touchpoint.occurredAt.toSecsSinceEpoch(), *touchpoint.score);
            !fired)
            return failure(fired.error());
        return id;
    });
}

Result<Written<std::optional<StageTransition>>> Customers::move(qint64 customerId, Stage stage,
                                                                const QString& reason,
                                                                const QString& agent,
                                                                std::optional<bool> pin)
{
    // StageEngine::setStage writes the move and the pin in one transaction, and refuses an
    // empty reason or agent before it begins one.
    auto moved = StageEngine(m_db, m_clock).setStage(customerId, stage, reason, agent, pin);
    if (!moved)
        return failure(moved.error());
    Written<std::optional<StageTransition>> out;
    out.value = *moved;
    if (*moved)
        out.moves.push_back(**moved);
    // The move has landed: a name that cannot be read now only leaves the sentence without it.
    if (auto customer = CustomerRepository(m_db).find(customerId); customer && *customer)
        out.customerName = (*customer)->name;
    return out;
}

Result<std::optional<Customer>> Customers::find(qint64 customerId)
{
    return CustomerRepository(m_db).find(customerId);
}

Result<bool> Customers::nameShared(qint64 customerId)
{
    return CustomerRepository(m_db).nameShared(customerId);
}

Result<CustomerActivity> Customers::activity(qint64 customerId)
{
    return CustomerRepository(m_db).activity(customerId);
}

Result<std::vector<StageTransition>> Customers::moves(qint64 customerId)
{
    return StageTransitionRepository(m_db).forCustomer(customerId);
}

Result<std::vector<Contact>> Customers::contacts(qint64 customerId)
{
    return ContactRepository(m_db).forCustomer(customerId);
}

Result<std::vector<TimelineEntry>> Customers::timeline(qint64 customerId, int limit)
{
    return TimelineRepository(m_db).forCustomer(customerId, limit);
}

} // namespace fd
