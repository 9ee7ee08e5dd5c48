#include "views/CannedRepliesDialog.h"

#include "models/Formatting.h"
#include "service/Session.h"
#include "service/Team.h"
#include "UnsavedChanges.h"
#include "views/FormRows.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

namespace fd {

CannedRepliesDialog::CannedRepliesDialog(Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("Canned replies"));
    m_list = new QListWidget;
    m_list->setAccessibleName(tr("Canned replies"));
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
    widenLineEdits(this);

    const bool writable = !Session(db).isReadOnly();
    for (QWidget* w : std::initializer_list<QWidget*>{add, m_remove, m_save, m_title, m_body})
        w->setEnabled(writable);
    connect(m_list, &QListWidget::currentRowChanged, this, &CannedRepliesDialog::picked);
    connect(add, &QPushButton::clicked, this, [this] {
        if (settleEdits())
            startNew();
    });
    connect(m_remove, &QPushButton::clicked, this, &CannedRepliesDialog::removeCurrent);
    connect(m_save, &QPushButton::clicked, this,
            [this] { saveCurrent(m_title->text(), m_body->toPlainText()); });
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

int CannedRepliesDialog::count() const
{
    return static_cast<int>(m_replies.size());
}

void CannedRepliesDialog::reload(qint64 select)
{
    auto replies = Replies(m_db).all();
    if (!replies) {
        emit failed(replies.error());
        return;
    }
    m_replies = std::move(*replies);
    const QSignalBlocker block(m_list);
    m_list->clear();
    int row = m_replies.empty() ? -1 : 0;
    for (std::size_t i = 0; i < m_replies.size(); ++i) {
        m_list->addItem(oneLine(m_replies[i].title));
        if (m_replies[i].id == select)
            row = static_cast<int>(i);
    }
    m_list->setCurrentRow(row);
    showCurrent();
}

void CannedRepliesDialog::rereadEntries()
{
    auto replies = Replies(m_db).all();
    if (!replies)
        return;
    for (std::size_t i = 0; i < m_replies.size(); ++i) {
        for (const CannedReply& now : *replies) {
            if (now.id == m_replies[i].id) {
                m_replies[i] = now;
                m_list->item(static_cast<int>(i))->setText(oneLine(now.title));
            }
        }
    }
}

void CannedRepliesDialog::showCurrent()
{
    const int row = m_list->currentRow();
    m_shown = row >= 0 && row < count() ? row : -1;
    if (m_shown < 0) {
        m_title->clear();
        m_body->clear();
        m_remove->setEnabled(false);
    } else {
        m_title->setText(m_replies[static_cast<std::size_t>(row)].title);
        m_body->setPlainText(m_replies[static_cast<std::size_t>(row)].body);
        m_remove->setEnabled(!Session(m_db).isReadOnly());
    }
    m_shownTitle = m_title->text();
    m_shownBody = m_body->toPlainText();
}

bool CannedRepliesDialog::hasUnsavedEdits() const
{
    return m_title->text() != m_shownTitle || m_body->toPlainText() != m_shownBody;
}

bool CannedRepliesDialog::settleEdits()
{
    if (!hasUnsavedEdits())
        return true;
    const QString what = m_shown >= 0 ? tr("“%1”").arg(m_shownTitle) : tr("the new canned reply");
    switch (UnsavedChanges::ask(this, what)) {
    case UnsavedChanges::Answer::Save:
        return saveRow(m_shown, m_title->text(), m_body->toPlainText(), nullptr);
    case UnsavedChanges::Answer::Discard:
        return true;
    case UnsavedChanges::Answer::Cancel:
        break;
    }
    return false;
}

void CannedRepliesDialog::picked(int row)
{
    if (row == m_shown)
        return;
    const qint64 pickedId =
        row >= 0 && row < count() ? m_replies[static_cast<std::size_t>(row)].id : 0;
    const bool edited = hasUnsavedEdits();
    if (!settleEdits()) {
        // Back to the entry being edited, its edits as they were: now, and again once the
        // click that picked the other entry is done (a mouse press makes the clicked row
        // current first and selects it after this returns).
        restoreShownRow();
        QTimer::singleShot(0, this, &CannedRepliesDialog::restoreShownRow);
        return;
    }
    if (edited)
        reload(pickedId); // a save may have renamed or added an entry: the list is read again
    else
        showCurrent();
}

void CannedRepliesDialog::restoreShownRow()
{
    // Current and selected together, without announcing a pick (the editor already shows it).
    const QSignalBlocker block(m_list);
    m_list->selectionModel()->setCurrentIndex(m_list->model()->index(m_shown, 0),
                                              QItemSelectionModel::ClearAndSelect);
}

void CannedRepliesDialog::reject()
{
    if (settleEdits())
        QDialog::reject();
}

void CannedRepliesDialog::startNew()
{
    {
        const QSignalBlocker block(m_list);
        m_list->setCurrentRow(-1);
    }
    showCurrent();
    m_title->setFocus();
}

bool CannedRepliesDialog::saveCurrent(const QString& title, const QString& body)
{
    qint64 id = 0;
    if (!saveRow(m_shown, title, body, &id))
        return false;
    reload(id);
    return true;
}

bool CannedRepliesDialog::saveRow(int row, const QString& title, const QString& body,
                                  qint64* savedId)
{
    Replies repository(m_db);
    CannedReply reply;
    reply.title = title.trimmed();
    reply.body = body;
    qint64 id = 0;
    if (row >= 0 && row < count()) {
        const CannedReply& opened = m_replies[static_cast<std::size_t>(row)];
        reply.id = opened.id;
        auto saved = repository.update(reply, opened);
        if (!saved) {
            // Someone saved it since: their words in the list, the rep's in the editor; a
            // second Save puts the rep's over theirs knowingly.
            if (saved.error().is(Error::Kind::Conflict))
                rereadEntries();
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
    if (savedId)
        *savedId = id;
    return true;
}

bool CannedRepliesDialog::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= count())
        return false;
    auto removed = Replies(m_db).remove(m_replies[static_cast<std::size_t>(row)].id);
    if (!removed) {
        emit failed(removed.error());
        return false;
    }
    reload();
    return true;
}

} // namespace fd
