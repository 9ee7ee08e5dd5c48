#include "views/NewTicketDialog.h"

#include "AgentChooser.h"
#include "domain/Validation.h"

#include "storage/AgentRepository.h"
#include "storage/Database.h"
#include "storage/CustomerListRepository.h"
#include "storage/CustomerRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>

namespace fd {

namespace {

constexpr int kMatchesShown = 8;
// The assignee entry "Me" while the agent at the keyboard is not known.
constexpr char kAskMe[] = "ask-me";

} // namespace

NewTicketDialog::NewTicketDialog(Database& db, std::optional<qint64> customerId,
                                 std::optional<qint64> assigneeId, QWidget* parent)
    : GuardedDialog(parent, tr("the new ticket")), m_db(db), m_customerId(customerId)
{
    setWindowTitle(tr("New ticket"));
    m_customerSearch = new QLineEdit;
    m_customerSearch->setPlaceholderText(tr("Type a name, email or company"));
    m_matches = new QListWidget;
    m_matches->setMaximumHeight(m_matches->fontMetrics().height() * 5 + 8);
    m_subject = new QLineEdit;
    m_description = new QPlainTextEdit;
    m_description->setTabChangesFocus(true); // a form field: Tab goes on to the next one
    m_description->setMaximumHeight(m_description->fontMetrics().height() * 6);
    m_priority = new QComboBox;
    for (std::size_t i = 0; i < enumCount<Priority>(); ++i)
        m_priority->addItem(displayName(static_cast<Priority>(i)), static_cast<int>(i));
    m_priority->setCurrentIndex(static_cast<int>(Priority::Normal));
    m_channel = new QComboBox;
    for (std::size_t i = 0; i < enumCount<TouchpointKind>(); ++i) {
        const auto kind = static_cast<TouchpointKind>(i);
        if (isTicketChannel(kind))
            m_channel->addItem(displayName(kind), static_cast<int>(i));
    }
    m_channel->setCurrentIndex(m_channel->findData(static_cast<int>(TouchpointKind::Phone)));
    m_category = new QComboBox;
    for (std::size_t i = 0; i < enumCount<Category>(); ++i)
        m_category->addItem(displayName(static_cast<Category>(i)), static_cast<int>(i));
    m_category->setCurrentIndex(static_cast<int>(Category::Question));
    m_assignee = new QComboBox;
    m_assignee->addItem(tr("Unassigned"));
    auto agents = AgentRepository(db).all();
    for (const Agent& a : agents ? *agents : std::vector<Agent>{}) {
        if (a.active)
            m_assignee->addItem(a.name, a.id);
    }
    if (assigneeId) {
        m_assignee->setCurrentIndex(std::max(0, m_assignee->findData(*assigneeId)));
    } else if (!db.isReadOnly()) {
        // The agent at the keyboard is not known yet: "Me" is asked for when the ticket is
        // created (requireCurrentAgent), as a reply is at Send, never before the form.
        m_assignee->insertItem(1, tr("Me (asked when the ticket is created)"), QString::fromLatin1(kAskMe));
        m_assignee->setCurrentIndex(1);
    }

    m_problem = new ProblemLabel;
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create ticket"));

    auto* form = new QFormLayout(this);
    form->addRow(tr("C&ustomer"), m_customerSearch);
    form->addRow(QString(), m_matches);
    form->addRow(tr("&Subject"), m_subject);
    form->addRow(tr("&Description"), m_description);
    form->addRow(tr("&Priority"), m_priority);
    form->addRow(tr("C&hannel"), m_channel);
    form->addRow(tr("Ca&tegory"), m_category);
    form->addRow(tr("&Assignee"), m_assignee);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    resize(520, sizeHint().height());

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_customerSearch, &QLineEdit::textEdited, this, [this] {
        m_customerId.reset();
        m_searchDelay->start();
        validate();
    });
    connect(m_searchDelay, &QTimer::timeout, this, &NewTicketDialog::findCustomers);
    connect(m_matches, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_customerId = m_matches->item(row)->data(Qt::UserRole).toLongLong();
        validate();
    });
    connect(m_subject, &QLineEdit::textChanged, this, &NewTicketDialog::validate);
    for (QWidget* field : std::initializer_list<QWidget*>{m_customerSearch, m_subject, m_description})
        m_problem->watch(field);
    m_problem->watchSave(m_buttons->button(QDialogButtonBox::Ok));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewTicketDialog::create);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    guard()->setSaveButton(m_buttons->button(QDialogButtonBox::Ok));
    guard()->setProblem([this] { return problem(); });

    if (customerId) {
        auto c = CustomerRepository(db).find(*customerId);
        if (c && *c) {
            m_customerSearch->setText((*c)->name);
            auto* item = new QListWidgetItem((*c)->company.isEmpty() ? (*c)->name
                                                                     : tr("%1 — %2").arg((*c)->name, (*c)->company),
                                             m_matches);
            item->setData(Qt::UserRole, *customerId);
            m_matches->setCurrentRow(0);
        } else {
            m_customerId.reset();
        }
    }
    (m_customerId ? m_subject : m_customerSearch)->setFocus();
    validate();
}

