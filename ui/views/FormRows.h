// Form rows whose field is a layout (a line edit with its Browse… button, dates with a
// check box): QFormLayout::addRow(QString, QLayout*) makes a label with no buddy, which
// shows a mnemonic's '&' as it is ("&File"). This row's label has the field's first
// widget as its buddy, so Alt+letter goes there and the '&' underlines its letter.
#pragma once

#include <QFormLayout>
#include <QLabel>
#include <QLayout>

namespace fd {

inline QLabel* addBuddyRow(QFormLayout* form, const QString& label, QLayout* field, QWidget* buddy)
{
    auto* text = new QLabel(label);
    text->setBuddy(buddy);
    form->addRow(text, field);
    return text;
}

} // namespace fd
