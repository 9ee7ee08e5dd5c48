#include "views/ProblemLabel.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFocusEvent>
#include <QLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace fd {

ProblemLabel::ProblemLabel(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setStyleSheet(QStringLiteral("color: #b91c1c"));
}

void ProblemLabel::watch(QWidget* field)
{
    field->installEventFilter(this);
    auto edited = [this] { reveal(); };
    if (auto* line = qobject_cast<QLineEdit*>(field))
        connect(line, &QLineEdit::textEdited, this, edited);
    else if (auto* text = qobject_cast<QPlainTextEdit*>(field))
        connect(text, &QPlainTextEdit::textChanged, this, edited); // set before watch: only the user's typing
    else if (auto* combo = qobject_cast<QComboBox*>(field))
        connect(combo, &QComboBox::activated, this, edited);
    else if (auto* spin = qobject_cast<QSpinBox*>(field))
        connect(spin, &QSpinBox::valueChanged, this, edited);
    else if (auto* date = qobject_cast<QDateTimeEdit*>(field))
        connect(date, &QDateTimeEdit::dateTimeChanged, this, edited);
}

void ProblemLabel::setProblem(const QString& text)
{
    m_problem = text;
    showText(m_revealed ? m_problem : QString());
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
    if (event->type() == QEvent::FocusOut) {
        const Qt::FocusReason why = static_cast<QFocusEvent*>(event)->reason();
        if (why == Qt::TabFocusReason || why == Qt::BacktabFocusReason)
            reveal();
    }
    return QLabel::eventFilter(watched, event);
}

} // namespace fd
