#include "ShortcutSheet.h"

#include <QAction>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStringList>

namespace fd {

namespace {

// A menu text as people read it: no mnemonic marker, no trailing ellipsis dots.
QString plain(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QLatin1String("&&"), QLatin1String("&"));
    while (text.endsWith(QLatin1Char('.')) || text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text;
}

QString keysText(const QList<QKeySequence>& keys)
{
    QStringList names;
    for (const QKeySequence& key : keys)
        names += key.toString(QKeySequence::NativeText).toHtmlEscaped();
    return names.join(QLatin1String(", "));
}

void addRows(const QMenu& menu, const QString& path, QString& rows)
{
    for (QAction* action : menu.actions()) {
        if (action->isSeparator())
            continue;
        const QString where = path + QStringLiteral(" › ") + plain(action->text());
        if (QMenu* sub = action->menu()) {
            addRows(*sub, where, rows);
            continue;
        }
        if (action->shortcuts().isEmpty())
            continue;
        rows += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(keysText(action->shortcuts()), where.toHtmlEscaped());
    }
}

} // namespace

QString ShortcutSheet::html(const QMenuBar& menus)
{
    QString rows;
    for (QAction* top : menus.actions()) {
        if (QMenu* menu = top->menu())
            addRows(*menu, plain(top->text()), rows);
    }
    // Keys of a widget, not of a menu command.
    const std::pair<QList<QKeySequence>, QString> widgetKeys[] = {
        {{QKeySequence(Qt::Key_Escape)}, tr("Clear the search, then close a drill-down")},
        {{QKeySequence(Qt::Key_Tab), QKeySequence(Qt::SHIFT | Qt::Key_Tab)},
         tr("Move between the search, the list and the detail pane")},
        {{QKeySequence(Qt::CTRL | Qt::Key_L)},
         tr("Log a touchpoint with the customer shown (Customers)")},
        {{QKeySequence(Qt::CTRL | Qt::Key_E)}, tr("Edit the customer shown (Customers)")},
        {{QKeySequence(Qt::CTRL | Qt::Key_Space)}, tr("Insert a canned reply (in the reply box)")},
        {{QKeySequence(Qt::CTRL | Qt::Key_Return)},
         tr("Send the reply; save the form of a dialog")},
        {{QKeySequence(Qt::CTRL | Qt::Key_Return)}, tr("Mark the selected task done (My tasks)")},
        {{QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence(Qt::CTRL | Qt::Key_PageUp)},
         tr("Next and previous page of the Settings dialog")},
    };
    for (const auto& [keys, what] : widgetKeys)
        rows += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(keysText(keys), what.toHtmlEscaped());
    return QStringLiteral("<table cellpadding='3'>") + rows + QStringLiteral("</table>");
}

} // namespace fd
