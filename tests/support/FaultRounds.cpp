#include "support/FaultRounds.h"

#include "storage/IntegrityCheck.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <vector>

#include <sqlite3.h>

namespace fd::test {

namespace {

// More faultable calls than any operation here makes: a loop that never ends is a failure.
constexpr int kMaxCalls = 5000;

// Whether `error` says what went wrong with the disk, in the words of its kind.
bool namesFault(const QString& error, FaultKind kind)
{
    const QStringList words =
        kind == FaultKind::Full
            ? QStringList{QStringLiteral("full")}
            : QStringList{QStringLiteral("I/O"), QStringLiteral("failed"), QStringLiteral("read")};
    for (const QString& word : words)
        if (error.contains(word, Qt::CaseInsensitive))
            return true;
    return false;
}

void requireOneSentence(const QString& error, FaultKind kind)
{
    INFO("the error: " << error.toStdString());
    REQUIRE(!error.trimmed().isEmpty());
    REQUIRE(!error.contains(QLatin1Char('\n')));
    REQUIRE(error.trimmed().endsWith(QLatin1Char('.')));
    REQUIRE(namesFault(error, kind));
}

// While a round's operation runs with its fault armed, FunnelDesk's own warnings (categories
// "funneldesk.*") are held back: in a round the fault reached they are its expected echo, such as
// BulkLoad's "The file keeps its page size: disk I/O error", hundreds of lines in the output of a
// failing test around the one failure that matters, and are dropped; in the round it did not
// reach (the last) they go on to the handler there was, as everything else does at once.
// FUNNELDESK_FAULT_WARNINGS=1 (a number other than 0) passes them all on at once.
class QuietFaultEcho {
public:
    QuietFaultEcho() : m_installed(qEnvironmentVariableIntValue("FUNNELDESK_FAULT_WARNINGS") == 0)
    {
        // Before any round: the threads an operation starts begin and end inside run().
        if (m_installed)
            s_next.store(qInstallMessageHandler(&QuietFaultEcho::handle));
    }
    ~QuietFaultEcho()
    {
        if (m_installed)
            qInstallMessageHandler(s_next.load());
    }
    QuietFaultEcho(const QuietFaultEcho&) = delete;
    QuietFaultEcho& operator=(const QuietFaultEcho&) = delete;

    // Holds FunnelDesk's warnings back from now on (a round's run).
    void hold()
    {
        const std::lock_guard lock(s_mutex);
        s_holding = true;
    }
    // Stops holding them, and passes on those held unless the fault was `hit`.
    void release(bool hit)
    {
        std::vector<Held> held;
        {
            const std::lock_guard lock(s_mutex);
            s_holding = false;
            held.swap(s_held);
        }
        if (hit || !m_installed)
            return;
        for (const Held& h : held) {
            const QMessageLogContext context(nullptr, 0, nullptr, h.category.constData());
            s_next.load()(h.type, context, h.message);
        }
    }

private:
    struct Held {
        QtMsgType type;
        QByteArray category;
        QString message;
    };

    static void handle(QtMsgType type, const QMessageLogContext& context, const QString& message)
    {
        if (type == QtWarningMsg && context.category != nullptr &&
            qstrncmp(context.category, "funneldesk.", 11) == 0) {
            const std::lock_guard lock(s_mutex);
            if (s_holding) {
                s_held.push_back({type, QByteArray(context.category), message});
                return;
            }
        }
        s_next.load()(type, context, message);
    }

    bool m_installed;
    static inline std::atomic<QtMessageHandler> s_next = nullptr;
    static inline std::mutex s_mutex;
    static inline bool s_holding = false;
    static inline std::vector<Held> s_held;
};

void appendTally(const char* label, FaultKind kind, const FaultTally& tally)
{
    const QByteArray path = qgetenv("FUNNELDESK_FAULT_TALLY");
    if (path.isEmpty())
        return;
    QFile out(QString::fromLocal8Bit(path));
    if (!out.open(QIODevice::Append | QIODevice::Text))
        return;
    out.write(QByteArray(label) + '|' + faults::name(kind) + '|' +
              QByteArray::number(tally.failed) + '|' + QByteArray::number(tally.absorbed) + '|' +
              QByteArray::number(tally.calls + 1) + '|' + QByteArray::number(tally.stride) + '\n');
}

struct Connection {
    sqlite3* db = nullptr;
    ~Connection() { sqlite3_close_v2(db); }
};

// Each row's columns with their types, so 1 and '1' and NULL and '' differ.
void hashRows(sqlite3* db, const QByteArray& sql, QCryptographicHash& hash)
{
    sqlite3_stmt* statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) == SQLITE_OK);
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        for (int c = 0; c < sqlite3_column_count(statement); ++c) {
            const int type = sqlite3_column_type(statement, c);
            hash.addData(QByteArray(QByteArray::number(type) + ':'));
            if (type != SQLITE_NULL) {
                const auto* bytes = static_cast<const char*>(sqlite3_column_blob(statement, c));
                hash.addData(QByteArrayView(bytes, sqlite3_column_bytes(statement, c)));
            }
            hash.addData("|");
        }
        hash.addData("\n");
    }
    sqlite3_finalize(statement);
    INFO(sql.toStdString());
    REQUIRE(rc == SQLITE_DONE);
}

} // namespace

