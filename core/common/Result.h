// The single error channel at core's boundary: a value, or one translated, complete
// sentence that says what went wrong and where. Storage throws SqlError internally;
// every public core function converts it into this.
#pragma once

#include <QString>

#include <tl/expected.hpp>

namespace fd {

template <typename T>
using Result = tl::expected<T, QString>;

using Status = Result<void>;

inline tl::unexpected<QString> failure(QString sentence)
{
    return tl::unexpected<QString>(std::move(sentence));
}

} // namespace fd
