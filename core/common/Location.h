// Where FunnelDesk's data is: a SQLite file, or a database on a PostgreSQL server
// (issue 16, "Connecting"; plan docs/plans/step10-team-mode.md §3a). The value of --db,
// FUNNELDESK_DB, Open recent and the title bar. A plain value: no connection is made here.
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace fd {

class Location {
    Q_DECLARE_TR_FUNCTIONS(fd::Location)

public:
    // One libpq connection option: keyword ("host", "dbname", …) and its value.
    using Option = QPair<QString, QString>;

    Location() = default; // a file with an empty path

    // The value of --db or FUNNELDESK_DB. The rule (libpq's own, narrowed so that no plausible
    // file name is taken for a server):
    //  - text starting with "postgresql://" or "postgres://", in any case, is a server (a libpq
    //    URI);
    //  - text made of word=value pairs is a server (a libpq key=value string) when one word is a
    //    libpq keyword in any case ("host=db dbname=fd", "dbnmae=fd host=db") or there are two
    //    pairs or more: a misspelt keyword is then refused by libpq, never taken for a new file;
    //  - anything else is a file path, taken as given ("a=b.sqlite", "hostel=1.sqlite",
    //    "./host=x" are files).
    // Both server forms are parsed by libpq itself (PQconninfoParse). Errors: one sentence for a
    // server text libpq cannot parse (an unknown keyword, a broken URI), or with a value libpq
    // would refuse only as it connects (sslmode, gssencmode, channel_binding and
    // target_session_attrs not one of their words, a port not from 1 to 65535), with any
    // password in it masked. A file path never fails here; Database::open judges the file.
    static Result<Location> parse(const QString& text);
    static Location file(const QString& path);

    // The fields of the GUI's File → Connect to server… (issue 16, "Connecting").
    struct ServerFields {
        QString host;     // a name, an address or a socket folder; empty: libpq's default
        int port = 5432;  // 1 to 65535
        QString database; // required
        QString user;     // empty: libpq's default (PGUSER, else the login name)
        // More libpq options as key=value text, e.g. "sslmode=require connect_timeout=5";
        // may be empty. It may not repeat host, port, dbname or user, nor hold a password.
        QString more;
    };
    // The server those fields name, built as a libpq key=value string and read back by parse(),
    // so that it is the same Location --db would give for that text. Errors, one sentence each
    // naming the field: no database; a port out of range; a Host with one colon ("db:6432":
    // the port belongs in Port); More options libpq cannot read (an unknown keyword, "sslmode"
    // without "="); a word libpq would refuse only on connecting for sslmode, gssencmode,
    // channel_binding or target_session_attrs; More options that repeat a field above or hold
    // a password (FunnelDesk asks for it, and More options are remembered).
    static Result<Location> server(const ServerFields& fields);

    bool isFile() const { return !m_server; }
    bool isServer() const { return m_server; }
    // The file's path as given; empty for a server.
    const QString& path() const { return m_path; }

    // For people (title bar, status bar, sentences): the path, or user@host:port/database.
    // Values not given come from libpq's defaults and PG* variables (PGUSER, PGPORT, …); a
    // host not given is "localhost" (libpq then uses its local socket), an IPv6 address is
    // bracketed. A service (service=, PGSERVICE) with no host in the text is shown as
    // "service “name”": its values are in a file libpq reads only as it connects. Never holds a
    // password.
    QString display() const;
    // How every sentence and title names a server: "host:port", "[v6 address]:port", or, for a
    // local socket (a host that is a folder, or "@name" for Linux's abstract ones), the folder
    // and the port, "/run/postgresql:5432". display() and the server's refusals both use it,
    // so one server is named one way everywhere.
    static QString serverName(const QString& host, const QString& port);
    // For QSettings and Open recent: the path, or a canonical libpq key=value string of the
    // options given (libpq's keyword order, values quoted as libpq reads them) that parse()
    // turns back into an equal Location. Never holds a password (nor sslpassword).
    QString key() const;

    // The options given, in libpq's keyword order, without the password (see password()).
    const QList<Option>& options() const { return m_options; }
    QString option(const QString& keyword) const;

    // The password, held in memory only: from the URI or key=value text, or withPassword()
    // (the GUI's prompt). Empty when none was given; libpq may then use PGPASSWORD or
    // ~/.pgpass. It is never written anywhere by FunnelDesk.
    const QString& password() const { return m_password; }
    Location withPassword(const QString& password) const;

    // Equal when they name the same file text or the same server options (key()); the
    // password does not count.
    friend bool operator==(const Location& a, const Location& b)
    {
        return a.m_server == b.m_server && a.key() == b.key();
    }

    // `text` with anything that looks like a password masked as "***": the user-info password
    // of a URI (postgresql://user:SECRET@host), password=SECRET and sslpassword=SECRET in
    // key=value text (quoted or not), and every occurrence of `password` itself when given.
    // For sentences that echo libpq's messages or the user's text (plan R9).
    static QString masked(QString text, const QString& password = {});

private:
    bool m_server = false;
    QString m_path;
    QList<Option> m_options;
    QString m_password;
};

} // namespace fd
