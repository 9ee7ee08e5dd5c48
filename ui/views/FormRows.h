// Form rows whose field is a layout (a line edit with its Browse… button, dates with a
// check box): QFormLayout::addRow(QString, QLayout*) makes a label with no buddy, which
// shows a mnemonic's '&' as it is ("&File"). This row's label has the field's first
// widget as its buddy, so Alt+letter goes there and the '&' underlines its letter.
#pragma once

#include <algorithm>

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>

namespace fd {

inline QLabel* addBuddyRow(QFormLayout* form, const QString& label, QLayout* field, QWidget* buddy)
{
    auto* text = new QLabel(label);
    text->setBuddy(buddy);
    form->addRow(text, field);
    return text;
}

// The narrowest a dialog's line edit may be, in logical pixels: a usual email address whole
// (hostile tester, issue 15: Add contact's fields were about 140 px, QLineEdit's own hint).
inline int lineEditMinimumWidth(const QWidget& edit)
{
    return edit.fontMetrics().horizontalAdvance(
               QStringLiteral("chloe.johansson@copperleaf.example")) +
           16;
}

// Gives every line edit under `dialog` that minimum, not the line edits inside a spin,
// date or combo box. Run by every dialog with input before it is first sized
// (InputGuard, CannedRepliesDialog).
inline void widenLineEdits(QWidget* dialog)
{
    for (QLineEdit* edit : dialog->findChildren<QLineEdit*>()) {
        if (qobject_cast<QAbstractSpinBox*>(edit->parentWidget()) ||
            qobject_cast<QComboBox*>(edit->parentWidget()))
            continue;
        edit->setMinimumWidth(std::max(edit->minimumWidth(), lineEditMinimumWidth(*edit)));
    }
}

} // namespace fd
