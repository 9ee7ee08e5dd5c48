#include "common/PasswordMask.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace fd {

namespace {

// Where a password sits in a connection text, each with the password as group 2: a URI's
// user-info of any scheme (scheme://user:SECRET@…, up to the last '@' of the word, as a
// password with an unencoded '@' would go), a URI query's password or sslpassword parameter in
// any case (?password=SECRET&…), and a key=value password or sslpassword in any case, quoted,
// unquoted, or with a quote libpq never found the end of (the rest of the text is then the
// value, as libpq reads it).
const QList<QRegularExpression>& passwordForms()
{
    static const QList<QRegularExpression> forms = {
        QRegularExpression(QStringLiteral(R"(([A-Za-z][A-Za-z0-9+.\-]*://[^:@/\s]*:)(\S*)@)")),
        QRegularExpression(QStringLiteral(R"(([?&](?:ssl)?password=)([^&#\s]*))"),
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(
            QStringLiteral(
                R"(((?<![A-Za-z0-9_?&])(?:ssl)?password\s*=\s*)('(?:[^'\\]|\\.)*'?|\S*))"),
            QRegularExpression::CaseInsensitiveOption),
    };
    return forms;
}

// The forms a password may take in libpq's messages: as written, percent-decoded, percent-
// encoded (either case of hex digits), and a quoted value unquoted.
void addSpellings(QStringList& into, const QString& password)
{
    if (password.isEmpty() || password == QLatin1String("***"))
        return;
    QString plain = password;
    if (plain.size() >= 2 && plain.startsWith(QLatin1Char('\'')) &&
        plain.endsWith(QLatin1Char('\'')))
        plain = plain.mid(1, plain.size() - 2);
    else if (plain.startsWith(QLatin1Char('\'')))
        plain = plain.mid(1);
    QString unescaped;
    for (qsizetype i = 0; i < plain.size(); ++i) {
        if (plain.at(i) == QLatin1Char('\\') && i + 1 < plain.size())
            ++i;
        unescaped.append(plain.at(i));
    }
    const QString decoded = QUrl::fromPercentEncoding(password.toUtf8());
    for (const QString& form : {password, plain, unescaped, decoded}) {
        if (form.isEmpty())
            continue;
        into.append(form);
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(form));
        into.append(encoded);
        static const QRegularExpression hex(QStringLiteral("%[0-9A-F]{2}"));
        QString lower = encoded;
        for (QRegularExpressionMatchIterator it = hex.globalMatch(encoded); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            lower.replace(m.capturedStart(), m.capturedLength(), m.captured().toLower());
        }
        into.append(lower);
    }
}

} // namespace

QStringList passwordsIn(const QString& text)
{
    QStringList found;
    for (const QRegularExpression& form : passwordForms()) {
        for (QRegularExpressionMatchIterator it = form.globalMatch(text); it.hasNext();)
            addSpellings(found, it.next().captured(2));
    }
    return found;
}

QString maskPasswords(QString text, const QStringList& passwords)
{
    static const QString mask = QStringLiteral("***");
    QStringList secrets = passwordsIn(text);
    for (const QString& password : passwords)
        addSpellings(secrets, password);
    secrets.removeDuplicates();
    // The longest first, so that no shorter spelling leaves a longer one's tail behind.
    std::sort(secrets.begin(), secrets.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
    for (const QRegularExpression& form : passwordForms())
        text.replace(form,
                     QStringLiteral("\\1***") +
                         (&form == &passwordForms().first() ? QStringLiteral("@") : QString()));
    for (const QString& secret : secrets)
        text.replace(secret, mask);
    return text;
}

} // namespace fd
