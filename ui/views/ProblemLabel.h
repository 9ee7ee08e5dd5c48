// The red line under a form that says what is wrong with the input (core's rule, in one
// sentence). A problem belongs to a field (setProblem's `field`) and is said only once the
// user has been in THAT field and left it (Tab, a click elsewhere), or has tried to save
// (a press on the disabled save button, Enter in a field, or a refused save). A form just
// opened, or one the user is typing in elsewhere, says nothing yet (issue 15: "A ticket needs
// a subject." on open and while the customer was typed). Every dialog with a problem line
// uses it: New customer, New ticket, Add contact, Log touchpoint.
#pragma once

#include <QAbstractButton>
#include <QLabel>
#include <QPointer>
#include <QSet>

namespace fd {

class ProblemLabel : public QLabel {
    Q_OBJECT

public:
    explicit ProblemLabel(QWidget* parent = nullptr);

    // Follows the user in and out of `field` (any widget): left after having been in it, its
    // problems are said from then on, live as it changes. Enter in it asks to save.
    void watch(QWidget* field);
    // Watches the form's save button: a press while it is disabled (the form has a problem)
    // reveals the problem, whichever field it belongs to.
    void watchSave(QAbstractButton* save);
    // The current problem ("" when none) and the watched field it is about (nullptr: the
    // form as a whole, said once the user has left any watched field).
    void setProblem(const QString& text, QWidget* field = nullptr);
    // Shows the problem from now on, whatever its field, e.g. when a save was tried.
    void reveal();
    // Shows why a save was refused (core's sentence) now, until the user's next edit
    // brings back the form's own problem.
    void refuse(const QString& sentence);
    bool revealed() const { return m_revealed; }
    QString problem() const { return m_problem; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Sets the text and grows the open dialog to hold every line of it.
    void showText(const QString& text);

    // Whether the problem is to be said now.
    bool shown() const;

    QString m_problem;
    QPointer<QWidget> m_field;
    QSet<const QObject*> m_left;
    QPointer<QAbstractButton> m_save;
    bool m_revealed = false;
};

} // namespace fd
