#include "storage/SettingsRepository.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

namespace fd {

Result<std::optional<QString>> SettingsRepository::value(const QString& key)
{
    return m_db.guard([&]() -> std::optional<QString> {
        auto q = m_db.query("SELECT value FROM settings WHERE key = ?");
        q->bind(1, key);
        if (!q->step())
            return std::nullopt;
        return q->text(0);
    });
}

Status SettingsRepository::setValue(const QString& key, const QString& value)
{
    return setValues({{key, value}});
}

Status SettingsRepository::setValues(const std::vector<std::pair<QString, QString>>& values)
{
    return m_db.guard([&] {
        Transaction tx(m_db);
        auto q = m_db.query("INSERT INTO settings (key, value) VALUES (?, ?) "
                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        for (const auto& [key, value] : values) {
            q->bind(1, key);
            q->bind(2, value);
            q->exec();
        }
        tx.commit();
    });
}

Result<std::map<QString, QString>> SettingsRepository::all()
{
    return m_db.guard([&] {
        std::map<QString, QString> result;
        auto q = m_db.query("SELECT key, value FROM settings ORDER BY key");
        while (q->step())
            result.emplace(q->text(0), q->text(1));
        return result;
    });
}

} // namespace fd
