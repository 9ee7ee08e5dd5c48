// Typed input is never thrown away without asking (issue 15, "No typed input is lost").
// One shared place for every dialog and pane with input: "has the user typed anything"
// (InputSnapshot), the standard Save / Discard / Cancel question (askToSave), and a dialog
// whose Escape, Cancel and title-bar close ask it (GuardedDialog; InputGuard for dialogs
// with another base, such as a QWizard).
#pragma once

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QVariant>

#include <functional>

#include <QAbstractButton>

namespace fd {

// The values of a set of editors (line and text edits, combo boxes, spin, date and time
// boxes, check and radio buttons) at one moment, to tell later whether the user changed
// any. Editors inside another editor (a combo box's line edit) count as that editor.
class InputSnapshot {
public:
    InputSnapshot() = default;
    // Every editor under `root`, by its value now.
    explicit InputSnapshot(const QWidget* root) { take(editorsIn(root)); }
    explicit InputSnapshot(const QList<const QWidget*>& editors) { take(editors); }

    void take(const QList<const QWidget*>& editors);
    // Adds editors not taken yet (made since, such as a wizard page filled later) with
    // their values now; the others keep the values taken before.
    void adopt(const QList<const QWidget*>& editors);
    // True when an editor's value differs from the one taken (an editor deleted since counts
    // as unchanged).
    bool changed() const;

    static QList<const QWidget*> editorsIn(const QWidget* root);
    // An editor's value as compared here; an invalid QVariant for a widget that is no editor.
    static QVariant valueOf(const QWidget* editor);

private:
    QList<QPointer<const QWidget>> m_editors;
    QVariantList m_values;
};

namespace UnsavedChanges {

enum class Answer { Save, Discard, Cancel };

// The standard question, modal over `parent`: "Save the changes to WHAT?" with Save,
// Discard and Cancel (Escape answers Cancel). When `cannotSave` is not empty there is no
// Save: the sentence says why, and the answers are Discard and Cancel. The box's object
// name is "unsavedChanges" (tests find it by that). `question`, when given, replaces the
// first line. Cancel gives the keyboard back to the widget that had it.
// When the file of the window `parent` is in is gone (FileGone::isGone()), nothing typed can
// be saved to it: the answers are Discard and Cancel, named "Keep editing", and the
// sentence says the file is gone. Every dialog that asks (InputGuard, GuardedDialog, the
// canned-reply editor, a reply being closed) asks this way.
Answer ask(QWidget* parent, const QString& what, const QString& cannotSave = QString(),
           const QString& question = QString());

} // namespace UnsavedChanges

// Watches a dialog: its input is taken as it first shows (the defaults are not "typed").
// confirmReject() is what a dialog's reject() calls before closing. The form's keys too:
// Ctrl+Return clicks the save button from any field (when it is enabled), and Tab leaves a
// date or time field instead of walking its parts.
class InputGuard : public QObject {
    Q_OBJECT

public:
    // `what` names the input in the question ("the new customer"). Save in the question
    // clicks `save` (the dialog's OK); when it is disabled or missing, `problem` (if given)
    // says why, and only Discard and Cancel are offered.
    InputGuard(QDialog* dialog, QString what, QAbstractButton* save = nullptr,
               std::function<QString()> problem = {});

    void setSaveButton(QAbstractButton* save) { m_save = save; }
    void setWhat(const QString& what) { m_what = what; }
    void setProblem(std::function<QString()> problem) { m_problem = std::move(problem); }
    // What is on screen now is what counts as untouched (after a save, a reload).
    void markClean();
    // Editors made since the dialog showed count their values now as untouched.
    void adoptNewEditors();
    bool hasUnsavedInput() const;
    // True when the dialog may close now: nothing typed, or Discard. Cancel keeps it open
    // with its input; Save clicks the save button (which closes the dialog when it saves,
    // or leaves it open showing why not) and returns false.
    bool confirmReject();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QDialog* m_dialog;
    QString m_what;
    QPointer<QAbstractButton> m_save;
    std::function<QString()> m_problem;
    InputSnapshot m_clean;
    bool m_taken = false;
};

// A QDialog whose Escape, Cancel and window close ask before typed input is lost.
class GuardedDialog : public QDialog {
    Q_OBJECT

public:
    explicit GuardedDialog(QWidget* parent = nullptr, const QString& what = QString());

    InputGuard* guard() const { return m_guard; }
    void reject() override;

private:
    InputGuard* m_guard;
};

} // namespace fd
