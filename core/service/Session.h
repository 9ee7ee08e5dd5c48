// An open FunnelDesk database as the GUI and the CLI see it (issue 16: ui/ and app/ include no
// core/storage header). They open one here, hold it as an OwnedDatabase, hand the `Database&`
// to the service classes (Customers, Tickets, Team, Replies, Lists, Maintenance, …) as an
// opaque handle, and ask a Session what it is: where, which backend, whether it may be
// written, whether its file is still there. Storage (storage/Database.h) does the work.
#pragma once

#include "common/DatabaseOptions.h"
#include "common/Encryption.h"
#include "common/Location.h"
#include "common/Result.h"
#include "common/TeamRights.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace fd {

class Database;
class Reconnection; // storage's, opaque here

// Closes an open database: the deleter of OwnedDatabase, so code that owns one needs no
// storage header. It takes over a std::unique_ptr<Database> (what storage's Database::open
// gives; tests open that way) without a word.
struct CloseDatabase {
    CloseDatabase() = default;
    CloseDatabase(std::default_delete<Database> /*plain*/) noexcept {
    } // NOLINT(google-explicit-constructor)
    void operator()(Database* db) const noexcept;
};
using OwnedDatabase = std::unique_ptr<Database, CloseDatabase>;

// A view of an open database, cheap to make where it is needed: Session(db).isReadOnly().
// `db` must outlive it.
class Session {
public:
    using Backend = DatabaseBackend;
    using Access = DatabaseAccess;
    using Options = DatabaseOptions;

    // Opens what `where` names: a SQLite file or a database on a PostgreSQL server, with the
    // refusals storage/Database.h lists (one sentence each, kinded: ReadOnly, Busy, Gone, …).
    static Result<OwnedDatabase> open(const Location& where, const Options& options);
    // The SQLite file at `path` (Database::open(path, options)).
    static Result<OwnedDatabase> open(const QString& path, const Options& options);
    static Result<OwnedDatabase> open(const QString& path) { return open(path, Options{}); }
    // "“PATH” was deleted or moved while FunnelDesk had it open; …" (Error::Kind::Gone), for a
    // file a second connection found gone when it came to open it.
    static Error movedSentence(const QString& path);

    explicit Session(Database& db) : m_db(db) {}

    Backend backend() const;
    bool isServer() const { return backend() == Backend::Postgres; }
    // The SQLite file's path as opened; empty for a server.
    const QString& path() const;
    // What was opened, to open it again (a background job's own connection; Open recent).
    Location location() const;
    // For people: the file's path, or user@host:port/database.
    QString display() const;
    bool isReadOnly() const;
    // Read-only because this user may not write the file's folder (never for a server).
    bool isInReadOnlyFolder() const;
    // Opened without locks (SQLite's immutable=1): others' later changes go unnoticed.
    bool readsWithoutLocks() const;
    // The file is no longer at path(); everything in it can still be read (a copy saved),
    // nothing written. Never for a server.
    bool hasMoved() const;
    // The sentence for hasMoved(), of Error::Kind::Gone.
    Error movedSentence() const;
    // A number that differs from the last one read once another connection has committed a
    // change (Database::dataVersion); the database's sentence when it cannot be read.
    Result<qint64> dataVersion();
    // Live changes on a server (issue 17, "Live"; Database::listenForChanges): subscribe once,
    // then, each time socket() is readable (a QSocketNotifier), takeNotifications() gives how
    // many transactions other sessions committed since the last call (0 when it was only
    // this session's own, or nothing yet); the ConnectionLost sentence when the server went
    // away. On a file: nothing to subscribe to, socket() -1, always 0.
    Status listenForChanges();
    Result<int> takeNotifications();
    // The connection's socket (-1 for a file); another one after reconnect().
    int socket() const;
    // Connects again after the connection was lost, as it was opened (Database::reconnect):
    // the password given at sign-in is reused from memory, never written anywhere.
    Status reconnect();
    // The same in two steps, for a window whose thread must not wait on a server that does
    // not answer: run reconnector()'s function on a worker thread (it holds copies only and
    // may outlive the database), then adopt() what it made on the database's thread.
    using Reconnector = std::function<Result<std::shared_ptr<Reconnection>>()>;
    Reconnector reconnector() const;
    Status adopt(const std::shared_ptr<Reconnection>& made);
    // Makes what runs on this connection stop with an error, from any thread: how a
    // background job is cancelled (its transaction rolls back).
    void interrupt();
    // The agent on whose behalf this session writes (Database::setActingAgent): the author of
    // audit entries and of a row's last change; nullopt while nobody is known.
    void setActingAgent(std::optional<qint64> agentId);
    std::optional<qint64> actingAgent() const;
    // What the signed-in login may do (common/TeamRights.h): on a server, its agent and whether
    // it has a manager's rights, as read when it opened (open() made that agent the acting
    // one); on a file everything. The server enforces the rights; this is for greying out and
    // for refusing before long work.
    TeamRights rights() const;
    // Whether the connection to the server is encrypted, and how (common/Encryption.h), as
    // libpq says now; a file: not encrypted, nothing to say. For the status bar.
    Encryption encryption() const;
    // "WHAT needs a manager's rights; LOGIN is a rep." (`what` starts with a capital: "Changing
    // the stage rules", "Pinning a customer"): the one sentence of a refusal, of
    // Error::Kind::NoRight. `what` is the sentence's subject, so its translation is a noun
    // phrase too (German "Das Fixieren eines Kunden", not the clause "Ein Kunde wird fixiert").
    static Error needsManager(const QString& what, const TeamRights& rights);
    // needsManager(what, rights()) when this login may not do a manager's work; else nothing.
    Status requireManager(const QString& what) const;

private:
    Database& m_db;
};

} // namespace fd
