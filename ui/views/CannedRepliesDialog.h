#pragma once

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
// Each save is written at once.
class CannedRepliesDialog : public QDialog {
    Q_OBJECT

public:
    explicit CannedRepliesDialog(Database& db, QWidget* parent = nullptr);

    // The dialog's work, callable without clicking.
    bool saveCurrent(const QString& title, const QString& body);
    bool removeCurrent();
    void startNew();
    int count() const;

signals:
    void failed(const QString& sentence);

private:
    void reload(qint64 select = 0);
    void showCurrent();

    Database& m_db;
    std::vector<CannedReply> m_replies;
    QListWidget* m_list = nullptr;
    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace fd
