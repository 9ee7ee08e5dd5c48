#include "views/CustomerDetail.h"
#include "PaletteFollow.h"

#include "domain/Names.h"
#include "views/ColumnFit.h"
#include "views/WrapColumnDelegate.h"

#include "AgentChooser.h"
#include "domain/Contact.h"
#include "domain/Customer.h"
#include "models/Formatting.h"
#include "service/Customers.h"
#include "service/Team.h"
#include "UnsavedChanges.h"
#include "views/CustomerDialog.h"
#include "views/HealthStrip.h"
#include "views/HistoryList.h"
#include "views/ProblemLabel.h"
#include "views/WrapRow.h"

#include "common/Clock.h"
#include "common/DateTimeText.h"
#include "domain/Touchpoint.h"
#include "domain/Validation.h"
#include "service/Session.h"
#include "StageColors.h"
#include "stages/StageEngine.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fd {

CustomerDetail::CustomerDetail(Database& db, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_db(db), m_clock(clock)
{
    createHeading();
    createContacts();
    auto* stageRow = WrapRow::ofGroups(
        {{m_badge, m_why, m_move}, {m_log}}); // "Log touchpoint…" below on a narrow pane
    createTimeline();
    createLayout(stageRow);
    connect(m_why, &QPushButton::clicked, this, [this] {
        QMessageBox::information(this, tr("Why is %1 here?").arg(m_shownName), explanation());
    });
    m_title->setText(tr("Select a customer"));
    m_profile->setText(tr("Its stage, why it is there, and its history show here."));
    connect(m_move, &QPushButton::clicked, this, &CustomerDetail::openMoveDialog);
    connect(m_log, &QPushButton::clicked, this, &CustomerDetail::openLogDialog);
    connect(m_edit, &QPushButton::clicked, this, &CustomerDetail::openEditDialog);
    connect(m_addContact, &QPushButton::clicked, this, &CustomerDetail::openContactDialog);
    setEnabled(false);
}

// The name, the profile, a save's conflict, the stage's badge and the latest move's reason.
void CustomerDetail::createHeading()
{
    m_title = new QLabel;
    m_title->setTextFormat(Qt::PlainText); // a name such as "<b>Acme</b>" is shown as typed
    m_title->setObjectName(QStringLiteral("customerTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_profile = new QLabel;
    m_profile->setTextFormat(Qt::PlainText);
    m_profile->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A save refused because another rep changed the customer first: said here, over the
    // profile as it is now.
    m_conflict = new QLabel;
    m_conflict->setObjectName(QStringLiteral("customerConflict"));
    m_conflict->setWordWrap(true);
    m_conflict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    followPalette(m_conflict, []() -> QString {
        return QStringLiteral("QLabel { ") + noticeColors() + QStringLiteral(" padding: 6px; }");
    });
    m_conflict->hide();
    // Wrapped, so a long profile never pushes the list aside.
    m_profile->setWordWrap(true);
    m_badge = new QLabel;
    m_badge->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    // A theme switched: the stage's tone for the new background (Step 14).
    onPaletteChange(m_badge, [badge = m_badge] {
        const QVariant stage = badge->property("stage");
        if (!stage.isValid())
            return;
        const QColor color = stageColor(static_cast<Stage>(stage.toInt()));
        const QString sheet =
            QStringLiteral("QLabel { background: %1; color: %2; border-radius: 4px; "
                           "padding: 3px 8px; font-weight: bold; }")
                .arg(color.name(), textOn(color).name());
        if (badge->styleSheet() != sheet)
            badge->setStyleSheet(sheet);
    });
    m_reason = new QLabel;
    m_reason->setWordWrap(true);
    m_reason->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Room for a long reason: a wrapped label in a splitter does not ask for its height.
    m_reason->setMinimumHeight(m_reason->fontMetrics().lineSpacing() * 3);
}

// The buttons (Why?, Move…, Log touchpoint…, Edit…, Add contact…) and the contacts.
void CustomerDetail::createContacts()
{
    m_why = new QPushButton(tr("Why?"));
    m_move = new QPushButton(tr("Move…"));
    m_log = new QPushButton(tr("Log touchpoint…"));
    m_log->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_log->setToolTip(tr("Log a call, email, meeting or survey (Ctrl+L)"));

    m_edit = new QPushButton(tr("Edit…"));
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_edit->setToolTip(
        tr("Edit the profile: name, email, company, plan, owner, status, notes (Ctrl+E)"));
    m_addContact = new QPushButton(tr("Add contact…"));
    m_contacts = new QTreeWidget;
    m_contacts->setObjectName(QStringLiteral("contacts"));
    m_contacts->setAccessibleName(tr("Contacts"));
    m_contacts->setRootIsDecorated(false);
    m_contacts->setHeaderLabels({tr("Contact"), tr("Email"), tr("Role"), tr("Added")});
    m_contacts->setMaximumHeight(m_contacts->fontMetrics().height() * 6);
    m_contacts->setColumnWidth(
        0, m_contacts->fontMetrics().horizontalAdvance(QStringLiteral("Chloe Johansson  ")));
    m_contacts->setColumnWidth(1, m_contacts->fontMetrics().horizontalAdvance(
                                      QStringLiteral("chloe@copperleaf.example  ")));
    m_contacts->setColumnWidth(
        2, m_contacts->fontMetrics().horizontalAdvance(QStringLiteral("Billing contact  ")));
    m_contacts->setColumnWidth(
        3, m_contacts->fontMetrics().horizontalAdvance(QStringLiteral("30 Sep 2026")) + 24);
    // The email takes what is left; the role is cut a little before it is, and gives way
    // before the date is cut.
    new ColumnFit(m_contacts, m_contacts->header(), 1,
                  m_contacts->fontMetrics().averageCharWidth() * 14, {2}, {2});
}

void CustomerDetail::createLayout(QLayout* stageRow)
{
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_edit, 0, Qt::AlignTop);
    auto* contactsRow = new QHBoxLayout;
    contactsRow->addWidget(new QLabel(tr("<b>Contacts</b>")));
    contactsRow->addStretch(1);
    contactsRow->addWidget(m_addContact);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(titleRow);
    layout->addWidget(m_conflict);
    layout->addWidget(m_profile);
    layout->addLayout(stageRow);
    layout->addWidget(m_reason);
    layout->addWidget(m_health = new HealthStrip(m_db, m_clock)); // the score and its 90 days
    layout->addLayout(contactsRow);
    layout->addWidget(m_contacts);
    m_history = new HistoryList(m_db);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("customerTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_timeline, tr("Timeline"));
    m_tabs->addTab(m_history, tr("History"));
    layout->addWidget(m_tabs, 1);
}

void CustomerDetail::showCustomer(qint64 customerId)
{
    if (customerId != m_customerId)
        m_conflict->hide();
    m_customerId = customerId;
    reload();
}

QString CustomerDetail::conflictText() const
{
    return m_conflict->isHidden() ? QString() : m_conflict->text();
}

void CustomerDetail::reload()
{
    auto customer = Customers(m_db, m_clock).find(m_customerId);
    if (!customer || !*customer) {
        m_opened.reset();
        setEnabled(false);
        m_title->setText(tr("No customer selected"));
        if (!customer)
            emit failed(customer.error());
        return;
    }
    setEnabled(true);
    m_move->setEnabled(!Session(m_db).isReadOnly());
    m_log->setEnabled(!Session(m_db).isReadOnly());
    m_edit->setEnabled(!Session(m_db).isReadOnly());
    m_addContact->setEnabled(!Session(m_db).isReadOnly());
    const Customer& c = **customer;
    m_opened = c;
    m_history->setCustomer(c.id);
    m_health->showCustomer(c.id);
    showProfile(c);
    showBadge(c);
    showContacts();
    showTimeline();
}

void CustomerDetail::showProfile(const Customer& c)
{
    m_name = c.name;
    // Which Acme, when two customers share the name: in the heading and the dialogs' titles.
    auto shared = Customers(m_db, m_clock).nameShared(c.id);
    m_shownName = oneLine(Names::customerApart(c.id, c.name, shared && *shared));
    m_title->setText(m_shownName);
    QString owner;
    if (c.ownerId) {
        if (auto agent = Team(m_db).find(*c.ownerId); agent && *agent)
            owner = oneLine((*agent)->name);
    }
    QStringList lines;
    lines << (c.company.isEmpty() ? QString() : oneLine(c.company)) << oneLine(c.email)
          << tr("Customer since %1").arg(shortDate(c.since))
          << (c.plan.isEmpty() ? QString() : tr("Plan: %1").arg(oneLine(c.plan)))
          << (owner.isEmpty() ? QString() : tr("Owner: %1").arg(owner));
    lines.removeAll(QString());
    m_profile->setText(lines.join(QStringLiteral(" · ")));
}

void CustomerDetail::showBadge(const Customer& c)
{
    m_stage = c.status == CustomerStatus::Churned ? std::nullopt : std::optional<Stage>(c.stage);
    const QColor color = stageColor(c.stage);
    QString badge = c.status == CustomerStatus::Churned
                        ? tr("Churned (was %1)").arg(displayName(c.stage))
                        : displayName(c.stage);
    if (c.stagePinned)
        badge += tr(" · pinned");
    m_badge->setText(badge);
    m_badge->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 4px; "
                                          "padding: 3px 8px; font-weight: bold; }")
                               .arg(color.name(), textOn(color).name()));
    m_badge->setProperty("stage", static_cast<int>(c.stage));
    m_badge->ensurePolished();
    m_badge->updateGeometry(); // the padding of the new style sheet is part of its size
}

void CustomerDetail::showContacts()
{
    m_contacts->clear();
    auto contacts = Customers(m_db, m_clock).contacts(m_customerId);
    for (const Contact& contact : contacts ? *contacts : std::vector<Contact>{}) {
        auto* item = new QTreeWidgetItem({oneLine(contact.name), oneLine(contact.email),
                                          oneLine(contact.role), shortDate(contact.addedAt)});
        item->setToolTip(0, contact.phone.isEmpty()
                                ? oneLine(contact.name)
                                : tr("%1 · %2").arg(oneLine(contact.name), oneLine(contact.phone)));
        m_contacts->addTopLevelItem(item);
    }
}

QString CustomerDetail::explanation() const
{
    auto e = StageEngine(m_db, m_clock).explain(m_customerId);
    if (!e)
        return e.error();
    QString text =
        tr("%1 is in %2 since %3.").arg(m_name, displayName(e->stage), shortDateTime(e->since));
    if (!e->lastReason.isEmpty())
        text += QLatin1Char('\n') + e->lastReason;
    if (e->pinned)
        text += QLatin1Char('\n') + tr("The stage is pinned: rules do not move it.");
    for (const RuleCheck& check : e->next) {
        text += QStringLiteral("\n\n") + tr("To %1 (%2): %3")
                                             .arg(displayName(check.to), check.ruleKey,
                                                  check.met ? tr("holds") : tr("not yet"));
        for (const Clause& clause : check.clauses)
            text += QStringLiteral("\n  ") +
                    (clause.met ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + clause.text;
    }
    return text;
}

template <typename T>
bool CustomerDetail::settle(qint64 customerId, const Result<Written<T>>& written, QString* refused)
{
    if (!written)
        return refuse(written.error(), refused);
    reload();
    emit changed(m_customerId);
    // The move, or the rules that send the customer back and forth and left it where it was.
    for (const QString& sentence : written->sentences())
        emit moved(customerId, sentence, QString());
    return true;
}

bool CustomerDetail::refuse(const Error& sentence, QString* refused)
{
    if (refused)
        *refused = sentence;
    else
        emit failed(sentence);
    return false;
}

bool CustomerDetail::logTouchpoint(const Touchpoint& touchpoint, QString* refused)
{
    const auto written = Customers(m_db, m_clock).logTouchpoint(touchpoint);
    if (written)
        emit saved(
            tr("Touchpoint logged with %1: %2.")
                .arg(Names::customer(touchpoint.customerId, m_name), displayName(touchpoint.kind)));
    return settle(touchpoint.customerId, written, refused);
}

bool CustomerDetail::move(int stage, const QString& reason, std::optional<bool> pin,
                          QString* refused)
{
    if (reason.trimmed().isEmpty()) // core's refusal, before asking who moves it
        return refuse(Customers(m_db, m_clock)
                          .move(m_customerId, static_cast<Stage>(stage), reason, QString(), pin)
                          .error(),
                      refused);
    // The move is recorded with the agent at the keyboard: asked now when not known (a file
    // that is gone is refused first).
    const auto agent = requireCurrentAgent(this, m_db, tr("to record who moved %1").arg(m_name));
    if (!agent)
        return refuse(agent.error(), refused);
    if (!*agent)
        return false;
    return settle(m_customerId,
                  Customers(m_db, m_clock)
                      .move(m_customerId, static_cast<Stage>(stage), reason, (*agent)->name, pin),
                  refused);
}

bool CustomerDetail::saveProfile(const Customer& customer, QString* refused)
{
    const Customer opened = m_opened && m_opened->id == customer.id ? *m_opened : customer;
    auto written = Customers(m_db, m_clock).update(customer, opened);
    if (!written && written.error().is(Error::Kind::Conflict)) {
        m_conflict->setText(written.error());
        m_conflict->show();
        reload(); // the profile as it is now; the next save edits it
        emit changed(m_customerId);
        if (refused) // the dialog says it too, beside the input it keeps; no box besides the pane
            *refused = written.error();
        return false;
    }
    if (written)
        m_conflict->hide();
    return settle(customer.id, written, refused);
}

bool CustomerDetail::addContact(const Contact& contact, QString* refused)
{
    return settle(contact.customerId, Customers(m_db, m_clock).addContact(contact), refused);
}

void CustomerDetail::openEditDialog()
{
    auto customer = Customers(m_db, m_clock).find(m_customerId);
    if (!customer || !*customer)
        return;
    auto agents = Team(m_db).all();
    m_opened = **customer; // the dialog's fields: what its save edits
    CustomerDialog dialog(m_clock, this, agents ? std::move(*agents) : std::vector<Agent>{},
                          **customer);
    dialog.setSave([this](const Customer& c) {
        QString refused;
        saveProfile(c, &refused);
        return refused;
    });
    dialog.exec();
}

void CustomerDetail::openContactDialog()
{
    GuardedDialog dialog(this, tr("the new contact"));
    dialog.setWindowTitle(tr("New contact at %1").arg(m_shownName));
    auto* name = new QLineEdit;
    auto* email = new QLineEdit;
    auto* phone = new QLineEdit;
    auto* role = new QLineEdit;
    auto* problem = new ProblemLabel;
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add contact"));
    dialog.guard()->setSaveButton(buttons->button(QDialogButtonBox::Ok));
    auto contact = [&] {
        Contact c;
        c.customerId = m_customerId;
        c.name = name->text().trimmed();
        c.email = email->text().trimmed();
        c.phone = phone->text().trimmed();
        c.role = role->text().trimmed();
        c.addedAt = m_clock.now();
        return c;
    };
    // Core's rules as the rep types; an empty form is not an error yet.
    auto validate = [&] {
        const Contact c = contact();
        const QString text = Validation::check(c, m_clock.now());
        // Said once the user has left the field it is about, or tried to add (ProblemLabel).
        problem->setProblem(text, c.name.isEmpty() ? name : email);
        buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
    };
    dialog.guard()->setProblem([&] { return Validation::check(contact(), m_clock.now()); });
    for (QLineEdit* line : {name, email})
        connect(line, &QLineEdit::textChanged, &dialog, validate);
    for (QWidget* field : std::initializer_list<QWidget*>{name, email, phone, role})
        problem->watch(field);
    problem->watchSave(buttons->button(QDialogButtonBox::Ok));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        QString refused;
        if (addContact(contact(), &refused))
            dialog.accept();
        else
            problem->refuse(refused); // the input stays as typed
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("&Name"), name);
    form->addRow(tr("&Email"), email);
    form->addRow(tr("&Phone"), phone);
    form->addRow(tr("&Role"), role);
    form->addRow(problem);
    form->addRow(buttons);
    validate();
    dialog.exec();
}

void CustomerDetail::openMoveDialog()
{
    GuardedDialog dialog(this, tr("the move of %1").arg(m_name));
    dialog.setWindowTitle(tr("Move %1").arg(m_shownName));
    // Every stage but the one the customer is in; the next one chosen, or none after the last.
    auto* stage = new QComboBox;
    for (std::size_t i = 0; i < enumCount<Stage>(); ++i) {
        if (m_stage != static_cast<Stage>(i))
            stage->addItem(displayName(static_cast<Stage>(i)), static_cast<int>(i));
    }
    const auto following = m_stage ? static_cast<int>(*m_stage) + 1 : 0;
    stage->setCurrentIndex(stage->findData(following));
    stage->setPlaceholderText(
        tr("Choose a stage")); // after the last stage, nothing is chosen for the rep
    auto* reason = new QLineEdit;
    reason->setPlaceholderText(tr("Why (required), e.g. “Migrated from the old CRM”"));
    // The hint whole: the dialog is as wide as it needs.
    reason->setMinimumWidth(reason->fontMetrics().horizontalAdvance(reason->placeholderText()) +
                            24);
    auto* pin = new QCheckBox(tr("Pin: rules leave the customer here until unpinned"));
    // Pinning is a manager's (issue 17): a rep's move leaves the pin as it is, and the box says
    // why.
    const TeamRights rights = Session(m_db).rights();
    if (!rights.manager) {
        pin->setEnabled(false);
        pin->setToolTip(Session::needsManager(tr("Pinning a customer"), rights));
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Move"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    auto ready = [buttons, stage, reason] {
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(stage->currentIndex() >= 0 && !reason->text().trimmed().isEmpty());
    };
    connect(reason, &QLineEdit::textChanged, &dialog, ready);
    connect(stage, &QComboBox::currentIndexChanged, &dialog, ready);
    dialog.guard()->setSaveButton(buttons->button(QDialogButtonBox::Ok));
    dialog.guard()->setProblem([this] { return tr("A manual move needs a reason."); });
    // Closed only once moved: a refusal, or no answer to "Who are you?", keeps the input.
    auto* problem = new ProblemLabel; // a refusal, in the dialog, the input kept
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        QString refused;
        const std::optional<bool> pinning =
            rights.manager ? std::optional(pin->isChecked()) : std::nullopt;
        if (move(stage->currentData().toInt(), reason->text(), pinning, &refused))
            dialog.accept();
        else if (!refused.isEmpty())
            problem->refuse(refused);
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("Stage"), stage);
    form->addRow(tr("Reason"), reason);
    form->addRow(pin);
    form->addRow(problem);
    form->addRow(buttons);
    dialog.exec();
}

} // namespace fd
