#include "SettingsDialog.h"
#include "PaletteFollow.h"
#include "StageColors.h"

#include "BackgroundTask.h"
#include "SettingsPages.h"
#include "SettingsPreview.h"
#include "UnsavedChanges.h"

#include "common/Clock.h"
#include "service/Team.h"
#include "stages/StageEngine.h"
#include "success/HealthEngine.h"
#include "success/PlaybookPreview.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace fd {

using settingspages::AgentsPage;
using settingspages::kPlaybook;
using settingspages::kStageRule;

namespace {

// A page beside its preview.
QWidget* withPreview(QWidget* page, SettingsPreview* preview)
{
    auto* split = new QSplitter(Qt::Horizontal);
    split->addWidget(page);
    split->addWidget(preview);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    return split;
}

} // namespace

SettingsDialog::SettingsDialog(Database& db, const Clock& clock, bool server, QWidget* parent)
    : QDialog(parent), m_db(db), m_clock(clock)
{
    setWindowTitle(tr("Settings"));
    auto* layout = new QVBoxLayout(this);
    createFrame(layout);
    auto entries = TeamSettings(db).list();
    auto agents = Team(db).all();
    if (!entries || !agents) {
        m_loadError = !entries ? entries.error() : agents.error();
        layout->addWidget(m_problem);
        layout->addWidget(m_buttons);
        m_problem->setText(m_loadError);
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        return;
    }
    m_loaded = true;
    addPages(*entries, *agents, server);
    m_pageList->setFixedWidth(m_pageList->sizeHintForColumn(0) + 24);
    m_pageList->setCurrentRow(0);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    createKeys();
    watchEdits();
    createPreviewTimers();
    m_stagePreview->showSaved(tr("The saved rules: change a value to see who it would move."));
    m_healthPreview->showSaved(tr("The saved values: change one to see who would change band."));
    // Ctrl+Return saves from any field; a new agent's name typed but not added counts as input.
    m_guard = new InputGuard(this, tr("the settings"), m_buttons->button(QDialogButtonBox::Save),
                             [this] { return problem(); });
    edited();
    resize(980, 680);
}

// The list of pages beside the pages; the problem line and the buttons, made now, go under the
// pages once those are made, so that Tab walks the pages' fields before Save and Cancel.
void SettingsDialog::createFrame(QVBoxLayout* layout)
{
    auto* body = new QHBoxLayout;
    m_pageList = new QListWidget;
    m_pageList->setAccessibleName(tr("Settings pages"));
    m_pageList->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_pages = new QStackedWidget;
    body->addWidget(m_pageList);
    body->addWidget(m_pages, 1);
    layout->addLayout(body, 1);
    m_problem = new QLabel;
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    followPalette(m_problem, []() -> QString {
        return QStringLiteral("QLabel { color: ") + problemColor().name() + QStringLiteral("; }");
    });
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    // Return in a field (a new agent's name, a number) is that field's, never Save's: Save is
    // the button, or Ctrl+Return.
    for (QAbstractButton* button : m_buttons->buttons()) {
        if (auto* push = qobject_cast<QPushButton*>(button)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_pageList, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
}

// The pages, in the list's order, each stage and health page with its preview.
void SettingsDialog::addPages(const std::vector<SettingEntry>& entries,
                              const std::vector<Agent>& agents, bool server)
{
    using namespace settingspages;
    m_stagePreview = new SettingsPreview(tr("What these rules would change"));
    m_healthPreview = new SettingsPreview(tr("What these values would change"));
    addPage(
        tr("Stage rules"),
        withPreview(
            numberPage(entries, kStageRule,
                       tr("The rules that move a customer from stage to stage. The preview counts "
                          "who the values being typed would move; a changed value is in bold."),
                       m_fields),
            m_stagePreview));
    addPage(
        tr("Targets"),
        numberPage(entries, QStringLiteral("stage_target."),
                   tr("Each stage dashboard's On track / Behind / Stuck: on track below "
                      "“Behind from”, stuck past “Stuck after”. Onboarding and post-sales count "
                      "days in the stage, retention and advocacy days since the last touch."),
                   m_fields));
    addPage(tr("At risk"),
            numberPage(entries, QStringLiteral("at_risk."),
                       tr("A retention or advocacy customer is at risk on the dashboards after a "
                          "ticket surge, a low CSAT rating or a silence, as these thresholds say."),
                       m_fields));
    addPage(tr("SLA"),
            numberPage(
                entries, QStringLiteral("sla."),
                tr("The first response and resolution targets of each priority, in hours; a ticket "
                   "past one has breached its SLA."),
                m_fields));
    addPage(
        tr("Health score"),
        withPreview(
            numberPage(
                entries, QStringLiteral("health."),
                tr("Each factor earns a share of its weight; the score is 100 × points earned ÷ "
                   "the weights counted. The preview counts who would change band."),
                m_fields),
            m_healthPreview));
    addPage(tr("Success plans"), plansPage(entries, m_fields));
    m_playbookPreview = new SettingsPreview(tr("Whom these playbooks would give a task"),
                                            {tr("Playbook"), tr("Task for"), tr("Customers")});
    addPage(tr("Playbooks"), withPreview(playbooksPage(entries, m_fields), m_playbookPreview));
    m_agents = new AgentsPage(agents, server);
    addPage(tr("Agents"), m_agents);
}

void SettingsDialog::createKeys()
{
    for (QPushButton* push : findChildren<QPushButton*>()) {
        push->setAutoDefault(false); // Return belongs to the field it is typed in
        push->setDefault(false);
    }
    // The next and the previous page from anywhere, as in tabbed dialogs.
    auto* next = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), this);
    connect(next, &QShortcut::activated, this, [this] {
        m_pageList->setCurrentRow((m_pageList->currentRow() + 1) % m_pageList->count());
    });
    auto* previous = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), this);
    connect(previous, &QShortcut::activated, this, [this] {
        m_pageList->setCurrentRow((m_pageList->currentRow() + m_pageList->count() - 1) %
                                  m_pageList->count());
    });
}

