#include "SettingsPages.h"
#include "ClearButton.h"

#include "domain/Enums.h"
#include "domain/Validation.h"
#include "FormRows.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fd::settingspages {

namespace {

// Context for the words of the pages: they are the dialog's.
QString words(const char* text)
{
    return QCoreApplication::translate("fd::SettingsDialog", text);
}

// A group's title: a stage rule's move, a health factor, a stage, a priority.
QString groupTitle(const QString& prefix, const QString& group)
{
    static const std::map<QString, const char*> titles = {
        {QStringLiteral("onboarding.complete"),
         QT_TRANSLATE_NOOP("fd::SettingsDialog", "Onboarding → Post-sales: onboarding complete")},
        {QStringLiteral("postsales.settled"),
         QT_TRANSLATE_NOOP("fd::SettingsDialog", "Post-sales → Retention: settled")},
        {QStringLiteral("retention.advocate"),
         QT_TRANSLATE_NOOP("fd::SettingsDialog", "Retention → Advocacy: an advocate")},
        {QStringLiteral("retention.regress"),
         QT_TRANSLATE_NOOP("fd::SettingsDialog", "Retention → Post-sales: back to support")},
        {QStringLiteral("advocacy.lapse"),
         QT_TRANSLATE_NOOP("fd::SettingsDialog", "Advocacy → Retention: lapsed")},
        {QStringLiteral("recency"),
         QT_TRANSLATE_NOOP("fd::SettingsDialog", "Recency of the last touch")},
        {QStringLiteral("tickets"),
         QT_TRANSLATE_NOOP("fd::SettingsDialog", "Tickets in the window")},
        {QStringLiteral("urgent"),
         QT_TRANSLATE_NOOP("fd::SettingsDialog", "Open high and urgent tickets")},
        {QStringLiteral("csat"), QT_TRANSLATE_NOOP("fd::SettingsDialog", "Mean CSAT")},
        {QStringLiteral("survey"), QT_TRANSLATE_NOOP("fd::SettingsDialog", "Latest survey (NPS)")},
        {QStringLiteral("sla"), QT_TRANSLATE_NOOP("fd::SettingsDialog", "SLA breaches")},
        {QStringLiteral("stage_time"),
         QT_TRANSLATE_NOOP("fd::SettingsDialog", "Time in stage (against the targets)")},
        {QStringLiteral("tasks"), QT_TRANSLATE_NOOP("fd::SettingsDialog", "Overdue tasks")},
        {QStringLiteral("band"),
         QT_TRANSLATE_NOOP("fd::SettingsDialog", "Bands: Healthy, Watch, At risk")},
    };
    static const std::map<QString, const char*> atRisk = {
        {QStringLiteral("surge"), QT_TRANSLATE_NOOP("fd::SettingsDialog", "A ticket surge")},
        {QStringLiteral("csat"), QT_TRANSLATE_NOOP("fd::SettingsDialog", "A low CSAT rating")},
        {QStringLiteral("silent"), QT_TRANSLATE_NOOP("fd::SettingsDialog", "No touch")},
    };
    if (prefix == QLatin1String("at_risk.")) {
        if (const auto it = atRisk.find(group); it != atRisk.end())
            return words(it->second);
    }
    if (prefix == QLatin1String("stage_target.")) {
        if (const auto stage = enumFromString<Stage>(group))
            return displayName(*stage);
    }
    if (prefix == QLatin1String("sla.")) {
        if (const auto priority = enumFromString<Priority>(group))
            return displayName(*priority);
    }
    const auto it = titles.find(group);
    return it != titles.end() ? words(it->second) : group;
}

// A parameter's label: "min_days" → "At least (days)".
QString parameterLabel(const QString& parameter)
{
    static const std::map<QString, const char*> labels = {
        {QStringLiteral("min_days"), QT_TRANSLATE_NOOP("fd::SettingsDialog", "At least (days)")},
        {QStringLiteral("min_touchpoints"),
         QT_TRANSLATE_NOOP("fd::SettingsDialog", "At least (touchpoints)")},
        {QStringLiteral("window_days"), QT_TRANSLATE_NOOP("fd::SettingsDialog", "Window (days)")},
        {QStringLiteral("max_tickets"),
         QT_TRANSLATE_NOOP("fd::SettingsDialog", "At most (tickets)")},
        {QStringLiteral("max_live_touchpoints"),
         QT_TRANSLATE_NOOP("fd::SettingsDialog", "At most (live touchpoints)")},
        {QStringLiteral("min_survey"), QT_TRANSLATE_NOOP("fd::SettingsDialog", "Survey at least")},
        {QStringLiteral("min_csat"), QT_TRANSLATE_NOOP("fd::SettingsDialog", "CSAT at least")},
        {QStringLiteral("detractor_score"),
         QT_TRANSLATE_NOOP("fd::SettingsDialog", "A detractor's survey up to")},
        {QStringLiteral("detractor_window_days"),
         QT_TRANSLATE_NOOP("fd::SettingsDialog", "Detractor window (days)")},
        {QStringLiteral("min_tickets"),
         QT_TRANSLATE_NOOP("fd::SettingsDialog", "At least (tickets)")},
        {QStringLiteral("behind_days"),
         QT_TRANSLATE_NOOP("fd::SettingsDialog", "Behind from (days)")},
        {QStringLiteral("stuck_days"),
         QT_TRANSLATE_NOOP("fd::SettingsDialog", "Stuck after (days)")},
        {QStringLiteral("first_response_hours"),
         QT_TRANSLATE_NOOP("fd::SettingsDialog", "First response (hours)")},
        {QStringLiteral("resolution_hours"),
         QT_TRANSLATE_NOOP("fd::SettingsDialog", "Resolution (hours)")},
        {QStringLiteral("weight"), QT_TRANSLATE_NOOP("fd::SettingsDialog", "Weight (points)")},
        {QStringLiteral("full_days"),
         QT_TRANSLATE_NOOP("fd::SettingsDialog", "All points up to (days)")},
        {QStringLiteral("zero_days"),
         QT_TRANSLATE_NOOP("fd::SettingsDialog", "No points from (days)")},
        {QStringLiteral("full"), QT_TRANSLATE_NOOP("fd::SettingsDialog", "All points up to")},
        {QStringLiteral("zero"), QT_TRANSLATE_NOOP("fd::SettingsDialog", "No points from")},
        {QStringLiteral("promoter_min"),
         QT_TRANSLATE_NOOP("fd::SettingsDialog", "A promoter from")},
        {QStringLiteral("detractor_max"),
         QT_TRANSLATE_NOOP("fd::SettingsDialog", "A detractor up to")},
        {QStringLiteral("healthy_min"), QT_TRANSLATE_NOOP("fd::SettingsDialog", "Healthy from")},
        {QStringLiteral("at_risk_below"), QT_TRANSLATE_NOOP("fd::SettingsDialog", "At risk below")},
        {QStringLiteral("below"), QT_TRANSLATE_NOOP("fd::SettingsDialog", "Rated below")},
        {QStringLiteral("after_days"),
         QT_TRANSLATE_NOOP("fd::SettingsDialog", "For more than (days)")},
    };
    const auto it = labels.find(parameter);
    return it != labels.end() ? words(it->second) : parameter;
}

QLabel* hint(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// Lets a wheel over an unfocused spin box scroll the page instead of changing the value.
class WheelGuard : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Wheel && !static_cast<QWidget*>(watched)->hasFocus()) {
            event->ignore(); // on to the scroll area
            return true;
        }
        return QObject::eventFilter(watched, event);
    }
};

