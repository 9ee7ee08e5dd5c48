#include "storage/sqlite/SqliteFunctions.h"

#include "domain/Validation.h"
#include "storage/Database.h"

#include <QString>

#include <sqlite3.h>

#include <optional>

namespace fd {

namespace {

// fd_audit_on() and fd_audit_agent(): what the audit log's triggers read of this connection
// (storage/AuditSchema.h): 0 while its audit is paused, else 1; its acting agent, or NULL.
void auditOnFunction(sqlite3_context* context, int /*argc*/, sqlite3_value** /*argv*/)
{
    const auto* db = static_cast<const Database*>(sqlite3_user_data(context));
    sqlite3_result_int(context, db->auditPaused() ? 0 : 1);
}

void auditAgentFunction(sqlite3_context* context, int /*argc*/, sqlite3_value** /*argv*/)
{
    const auto* db = static_cast<const Database*>(sqlite3_user_data(context));
    if (const std::optional<qint64> agent = db->actingAgent())
        sqlite3_result_int64(context, *agent);
    else
        sqlite3_result_null(context);
}

// fd_email_key(text): Validation::emailKey in SQL, so a query compares emails exactly as
// the import does (issue 14 §3). NULL stays NULL. Plain ASCII, the usual case, takes a
// byte loop with the same result (NFC and Cf removal change no ASCII text, and case
// folding ASCII is lowering it); a duplicate check scans every customer's email.
void emailKeyFunction(sqlite3_context* context, int /*argc*/, sqlite3_value** argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    const int size = sqlite3_value_bytes(argv[0]);
    if (!text) {
        sqlite3_result_null(context);
        return;
    }
    // Plain loops over the bytes: this runs once per customer, in Debug builds too.
    bool ascii = true;
    for (int i = 0; i < size && ascii; ++i)
        ascii = static_cast<unsigned char>(text[i]) < 0x80;
    if (ascii) {
        // QChar::isSpace for ASCII: tab, line feed, vertical tab, form feed, return, space.
        const auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
        int begin = 0;
        int end = size;
        while (begin < end && space(text[begin]))
            ++begin;
        while (end > begin && space(text[end - 1]))
            --end;
        char buffer[256];
        const int length = end - begin;
        char* key =
            length <= int(sizeof buffer) ? buffer : static_cast<char*>(sqlite3_malloc(length));
        if (!key) {
            sqlite3_result_error_nomem(context);
            return;
        }
        for (int i = 0; i < length; ++i) {
            const char c = text[begin + i];
            key[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
        }
        sqlite3_result_text(context, key, length, SQLITE_TRANSIENT);
        if (key != buffer)
            sqlite3_free(key);
        return;
    }
    const QByteArray key = Validation::emailKey(QString::fromUtf8(text, size)).toUtf8();
    sqlite3_result_text(context, key.constData(), static_cast<int>(key.size()), SQLITE_TRANSIENT);
}

} // namespace

int registerSqlFunctions(sqlite3* raw, Database* self)
{
    int registered = sqlite3_create_function_v2(
        raw, "fd_email_key", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
        emailKeyFunction, nullptr, nullptr, nullptr);
    if (registered == SQLITE_OK)
        registered =
            sqlite3_create_function_v2(raw, "fd_audit_on", 0, SQLITE_UTF8 | SQLITE_INNOCUOUS, self,
                                       auditOnFunction, nullptr, nullptr, nullptr);
    if (registered == SQLITE_OK)
        registered =
            sqlite3_create_function_v2(raw, "fd_audit_agent", 0, SQLITE_UTF8 | SQLITE_INNOCUOUS,
                                       self, auditAgentFunction, nullptr, nullptr, nullptr);
    return registered;
}

} // namespace fd
