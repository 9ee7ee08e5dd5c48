// A full disk for the tests of writes that run out of space (issue 14 §5).
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

#include <sys/mount.h>

namespace fd::test {

// A tmpfs of `kilobytes` mounted on `folder` (made if missing), unmounted at the end.
// mounted() is false where mounting needs rights this process lacks (root, or a namespace
// with CAP_SYS_ADMIN): the caller then skips its full-disk case, saying so.
class TinyDisk {
public:
    TinyDisk(const QString& folder, int kilobytes) : m_folder(folder)
    {
        QDir().mkpath(folder);
        m_options = "size=" + QByteArray::number(kilobytes) + "k";
        m_mounted = ::mount("tmpfs", QFile::encodeName(folder).constData(), "tmpfs", 0,
                            m_options.constData()) == 0;
    }
    ~TinyDisk()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_folder).constData(), MNT_DETACH);
    }
    TinyDisk(const TinyDisk&) = delete;
    TinyDisk& operator=(const TinyDisk&) = delete;
    bool mounted() const { return m_mounted; }
    // Remounts it read-only (a mounted backup, a read-only share): nothing on it can be
    // written, not even by root. False when that failed.
    bool makeReadOnly()
    {
        return m_mounted && ::mount("tmpfs", QFile::encodeName(m_folder).constData(), "tmpfs",
                                    MS_REMOUNT | MS_RDONLY, m_options.constData()) == 0;
    }

private:
    QString m_folder;
    QByteArray m_options;
    bool m_mounted = false;
};

} // namespace fd::test