// Every field's value as saved; each change (and the agents page's) checks the input again.
void SettingsDialog::watchEdits()
{
    for (const auto& [key, field] : m_fields) {
        m_original[key] = settingspages::valueOf(field);
        if (auto* spin = qobject_cast<QSpinBox*>(field)) {
            connect(spin, &QSpinBox::valueChanged, this, &SettingsDialog::edited);
            // Its editor's text too: a field emptied (or "0" of 1-8760) changes no value.
            if (auto* editor = spin->findChild<QLineEdit*>())
                connect(editor, &QLineEdit::textChanged, this, &SettingsDialog::edited);
        } else if (auto* text = qobject_cast<QPlainTextEdit*>(field))
            connect(text, &QPlainTextEdit::textChanged, this, &SettingsDialog::edited);
        else if (auto* line = qobject_cast<QLineEdit*>(field))
            connect(line, &QLineEdit::textChanged, this, &SettingsDialog::edited);
    }
    connect(m_agents, &AgentsPage::changed, this, &SettingsDialog::edited);
    connect(m_agents, &AgentsPage::problem, this, [this](const QString& sentence) {
        m_agentProblem = sentence;
        edited();
    });
    for (SettingsPreview* preview : {m_stagePreview, m_healthPreview, m_playbookPreview})
        connect(preview, &SettingsPreview::showCustomers, this, &SettingsDialog::showCustomers);
}

void SettingsDialog::addPage(const QString& title, QWidget* page)
{
    m_pageList->addItem(title);
    m_pages->addWidget(page);
}

void SettingsDialog::showPage(Page page)
{
    m_pageList->setCurrentRow(static_cast<int>(page));
}

SettingsDialog::Page SettingsDialog::currentPage() const
{
    return static_cast<Page>(std::max(0, m_pageList->currentRow()));
}

bool SettingsDialog::setValue(const QString& key, const QString& value)
{
    const auto it = m_fields.find(key);
    if (it == m_fields.end())
        return false;
    if (auto* spin = qobject_cast<QSpinBox*>(it->second))
        spin->setValue(value.toInt());
    else if (auto* text = qobject_cast<QPlainTextEdit*>(it->second))
        text->setPlainText(QString(value).replace(QLatin1Char(';'), QLatin1Char('\n')));
    else if (auto* line = qobject_cast<QLineEdit*>(it->second))
        line->setText(value);
    return true;
}

QString SettingsDialog::value(const QString& key) const
{
    const auto it = m_fields.find(key);
    return it == m_fields.end() ? QString() : settingspages::valueOf(it->second);
}

QStringList SettingsDialog::changesOf(const QStringList& prefixes) const
{
    QStringList out;
    for (const auto& [key, field] : m_fields) {
        const QString now = settingspages::valueOf(field);
        if (now == m_original.at(key))
            continue;
        if (prefixes.isEmpty() || std::any_of(prefixes.begin(), prefixes.end(),
                                              [&](const QString& p) { return key.startsWith(p); }))
            out << key + QLatin1Char('=') + now;
    }
    return out;
}

QStringList SettingsDialog::changes() const
{
    return changesOf({});
}

bool SettingsDialog::isChanged() const
{
    return !changes().isEmpty() || (m_agents && !m_agents->newAgents().empty());
}

