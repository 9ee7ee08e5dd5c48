// SQLite's schema migrations (storage/Schema.cpp runs them in order).
#pragma once

#include "storage/Schema.h"

#include <array>

namespace fd {

// Migration N takes user_version N-1 to N. Never edit a released migration: add one.
extern const std::array<const char*, Schema::kVersion> kSchemaMigrations;

// v13 to v24, in SchemaMigrationsSuccess.cpp (arrays, so that kSchemaMigrations is initialised
// before any code runs).
extern const char kSchemaV13[];
extern const char kSchemaV14[];
extern const char kSchemaV15[];
extern const char kSchemaV16[];
extern const char kSchemaV17[];
extern const char kSchemaV18[];
extern const char kSchemaV19[];
extern const char kSchemaV20[];
extern const char kSchemaV21[];
extern const char kSchemaV22[];
extern const char kSchemaV23[];
extern const char kSchemaV24[];

} // namespace fd
