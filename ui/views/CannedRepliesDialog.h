#pragma once

#include "common/Result.h"
#include "domain/CannedReply.h"

#include <QDialog>

#include <vector>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace fd {

class Database;

// Edit → Canned replies: the team's saved replies, added, edited and removed in place.
// Each save is written at once. Picking another entry, New, Close or Escape with unsaved
// edits asks Save / Discard / Cancel (UnsavedChanges.h); Cancel keeps the edits and the
// entry where they were.
class CannedRepliesDialog : public QDialog {
    Q_OBJECT

public:
    explicit CannedRepliesDialog(Database& db, QWidget* parent = nullptr);

    // The dialog's work, callable without clicking.
    bool saveCurrent(const QString& title, const QString& body);
    bool removeCurrent();
    void startNew();
    int count() const;
    // The entry shown in the editor (its row in the list), -1 for a new one.
    int shownRow() const { return m_shown; }
    bool hasUnsavedEdits() const;
    void reject() override;

signals:
    void failed(const fd::Error& sentence);

private:
    void reload(qint64 select = 0);
    // After a save refused as a conflict: the entries as stored now (the list's titles and
    // what the next save edits), the editor left as the rep typed it.
    void rereadEntries();
    void showCurrent();
    void picked(int row);
    // The list back on the entry the editor shows (after Cancel in "unsaved changes").
    void restoreShownRow();
    // Asks about unsaved edits before they are replaced: false when the rep cancels (or a
    // save failed), the edits kept.
    bool settleEdits();
    bool saveRow(int row, const QString& title, const QString& body, qint64* id);

    Database& m_db;
    std::vector<CannedReply> m_replies;
    QListWidget* m_list = nullptr;
    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_remove = nullptr;
    int m_shown = -1;
    QString m_shownTitle; // what the editor held when the entry was shown
    QString m_shownBody;
};

} // namespace fd
