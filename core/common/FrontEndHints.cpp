#include "common/FrontEndHints.h"

#include <array>

namespace fd::hints {

namespace {

std::array<QString, static_cast<std::size_t>(Hint::Count)>& clauses()
{
    static std::array<QString, static_cast<std::size_t>(Hint::Count)> instance;
    return instance;
}

} // namespace

QString clause(Hint hint)
{
    return clauses().at(static_cast<std::size_t>(hint));
}

void set(Hint hint, const QString& text)
{
    clauses().at(static_cast<std::size_t>(hint)) = text;
}

} // namespace fd::hints
