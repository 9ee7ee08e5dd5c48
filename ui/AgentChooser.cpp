#include "AgentChooser.h"
#include "PaletteFollow.h"
#include "StageColors.h"

#include "CurrentAgent.h"
#include "domain/Validation.h"
#include "service/Session.h"
#include "service/Team.h"
#include "views/ChoiceList.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace fd {

AgentChooser::AgentChooser(Database& db, const QString& purpose, QWidget* parent, Start start)
    : GuardedDialog(parent, tr("the new agent")), m_db(db)
{
    setWindowTitle(tr("Who are you?"));
    setObjectName(QStringLiteral("agentChooser"));
    auto agents = Team(db).all();
    for (Agent& a : agents ? *agents : std::vector<Agent>{}) {
        if (a.active)
            m_agents.push_back(std::move(a));
    }
    QLabel* intro = createIntro(purpose);
    createFields();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_continue = buttons->button(QDialogButtonBox::Ok);
    m_continue->setText(tr("Continue"));
    guard()->setSaveButton(m_continue);
    guard()->setProblem([this] { return problem(); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_addMe, 0, Qt::AlignLeft);
    layout->addWidget(m_form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    createConnections(buttons);
    if (m_agents.empty() || start == Start::AddMe) {
        if (!Session(db).isReadOnly())
            showAddForm();
    } else {
        // The one remembered before (now inactive or gone) is not offered. One agent is
        // chosen at once; of several, the rep chooses (signing as the first was one key away).
        if (m_agents.size() == 1)
            m_list->setCurrentRow(0);
        m_list->setFocus();
    }
    validate();
    fitHeight();
}

// Who is asked for, and why (`purpose`), naming the file.
QLabel* AgentChooser::createIntro(const QString& purpose)
{
    const Session session(m_db);
    const QString file =
        session.location().isFile() ? QFileInfo(session.path()).fileName() : session.display();
    auto* intro = new QLabel;
    intro->setWordWrap(true);
    intro->setText(
        m_agents.empty()
            ? tr("FunnelDesk needs to know who you are %1, and “%2” has no agents yet: add "
                 "yourself. Your answer is remembered for this file.")
                  .arg(purpose, file)
            : tr("FunnelDesk needs to know who you are %1. Choose yourself, or add yourself "
                 "as an agent of “%2”. Your answer is remembered for this file.")
                  .arg(purpose, file));
    return intro;
}

// The agents to choose from, "Add me…", the name and email to add, the problem.
void AgentChooser::createFields()
{
    m_list = new ChoiceList;
    for (const Agent& a : m_agents) {
        auto* item = new QListWidgetItem(
            a.email.isEmpty() ? a.name : tr("%1 — %2").arg(a.name, a.email), m_list);
        item->setData(Qt::UserRole, a.id);
    }
    m_list->setVisible(!m_agents.empty());
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 9);
    m_addMe = new QPushButton(tr("&Add me…"));
    m_addMe->setToolTip(tr("Add yourself as an agent of this file, with your name and email"));
    m_addMe->setEnabled(!Session(m_db).isReadOnly());
    m_addMe->setVisible(!m_agents.empty());

    m_form = new QWidget;
    m_name = new QLineEdit;
    m_name->setPlaceholderText(tr("Your name, as customers see it on replies"));
    m_email = new QLineEdit;
    m_email->setPlaceholderText(tr("you@example.com"));
    auto* form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Email"), m_email);
    m_form->setVisible(false);
    m_problem = new QLabel;
    m_problem->setWordWrap(true);
    followPalette(m_problem,
                  []() -> QString { return QStringLiteral("color: ") + problemColor().name(); });
}

void AgentChooser::createConnections(QDialogButtonBox* buttons)
{
    // The rep is the agent selected (ChoiceList), never the one the list makes current as
    // it takes the focus: of several, Enter signed as the first.
    connect(m_list, &QListWidget::itemSelectionChanged, this, &AgentChooser::validate);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (item->isSelected() &&
            m_continue->isEnabled()) // Enter on the one chosen, a double click
            finish();
    });
    connect(m_addMe, &QPushButton::clicked, this, &AgentChooser::showAddForm);
    for (QLineEdit* line : {m_name, m_email})
        connect(line, &QLineEdit::textChanged, this, &AgentChooser::validate);
    connect(buttons, &QDialogButtonBox::accepted, this, &AgentChooser::finish);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void AgentChooser::fitHeight()
{
    // The wrapped sentence and the form need their height at this width, whatever shows.
    layout()->activate();
    const int width = std::max(440, this->width());
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width)
                                                     : layout()->totalSizeHint().height();
    resize(width, std::max(needed, m_agents.empty() || m_adding ? 0 : 300));
}

