#pragma once

// For the umask tests (tests/cli/PrivateFoldersCliTest.cpp, tests/ui/PrivateFoldersUiTest.cpp):
// a program started under umask 000 with HOME and XDG_* inside a test folder, and a check that
// every folder and file it created there is its user's only.
#include <catch2/catch.hpp>

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QString>

#include <sys/stat.h>

namespace fd::test {

// `program` with HOME=home, XDG_DATA_HOME and XDG_CONFIG_HOME unset (the defaults under HOME),
// FUNNELDESK_DB unset, and umask 000: the widest, so any mode it gets is the program's choice.
inline void startUnderUmask0(QProcess& process, const QString& program, const QStringList& args,
                             const QString& home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name :
         {"FUNNELDESK_DB", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.setChildProcessModifier([] { ::umask(0); });
    process.start(program, args);
    REQUIRE(process.waitForStarted());
}

// Every path under `root` (not `root` itself, nor those in `before`), with its mode.
inline QList<QPair<QString, mode_t>> createdUnder(const QString& root,
                                                  const QSet<QString>& before = {})
{
    QList<QPair<QString, mode_t>> found;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (before.contains(path))
            continue;
        struct stat st {};
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0 || S_ISLNK(st.st_mode))
            continue; // gone meanwhile (a -journal), or a lock's symbolic link
        found.append({path, st.st_mode});
    }
    return found;
}

// No group or other bit on any of them: folders 0700, files 0600 at the widest.
inline void requirePrivate(const QList<QPair<QString, mode_t>>& created)
{
    for (const auto& [path, mode] : created) {
        INFO(path.toStdString() << " " << QString::number(mode & 07777, 8).toStdString());
        CHECK((mode & 077) == 0);
    }
}

} // namespace fd::test
