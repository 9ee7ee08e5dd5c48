// The customer pane's Log touchpoint… dialog (CustomerDetail::openLogDialog), apart from the
// pane's layout and its other dialogs.
#include "views/CustomerDetail.h"

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

void CustomerDetail::openLogDialog()
{
    GuardedDialog dialog(this, tr("the touchpoint with %1").arg(m_name));
    dialog.setWindowTitle(tr("Log a touchpoint with %1").arg(m_shownName));
    auto* kind = new QComboBox;
    for (std::size_t i = 0; i < enumCount<TouchpointKind>(); ++i)
        kind->addItem(displayName(static_cast<TouchpointKind>(i)), static_cast<int>(i));
    kind->setCurrentIndex(static_cast<int>(TouchpointKind::Phone));
    auto* direction = new QComboBox;
    direction->addItem(tr("Inbound"), static_cast<int>(Direction::Inbound));
    direction->addItem(tr("Outbound"), static_cast<int>(Direction::Outbound));
    auto* at = new QDateTimeEdit(m_clock.now().toLocalTime());
    at->setCalendarPopup(true);
    at->setDisplayFormat(dateTimeFormat());
    auto* summary = new QPlainTextEdit;
    summary->setTabChangesFocus(true); // a form field: Tab goes on to the next one
    summary->setPlaceholderText(tr("What happened"));
    summary->setFixedHeight(summary->fontMetrics().height() * 4);
    auto* score = new QSpinBox;
    score->setRange(-1, 10);
    score->setSpecialValueText(tr("No score"));
    score->setValue(-1);
    auto* problem = new ProblemLabel;
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Log"));
    dialog.guard()->setSaveButton(buttons->button(QDialogButtonBox::Ok));
    dialog.guard()->setProblem([problem] { return problem->problem(); });
    auto touchpoint = [&] {
        Touchpoint t;
        t.customerId = m_customerId;
        t.kind = static_cast<TouchpointKind>(kind->currentData().toInt());
        t.direction = static_cast<Direction>(direction->currentData().toInt());
        t.occurredAt = at->dateTime().toUTC();
        t.summary = summary->toPlainText().trimmed();
        if (score->value() >= 0)
            t.score = score->value();
        return t;
    };
    auto validate = [&] {
        // A score belongs to surveys; say so as the rep types, not after.
        const bool survey = kind->currentData().toInt() == static_cast<int>(TouchpointKind::Survey);
        QString text;
        QWidget* field = score;
        if (score->value() >= 0 && !survey) {
            text = tr("Only a survey has a score; choose the survey kind or no score.");
        } else {
            text = Validation::check(touchpoint(), m_clock.now()); // core's rules
            field = at; // the time it happened: the spin box keeps the score in range
        }
        // Said once the user has left the field it is about, or tried to log (ProblemLabel).
        problem->setProblem(text, field);
        buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
    };
    for (QWidget* field : std::initializer_list<QWidget*>{kind, direction, at, summary, score})
        problem->watch(field);
    problem->watchSave(buttons->button(QDialogButtonBox::Ok));
    connect(summary, &QPlainTextEdit::textChanged, &dialog, validate);
    connect(kind, &QComboBox::currentIndexChanged, &dialog, validate);
    connect(score, &QSpinBox::valueChanged, &dialog, validate);
    connect(at, &QDateTimeEdit::dateTimeChanged, &dialog, validate);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        // Logged by the agent at the keyboard: asked now when not known (a file that is gone
        // is refused first); no answer keeps the input.
        const auto agent = requireCurrentAgent(&dialog, m_db, tr("to log this touchpoint"));
        if (!agent)
            return problem->refuse(agent.error());
        if (!*agent)
            return;
        Touchpoint logged = touchpoint();
        logged.agentId = (*agent)->id;
        QString refused;
        if (logTouchpoint(logged, &refused))
            dialog.accept();
        else
            problem->refuse(refused); // the input stays as typed
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* form = new QFormLayout(&dialog);
    // Who it is with, in the form: the title naming them is cut short by the window manager
    // on a narrow dialog ("Log a touchpoint w… hen"), and two customers may share a name.
    auto* with = new QLabel(QStringLiteral("<b>%1</b>")
                                .arg(Names::customerAtStart(m_customerId, m_name).toHtmlEscaped()));
    with->setObjectName(QStringLiteral("touchpointWith"));
    form->addRow(tr("With"), with);
    form->addRow(tr("Kind"), kind);
    form->addRow(tr("Direction"), direction);
    form->addRow(tr("When"), at);
    form->addRow(tr("Summary"), summary);
    form->addRow(tr("Survey score"), score);
    form->addRow(problem);
    form->addRow(buttons);
    validate();
    dialog.exec();
}

} // namespace fd
