#pragma once

#include "common/Result.h"

#include <QString>

#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace fd {

class Database;

// Team-wide options (stage-rule thresholds, SLA targets) as key/value text.
class SettingsRepository {
public:
    explicit SettingsRepository(Database& db) : m_db(db) {}

    Result<std::optional<QString>> value(const QString& key);
    Status setValue(const QString& key, const QString& value);
    // Every (key, value) in one transaction: all of them are saved, or none.
    Status setValues(const std::vector<std::pair<QString, QString>>& values);
    Result<std::map<QString, QString>> all();

private:
    Database& m_db;
};

} // namespace fd
