// The single error channel at core's boundary: a value, or one translated, complete
// sentence that says what went wrong and where. Storage throws SqlError internally;
// every public core function converts it into this.
#pragma once

#include <QString>
#include <QStringBuilder>

#include <tl/expected.hpp>

namespace fd {

// A Result's error: the sentence itself (it is a QString, so every caller that shows or
// words it keeps working), plus what kind of trouble it is, for a caller that reacts to the
// kind instead of comparing the words (the window offers to save a copy of a file that is
// gone). Only core sets a kind (storage: Database::describe(), Database::movedSentence();
// service: a save refused as a Conflict);
// every other sentence is Kind::Other. A sentence built from another one (".arg(error)")
// is a new sentence of Kind::Other.
class Error : public QString {
public:
    enum class Kind {
        Other,
        // The file was deleted, moved or replaced while it was open: nothing more can be
        // saved to it (SQLITE_READONLY_DBMOVED, Database::hasMoved()).
        Gone,
        // Another program holds the file's lock (SQLITE_BUSY, SQLITE_LOCKED): nothing was
        // changed; trying again later may work.
        Busy,
        // The file, or this connection, cannot be written (SQLITE_READONLY, or opened read-only).
        ReadOnly,
        // The disk is full (SQLITE_FULL): nothing was saved.
        Full,
        // A PostgreSQL server refused the password given (SQLSTATE 28P01, pg::Connection::open):
        // asking for it again may work.
        PasswordRefused,
        // The connection to a PostgreSQL server was lost while open (the server stopped or ended
        // it, PgDatabase::describe()): nothing more can be read or written through it, and an
        // empty answer read through it says nothing about the data.
        ConnectionLost,
        // A PostgreSQL server refused a change this login's role may not make (SQLSTATE 42501,
        // PgDatabase::describe(); issue 17 "Rights enforced by the server"): a rep tried a
        // manager's work. Nothing was changed; another login may do it.
        NoRight,
        // A save named the version of a row it edits (domain/RowVersion.h) and the row has
        // changed since (another rep saved it): nothing was written; the sentence names who
        // changed what and when (issue 17, "No lost updates"). Reloading the row and saving
        // again may work.
        Conflict,
        // The file is damaged (SQLITE_CORRUPT), or is no SQLite file at all (SQLITE_NOTADB):
        // only this kind makes the window offer a rolling backup in its place. A locked, newer,
        // read-only or unreadable file is never called damaged.
        Damaged,
    };

    Error() = default;
    // Implicit: every `failure(tr("…"))` and `return failure(r.error())` keeps compiling.
    Error(QString sentence, Kind kind = Kind::Other)
        : QString(std::move(sentence)), m_kind(kind) {} // NOLINT(google-explicit-constructor)

    Kind kind() const { return m_kind; }
    bool is(Kind kind) const { return m_kind == kind; }

private:
    Kind m_kind = Kind::Other;
};

template <typename T> using Result = tl::expected<T, Error>;

using Status = Result<void>;

inline tl::unexpected<Error> failure(QString sentence)
{
    return tl::unexpected<Error>(Error(std::move(sentence)));
}

// Keeps the error's kind (`return failure(result.error())`).
inline tl::unexpected<Error> failure(Error error)
{
    return tl::unexpected<Error>(std::move(error));
}

} // namespace fd

// An Error joins sentences as a QString does, also under QT_USE_QSTRINGBUILDER
// (`error + QStringLiteral("…")`).
template <> struct QConcatenable<fd::Error> : QConcatenable<QString> {
};