// `content` in a scroll area that grows with the dialog.
QWidget* scrolled(QWidget* content)
{
    auto* area = new QScrollArea;
    area->setFocusPolicy(Qt::NoFocus); // its fields take the focus, not the frame around them
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(content);
    return area;
}

QString stepsPerLine(const QString& value)
{
    QStringList lines;
    for (const QString& step : value.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        lines << step.trimmed();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString valueOf(const QWidget* field)
{
    if (const auto* spin = qobject_cast<const QSpinBox*>(field))
        return QString::number(spin->value());
    if (const auto* text = qobject_cast<const QPlainTextEdit*>(field)) {
        QStringList steps;
        for (const QString& line : text->toPlainText().split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty())
                steps << line.trimmed();
        }
        return steps.join(QLatin1Char('\n')); // a title may hold a ";"
    }
    if (const auto* line = qobject_cast<const QLineEdit*>(field))
        return line->text().trimmed();
    return {};
}

QWidget* numberPage(const std::vector<SettingEntry>& entries, const QString& prefix,
                    const QString& intro, Fields& fields)
{
    auto* content = new QWidget;
    auto* grid = new QGridLayout(content);
    grid->setColumnStretch(2, 1);
    int row = 0;
    auto* introLabel = hint(intro);
    grid->addWidget(introLabel, row++, 0, 1, 3);
    QString group;
    for (const SettingEntry& e : entries) {
        if (!e.key.startsWith(prefix) || !e.isNumber())
            continue;
        const QString key = e.key.mid(prefix.size());
        const QString thisGroup = key.section(QLatin1Char('.'), 0, -2);
        if (thisGroup != group) {
            group = thisGroup;
            auto* title = new QLabel(
                QStringLiteral("<b>%1</b>").arg(groupTitle(prefix, group).toHtmlEscaped()));
            grid->addWidget(title, row++, 0, 1, 3, Qt::AlignBottom);
            grid->setRowMinimumHeight(row - 1, title->sizeHint().height() + 8);
        }
        auto* spin = new QSpinBox;
        guardWheel(spin);
        spin->setRange(e.minimum, e.maximum);
        spin->setValue(e.value.toInt());
        spin->setAccelerated(true);
        spin->setObjectName(e.key);
        const QString label = parameterLabel(key.section(QLatin1Char('.'), -1));
        spin->setAccessibleName(groupTitle(prefix, group) + QStringLiteral(": ") + label);
        spin->setToolTip(words(QT_TRANSLATE_NOOP("fd::SettingsDialog",
                                                 "%1: a whole number from %2 to %3; by default %4"))
                             .arg(e.key)
                             .arg(e.minimum)
                             .arg(e.maximum)
                             .arg(e.defaultValue));
        auto* text = new QLabel(label);
        text->setBuddy(spin);
        grid->addWidget(text, row, 0);
        grid->addWidget(spin, row, 1);
        grid->addWidget(hint(QStringLiteral("%1–%2").arg(e.minimum).arg(e.maximum)), row++, 2);
        fields[e.key] = spin;
    }
    grid->setRowStretch(row, 1);
    return scrolled(content);
}

void guardWheel(QSpinBox* spin)
{
    spin->setFocusPolicy(Qt::StrongFocus);
    spin->installEventFilter(new WheelGuard(spin));
}

QWidget* plansPage(const std::vector<SettingEntry>& entries, Fields& fields)
{
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(hint(words(QT_TRANSLATE_NOOP(
        "fd::SettingsDialog",
        "The tasks each stage's owner gets on a customer's entry, one step a line: "
        "DAYS:KIND:TITLE (due DAYS after the entry), or every DAYS:KIND:TITLE for one "
        "that comes back DAYS after it was done. KIND is the touchpoint it records when done."))));
    for (const SettingEntry& e : entries) {
        if (!e.key.startsWith(QLatin1String("plan.")))
            continue;
        const auto stage = enumFromString<Stage>(e.key.mid(5));
        auto* box = new QPlainTextEdit(stepsPerLine(e.value));
        box->setTabChangesFocus(true);
        box->setObjectName(e.key);
        box->setAccessibleName(stage ? displayName(*stage) : e.key);
        box->setFixedHeight(box->fontMetrics().lineSpacing() * 5 + 12);
        auto* label = new QLabel(
            QStringLiteral("<b>%1</b>").arg((stage ? displayName(*stage) : e.key).toHtmlEscaped()));
        label->setBuddy(box);
        layout->addWidget(label);
        layout->addWidget(box);
        fields[e.key] = box;
    }
    layout->addStretch(1);
    return scrolled(content);
}

QWidget* playbooksPage(const std::vector<SettingEntry>& entries, Fields& fields)
{
    auto* content = new QWidget;
    auto* form = new QFormLayout(content);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(hint(words(QT_TRANSLATE_NOOP(
        "fd::SettingsDialog",
        "A playbook makes a task when something happens, once per event: "
        "WHEN -> DAYS:KIND:TITLE for owner|manager. WHEN is entered STAGE, at_risk, "
        "survey<=N, survey>=N or silent>=DAYS. Empty switches a playbook off."))));
    for (const SettingEntry& e : entries) {
        if (!e.key.startsWith(QLatin1String("playbook.")))
            continue;
        auto* line = new QLineEdit(e.value);
        line->setObjectName(e.key);
        line->setAccessibleName(e.key.mid(9).replace(QLatin1Char('_'), QLatin1Char(' ')));
        line->setPlaceholderText(
            e.defaultValue.isEmpty()
                ? words(QT_TRANSLATE_NOOP("fd::SettingsDialog", "off"))
                : words(QT_TRANSLATE_NOOP("fd::SettingsDialog", "off; by default: %1"))
                      .arg(e.defaultValue));
        enableClearButton(line);
        line->setCursorPosition(0); // a long line shows its event first, not its role
        form->addRow(e.key.mid(9).replace(QLatin1Char('_'), QLatin1Char(' ')), line);
        fields[e.key] = line;
    }
    return scrolled(content);
}

AgentsPage::AgentsPage(const std::vector<Agent>& agents, bool server, QWidget* parent)
    : QWidget(parent), m_agents(agents)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(
        hint(tr("The agents who own customers, are assigned tickets and log touchpoints. A new "
                "agent is added when the settings are saved.")));
    m_table = new QTableWidget(0, 4);
    // Tab leaves the table for the next control, as in every list (Step 14: it went from cell to
    // cell and never out, a keyboard trap); the arrows walk the cells.
    m_table->setTabKeyNavigation(false);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Email"), tr("Role"), tr("Active")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Agents"));
    layout->addWidget(m_table, 1);
    for (const Agent& a : m_agents)
        addRow(a, false);
    m_table->resizeColumnsToContents();

    auto* add = new QHBoxLayout;
    m_name = new QLineEdit;
    m_name->setPlaceholderText(tr("Name"));
    m_name->setAccessibleName(tr("New agent's name"));
    m_email = new QLineEdit;
    m_email->setPlaceholderText(tr("Email (optional)"));
    m_email->setAccessibleName(tr("New agent's email"));
    m_role = new QComboBox;
    m_role->addItem(tr("Rep"), QVariant::fromValue(static_cast<int>(AgentRole::Rep)));
    m_role->addItem(tr("Manager"), QVariant::fromValue(static_cast<int>(AgentRole::Manager)));
    m_role->setAccessibleName(tr("New agent's role"));
    auto* button = new QPushButton(tr("&Add agent"));
    m_remove = new QPushButton(tr("&Remove"));
    m_remove->setToolTip(tr("Take the selected new agent off the list (Delete)"));
    m_remove->setEnabled(false);
    add->addWidget(m_name, 2);
    add->addWidget(m_email, 3);
    add->addWidget(m_role);
    add->addWidget(button);
    add->addWidget(m_remove);
    layout->addLayout(add);
    if (server)
        layout->addWidget(
            hint(tr("An agent added here has no login; funneldesk-cli team add gives one a login "
                    "to this server.")));
    connect(button, &QPushButton::clicked, this, &AgentsPage::submit);
    connect(m_name, &QLineEdit::returnPressed, this, &AgentsPage::submit);
    connect(m_email, &QLineEdit::returnPressed, this, &AgentsPage::submit);
    // A refusal is about what was typed: typing again clears it.
    for (QLineEdit* edit : {m_name, m_email})
        connect(edit, &QLineEdit::textEdited, this, [this] { emit problem(QString()); });
    connect(m_remove, &QPushButton::clicked, this, &AgentsPage::removeSelectedNew);
    auto* del = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &AgentsPage::removeSelectedNew);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_remove->setEnabled(m_table->currentRow() >= static_cast<int>(m_agents.size()));
    });
}