QString SettingsDialog::problem() const
{
    if (!m_loaded)
        return m_loadError;
    // Page by page: each group's checks across values involve only its own keys, all on its
    // page, so a page's values checked alone (on the defaults) name the page at fault.
    for (int page = 0; page < m_pages->count(); ++page) {
        QStringList values;
        for (const auto& [key, field] : m_fields) {
            if (!m_pages->widget(page)->isAncestorOf(field))
                continue;
            const QString where = m_pageList->item(page)->text();
            if (const auto* spin = qobject_cast<const QSpinBox*>(field);
                spin && !spin->hasAcceptableInput()) {
                return tr("%1: “%2” needs a whole number from %3 to %4.")
                    .arg(where, spin->accessibleName())
                    .arg(spin->minimum())
                    .arg(spin->maximum());
            }
            const QString assignment = key + QLatin1Char('=') + settingspages::valueOf(field);
            if (!qobject_cast<const QSpinBox*>(field)) { // a plan or a playbook: which one
                if (auto ok = TeamSettings::checked({assignment}); !ok)
                    return tr("%1, %2: %3").arg(where, field->accessibleName(), ok.error());
            }
            values << assignment;
        }
        if (auto ok = TeamSettings::validated(values, {}); !ok)
            return m_pageList->item(page)->text() + QStringLiteral(": ") + ok.error();
    }
    return m_agentProblem.isEmpty() ? QString() : tr("Agents: %1").arg(m_agentProblem);
}

void SettingsDialog::edited()
{
    for (const auto& [key, field] : m_fields) { // what Save would write stands out
        QFont font = field->font();
        font.setBold(settingspages::valueOf(field) != m_original.at(key));
        field->setFont(font);
    }
    const QString now = problem();
    m_problem->setText(now);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(now.isEmpty() && isChanged());
    ++m_stageGeneration; // an answer for older values is not shown
    ++m_healthGeneration;
    ++m_playbookGeneration;
    if (!now.isEmpty()) {
        m_stageTimer->stop();
        m_healthTimer->stop();
        m_playbookTimer->stop();
        m_playbookPreview->showProblem(tr("Correct the values to see the preview."));
        m_stagePreview->showProblem(tr("Correct the values to see the preview."));
        m_healthPreview->showProblem(tr("Correct the values to see the preview."));
        return;
    }
    if (changesOf({kStageRule}).isEmpty()) {
        m_stageTimer->stop();
        m_stagePreview->showSaved(tr("The saved rules: change a value to see who it would move."));
    } else {
        m_stagePreview->showRunning();
        m_stageTimer->start();
    }
    if (changesOf({QStringLiteral("health."), QStringLiteral("stage_target.")}).isEmpty()) {
        m_healthTimer->stop();
        m_healthPreview->showSaved(
            tr("The saved values: change one to see who would change band."));
    } else {
        m_healthPreview->showRunning();
        m_healthTimer->start();
    }
    schedulePlaybookPreview();
}

bool SettingsDialog::save()
{
    if (const QString typed = m_agents ? m_agents->addTyped() : QString(); !typed.isEmpty()) {
        m_problem->setText(tr("Agents: %1").arg(typed)); // typed and not added: never dropped
        return false;
    }
    if (const QString now = problem(); !now.isEmpty()) {
        m_problem->setText(now);
        return false;
    }
    const QStringList changed = changes();
    if (auto ok = TeamSettings(m_db).save(changed, m_agents->newAgents()); !ok) {
        QMessageBox::warning(this, tr("Settings not saved"), ok.error());
        m_problem->setText(ok.error());
        return false;
    }
    auto any = [&changed](const QStringList& prefixes) {
        return std::any_of(changed.begin(), changed.end(), [&](const QString& c) {
            return std::any_of(prefixes.begin(), prefixes.end(),
                               [&](const QString& p) { return c.startsWith(p); });
        });
    };
    emit saved(any({kStageRule}),
               any({QStringLiteral("health."), QStringLiteral("stage_target.")}));
    accept();
    return true;
}

void SettingsDialog::keyPressEvent(QKeyEvent* event)
{
    // Return or Enter that a field did not take (a new agent's name adds the agent first) is
    // not QDialog's "press the default button": QDialogButtonBox makes Save the default when
    // it shows. Saving is the button or Ctrl+Return (InputGuard).
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(event->modifiers() & Qt::ControlModifier)) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void SettingsDialog::reject()
{
    if (m_loaded && (isChanged() || m_guard->hasUnsavedInput())) {
        switch (UnsavedChanges::ask(this, tr("the settings"), problem())) {
        case UnsavedChanges::Answer::Save:
            save(); // closes the dialog once everything landed
            return;
        case UnsavedChanges::Answer::Discard:
            break;
        case UnsavedChanges::Answer::Cancel:
            return;
        }
    }
    QDialog::reject();
}

} // namespace fd
