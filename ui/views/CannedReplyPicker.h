#pragma once

#include "domain/CannedReply.h"

#include <QDialog>

#include <vector>

class QLineEdit;
class QListWidget;

namespace fd {

// The keyboard way to a canned reply: type to filter titles and texts, arrows to choose,
// Enter to insert, Escape to leave.
class CannedReplyPicker : public QDialog {
    Q_OBJECT

public:
    CannedReplyPicker(std::vector<CannedReply> replies, QWidget* parent = nullptr);

    void setFilter(const QString& text);
    int visibleCount() const;

signals:
    void chosen(const fd::CannedReply& reply);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void choose();

    std::vector<CannedReply> m_replies;
    QLineEdit* m_filter = nullptr;
    QListWidget* m_list = nullptr;
};

} // namespace fd
