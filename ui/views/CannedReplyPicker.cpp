#include "views/CannedReplyPicker.h"

#include "models/Formatting.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace fd {

CannedReplyPicker::CannedReplyPicker(std::vector<CannedReply> replies, QWidget* parent)
    : QDialog(parent), m_replies(std::move(replies))
{
    setWindowTitle(tr("Canned replies"));
    m_filter = new QLineEdit;
    m_filter->setPlaceholderText(tr("Type to filter"));
    m_filter->installEventFilter(this);
    m_list = new QListWidget;
    for (std::size_t i = 0; i < m_replies.size(); ++i) {
        auto* item = new QListWidgetItem(oneLine(m_replies[i].title), m_list);
        item->setData(Qt::UserRole, static_cast<int>(i));
        item->setToolTip(m_replies[i].body);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    if (m_replies.empty())
        layout->addWidget(
            new QLabel(tr("No canned replies yet: add them under Edit → Canned replies.")));
    resize(420, 300);

    connect(m_filter, &QLineEdit::textChanged, this, &CannedReplyPicker::setFilter);
    connect(m_list, &QListWidget::itemActivated, this, &CannedReplyPicker::choose);
    m_list->setCurrentRow(0);
}

void CannedReplyPicker::setFilter(const QString& text)
{
    QListWidgetItem* first = nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        const CannedReply& reply =
            m_replies[static_cast<std::size_t>(item->data(Qt::UserRole).toInt())];
        const bool shown = reply.title.contains(text, Qt::CaseInsensitive) ||
                           reply.body.contains(text, Qt::CaseInsensitive);
        item->setHidden(!shown);
        if (shown && !first)
            first = item;
    }
    m_list->setCurrentItem(first);
}

int CannedReplyPicker::visibleCount() const
{
    int n = 0;
    for (int row = 0; row < m_list->count(); ++row)
        n += m_list->item(row)->isHidden() ? 0 : 1;
    return n;
}

bool CannedReplyPicker::eventFilter(QObject* watched, QEvent* event)
{
    // The filter keeps the focus; arrows move through the list, Enter takes the choice.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            int row = m_list->currentRow();
            do
                row += key->key() == Qt::Key_Down ? 1 : -1;
            while (row >= 0 && row < m_list->count() && m_list->item(row)->isHidden());
            if (row >= 0 && row < m_list->count())
                m_list->setCurrentRow(row);
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            choose();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CannedReplyPicker::choose()
{
    QListWidgetItem* item = m_list->currentItem();
    if (!item || item->isHidden())
        return;
    emit chosen(m_replies[static_cast<std::size_t>(item->data(Qt::UserRole).toInt())]);
    accept();
}

} // namespace fd
