#include "views/NewTicketDialog.h"
#include "views/ChoiceList.h"

#include "AgentChooser.h"
#include "common/Clock.h"
#include "domain/Names.h"
#include "domain/Validation.h"
#include "models/Formatting.h"
#include "service/Customers.h"
#include "service/Team.h"
#include "views/CustomerDialog.h"

#include "service/Lists.h"
#include "service/Session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>

#include <algorithm>

namespace fd {

namespace {

constexpr int kMatchesShown = 8;
// The assignee entry "Me" while the agent at the keyboard is not known.
constexpr char kAskMe[] = "ask-me";

// A match as listed.
QString matchLabel(const CustomerRow& row, const std::vector<CustomerRow>& shown)
{
    // A name shared with another match says which customer it is (domain/Names.h) and
    // something that tells them apart: the company, else the email.
    const bool shared =
        std::count_if(shown.begin(), shown.end(), [&](const CustomerRow& other) {
            return other.name.trimmed().compare(row.name.trimmed(), Qt::CaseInsensitive) == 0;
        }) > 1;
    if (!shared)
        return row.company.isEmpty()
                   ? oneLine(row.name)
                   : NewTicketDialog::tr("%1 — %2").arg(oneLine(row.name), oneLine(row.company));
    const QString apart = oneLine(!row.company.isEmpty() ? row.company : row.email);
    const QString name = Names::customerAtStart(row.id, row.name);
    return apart.isEmpty() ? name : NewTicketDialog::tr("%1 — %2").arg(name, apart);
}

} // namespace

NewTicketDialog::NewTicketDialog(Database& db, const Clock& clock, std::optional<qint64> customerId,
                                 std::optional<qint64> assigneeId, QWidget* parent)
    : GuardedDialog(parent, tr("the new ticket")), m_db(db), m_clock(clock),
      m_customerId(customerId)
{
    setWindowTitle(tr("New ticket"));
    createFields();
    createAssignee(assigneeId);
    m_problem = new ProblemLabel;
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create ticket"));

    createLayout();
    createConnections();
    if (customerId) {
        auto c = Customers(db, m_clock).find(*customerId);
        if (c && *c) {
            m_customerSearch->setText((*c)->name);
            auto* item = new QListWidgetItem(
                (*c)->company.isEmpty()
                    ? oneLine((*c)->name)
                    : tr("%1 — %2").arg(oneLine((*c)->name), oneLine((*c)->company)),
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

// The customer's search and matches, the subject, description, priority, channel, category.
void NewTicketDialog::createFields()
{
    m_customerSearch = new QLineEdit;
    m_customerSearch->setPlaceholderText(tr("Type a name, email or company"));
    m_matches = new ChoiceList;
    m_matches->setAccessibleName(tr("Matching customers"));
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
}

// Unassigned, the file's active agents, and "Me" when the agent at the keyboard is not known.
void NewTicketDialog::createAssignee(std::optional<qint64> assigneeId)
{
    m_assignee = new QComboBox;
    m_assignee->addItem(tr("Unassigned"));
    auto agents = Team(m_db).all();
    for (const Agent& a : agents ? *agents : std::vector<Agent>{}) {
        if (a.active)
            m_assignee->addItem(oneLine(a.name), a.id);
    }
    if (assigneeId) {
        m_assignee->setCurrentIndex(std::max(0, m_assignee->findData(*assigneeId)));
    } else if (!Session(m_db).isReadOnly()) {
        // The agent at the keyboard is not known yet: "Me" is asked for when the ticket is
        // created (requireCurrentAgent), as a reply is at Send, never before the form.
        m_assignee->insertItem(1, tr("Me (asked when the ticket is created)"),
                               QString::fromLatin1(kAskMe));
        m_assignee->setCurrentIndex(1);
    }
}

void NewTicketDialog::createLayout()
{
    auto* form = new QFormLayout(this);
    form->addRow(tr("C&ustomer"), m_customerSearch);
    form->addRow(QString(), m_matches);
    // The problem line says "add the customer first (Ctrl+Shift+N)" when none matches: the
    // window's Ctrl+Shift+N does nothing behind this dialog, so the dialog adds the customer
    // itself, over the form, which keeps what was typed (issue 15: a sentence naming a step
    // the screen does not offer).
    // The button shows while nothing matches; the key works whenever the form is open.
    m_newCustomer = new QPushButton(tr("New customer…"));
    m_newCustomer->setObjectName(QStringLiteral("newCustomer"));
    m_newCustomer->setToolTip(tr("Add the customer this ticket is for (Ctrl+Shift+N)"));
    m_newCustomer->setAutoDefault(false);
    m_newCustomer->hide();
    form->addRow(QString(), m_newCustomer);
    connect(m_newCustomer, &QPushButton::clicked, this, &NewTicketDialog::addCustomer);
    if (!Session(m_db).isReadOnly()) {
        auto* key = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this);
        connect(key, &QShortcut::activated, this, &NewTicketDialog::addCustomer);
    }
    form->addRow(tr("&Subject"), m_subject);
    form->addRow(tr("&Description"), m_description);
    form->addRow(tr("&Priority"), m_priority);
    form->addRow(tr("C&hannel"), m_channel);
    form->addRow(tr("Ca&tegory"), m_category);
    form->addRow(tr("&Assignee"), m_assignee);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    resize(520, sizeHint().height());
}

void NewTicketDialog::createConnections()
{
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_customerSearch, &QLineEdit::textEdited, this, [this] {
        m_customerId.reset();
        m_searchDelay->start();
        validate();
    });
    connect(m_searchDelay, &QTimer::timeout, this, &NewTicketDialog::findCustomers);
    // The customer is the match the rep selects (ChoiceList): of several "Acme", Tab into
    // the list chose the first in silence (issue 15, leftover).
    connect(m_matches, &QListWidget::itemSelectionChanged, this, [this] {
        if (QListWidgetItem* picked = m_matches->chosen())
            m_customerId = picked->data(Qt::UserRole).toLongLong();
        else
            m_customerId.reset();
        validate();
    });
    m_customerSearch->installEventFilter(this);
    connect(m_subject, &QLineEdit::textChanged, this, &NewTicketDialog::validate);
    for (QWidget* field :
         std::initializer_list<QWidget*>{m_customerSearch, m_subject, m_description})
        m_problem->watch(field);
    m_problem->watchSave(m_buttons->button(QDialogButtonBox::Ok));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewTicketDialog::create);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    guard()->setSaveButton(m_buttons->button(QDialogButtonBox::Ok));
    guard()->setProblem([this] { return problem(); });
}

void NewTicketDialog::findCustomers()
{
    m_matches->clear();
    const QString text = m_customerSearch->text().trimmed();
    if (text.isEmpty())
        return;
    CustomerList list(m_db);
    CustomerListQuery query;
    query.search = text;
    auto ids = list.ids(query);
    if (!ids || ids->empty()) {
        validate();
        return;
    }
    const std::size_t n = std::min<std::size_t>(kMatchesShown, ids->size());
    auto rows = list.rows(std::span<const qint64>(ids->data(), n));
    const std::vector<CustomerRow> found = rows ? *rows : std::vector<CustomerRow>{};
    for (const CustomerRow& r : found) {
        auto* item = new QListWidgetItem(matchLabel(r, found), m_matches);
        item->setData(Qt::UserRole, r.id);
        item->setData(Qt::UserRole + 1, r.name.trimmed());
        item->setToolTip(r.email);
    }
    m_more = static_cast<qint64>(ids->size() - n);
    if (m_more > 0) { // the rest are not listed: said, never chosen
        auto* more =
            new QListWidgetItem(tr("… and %1 more: type more of the name, email or company")
                                    .arg(QLocale().toString(m_more)),
                                m_matches);
        more->setFlags(Qt::NoItemFlags);
    }
    // One match is the customer; several wait for a choice.
    if (found.size() == 1 && m_more == 0)
        m_matches->setCurrentRow(0);
    validate();
}

void NewTicketDialog::addCustomer()
{
    auto agents = Team(m_db).all();
    CustomerDialog dialog(m_clock, this, agents ? std::move(*agents) : std::vector<Agent>{});
    const QString typed = m_customerSearch->text().trimmed();
    (typed.contains(QLatin1Char('@')) ? dialog.emailEdit() : dialog.nameEdit())->setText(typed);
    qint64 added = 0;
    QString name;
    dialog.setSave([&](const Customer& customer) -> QString {
        auto written = Customers(m_db, m_clock).add(customer); // its stage evaluated at once
        if (!written)
            return written.error(); // shown in the customer's dialog, the input kept
        added = written->value;
        name = customer.name;
        return QString();
    });
    if (dialog.exec() != QDialog::Accepted || added == 0)
        return;
    emit customerAdded(added);
    // The new customer is the one chosen, as it would be found by its name.
    m_searchDelay->stop();
    m_customerSearch->setText(name);
    m_matches->clear();
    auto* item = new QListWidgetItem(name, m_matches);
    item->setData(Qt::UserRole, added);
    item->setData(Qt::UserRole + 1, name);
    m_matches->setCurrentRow(0);
    m_subject->setFocus(Qt::OtherFocusReason);
    validate();
}

QListWidget* NewTicketDialog::customerMatches() const
{
    return m_matches;
}

bool NewTicketDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Down in the customer field goes to the matches and selects the first: a choice the
    // rep makes and sees, as a click would.
    if (watched == m_customerSearch && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down) {
        if (m_searchDelay->isActive()) { // typed just now: the matches for what was typed
            m_searchDelay->stop();
            findCustomers();
        }
        if (m_matches->count() == 0)
            return true;
        m_matches->setFocus(Qt::OtherFocusReason);
        if (m_matches->selectedItems().isEmpty() &&
            (m_matches->item(0)->flags() & Qt::ItemIsSelectable))
            m_matches->setCurrentRow(0);
        return true;
    }
    return GuardedDialog::eventFilter(watched, event);
}

QString NewTicketDialog::problem() const
{
    if (!m_customerId) {
        const QString typed = m_customerSearch->text().trimmed();
        if (typed.isEmpty())
            return tr("Choose the customer this ticket is for.");
        if (m_matches->count() == 0)
            return tr("No customer matches “%1”; add the customer first (Ctrl+Shift+N).")
                .arg(typed);
        int named = 0; // matches called exactly what was typed
        for (int row = 0; row < m_matches->count(); ++row)
            named += m_matches->item(row)
                                 ->data(Qt::UserRole + 1)
                                 .toString()
                                 .compare(typed, Qt::CaseInsensitive) == 0
                         ? 1
                         : 0;
        if (named > 1)
            return tr("%1 customers are called “%2”: choose the one this ticket is for in the "
                      "list.")
                .arg(QLocale().toString(named), typed);
        return tr("Choose the customer this ticket is for in the list.");
    }
    // The rest is core's rule (domain/Validation.h), as the ticket would be created now.
    Ticket t = ticket();
    t.createdAt = m_clock.now();
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
    m_newCustomer->setVisible(!m_customerId && !Session(m_db).isReadOnly() &&
                              m_matches->count() == 0 &&
                              !m_customerSearch->text().trimmed().isEmpty());
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
