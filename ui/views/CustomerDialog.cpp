#include "views/CustomerDialog.h"

#include "common/Clock.h"
#include "domain/Validation.h"
#include "models/Formatting.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace fd {

CustomerDialog::CustomerDialog(const Clock& clock, QWidget* parent, std::vector<Agent> agents,
                               std::optional<Customer> editing)
    : GuardedDialog(parent), m_clock(clock)
{
    const bool edit = editing.has_value();
    if (editing)
        m_customer = *editing;
    else
        m_customer.since = m_clock.now().toLocalTime().date();
    setWindowTitle(edit ? tr("Edit customer") : tr("New customer"));
    setObjectName(QStringLiteral("customerDialog"));
    guard()->setWhat(edit ? tr("“%1”").arg(m_customer.name) : tr("the new customer"));
    m_name = new QLineEdit(m_customer.name);
    m_email = new QLineEdit(m_customer.email);
    m_company = new QLineEdit(m_customer.company);
    m_plan = new QLineEdit(m_customer.plan);
    m_owner = new QComboBox;
    m_owner->addItem(tr("Nobody"));
    for (const Agent& a : agents) {
        if (a.active || a.id == m_customer.ownerId)
            m_owner->addItem(oneLine(a.name), a.id);
    }
    if (m_customer.ownerId)
        m_owner->setCurrentIndex(std::max(0, m_owner->findData(*m_customer.ownerId)));
    m_since = new QDateEdit(m_customer.since);
    m_since->setCalendarPopup(true);
    m_since->setDisplayFormat(dateFormat());
    m_status = new QComboBox;
    m_status->addItem(tr("Active"), static_cast<int>(CustomerStatus::Active));
    m_status->addItem(tr("Churned"), static_cast<int>(CustomerStatus::Churned));
    m_status->setCurrentIndex(m_customer.status == CustomerStatus::Churned ? 1 : 0);
    m_tags = new QLineEdit(m_customer.tags);
    m_tags->setPlaceholderText(tr("comma-separated"));
    m_notes = new QPlainTextEdit(m_customer.notes);
    m_notes->setTabChangesFocus(true); // a form field: Tab goes on to the next one
    m_notes->setMaximumHeight(m_notes->fontMetrics().height() * 5);
    m_problem = new ProblemLabel;
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(edit ? tr("Save") : tr("Add customer"));

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Email"), m_email);
    form->addRow(tr("&Company"), m_company);
    form->addRow(tr("&Plan"), m_plan);
    form->addRow(tr("&Owner"), m_owner);
    form->addRow(tr("First &sale"), m_since);
    if (edit) {
        form->addRow(tr("S&tatus"), m_status);
        form->addRow(tr("T&ags"), m_tags);
        form->addRow(tr("N&otes"), m_notes);
    } else {
        m_status->hide();
        m_tags->hide();
        m_notes->hide();
    }
    form->addRow(m_problem);
    form->addRow(m_buttons);
    resize(460, sizeHint().height());

    for (QLineEdit* line : {m_name, m_email})
        connect(line, &QLineEdit::textChanged, this, &CustomerDialog::validate);
    for (QWidget* field :
         std::initializer_list<QWidget*>{m_name, m_email, m_company, m_plan, m_since})
        m_problem->watch(field);
    m_problem->watchSave(m_buttons->button(QDialogButtonBox::Ok));
    connect(m_since, &QDateEdit::dateChanged, this, &CustomerDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CustomerDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    guard()->setSaveButton(m_buttons->button(QDialogButtonBox::Ok));
    guard()->setProblem([this] { return problem(); });
    validate();
}

QString CustomerDialog::problem() const
{
    return Validation::check(customer(), m_clock.now());
}

void CustomerDialog::showProblem(const QString& text)
{
    // The field core's sentence is about (Validation::check(Customer)'s order).
    const Customer c = customer();
    QWidget* field = m_since;
    if (c.name.isEmpty())
        field = m_name;
    else if (c.since.isValid() &&
             !Validation::emailProblem(c.email, Validation::tr("email")).isEmpty())
        field = m_email;
    m_problem->setProblem(text, field);
    // Grow to show the whole sentence (it wraps): the form's height was set for none.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void CustomerDialog::save()
{
    if (m_save) {
        if (const QString refused = m_save(customer()); !refused.isEmpty()) {
            m_problem->reveal();
            showProblem(refused);
            return;
        }
    }
    accept();
}

void CustomerDialog::validate()
{
    const QString text = problem();
    // Said once the user has left its field or tried to save (ProblemLabel); until then the
    // form just cannot be saved.
    showProblem(text);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

Customer CustomerDialog::customer() const
{
    Customer c = m_customer;
    c.name = m_name->text().trimmed();
    c.email = m_email->text().trimmed();
    c.company = m_company->text().trimmed();
    c.plan = m_plan->text().trimmed();
    const QVariant owner = m_owner->currentData();
    c.ownerId = owner.isValid() ? std::optional<qint64>(owner.toLongLong()) : std::nullopt;
    c.since = m_since->date();
    c.status = static_cast<CustomerStatus>(m_status->currentData().toInt());
    c.tags = m_tags->text().trimmed();
    c.notes = m_notes->toPlainText();
    return c;
}

} // namespace fd
