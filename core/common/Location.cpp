#include "common/Location.h"

#include "common/PasswordMask.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <libpq-fe.h>

#include <algorithm>
#include <memory>

namespace fd {

namespace {

struct OptionsFree {
    void operator()(PQconninfoOption* options) const { PQconninfoFree(options); }
};
using OptionsPtr = std::unique_ptr<PQconninfoOption, OptionsFree>;

// libpq's keywords, and those it marks as secret (dispchar "*": password, sslpassword),
// read from libpq itself so a newer libpq's keywords are known too.
struct Keywords {
    QSet<QString> all;
    QSet<QString> secret;
};

const Keywords& keywords()
{
    static const Keywords known = [] {
        Keywords k;
        char* error = nullptr;
        const OptionsPtr options(PQconninfoParse("", &error));
        PQfreemem(error);
        for (const PQconninfoOption* o = options.get(); o && o->keyword; ++o) {
            const QString keyword = QString::fromUtf8(o->keyword);
            k.all.insert(keyword);
            if (o->dispchar && o->dispchar[0] == '*')
                k.secret.insert(keyword);
        }
        return k;
    }();
    return known;
}

bool isUri(const QString& text)
{
    // Any case: "PostgreSQL://…" is meant as a server, and libpq then says what is wrong with it.
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

// key=value pairs that name a server: the whole text is word=value pairs, and either one of
// the words is a libpq keyword in any case ("Host=db dbname=fd", "dbnmae=fd host=db") or there
// are two pairs or more ("hots=db dbnmae=fd"). libpq then refuses the misspelt keyword in one
// sentence, instead of a misspelt server becoming a new local file. One pair whose word is no
// keyword ("a=b.sqlite", "hostel=1.sqlite") stays a file.
bool isKeyValue(const QString& text)
{
    static const QRegularExpression pairs(
        QStringLiteral(R"(^\s*(?:[A-Za-z_]+\s*=\s*(?:'(?:[^'\\]|\\.)*'|[^\s']*)\s*)+$)"));
    static const QRegularExpression word(QStringLiteral(R"((?:^|\s)([A-Za-z_]+)\s*=)"));
    if (!pairs.match(text).hasMatch())
        return false;
    int count = 0;
    for (QRegularExpressionMatchIterator it = word.globalMatch(text); it.hasNext();) {
        ++count;
        if (keywords().all.contains(it.next().captured(1).toLower()))
            return true;
    }
    return count >= 2;
}

// Text that is meant as a server though neither form reads it whole: a "://" of any scheme
// ("postgresq://…", "mysql://…"), or a libpq keyword in any case followed by '=' at the start
// or after a space ("host=db password='unterminated"). libpq then refuses it in one sentence
// with its password masked, instead of the text being echoed as a file that does not exist
// (hostile tester: "host=… password='Zq9…” does not exist").
bool looksLikeServer(const QString& text)
{
    if (text.contains(QLatin1String("://")))
        return true;
    static const QRegularExpression word(QStringLiteral(R"((?:^|\s)([A-Za-z_]+)\s*=)"));
    for (QRegularExpressionMatchIterator it = word.globalMatch(text); it.hasNext();) {
        if (keywords().all.contains(it.next().captured(1).toLower()))
            return true;
    }
    return false;
}

QString quotedValue(const QString& value)
{
    static const QRegularExpression needsQuotes(QStringLiteral(R"([\s'\\])"));
    if (!value.isEmpty() && !value.contains(needsQuotes))
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

// libpq's defaults for what was not given (PG* variables, then the compiled ones).
QString defaultOf(const char* keyword)
{
    const OptionsPtr defaults(PQconndefaults());
    for (const PQconninfoOption* o = defaults.get(); o && o->keyword; ++o) {
        if (qstrcmp(o->keyword, keyword) == 0)
            return o->val ? QString::fromUtf8(o->val) : QString();
    }
    return {};
}

// libpq's options that take one of a few words (libpq's documentation, "Parameter Key
// Words"), which it checks only when it connects: then its words came under "Cannot reach the
// server" (reviewers: sslmode=bogus, in the dialog and then in --db). The words `keyword`
// takes when `value` is not one of them; empty when it is, or when the option takes any value.
QStringList refusedChoice(const QString& keyword, const QString& value)
{
    static const QHash<QString, QStringList> choices = {
        {QStringLiteral("sslmode"),
         {QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
          QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")}},
        {QStringLiteral("gssencmode"),
         {QStringLiteral("disable"), QStringLiteral("prefer"), QStringLiteral("require")}},
        {QStringLiteral("channel_binding"),
         {QStringLiteral("disable"), QStringLiteral("prefer"), QStringLiteral("require")}},
        {QStringLiteral("target_session_attrs"),
         {QStringLiteral("any"), QStringLiteral("read-write"), QStringLiteral("read-only"),
          QStringLiteral("primary"), QStringLiteral("standby"), QStringLiteral("prefer-standby")}},
    };
    const auto known = choices.constFind(keyword);
    if (known == choices.constEnd() || known->contains(value))
        return {};
    return *known;
}

// A port libpq would refuse when it connects: each of a list's (one per host) empty (the
// default) or a number from 1 to 65535 (libpq's documentation, "port").
bool portRefused(const QString& value)
{
    const QStringList ports = value.split(QLatin1Char(','));
    return std::any_of(ports.begin(), ports.end(), [](const QString& port) {
        if (port.trimmed().isEmpty())
            return false;
        bool number = false;
        const int n = port.trimmed().toInt(&number);
        return !number || n < 1 || n > 65535;
    });
}

} // namespace

Result<Location> Location::parse(const QString& text)
{
    if (!isUri(text) && !isKeyValue(text) && !looksLikeServer(text))
        return file(text);

    char* error = nullptr;
    const OptionsPtr parsed(PQconninfoParse(text.toUtf8().constData(), &error));
    if (!parsed) {
        QString why = error ? QString::fromUtf8(error).trimmed() : tr("out of memory");
        PQfreemem(error);
        if (why.endsWith(QLatin1Char('.')))
            why.chop(1);
        return failure(
            tr("“%1” is not a PostgreSQL connection string FunnelDesk can use: %2; give a "
               "postgresql://user@host:port/database URI, key=value pairs such as "
               "“host=db dbname=funneldesk”, or a file path.")
                .arg(masked(text), maskPasswords(why, passwordsIn(text))));
    }
    const auto refused = [&text](const QString& why) {
        return failure(
            tr("“%1” is not a PostgreSQL connection string FunnelDesk can use: %2; give a "
               "postgresql://user@host:port/database URI, key=value pairs such as "
               "“host=db dbname=funneldesk”, or a file path.")
                .arg(masked(text), why));
    };
    Location location;
    location.m_server = true;
    for (const PQconninfoOption* o = parsed.get(); o->keyword; ++o) {
        if (!o->val)
            continue;
        const QString keyword = QString::fromUtf8(o->keyword);
        const QString value = QString::fromUtf8(o->val);
        if (const QStringList words = refusedChoice(keyword, value); !words.isEmpty())
            return refused(tr("%1 is “%2”, and libpq knows only %3")
                               .arg(keyword, value, words.join(QStringLiteral(", "))));
        if (keyword == QLatin1String("port") && portRefused(value))
            return refused(tr("the port “%1” is not a number from 1 to 65535").arg(value));
        if (keyword == QLatin1String("password"))
            location.m_password = value;
        else
            location.m_options.append({keyword, value});
    }
    return location;
}

Result<Location> Location::server(const ServerFields& fields)
{
    if (fields.database.trimmed().isEmpty())
        return failure(tr("Fill in Database: the name of the FunnelDesk database on the server."));
    if (fields.port < 1 || fields.port > 65535)
        return failure(
            tr("The port must be a number from 1 to 65535; %1 is not.").arg(fields.port));
    // "db.example.com:6432" or "db:notaport" in Host (reviewer: libpq's "could not translate host
    // name" then named a server "[db:notaport]:5432"). Several colons are an IPv6 address; a
    // socket folder may hold anything.
    const QString host = fields.host.trimmed();
    if (host.count(QLatin1Char(':')) == 1 && !host.startsWith(QLatin1Char('/')) &&
        !host.startsWith(QLatin1Char('@')))
        return failure(tr("Host “%1” has a colon: give the server's name or address alone in Host, "
                          "and its port "
                          "number in Port.")
                           .arg(host));
    const QString more = fields.more.trimmed();
    if (!more.isEmpty()) {
        char* error = nullptr;
        const OptionsPtr parsed(PQconninfoParse(more.toUtf8().constData(), &error));
        if (!parsed) {
            QString why = error ? QString::fromUtf8(error).trimmed() : tr("out of memory");
            PQfreemem(error);
            if (why.endsWith(QLatin1Char('.')))
                why.chop(1);
            return failure(tr("More options “%1” are not libpq options FunnelDesk can read (%2); "
                              "write them as "
                              "key=value pairs, such as “sslmode=require”.")
                               .arg(masked(more), maskPasswords(why, passwordsIn(more))));
        }
        static const QStringList fieldKeywords = {
            QStringLiteral("host"), QStringLiteral("hostaddr"), QStringLiteral("port"),
            QStringLiteral("dbname"), QStringLiteral("user")};
        for (const PQconninfoOption* o = parsed.get(); o->keyword; ++o) {
            if (!o->val)
                continue;
            const QString keyword = QString::fromUtf8(o->keyword);
            if (keywords().secret.contains(keyword))
                return failure(
                    tr("Leave the password out of More options: FunnelDesk asks for it when it "
                       "connects, and never stores it."));
            if (fieldKeywords.contains(keyword))
                return failure(
                    tr("More options give “%1”, which has a field of its own above; enter it "
                       "there instead.")
                        .arg(keyword));
            const QString value = QString::fromUtf8(o->val);
            if (const QStringList words = refusedChoice(keyword, value); !words.isEmpty())
                return failure(
                    tr("More options give %1=%2, which libpq does not know; %1 is one of %3.")
                        .arg(keyword, value, words.join(QStringLiteral(", "))));
        }
    }
    QStringList pairs;
    const auto add = [&pairs](const char* keyword, const QString& value) {
        if (!value.trimmed().isEmpty())
            pairs.append(QLatin1String(keyword) + QLatin1Char('=') + quotedValue(value.trimmed()));
    };
    add("host", fields.host);
    add("port", QString::number(fields.port));
    add("dbname", fields.database);
    add("user", fields.user);
    if (!more.isEmpty())
        pairs.append(more);
    return parse(pairs.join(QLatin1Char(' ')));
}

Location Location::file(const QString& path)
{
    Location location;
    location.m_path = path;
    return location;
}

QString Location::option(const QString& keyword) const
{
    for (const Option& o : m_options) {
        if (o.first == keyword)
            return o.second;
    }
    return {};
}

QString Location::display() const
{
    if (isFile())
        return m_path;
    const auto given = [this](const char* keyword) {
        const QString value = option(QString::fromLatin1(keyword));
        return value.isEmpty() ? defaultOf(keyword) : value;
    };
    // A service's values are in a file libpq reads only as it connects (pg_service.conf), and
    // fill what the text leaves out, before PG* variables do: with no host in the text, the
    // service is the name to show, not libpq's defaults in its place (reviewer: `--db
    // service=fd` was shown as root@localhost:5432/root). A host the text gives wins over it.
    const QString service = given("service");
    if (!service.isEmpty() && option(QStringLiteral("host")).isEmpty() &&
        option(QStringLiteral("hostaddr")).isEmpty())
        return tr("service “%1”").arg(service);
    const QString user = given("user");
    QString host = given("host");
    if (host.isEmpty())
        host = given("hostaddr");
    if (host.isEmpty())
        host = QStringLiteral("localhost");
    QString port = given("port");
    if (port.isEmpty())
        port = QStringLiteral("5432");
    QString database = given("dbname");
    if (database.isEmpty())
        database = user;
    return (user.isEmpty() ? QString() : user + QLatin1Char('@')) + serverName(host, port) +
           QLatin1Char('/') + database;
}

QString Location::serverName(const QString& host, const QString& port)
{
    const bool socket = host.startsWith(QLatin1Char('/')) || host.startsWith(QLatin1Char('@'));
    if (!socket && host.contains(QLatin1Char(':')) && !host.contains(QLatin1Char(',')))
        return QLatin1Char('[') + host + QStringLiteral("]:") + port; // an IPv6 address
    return host + QLatin1Char(':') + port;
}

QString Location::key() const
{
    if (isFile())
        return m_path;
    QStringList pairs;
    for (const Option& o : m_options) {
        if (!keywords().secret.contains(o.first))
            pairs.append(o.first + QLatin1Char('=') + quotedValue(o.second));
    }
    // No option at all is libpq's defaults; the empty URI says so and parses back.
    return pairs.isEmpty() ? QStringLiteral("postgresql://") : pairs.join(QLatin1Char(' '));
}

Location Location::withPassword(const QString& password) const
{
    Location copy = *this;
    if (copy.m_server)
        copy.m_password = password;
    return copy;
}

QString Location::masked(QString text, const QString& password)
{
    return maskPasswords(std::move(text),
                         password.isEmpty() ? QStringList() : QStringList{password});
}

} // namespace fd
