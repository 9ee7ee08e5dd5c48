#include "views/CannedRepliesDialog.h"

#include "storage/CannedReplyRepository.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fd {

CannedRepliesDialog::CannedRepliesDialog(Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("Canned replies"));
    m_list = new QListWidget;
    m_title = new QLineEdit;
    m_body = new QPlainTextEdit;
    m_body->setTabChangesFocus(true); // a form field: Tab goes on to the next one
    auto* hint = new QLabel(tr("Placeholders: {customer.name}, {agent.name}, {ticket.id}"));
    hint->setEnabled(false);
    auto* add = new QPushButton(tr("&New"));
    m_remove = new QPushButton(tr("&Delete"));
    m_save = new QPushButton(tr("&Save"));
    m_save->setDefault(true);

    auto* editor = new QFormLayout;
    editor->addRow(tr("&Title"), m_title);
    editor->addRow(tr("Te&xt"), m_body);
    editor->addRow(QString(), hint);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    auto* right = new QVBoxLayout;
    right->addLayout(editor, 1);
    right->addLayout(buttons);
    auto* top = new QHBoxLayout;
    top->addWidget(m_list, 2);
    top->addLayout(right, 3);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(close);
    resize(720, 420);

    const bool writable = !db.isReadOnly();
    for (QWidget* w : std::initializer_list<QWidget*>{add, m_remove, m_save, m_title, m_body})
        w->setEnabled(writable);
    connect(m_list, &QListWidget::currentRowChanged, this, &CannedRepliesDialog::showCurrent);
    connect(add, &QPushButton::clicked, this, &CannedRepliesDialog::startNew);
    connect(m_remove, &QPushButton::clicked, this, &CannedRepliesDialog::removeCurrent);
    connect(m_save, &QPushButton::clicked, this, [this] { saveCurrent(m_title->text(), m_body->toPlainText()); });
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

int CannedRepliesDialog::count() const
{
    return static_cast<int>(m_replies.size());
}

void CannedRepliesDialog::reload(qint64 select)
{
    auto replies = CannedReplyRepository(m_db).all();
    if (!replies) {
        emit failed(replies.error());
        return;
    }
    m_replies = std::move(*replies);
    m_list->clear();
    int row = m_replies.empty() ? -1 : 0;
    for (std::size_t i = 0; i < m_replies.size(); ++i) {
        m_list->addItem(m_replies[i].title);
        if (m_replies[i].id == select)
            row = static_cast<int>(i);
    }
    m_list->setCurrentRow(row);
    showCurrent();
}

void CannedRepliesDialog::showCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= count()) {
        m_title->clear();
        m_body->clear();
        m_remove->setEnabled(false);
        return;
    }
    m_title->setText(m_replies[static_cast<std::size_t>(row)].title);
    m_body->setPlainText(m_replies[static_cast<std::size_t>(row)].body);
    m_remove->setEnabled(!m_db.isReadOnly());
}

void CannedRepliesDialog::startNew()
{
    m_list->setCurrentRow(-1);
    m_title->clear();
    m_body->clear();
    m_title->setFocus();
}

bool CannedRepliesDialog::saveCurrent(const QString& title, const QString& body)
{
    CannedReplyRepository repository(m_db);
    const int row = m_list->currentRow();
    CannedReply reply;
    reply.title = title.trimmed();
    reply.body = body;
    qint64 id = 0;
    if (row >= 0 && row < count()) {
        reply.id = m_replies[static_cast<std::size_t>(row)].id;
        auto saved = repository.update(reply);
        if (!saved) {
            emit failed(saved.error());
            return false;
        }
        id = reply.id;
    } else {
        auto added = repository.add(reply);
        if (!added) {
            emit failed(added.error());
            return false;
        }
        id = *added;
    }
    reload(id);
    return true;
}

bool CannedRepliesDialog::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= count())
        return false;
    auto removed = CannedReplyRepository(m_db).remove(m_replies[static_cast<std::size_t>(row)].id);
    if (!removed) {
        emit failed(removed.error());
        return false;
    }
    reload();
    return true;
}

} // namespace fd
