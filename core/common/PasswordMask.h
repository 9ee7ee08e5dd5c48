// The one masking function every sentence that quotes a connection text (--db, FUNNELDESK_DB,
// the Connect dialog's fields) or libpq's words goes through (plan R9; hostile tester: the
// password showed in a URI's ?password=, in PASSWORD= of another case, behind a bad
// percent-escape that libpq echoed, and behind an unterminated quote). Location::masked()
// forwards here.
#pragma once

#include <QString>
#include <QStringList>

namespace fd {

// `text` with anything that looks like a password masked as "***":
//  - the user-info password of a URI of any scheme (postgresql://user:SECRET@host);
//  - a password or sslpassword parameter of a URI's query, in any case (?Password=SECRET&…);
//  - password= and sslpassword= in key=value text, in any case, quoted, unquoted, or with a
//    quote that never ends (the rest of the text, as libpq reads it);
// and then every other occurrence of each password found so, and of each of `passwords`, as
// written, unquoted, percent-decoded and percent-encoded (either case of hex digits): libpq
// echoes a bad token whole (`invalid percent-encoded token: "SECRET%zz"`).
QString maskPasswords(QString text, const QStringList& passwords = {});

// The passwords a connection text holds in the forms above, in each of those spellings: to mask
// libpq's words about that text (maskPasswords(why, passwordsIn(text))), or to blank them out
// of the command line (ProcessPrivacy.h).
QStringList passwordsIn(const QString& text);

} // namespace fd
