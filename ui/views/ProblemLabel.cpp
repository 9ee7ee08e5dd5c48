#include "views/ProblemLabel.h"
#include "PaletteFollow.h"
#include "StageColors.h"

#include <QFocusEvent>
#include <QKeyEvent>
#include <QLayout>
#include <QPlainTextEdit>

namespace fd {

ProblemLabel::ProblemLabel(QWidget* parent) : QLabel(parent)
{
    setWordWrap(true);
    followPalette(this,
                  []() -> QString { return QStringLiteral("color: ") + problemColor().name(); });
}

void ProblemLabel::watch(QWidget* field)
{
    field->installEventFilter(this);
    connect(field, &QObject::destroyed, this, [this](QObject* gone) { m_left.remove(gone); });
}

void ProblemLabel::watchSave(QAbstractButton* save)
{
    m_save = save;
    save->installEventFilter(this);
}

void ProblemLabel::setProblem(const QString& text, QWidget* field)
{
    m_problem = text;
    m_field = field;
    showText(shown() ? m_problem : QString());
}

bool ProblemLabel::shown() const
{
    if (m_revealed)
        return true;
    return m_field ? m_left.contains(m_field.data()) : !m_left.isEmpty();
}

void ProblemLabel::reveal()
{
    if (m_revealed)
        return;
    m_revealed = true;
    showText(m_problem);
}

void ProblemLabel::refuse(const QString& sentence)
{
    m_revealed = true;
    showText(sentence);
}

void ProblemLabel::showText(const QString& text)
{
    setText(text);
    // A dialog already open does not grow by itself for a longer sentence (a word-wrapped
    // label's height depends on its width): it grows now, so no line is cut off.
    QWidget* dialog = window();
    if (text.isEmpty() || dialog == this || !dialog->isVisible() || !dialog->layout())
        return;
    dialog->layout()->activate();
    const int needed = dialog->hasHeightForWidth() ? dialog->heightForWidth(dialog->width())
                                                   : dialog->sizeHint().height();
    if (needed > dialog->height())
        dialog->resize(dialog->width(), needed);
}

bool ProblemLabel::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::FocusOut: {
        // Left for another field (Tab, Shift+Tab, a click); not for another window, the
        // "Who are you?" chooser, or a combo box's own popup.
        const Qt::FocusReason why = static_cast<QFocusEvent*>(event)->reason();
        if (watched != m_save && why != Qt::ActiveWindowFocusReason &&
            why != Qt::PopupFocusReason && !m_left.contains(watched)) {
            m_left.insert(watched);
            showText(shown() ? m_problem : QString());
        }
        break;
    }
    case QEvent::KeyPress: {
        // Enter in a one-line field presses the dialog's save button: a try to save.
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) &&
            !qobject_cast<QPlainTextEdit*>(watched))
            reveal();
        break;
    }
    case QEvent::MouseButtonPress:
        // Disabled, the save button takes no click, but it is seen here first.
        if (watched == m_save && !m_save->isEnabled())
            reveal();
        break;
    default:
        break;
    }
    return QLabel::eventFilter(watched, event);
}

} // namespace fd
