#pragma once

#include "domain/Customer.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace fd {

// "New customer": name, email, company, plan and the first-sale date, checked as the rep
// types; OK stays off, with the reason shown, until the customer can be saved.
class NewCustomerDialog : public QDialog {
    Q_OBJECT

public:
    explicit NewCustomerDialog(QWidget* parent = nullptr);

    Customer customer() const;
    // Empty when the entries can be saved.
    QString problem() const;

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* emailEdit() const { return m_email; }

private:
    void validate();

    QLineEdit* m_name = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_company = nullptr;
    QLineEdit* m_plan = nullptr;
    QDateEdit* m_since = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace fd