void NewTicketDialog::findCustomers()
{
    m_matches->clear();
    const QString text = m_customerSearch->text().trimmed();
    if (text.isEmpty())
        return;
    CustomerListRepository list(m_db);
    CustomerListQuery query;
    query.search = text;
    auto ids = list.ids(query);
    if (!ids || ids->empty()) {
        validate();
        return;
    }
    const std::size_t n = std::min<std::size_t>(kMatchesShown, ids->size());
    auto rows = list.rows(std::span<const qint64>(ids->data(), n));
    for (const CustomerRow& r : rows ? *rows : std::vector<CustomerRow>{}) {
        auto* item = new QListWidgetItem(r.company.isEmpty() ? r.name : tr("%1 — %2").arg(r.name, r.company), m_matches);
        item->setData(Qt::UserRole, r.id);
        item->setToolTip(r.email);
    }
    // One match is the customer; several wait for a choice.
    if (m_matches->count() == 1)
        m_matches->setCurrentRow(0);
    validate();
}

QString NewTicketDialog::problem() const
{
    if (!m_customerId)
        return m_customerSearch->text().trimmed().isEmpty() || m_matches->count() > 0
                   ? tr("Choose the customer this ticket is for.")
                   : tr("No customer matches “%1”; add the customer first (Ctrl+Shift+N).")
                         .arg(m_customerSearch->text().trimmed());
    // The rest is core's rule (domain/Validation.h), as the ticket would be created now.
    Ticket t = ticket();
    t.createdAt = QDateTime::currentDateTimeUtc();
    return Validation::check(t, t.createdAt);
}

void NewTicketDialog::validate()
{
    const QString text = problem();
    // Said once the user has left the field it is about, or tried to create (ProblemLabel).
    QWidget* field = nullptr;
    if (!m_customerId)
        field = m_customerSearch;
    else if (m_subject->text().trimmed().isEmpty())
        field = m_subject;
    m_problem->setProblem(text, field);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

void NewTicketDialog::create()
{
    // Assigned to "Me": who that is, asked now. Cancelled, the form stays as typed and
    // nothing is written; answered, "Me" is that agent from now on.
    if (m_assignee->currentData().toString() == QLatin1String(kAskMe)) {
        // A file that is gone is refused here, before anyone is asked; the form stays.
        const auto agent = requireCurrentAgent(this, m_db, tr("to assign the new ticket to you"));
        if (!agent)
            return m_problem->refuse(agent.error());
        if (!*agent)
            return;
        m_me = (*agent)->id;
    }
    accept();
}

Ticket NewTicketDialog::ticket() const
{
    Ticket t;
    t.customerId = m_customerId.value_or(0);
    t.subject = m_subject->text().trimmed();
    t.description = m_description->toPlainText().trimmed();
    t.priority = static_cast<Priority>(m_priority->currentData().toInt());
    t.channel = static_cast<TouchpointKind>(m_channel->currentData().toInt());
    t.category = static_cast<Category>(m_category->currentData().toInt());
    const QVariant assignee = m_assignee->currentData();
    if (assignee.toString() == QLatin1String(kAskMe))
        t.assigneeId = m_me; // answered in create()
    else if (assignee.isValid())
        t.assigneeId = assignee.toLongLong();
    t.status = TicketStatus::New; // the first reply opens it
    return t;
}

} // namespace fd