void AgentsPage::submit()
{
    if (m_name->text().trimmed().isEmpty() && m_email->text().trimmed().isEmpty()) {
        emit problem(tr("A new agent needs a name.")); // Add pressed on an empty form
        return;
    }
    if (addTyped().isEmpty())
        m_name->setFocus();
}

QString AgentsPage::addTyped()
{
    if (m_name->text().trimmed().isEmpty() && m_email->text().trimmed().isEmpty())
        return {};
    const QString refused = addAgent(m_name->text(), m_email->text(),
                                     static_cast<AgentRole>(m_role->currentData().toInt()));
    emit problem(refused);
    if (refused.isEmpty()) {
        m_name->clear();
        m_email->clear();
    }
    return refused;
}

void AgentsPage::removeSelectedNew()
{
    const int row = m_table->currentRow();
    const int index = row - static_cast<int>(m_agents.size());
    if (index < 0 || index >= static_cast<int>(m_new.size()))
        return;
    m_new.erase(m_new.begin() + index);
    m_table->removeRow(row);
    emit changed();
}

QString AgentsPage::addAgent(const QString& name, const QString& email, AgentRole role)
{
    const QString simplified = name.simplified();
    if (simplified.isEmpty())
        return tr("A new agent needs a name.");
    if (QRegularExpression(QStringLiteral("^\\d+$")).match(simplified).hasMatch())
        return tr("An agent's name cannot be digits only: “%1” would read as an agent's id.")
            .arg(simplified);
    const QString mail = email.trimmed();
    if (const QString bad = Validation::emailProblem(mail, tr("email")); !bad.isEmpty())
        return bad;
    for (const std::vector<Agent>* list : {&m_agents, &m_new}) {
        for (const Agent& a : *list) {
            if (a.name.simplified().compare(simplified, Qt::CaseInsensitive) == 0)
                return tr("There is an agent named “%1” already.").arg(a.name);
            if (!mail.isEmpty() && a.email.trimmed().compare(mail, Qt::CaseInsensitive) == 0)
                return tr("%1 has the email “%2” already.").arg(a.name, a.email);
        }
    }
    Agent agent;
    agent.name = simplified;
    agent.email = email.trimmed();
    agent.role = role;
    m_new.push_back(agent);
    addRow(agent, true);
    emit changed();
    return {};
}

void AgentsPage::addRow(const Agent& agent, bool isNew)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const QString role = agent.role == AgentRole::Manager ? tr("Manager") : tr("Rep");
    const QString active = isNew ? tr("new, added on Save") : agent.active ? tr("yes") : tr("no");
    const QStringList cells{agent.name, agent.email, role, active};
    for (int column = 0; column < cells.size(); ++column) {
        auto* item = new QTableWidgetItem(cells[column]);
        if (isNew) {
            QFont font = item->font();
            font.setItalic(true);
            item->setFont(font);
        }
        m_table->setItem(row, column, item);
    }
}

} // namespace fd::settingspages
