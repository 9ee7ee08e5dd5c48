#pragma once

#include "storage/Dialect.h"

namespace fd {

// SQLite's SQL for the Dialect hooks (the SQL FunnelDesk has always sent to SQLite).
class SqliteDialect final : public Dialect {
public:
    static const SqliteDialect& instance();

    std::string parameter(int n) const override;
    std::string typed(std::string_view expr, std::string_view type) const override;
    std::string nullsLowest(bool descending) const override;
    std::string indexed(std::string_view index) const override;
    std::string openTicket(std::string_view status) const override;
    std::string nocase(std::string_view expr) const override;
    std::string likeNocase(std::string_view expr, std::string_view pattern) const override;
    std::string idList(int n) const override;
    std::string idTable(int n, std::string_view alias) const override;
    std::string idListValue(std::span<const qint64> ids) const override;
    std::string textList(int n) const override;
    std::string textListValue(std::span<const std::string_view> texts) const override;
    std::string localDay(std::string_view expr) const override;
    std::string localDate(std::string_view expr) const override; // localDay()
    std::string greatest(std::string_view a, std::string_view b) const override;
    std::string least(std::string_view a, std::string_view b) const override;
    std::string nullSafeEqual(std::string_view a, std::string_view b) const override;
    std::string nullSafeDiffer(std::string_view a, std::string_view b) const override;
    std::string searchCondition(std::string_view ticketId, int n) const override;
    std::string searchIds(int n, int limitParam) const override;
    QString searchExpression(const QStringList& words) const override;
    std::string insertReturningId(std::string_view insert) const override;
    std::string insertRows(std::string_view insert) const override;
    std::string serialiseCheck(std::string_view what) const override;
    std::string lockedForWrite() const override;
    std::string nextId(std::string_view table) const override;
};

} // namespace fd
