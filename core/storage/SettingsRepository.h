#pragma once

#include "common/Result.h"

#include <QString>

#include <map>
#include <optional>

namespace fd {

class Database;

// Team-wide options (stage-rule thresholds, SLA targets) as key/value text.
class SettingsRepository {
public:
    explicit SettingsRepository(Database& db) : m_db(db) {}

    Result<std::optional<QString>> value(const QString& key);
    Status setValue(const QString& key, const QString& value);
    Result<std::map<QString, QString>> all();

private:
    Database& m_db;
};

} // namespace fd
