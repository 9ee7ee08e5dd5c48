// A file deleted, moved or replaced under an open window (issue 15, "No typed input is
// lost"; PRODUCT.md: bad input "loses nothing"): the window says so once, in one sentence
// naming the file (Database::movedSentence()), and offers to save a copy of everything in
// it. The window's connection still reads the whole file, so the copy is SQLite's online
// backup (Backup::save) from it. Writes are refused by core (Database's commit hook and
// Transaction) with the same sentence.
#pragma once

#include <QObject>
#include <QPointer>

class QLabel;
class QWidget;

namespace fd {

class Database;
class DataChanges;

class FileGone : public QObject {
    Q_OBJECT

public:
    // Watches `changes` (its fileGone()) for `window`, whose file `db` is. `fileLabel`, the
    // window's label that names its file (object name "windowFile"), says "PATH (deleted or
    // moved)" from the moment the file is seen gone (the poll, or a write refused), the
    // sentence as its tip.
    FileGone(Database& db, DataChanges* changes, QWidget* window, QLabel* fileLabel = nullptr);

    // The file is no longer at its path (seen by the poll or by a write refused).
    bool isGone() const;
    // "“PATH” was deleted or moved while FunnelDesk had it open; nothing more can be saved to
    // it." (Database::movedSentence()).
    QString sentence() const;
    // Shows the sentence with "Save a copy as…" and "Close" (object name "fileGone"), once,
    // or `again` (a write the rep asked for was refused); at the next look when another
    // dialog is open, so it never stacks on one, and never while it is shown already.
    void offer(bool again = false);
    // Asks where to save (SaveDialogs, Kind::Backup) and saves a copy there; confirms with
    // its path or shows why not. The path saved to, or empty.
    QString saveCopy();
    // Before the window closes: when the file is gone and no copy was saved since, asks
    // "Save a copy as…" / "Close without saving" / "Cancel". False to keep the window open.
    bool confirmClose();

private:
    Database& m_db;
    QWidget* m_window;
    QPointer<QLabel> m_fileLabel;
    bool m_offered = false;
    QString m_copy; // the last copy saved, if any
};

} // namespace fd
