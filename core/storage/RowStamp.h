// The version columns of an edited row (schema v6, domain/RowVersion.h) as the repositories
// read and write them: the UPDATE that saves an edit bumps the version and stamps the last
// change in the same statement, and a save that names the version it edits adds
// `AND version = ?` to its WHERE (one statement, on either backend: a concurrent save that
// committed first leaves no row to write).
#pragma once

#include "common/Result.h"
#include "domain/RowVersion.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QCoreApplication>

namespace fd {

struct RowStamp {
    Q_DECLARE_TR_FUNCTIONS(fd::RowStamp)

public:
    // Appended to an UPDATE's SET list; bind() fills its two parameters.
    static constexpr const char* kSet = ", version = version + 1, changed_at = ?, changed_by = ?";

    // changed_at = `at` (UTC seconds), changed_by = the connection's acting agent (NULL when
    // none), at parameters `index` and `index + 1`.
    static void bind(Statement& q, int index, const Database& db, const QDateTime& at)
    {
        q.bind(index, at);
        q.bind(index + 1, db.actingAgent());
    }

    // version, changed_at, changed_by from column `first` on.
    static RowVersion read(const Statement& q, int first)
    {
        RowVersion v;
        v.number = q.int64(first);
        v.changedAt = q.dateTime(first + 1);
        v.changedBy = q.optionalInt64(first + 2);
        return v;
    }

    // The refusal of a save whose row has another version than the one it edits, before
    // core/service words who changed what (`row`: "Ticket #12", "Acme (#4)").
    static Error conflict(const QString& row)
    {
        return Error(
            tr("%1 was changed by someone else after you opened it; your change was not saved.")
                .arg(row),
            Error::Kind::Conflict);
    }
};

} // namespace fd