Agent AgentChooser::typed() const
{
    Agent a;
    a.name = m_name->text().trimmed();
    a.email = m_email->text().trimmed();
    a.role = AgentRole::Rep;
    return a;
}

void AgentChooser::showAddForm()
{
    m_adding = true;
    m_form->setVisible(true);
    m_addMe->setVisible(false);
    m_list->clearSelection();
    m_list->setCurrentRow(-1);
    m_list->setEnabled(false);
    m_name->setFocus();
    validate();
    fitHeight();
}

QString AgentChooser::problem() const
{
    if (Session(m_db).isReadOnly() && m_agents.empty())
        return tr("This file is read-only and has no agents, so no one can be chosen.");
    if (m_adding)
        return Validation::check(typed()); // core's rule, as `add agent` applies it
    if (m_list->selectedItems().isEmpty())
        return tr("Choose yourself in the list, or add yourself.");
    return QString();
}

void AgentChooser::validate()
{
    const QString text = problem();
    // An empty form, or no one picked yet, is not an error yet: it just cannot go on.
    const bool untouched = m_adding ? m_name->text().isEmpty() && m_email->text().isEmpty()
                                    : m_list->selectedItems().isEmpty() && !m_agents.empty();
    m_problem->setText(untouched ? QString() : text);
    m_continue->setEnabled(text.isEmpty());
}

void AgentChooser::finish()
{
    if (!problem().isEmpty())
        return;
    if (m_adding) {
        Agent agent = typed();
        // Team::add: one transaction; duplicates refused with one sentence.
        auto added = Team(m_db).add(agent);
        if (!added) {
            m_problem->setText(added.error()); // the input stays as typed
            return;
        }
        CurrentAgent::added(
            Session(m_db).location().key()); // the window's lists offer the new agent (owners)
        auto stored = Team(m_db).find(*added);
        m_chosen = stored && *stored ? **stored : agent;
        m_chosen->id = *added;
    } else {
        m_chosen =
            m_agents.at(static_cast<std::size_t>(m_list->row(m_list->selectedItems().front())));
    }
    CurrentAgent::remember(Session(m_db).location().key(), m_chosen->id);
    accept();
}

std::optional<Agent> currentAgent(Database& db)
{
    // On a server the signed-in login's agent is "Me", never asked for (issue 17, "Who is
    // working"); a login without an agent (an administrator's) picks as on a file.
    if (const TeamRights rights = Session(db).rights(); rights.team && rights.agentId) {
        auto mine = Team(db).find(*rights.agentId);
        if (mine && *mine && (*mine)->active)
            return **mine;
    }
    const auto id = CurrentAgent::remembered(Session(db).location().key());
    if (!id)
        return std::nullopt;
    auto agent = Team(db).find(*id);
    if (!agent || !*agent || !(*agent)->active)
        return std::nullopt;
    return **agent;
}

Result<std::optional<Agent>> requireCurrentAgent(QWidget* parent, Database& db,
                                                 const QString& purpose)
{
    if (Session(db).hasMoved()) // refused before asking who makes a write that cannot be saved
        return failure(Session(db).movedSentence());
    // "Me" remembered but not readable now (a lost connection, a busy file): the reason, never
    // "Who are you?" over a list of agents that cannot be read either.
    if (const auto id = CurrentAgent::remembered(Session(db).location().key())) {
        if (auto agent = Team(db).find(*id); !agent)
            return failure(agent.error());
    }
    return askCurrentAgent(parent, db, purpose);
}

std::optional<Agent> askCurrentAgent(QWidget* parent, Database& db, const QString& purpose)
{
    if (auto agent = currentAgent(db))
        return agent;
    // Over whatever dialog is asking (Move…, Log touchpoint…), else over the caller.
    QWidget* modal = QApplication::activeModalWidget();
    AgentChooser chooser(db, purpose, modal ? modal : parent);
    if (chooser.exec() != QDialog::Accepted)
        return std::nullopt;
    return chooser.chosen();
}

} // namespace fd
