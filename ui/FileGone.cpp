#include "FileGone.h"

#include "DataChanges.h"
#include "ExportConfirmation.h"
#include "SaveDialogs.h"
#include "service/Maintenance.h"
#include "service/Session.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

namespace fd {

FileGone::FileGone(Database& db, DataChanges* changes, QWidget* window, QLabel* fileLabel)
    : QObject(window), m_db(db), m_window(window), m_fileLabel(fileLabel)
{
    if (fileLabel)
        fileLabel->setObjectName(QStringLiteral("windowFile"));
    connect(changes, &DataChanges::fileGone, this, [this] { offer(); });
}

bool FileGone::isGone() const
{
    return Session(m_db).hasMoved();
}

QString FileGone::sentence() const
{
    return Session(m_db).movedSentence();
}

void FileGone::offer(bool again)
{
    if (m_fileLabel) { // the path shown is no longer this file's
        m_fileLabel->setText(
            tr("%1 (deleted or moved)").arg(QDir::toNativeSeparators(Session(m_db).path())));
        m_fileLabel->setToolTip(Session(m_db).movedSentence());
    }
    if (m_offered && !again)
        return;
    if (auto* shown = m_window->findChild<QMessageBox*>(QStringLiteral("fileGone"));
        shown && shown->isVisible())
        return; // never two of it
    if (QWidget* modal = QApplication::activeModalWidget(); modal && modal != m_window) {
        // A dialog is open (a touchpoint being typed, an error): after it, not over it.
        QTimer::singleShot(500, this, [this, again] { offer(again); });
        return;
    }
    m_offered = true;
    const QString sentence = Session(m_db).movedSentence();
    if (auto* main = qobject_cast<QMainWindow*>(m_window))
        main->statusBar()->showMessage(sentence);
    auto* box = new QMessageBox(QMessageBox::Warning, tr("FunnelDesk"), sentence,
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("fileGone"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(
        tr("This window can still read everything in it: save a copy to keep it, "
           "then open the copy to go on working."));
    QPushButton* save = box->addButton(tr("Save a copy as…"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Close);
    box->setDefaultButton(save);
    connect(save, &QPushButton::clicked, this, [this] { saveCopy(); });
    // Window-modal but not blocking, like the window's other errors.
    box->open();
}

QString FileGone::saveCopy()
{
    const QString original = Session(m_db).path();
    const QString folder = QFileInfo(original).absolutePath();
    const QString target = SaveDialogs::askSavePath(
        m_window, SaveDialogs::Kind::Backup, tr("Save a copy as"), QFileInfo(original).fileName(),
        tr("FunnelDesk databases (*.sqlite)"),
        QFileInfo::exists(folder) ? folder : QDir::homePath());
    if (target.isEmpty())
        return {};
    // The dialog asked about replacing an existing file.
    if (auto saved = service::Maintenance(m_db).saveCopy(target, true); !saved) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("FunnelDesk"), saved.error(),
                                    QMessageBox::Ok, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return {};
    }
    m_copy = target;
    ExportConfirmation::show(
        m_window, tr("A copy of everything in the file is saved; open it to go on working."),
        target);
    return target;
}

bool FileGone::confirmClose()
{
    if (!m_copy.isEmpty() || !isGone())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("FunnelDesk"), Session(m_db).movedSentence(),
                    QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("fileGoneOnClose"));
    box.setInformativeText(
        tr("Once this window closes, what it holds is gone; save a copy first?"));
    QPushButton* save = box.addButton(tr("Save a copy as…"), QMessageBox::AcceptRole);
    QPushButton* discard = box.addButton(tr("Close without saving"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(save);
    box.exec();
    if (box.clickedButton() == discard)
        return true;
    if (box.clickedButton() == save)
        return !saveCopy().isEmpty();
    return false;
}

} // namespace fd
