// Tools → Settings… (issue 18): the team's settings in the window, for a manager. Pages:
// stage rules, the On track / Behind / Stuck targets, SLA targets, the health score's weights
// and bands, success plans, playbooks and agents; every value as `funneldesk-cli settings
// set` takes it (service/TeamSettings.h).
//  - Each number takes only its range as it is typed (a spin box; the range beside it); the
//    checks across values (health's band edges, a stage's targets, a plan's or playbook's
//    form) run on every change, and the first problem, with its page, shows under the pages
//    and keeps Save off.
//  - The stage-rules and health pages preview live, in the background, as values change:
//    how many customers would move (stage, band), from where to where; each row opens its
//    customers in the window's Customers list (showCustomers). Nothing is saved for that.
//  - The playbooks page previews whom each playbook, saved or as edited, would give a task,
//    agent by agent (success/PlaybookPreview.h: the last 30 days' events, silences now).
//  - Save writes every changed value and the agents added, in one transaction
//    (TeamSettings::save), or nothing, with the sentence why. Cancel (Escape) leaves all as it
//    was, asking Save / Discard / Cancel first when something was changed (UnsavedChanges).
//    Return in a field is the field's (a new agent's name adds the agent); Ctrl+Return saves;
//    Ctrl+PgDown and Ctrl+PgUp turn the pages.
// It is not modal: the window stays usable, to look at the customers a preview names.
#pragma once

#include "common/Result.h"
#include "metrics/Report.h"
#include "service/TeamSettings.h"

#include <QDialog>
#include <QPointer>

#include <map>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QStackedWidget;
class QTimer;
class QVBoxLayout;

namespace fd {

class Clock;
class Database;
class InputGuard;
class SettingsPreview;

namespace settingspages {
class AgentsPage;
}

class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    enum class Page { StageRules, Targets, AtRisk, Sla, Health, Plans, Playbooks, Agents };

    // Reads the settings and the agents from `db` (which must outlive the dialog); previews run
    // on their own connection (BackgroundTask). `server`: agents get logins elsewhere.
    // `clock`: the previews' "now"; it must outlive the dialog and its previews.
    SettingsDialog(Database& db, const Clock& clock, bool server, QWidget* parent = nullptr);

    // Whether the settings were read; else loadError() says why.
    bool isLoaded() const { return m_loaded; }
    Error loadError() const { return m_loadError; }

    void showPage(Page page);
    Page currentPage() const;
    // The field of `key` set as if typed (a number, a plan's steps separated by "; " or by
    // lines, a playbook's line). False for an unknown key.
    bool setValue(const QString& key, const QString& value);
    QString value(const QString& key) const;
    // "KEY=VALUE" of each value changed from the saved one.
    QStringList changes() const;
    bool isChanged() const;
    // The first problem of the values as they stand, "" when none.
    QString problem() const;
    settingspages::AgentsPage* agentsPage() const { return m_agents; }
    SettingsPreview* stagePreview() const { return m_stagePreview; }
    SettingsPreview* healthPreview() const { return m_healthPreview; }
    SettingsPreview* playbookPreview() const { return m_playbookPreview; }
    // Whether no preview is waiting or counting.
    bool previewsSettled() const;

    // Save's work: true when everything landed (the dialog closes).
    bool save();
    void reject() override;

protected:
    void keyPressEvent(QKeyEvent* event) override;

signals:
    // Everything landed; the window reads its views again, recomputes the stages when a rule
    // changed and the health scores when a health value or a target did, so that what the
    // preview said happens now.
    void saved(bool stageRulesChanged, bool healthChanged);
    void showCustomers(const fd::DrillDown& list, const QString& what);

private:
    // The constructor's parts, in the order it calls them.
    void createFrame(QVBoxLayout* layout);
    void addPages(const std::vector<SettingEntry>& entries, const std::vector<Agent>& agents,
                  bool server);
    void createKeys();
    void watchEdits();
    void createPreviewTimers();
    void addPage(const QString& title, QWidget* page);
    void edited();
    void runStagePreview();
    void runHealthPreview();
    // The Playbooks page's preview: the changed playbooks, or every saved one while none is;
    // counted once the page is shown, and again after each change.
    void schedulePlaybookPreview();
    void runPlaybookPreview();
    // The changes whose key starts with one of `prefixes`.
    QStringList changesOf(const QStringList& prefixes) const;

    Database& m_db;
    const Clock& m_clock;
    bool m_loaded = false;
    Error m_loadError;
    std::map<QString, QWidget*> m_fields;
    std::map<QString, QString> m_original; // key → value as read
    QListWidget* m_pageList = nullptr;
    QStackedWidget* m_pages = nullptr;
    settingspages::AgentsPage* m_agents = nullptr;
    SettingsPreview* m_stagePreview = nullptr;
    SettingsPreview* m_healthPreview = nullptr;
    SettingsPreview* m_playbookPreview = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QTimer* m_stageTimer = nullptr;
    QTimer* m_healthTimer = nullptr;
    QTimer* m_playbookTimer = nullptr;
    int m_stageGeneration = 0;
    int m_healthGeneration = 0;
    int m_playbookGeneration = 0;
    int m_playbookCounted = -1; // the generation the playbook preview last started for
    QString m_agentProblem;
    InputGuard* m_guard = nullptr;
};

} // namespace fd
