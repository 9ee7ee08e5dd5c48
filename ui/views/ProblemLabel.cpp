#include "views/ProblemLabel.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFocusEvent>
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
    setText(m_revealed ? m_problem : QString());
}

void ProblemLabel::reveal()
{
    if (m_revealed)
        return;
    m_revealed = true;
    setText(m_problem);
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
