#include "UnsavedChanges.h"

#include "DateFieldTab.h"
#include "FileGone.h"
#include "views/FormRows.h"

#include <algorithm>

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTextEdit>

namespace fd {

namespace {

// A line edit inside a combo or spin box is part of that editor, not one of its own.
bool insideAnotherEditor(const QWidget* widget, const QWidget* root)
{
    for (const QWidget* up = widget->parentWidget(); up && up != root; up = up->parentWidget()) {
        if (qobject_cast<const QComboBox*>(up) || qobject_cast<const QAbstractSpinBox*>(up))
            return true;
    }
    return false;
}

// The window's file gone from its path (its FileGone, found from `parent` up): the
// sentence that says so; else empty.
QString goneSentence(const QWidget* parent)
{
    for (const QWidget* up = parent; up; up = up->parentWidget()) {
        if (const auto* gone =
                up->findChild<const FileGone*>(QString(), Qt::FindDirectChildrenOnly))
            return gone->isGone() ? gone->sentence() : QString();
    }
    return {};
}

} // namespace

QVariant InputSnapshot::valueOf(const QWidget* editor)
{
    if (const auto* line = qobject_cast<const QLineEdit*>(editor))
        return line->isReadOnly() ? QVariant() : QVariant(line->text());
    if (const auto* plain = qobject_cast<const QPlainTextEdit*>(editor))
        return plain->isReadOnly() ? QVariant() : QVariant(plain->toPlainText());
    if (const auto* rich = qobject_cast<const QTextEdit*>(editor))
        return rich->isReadOnly() ? QVariant() : QVariant(rich->toPlainText());
    if (const auto* combo = qobject_cast<const QComboBox*>(editor))
        return combo->isEditable() ? QVariant(combo->currentText())
                                   : QVariant(combo->currentIndex());
    if (const auto* when = qobject_cast<const QDateTimeEdit*>(editor))
        return when->dateTime();
    if (const auto* spin = qobject_cast<const QSpinBox*>(editor))
        return spin->value();
    if (const auto* real = qobject_cast<const QDoubleSpinBox*>(editor))
        return real->value();
    if (const auto* button = qobject_cast<const QAbstractButton*>(editor))
        return button->isCheckable() ? QVariant(button->isChecked()) : QVariant();
    return {};
}

QList<const QWidget*> InputSnapshot::editorsIn(const QWidget* root)
{
    QList<const QWidget*> editors;
    if (!root)
        return editors;
    for (const QWidget* widget : root->findChildren<QWidget*>()) {
        if (valueOf(widget).isValid() && !insideAnotherEditor(widget, root))
            editors.append(widget);
    }
    return editors;
}

void InputSnapshot::take(const QList<const QWidget*>& editors)
{
    m_editors.clear();
    m_values.clear();
    adopt(editors);
}

void InputSnapshot::adopt(const QList<const QWidget*>& editors)
{
    for (const QWidget* editor : editors) {
        if (std::any_of(m_editors.cbegin(), m_editors.cend(),
                        [editor](const auto& known) { return known == editor; }))
            continue;
        m_editors.append(editor);
        m_values.append(valueOf(editor));
    }
}

bool InputSnapshot::changed() const
{
    for (qsizetype i = 0; i < m_editors.size(); ++i) {
        if (m_editors.at(i) && valueOf(m_editors.at(i)) != m_values.at(i))
            return true;
    }
    return false;
}

UnsavedChanges::Answer UnsavedChanges::ask(QWidget* parent, const QString& what,
                                           const QString& cannotSave, const QString& question)
{
    const QPointer<QWidget> typing = QApplication::focusWidget();
    QMessageBox box(parent);
    box.setObjectName(QStringLiteral("unsavedChanges"));
    box.setIcon(QMessageBox::Question);
    box.setWindowTitle(QCoreApplication::translate("fd::UnsavedChanges", "Unsaved changes"));
    if (const QString gone = goneSentence(parent); !gone.isEmpty()) {
        // Nothing can be saved to a file that is gone (issue 15, hostile tester: a Save that
        // cannot work): discard, or keep editing to copy the text out. The window's own offer
        // ("Save a copy as…", FileGone) keeps everything saved before.
        box.setText(QCoreApplication::translate("fd::UnsavedChanges", "Discard the changes to %1?")
                        .arg(what));
        box.setInformativeText(QCoreApplication::translate("fd::UnsavedChanges",
                                                           "%1 Keep editing to copy what you typed "
                                                           "elsewhere first.")
                                   .arg(gone));
        box.setStandardButtons(QMessageBox::Discard | QMessageBox::Cancel);
        box.button(QMessageBox::Cancel)
            ->setText(QCoreApplication::translate("fd::UnsavedChanges", "Keep editing"));
        box.setDefaultButton(QMessageBox::Cancel);
    } else if (cannotSave.isEmpty()) {
        box.setText(
            QCoreApplication::translate("fd::UnsavedChanges", "Save the changes to %1?").arg(what));
        box.setInformativeText(QCoreApplication::translate(
            "fd::UnsavedChanges", "If you discard them, what you typed is lost."));
        box.setStandardButtons(QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Save);
    } else {
        box.setText(QCoreApplication::translate("fd::UnsavedChanges", "Discard the changes to %1?")
                        .arg(what));
        box.setInformativeText(
            QCoreApplication::translate("fd::UnsavedChanges", "%1 Cancel goes back to finish it.")
                .arg(cannotSave));
        box.setStandardButtons(QMessageBox::Discard | QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Cancel);
    }
    if (!question.isEmpty())
        box.setText(question);
    box.setEscapeButton(QMessageBox::Cancel);
    switch (box.exec()) {
    case QMessageBox::Save:
        return Answer::Save;
    case QMessageBox::Discard:
        return Answer::Discard;
    default:
        break;
    }
    // Back to typing where the rep was.
    if (typing) {
        typing->window()->activateWindow();
        typing->setFocus(Qt::OtherFocusReason);
    }
    return Answer::Cancel;
}

InputGuard::InputGuard(QDialog* dialog, QString what, QAbstractButton* save,
                       std::function<QString()> problem)
    : QObject(dialog), m_dialog(dialog), m_what(std::move(what)), m_save(save),
      m_problem(std::move(problem))
{
    dialog->installEventFilter(this);
    // Tab leaves a date or time field for the next field (a summary typed after three Tabs
    // through day, month and year was lost): the window's one rule, DateFieldTab.
    DateFieldTab::install();
    // Ctrl+Return saves the form from any field, as it sends a reply from the composer (a
    // rep in New ticket's description pressed it and nothing happened: Return there is a
    // new line, and a dialog's default button takes Return alone).
    auto* submit = new QShortcut(dialog);
    submit->setKeys(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    connect(submit, &QShortcut::activated, this, [this] {
        if (m_save && m_save->isVisible() && m_save->isEnabled())
            m_save->click();
    });
}

bool InputGuard::eventFilter(QObject* watched, QEvent* event)
{
    // The defaults the dialog was built with are not "typed": taken as it first shows.
    if (watched == m_dialog && event->type() == QEvent::Show && !m_taken)
        markClean();
    // Its line edits wide enough for what goes in them, before it is first sized.
    if (watched == m_dialog && event->type() == QEvent::Polish)
        widenLineEdits(m_dialog);
    return QObject::eventFilter(watched, event);
}

void InputGuard::markClean()
{
    m_clean.take(InputSnapshot::editorsIn(m_dialog));
    m_taken = true;
}

void InputGuard::adoptNewEditors()
{
    m_clean.adopt(InputSnapshot::editorsIn(m_dialog));
}

bool InputGuard::hasUnsavedInput() const
{
    return m_taken && m_clean.changed();
}

bool InputGuard::confirmReject()
{
    if (!hasUnsavedInput())
        return true;
    QString cannotSave;
    if (!m_save || !m_save->isEnabled()) {
        cannotSave = m_problem ? m_problem() : QString();
        if (cannotSave.isEmpty())
            cannotSave = tr("Something is missing.");
    }
    switch (UnsavedChanges::ask(m_dialog, m_what, cannotSave)) {
    case UnsavedChanges::Answer::Discard:
        return true;
    case UnsavedChanges::Answer::Save:
        m_save->click(); // closes the dialog when saved; otherwise it shows why not
        return false;
    case UnsavedChanges::Answer::Cancel:
        break;
    }
    return false;
}

GuardedDialog::GuardedDialog(QWidget* parent, const QString& what)
    : QDialog(parent), m_guard(new InputGuard(this, what.isEmpty() ? tr("this form") : what))
{
}

void GuardedDialog::reject()
{
    if (m_guard->confirmReject())
        QDialog::reject();
}

} // namespace fd
