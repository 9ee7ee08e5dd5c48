#include "common/LeftoverFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cerrno>
#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace fd {

namespace {

// Whether the process `pid` is gone: kill(2) with signal 0 says ESRCH. EPERM (another user's
// process) and success both mean it lives.
bool isGone(qint64 pid)
{
    if (pid <= 0 || pid != static_cast<qint64>(static_cast<pid_t>(pid)))
        return false;
    return ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
}

} // namespace

QString TemporaryName::pathFor(const QString& target) const
{
    const QFileInfo info(target);
    QString name = lead + info.fileName() + tag + QString::number(::getpid());
    if (randomLetters > 0)
        name += QLatin1Char('.') + QString(randomLetters, QLatin1Char('X'));
    const QString folder = info.path();
    return folder == QLatin1String(".") && !target.startsWith(QLatin1String("./"))
               ? name
               : QDir(folder).filePath(name);
}

QStringList filesStartingWith(const QDir& folder, const QString& prefix)
{
    QStringList filter;
    if (!prefix.contains(QLatin1Char('*')) && !prefix.contains(QLatin1Char('?')) &&
        !prefix.contains(QLatin1Char('[')))
        filter << prefix + QLatin1Char('*');
    QStringList names;
    for (const QString& name :
         folder.entryList(filter, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot)) {
        if (name.startsWith(prefix))
            names << name;
    }
    return names;
}

int TemporaryName::removeDeadWriters(const QString& target) const
{
    const QFileInfo info(target);
    const QString stem = lead + info.fileName() + tag;
    QString pattern = QRegularExpression::escape(stem) + QStringLiteral("([1-9][0-9]{0,9})");
    if (randomLetters > 0)
        pattern += QStringLiteral("\\.[A-Za-z0-9]{%1}").arg(randomLetters);
    pattern +=
        ownsLongerNames ? QStringLiteral("([-.].*)?") : QStringLiteral("(-journal|-wal|-shm)?");
    // Anchored at the name's very end (\z): '$' would also match before a final newline, and a
    // file "NAME\n" is not ours.
    const QRegularExpression shape(QRegularExpression::anchoredPattern(pattern));
    const QDir folder = info.absoluteDir();
    int removed = 0;
    for (const QString& name : filesStartingWith(folder, stem)) {
        const QRegularExpressionMatch match = shape.match(name);
        if (match.hasMatch() && isGone(match.captured(1).toLongLong()) &&
            QFile::remove(folder.filePath(name)))
            ++removed;
    }
    return removed;
}

} // namespace fd
