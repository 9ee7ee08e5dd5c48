// Help → Keyboard shortcuts (issue 15, keys): the sheet is read off the window's own menus, so
// every menu command with a key is listed as it really is, and a new one can never be left out;
// keys that belong to a widget rather than to a menu (Esc in a list, Ctrl+Space in the reply
// box, Ctrl+Return in a form) are added from one list here.
#pragma once

#include <QCoreApplication>
#include <QString>

class QMenuBar;

namespace fd {

class ShortcutSheet {
    Q_DECLARE_TR_FUNCTIONS(fd::ShortcutSheet)

public:
    // A rich-text table: one row per menu command with a shortcut ("Ctrl+I", "File › Import
    // CSV"), in menu order, the keys as the platform names them (QKeySequence::NativeText),
    // then the widgets' own keys.
    static QString html(const QMenuBar& menus);
};

} // namespace fd
