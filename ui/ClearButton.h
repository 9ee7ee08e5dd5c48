// Step 14, accessibility: a line edit's clear button (QLineEdit::setClearButtonEnabled) is an
// icon without words, which a screen reader announced as a nameless button: it is named here.
#pragma once

#include <QCoreApplication>
#include <QLineEdit>
#include <QToolButton>

namespace fd {

inline void enableClearButton(QLineEdit* line)
{
    line->setClearButtonEnabled(true);
    for (QToolButton* button : line->findChildren<QToolButton*>())
        button->setAccessibleName(QCoreApplication::translate("fd::ClearButton", "Clear the text"));
}

} // namespace fd
