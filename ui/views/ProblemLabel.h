// The red line under a form that says what is wrong with the input (core's rule, in one
// sentence). It stays empty until the user has done something: typed into a watched field,
// chosen in one, or tabbed past one; a form just opened says nothing yet (issue 15: "A ticket
// needs a subject." before anything was typed). Every dialog with a problem line uses it.
#pragma once

#include <QLabel>

namespace fd {

class ProblemLabel : public QLabel {
    Q_OBJECT

public:
    explicit ProblemLabel(QWidget* parent = nullptr);

    // Problems show once the user edits `field` (a QLineEdit, QPlainTextEdit, QComboBox or
    // spin box, date edits included) or leaves it with Tab / Shift+Tab.
    void watch(QWidget* field);
    // The current problem ("" when none); shown only once revealed.
    void setProblem(const QString& text);
    // Shows the problem from now on, e.g. when a save was refused.
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

    QString m_problem;
    bool m_revealed = false;
};

} // namespace fd
