// SQLite's schema migrations (storage/Schema.cpp runs them in order).
#pragma once

#include "storage/Schema.h"

#include <array>

namespace fd {

// Migration N takes user_version N-1 to N. Never edit a released migration: add one.
extern const std::array<const char*, Schema::kVersion> kSchemaMigrations;

} // namespace fd
