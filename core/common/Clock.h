// An injectable clock: stage rules, the generator and SLA clocks all depend on "now",
// and tests must be able to fix it.
#pragma once

#include <QDateTime>

namespace fd {

class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    // The process-wide system clock.
    static const Clock& system();
};

class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime at) : m_at(std::move(at)) {}
    QDateTime now() const override { return m_at; }
    void set(QDateTime at) { m_at = std::move(at); }

private:
    QDateTime m_at;
};

} // namespace fd