FaultTally everyFault(const char* label, FaultKind kind, const FaultOperation& operation,
                      int stride, int first)
{
    FaultTally tally;
    if (qEnvironmentVariableIsSet("FUNNELDESK_FAULT_STRIDE")) {
        stride = qEnvironmentVariableIntValue("FUNNELDESK_FAULT_STRIDE");
        first = 1;
    }
    stride = std::max(stride, 1);
    // To look at one round (under a debugger): FUNNELDESK_FAULT_FROM=N starts there.
    const int from = std::max(first, qEnvironmentVariableIntValue("FUNNELDESK_FAULT_FROM"));
    tally.stride = stride;
    QuietFaultEcho quiet;
    for (int n = from;; n += stride) {
        INFO(label << ", " << faults::name(kind) << " fault at call " << n);
        REQUIRE(n <= kMaxCalls);
        operation.setUp();
        faults::arm(kind, n);
        quiet.hold();
        const Status done = [&] {
            try {
                return operation.run();
            } catch (...) {
                quiet.release(false);
                throw;
            }
        }();
        const bool hit = faults::hit();
        quiet.release(hit);
        const int calls = faults::calls();
        faults::disarm();
        if (!done) {
            if (tally.firstError.isEmpty())
                tally.firstError = done.error();
            REQUIRE(hit); // a failure the fault did not cause
            requireOneSentence(done.error(), kind);
            operation.verify(false);
            ++tally.failed;
            continue;
        }
        operation.verify(true);
        if (!hit) {
            tally.calls = calls;
            break;
        }
        ++tally.absorbed;
    }
    CHECK((tally.failed > 0 || from > first));
    appendTally(label, kind, tally);
    return tally;
}

QByteArray contentDigest(const QString& path, const QStringList& without)
{
    if (!QFile::exists(path))
        return {};
    Connection c;
    REQUIRE(sqlite3_open_v2(QFile::encodeName(path).constData(), &c.db, SQLITE_OPEN_READONLY,
                            nullptr) == SQLITE_OK);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hashRows(c.db, "PRAGMA user_version", hash);
    hashRows(c.db, "PRAGMA application_id", hash);
    hashRows(c.db, "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name", hash);
    QList<QByteArray> tables;
    {
        sqlite3_stmt* list = nullptr;
        REQUIRE(
            sqlite3_prepare_v2(
                c.db,
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name",
                -1, &list, nullptr) == SQLITE_OK);
        while (sqlite3_step(list) == SQLITE_ROW)
            tables << QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(list, 0)));
        sqlite3_finalize(list);
    }
    for (const QByteArray& table : tables) {
        if (without.contains(QString::fromUtf8(table)))
            continue;
        hash.addData(QByteArray("table " + table + '\n'));
        // In the order of their values: a plan that reads an index (ANALYZE's statistics in one
        // file and not in its copy) would give the same rows in another order.
        QByteArray order;
        {
            sqlite3_stmt* columns = nullptr;
            REQUIRE(sqlite3_prepare_v2(c.db,
                                       QByteArray("SELECT * FROM \"" + table + '"').constData(), -1,
                                       &columns, nullptr) == SQLITE_OK);
            for (int i = 1; i <= sqlite3_column_count(columns); ++i)
                order += (i > 1 ? ", " : " ORDER BY ") + QByteArray::number(i);
            sqlite3_finalize(columns);
        }
        hashRows(c.db, "SELECT * FROM \"" + table + '"' + order, hash);
    }
    return hash.result().toHex();
}

void copyFresh(const QString& from, const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
    REQUIRE(QFile::copy(from, path));
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
}

void requireSoundFile(const QString& path)
{
    auto db = openSqliteFile(path);
    const auto problems = IntegrityCheck::run(*db);
    REQUIRE(problems);
    INFO(problems->join(QLatin1Char('\n')).toStdString());
    REQUIRE(problems->isEmpty());
}

void requirePagesSound(const QString& path)
{
    Connection c;
    REQUIRE(sqlite3_open_v2(QFile::encodeName(path).constData(), &c.db, SQLITE_OPEN_READONLY,
                            nullptr) == SQLITE_OK);
    sqlite3_stmt* check = nullptr;
    REQUIRE(sqlite3_prepare_v2(c.db, "PRAGMA integrity_check", -1, &check, nullptr) == SQLITE_OK);
    const bool row = sqlite3_step(check) == SQLITE_ROW;
    const QByteArray verdict =
        row ? QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(check, 0)))
            : QByteArray();
    sqlite3_finalize(check);
    INFO(verdict.toStdString());
    REQUIRE(verdict == "ok");
}

void requireSoundAfter(const QString& path, bool succeeded)
{
    if (succeeded)
        requireSoundFile(path);
    else
        requirePagesSound(path);
}

} // namespace fd::test
