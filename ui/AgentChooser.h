// "Who are you?": the one path every action that needs the agent at the keyboard takes
// (send a reply, Move…, Log touchpoint…, New ticket's assignee, a canned reply's
// {agent.name}, "Me" above the queue). It lists the file's active agents and offers "Add
// me…", so a file with no agents (one made by the import wizard) is no dead end; the
// answer is remembered per file (CurrentAgent.h).
#pragma once

#include "common/Result.h"
#include "domain/Agent.h"
#include "UnsavedChanges.h"

#include <optional>
#include <vector>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QWidget;

namespace fd {

class Database;

class AgentChooser : public GuardedDialog {
    Q_OBJECT

public:
    enum class Start { Choose, AddMe };

    // `purpose` completes "FunnelDesk needs to know who you are …", e.g. "to sign this reply".
    AgentChooser(Database& db, const QString& purpose, QWidget* parent = nullptr,
                 Start start = Start::Choose);

    // The agent chosen or added (and remembered for the file), once accepted.
    std::optional<Agent> chosen() const { return m_chosen; }
    // Empty when Continue can go on: an agent picked, or core's rules (Validation::check)
    // for the one to add.
    QString problem() const;

    QListWidget* agentList() const { return m_list; }
    QPushButton* addMeButton() const { return m_addMe; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* emailEdit() const { return m_email; }
    QPushButton* continueButton() const { return m_continue; }

    void showAddForm();

private:
    QLabel* createIntro(const QString& purpose);
    void createFields();
    void createConnections(QDialogButtonBox* buttons);
    void validate();
    void fitHeight();
    void finish();
    Agent typed() const;

    Database& m_db;
    std::vector<Agent> m_agents;
    std::optional<Agent> m_chosen;
    bool m_adding = false; // "Add me…": the name and email form instead of the list
    QListWidget* m_list = nullptr;
    QPushButton* m_addMe = nullptr;
    QWidget* m_form = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_email = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_continue = nullptr;
};

// On a server, the signed-in login's agent (Session::rights().agentId); else the agent
// remembered for `db`'s file, when it is still there and active; no question.
std::optional<Agent> currentAgent(Database& db);

// The agent at the keyboard for `db`'s file, for a write that records who made it: the one
// remembered, else asked for now (AgentChooser over `parent`) and remembered. The one shared
// path of every write that needs the agent (Move…, Log touchpoint…, New ticket, a reply).
// - A file that is gone from its path (Database::hasMoved()) is refused first, before
//   anyone is asked who they are, with Database::movedSentence() (Error::Kind::Gone): the
//   write could not be saved (issue 15, hostile tester: "Who are you?" before the refusal).
// - nullopt when the rep cancels: the caller then does nothing and keeps its input.
Result<std::optional<Agent>> requireCurrentAgent(QWidget* parent, Database& db,
                                                 const QString& purpose);

// The same question for something that only reads (the "My open" queue, an {agent.name}
// placeholder filled into the composer): asked even on a file that is gone.
std::optional<Agent> askCurrentAgent(QWidget* parent, Database& db, const QString& purpose);

} // namespace fd
