// Tab between the panes of a list view (search, list, detail): the list's Tab goes to the
// detail pane's first field, not to the next filter.
#pragma once

#include <QWidget>

namespace fd {

// The first widget inside `pane` that Tab can reach (visible, enabled), in focus-chain
// order; nullptr when none.
inline QWidget* firstTabStop(QWidget* pane)
{
    for (QWidget* w = pane->nextInFocusChain(); w && w != pane; w = w->nextInFocusChain()) {
        if (pane->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && w->isVisible() &&
            w->isEnabled())
            return w;
    }
    return nullptr;
}

} // namespace fd
