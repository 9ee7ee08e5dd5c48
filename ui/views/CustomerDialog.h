#pragma once

#include "domain/Agent.h"
#include "domain/Customer.h"
#include "views/ProblemLabel.h"

#include "UnsavedChanges.h"

#include <functional>
#include <optional>
#include <vector>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace fd {

class Clock;

// A customer's profile: "New customer" (name, email, company, plan, owner, first sale) or
// "Edit customer" (also status, tags and notes), checked as the rep types; OK stays off,
// with the reason shown, until the customer can be saved. Escape, Cancel and the window's
// close ask Save / Discard / Cancel when anything was typed (GuardedDialog).
class CustomerDialog : public GuardedDialog {
    Q_OBJECT

public:
    // `clock`: today for a new customer's first sale, and "now" for the checks; it must
    // outlive the dialog.
    explicit CustomerDialog(const Clock& clock, QWidget* parent = nullptr,
                            std::vector<Agent> agents = {},
                            std::optional<Customer> editing = std::nullopt);

    Customer customer() const;
    // Empty when the entries can be saved: core's rules (Validation::check) as of now.
    QString problem() const;

    // What OK does: saves the customer and returns the sentence when the database refuses
    // it (a duplicate email): the dialog then shows it and stays open with the input kept.
    // Without one, OK just accepts.
    using Save = std::function<QString(const Customer&)>;
    void setSave(Save save) { m_save = std::move(save); }

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* emailEdit() const { return m_email; }
    QComboBox* statusBox() const { return m_status; }

private:
    void validate();
    void save();
    void showProblem(const QString& text);

    const Clock& m_clock;
    Customer m_customer; // what is edited, or a new customer's defaults
    QLineEdit* m_name = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_company = nullptr;
    QLineEdit* m_plan = nullptr;
    QComboBox* m_owner = nullptr;
    QDateEdit* m_since = nullptr;
    QComboBox* m_status = nullptr;
    QLineEdit* m_tags = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    ProblemLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    Save m_save;
};

} // namespace fd
