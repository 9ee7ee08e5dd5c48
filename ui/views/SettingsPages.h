// The pages of the Settings dialog (SettingsDialog.h), private to it: each setting's field,
// made from its entry (service/TeamSettings.h: key, value, range), and read back as
// `funneldesk-cli settings set` takes the value.
#pragma once

#include "domain/Agent.h"
#include "service/TeamSettings.h"

#include <QWidget>

#include <map>
#include <vector>

class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace fd::settingspages {

using Fields = std::map<QString, QWidget*>; // key → its field

// The key prefixes of the stage rules and of the playbooks, whose changes the dialog previews.
inline const QString kStageRule = QStringLiteral("stage_rule.");
inline const QString kPlaybook = QStringLiteral("playbook.");

// A field's value as `settings set` takes it: a spin box's number, a plan's steps one a line
// (TeamSettings takes a plan's steps by line when it has more than one line), a playbook's
// line trimmed.
QString valueOf(const QWidget* field);

// The whole-number settings whose keys start with `prefix`, grouped by what comes before their
// last '.', each group under its title; each field takes only its range (a spin box), which
// its hint beside it states. Adds each field to `fields`.
QWidget* numberPage(const std::vector<SettingEntry>& entries, const QString& prefix,
                    const QString& intro, Fields& fields);
// The success plans: one box per stage, a step a line.
QWidget* plansPage(const std::vector<SettingEntry>& entries, Fields& fields);
// The playbooks: one line each; empty switches it off.
QWidget* playbooksPage(const std::vector<SettingEntry>& entries, Fields& fields);

// The agents, and new ones to add on Save.
class AgentsPage : public QWidget {
    Q_OBJECT

public:
    AgentsPage(const std::vector<Agent>& agents, bool server, QWidget* parent = nullptr);

    // Adds a row for a new agent, saved with the dialog; a problem sentence when refused
    // (an empty name, one of digits only, a name or an email already listed, an email that is
    // no address).
    QString addAgent(const QString& name, const QString& email, AgentRole role);
    // The name typed in the form and not added yet, added now (Save does this, so that typed
    // input is never dropped); "" when there is none or it was added, else the problem.
    QString addTyped();
    // Takes the selected new agent off the list (Remove, Delete).
    void removeSelectedNew();
    const std::vector<Agent>& newAgents() const { return m_new; }

signals:
    void changed();
    void problem(const QString& sentence); // empty: none

private:
    void addRow(const Agent& agent, bool isNew);
    void submit();

    std::vector<Agent> m_agents;
    std::vector<Agent> m_new;
    QTableWidget* m_table = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_email = nullptr;
    QComboBox* m_role = nullptr;
    QPushButton* m_remove = nullptr;
};

// Keeps a spin box's value from changing under a wheel that scrolls the page past it: the
// wheel turns it only once it has the focus (clicked or tabbed into). For every spin box of
// the pages.
void guardWheel(QSpinBox* spin);

} // namespace fd::settingspages
