// MainWindow's File → Connect to server… (issue 16, "Connecting"): the dialog opens the server
// as --db would (openDatabaseForWindow, which asks for the password), and the window hands the
// opened database to whoever made it (connected()). And Open recent's list: files and servers
// opened lately, a server by its key, never its password.
#include "MainWindow.h"

#include "ConnectionLost.h"
#include "OpenDatabase.h"
#include "views/ConnectDialog.h"

#include "common/Location.h"

#include <QFileInfo>
#include <QSettings>

namespace fd {

void MainWindow::connectToServer()
{
    ConnectDialog* shown = nullptr;
    QString opened;
    ConnectDialog dialog(
        [this, &shown, &opened](const Location& where, QString& problem) {
            bool cancelled = false;
            auto db = openDatabaseForWindow(where.key(), problem, shown, &cancelled);
            if (!db)
                return false;
            m_connected = std::move(db);
            opened = where.key();
            return true;
        },
        this);
    shown = &dialog;
    if (dialog.exec() == QDialog::Accepted && m_connected)
        emit connected(opened);
}

OwnedDatabase MainWindow::takeConnected()
{
    return std::move(m_connected);
}

bool MainWindow::isConnectionLost() const
{
    return m_lost && m_lost->isLost();
}

QStringList MainWindow::recentFiles()
{
    return QSettings().value(QStringLiteral("files/recent")).toStringList();
}

void MainWindow::rememberFile(const QString& path)
{
    QStringList files = recentFiles();
    // A server by its key (never its password), a file by its absolute path.
    const Result<Location> where = Location::parse(path);
    const QString absolute =
        where && where->isServer() ? where->key() : QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    QSettings().setValue(QStringLiteral("files/recent"), files.mid(0, 8));
}

} // namespace fd
