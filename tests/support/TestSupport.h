#pragma once

#include "common/Clock.h"
#include "domain/Customer.h"
#include "storage/Database.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <string>

#include <catch2/catch.hpp>

// Readable QStrings in Catch2's failure messages.
namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& text) { return '"' + text.toStdString() + '"'; }
};
} // namespace Catch

namespace fd::test {

// A fresh folder per test, removed afterwards.
class Scratch {
public:
    Scratch();
    QString file(const QString& name) const { return m_dir.filePath(name); }
    const QTemporaryDir& dir() const { return m_dir; }

private:
    QTemporaryDir m_dir;
};

// Opens (creating if needed) a FunnelDesk database; fails the test if it cannot.
std::unique_ptr<Database> openDatabase(const QString& path,
                                       Database::Access access = Database::Access::ReadWrite);

// A fixed "now" for tests: 2026-03-15 10:00 in the test time zone.
QDateTime testNow();

QByteArray fileBytes(const QString& path);

// Every name in `folder`, hidden ones (a write's temporaries, a journal) included, sorted.
QStringList entries(const QString& folder);

// A customer with only a name and a first sale on 2025-01-10 (a local day), for tests
// about where and whether a write lands rather than what it holds.
Customer customerNamed(const QString& name);

// The process's time zone for one scope (the test main sets Europe/Berlin), with the
// importer's cached local offsets (common/DateTimeText.h) forgotten on the way in and out.
class Zone {
public:
    explicit Zone(const char* zone);
    ~Zone();
    Zone(const Zone&) = delete;
    Zone& operator=(const Zone&) = delete;

private:
    QByteArray m_previous;
};

} // namespace fd::test
