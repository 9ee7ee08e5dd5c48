#include "views/NewCustomerDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace fd {

NewCustomerDialog::NewCustomerDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("New customer"));
    m_name = new QLineEdit;
    m_email = new QLineEdit;
    m_company = new QLineEdit;
    m_plan = new QLineEdit;
    m_since = new QDateEdit(QDate::currentDate());
    m_since->setCalendarPopup(true);
    m_since->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_problem = new QLabel;
    m_problem->setStyleSheet(QStringLiteral("color: #b91c1c"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add customer"));

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Email"), m_email);
    form->addRow(tr("&Company"), m_company);
    form->addRow(tr("&Plan"), m_plan);
    form->addRow(tr("First &sale"), m_since);
    form->addRow(m_problem);
    form->addRow(m_buttons);

    for (QLineEdit* edit : {m_name, m_email})
        connect(edit, &QLineEdit::textChanged, this, &NewCustomerDialog::validate);
    connect(m_since, &QDateEdit::dateChanged, this, &NewCustomerDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

QString NewCustomerDialog::problem() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("A customer needs a name.");
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    const QString address = m_email->text().trimmed();
    if (!address.isEmpty() && !email.match(address).hasMatch())
        return tr("“%1” is not an email address.").arg(address);
    if (m_since->date() > QDate::currentDate())
        return tr("The first sale cannot be in the future.");
    return {};
}

void NewCustomerDialog::validate()
{
    const QString text = problem();
    // An empty form is not an error yet: it just cannot be saved.
    m_problem->setText(m_name->text().isEmpty() && m_email->text().isEmpty() ? QString() : text);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

Customer NewCustomerDialog::customer() const
{
    Customer c;
    c.name = m_name->text().trimmed();
    c.email = m_email->text().trimmed();
    c.company = m_company->text().trimmed();
    c.plan = m_plan->text().trimmed();
    c.since = m_since->date();
    return c;
}

} // namespace fd
