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

namespace {

// The dialog's fields, its problem and its buttons.
struct LogFields {
    QComboBox* kind = nullptr;
    QComboBox* direction = nullptr;
    QDateTimeEdit* at = nullptr;
    QPlainTextEdit* summary = nullptr;
    QSpinBox* score = nullptr;
    ProblemLabel* problem = nullptr;
    QDialogButtonBox* buttons = nullptr;

    QPushButton* logButton() const { return buttons->button(QDialogButtonBox::Ok); }

    // The touchpoint with `customerId` the fields describe.
    Touchpoint touchpoint(qint64 customerId) const
    {
        Touchpoint t;
        t.customerId = customerId;
        t.kind = static_cast<TouchpointKind>(kind->currentData().toInt());
        t.direction = static_cast<Direction>(direction->currentData().toInt());
        t.occurredAt = at->dateTime().toUTC();
        t.summary = summary->toPlainText().trimmed();
        if (score->value() >= 0)
            t.score = score->value();
        return t;
    }
};

// A phone call, inbound, `now` (local time), no summary and no score yet.
LogFields createLogFields(const QDateTime& now)
{
    LogFields f;
    f.kind = new QComboBox;
    for (std::size_t i = 0; i < enumCount<TouchpointKind>(); ++i)
        f.kind->addItem(displayName(static_cast<TouchpointKind>(i)), static_cast<int>(i));
    f.kind->setCurrentIndex(static_cast<int>(TouchpointKind::Phone));
    f.direction = new QComboBox;
    f.direction->addItem(CustomerDetail::tr("Inbound"), static_cast<int>(Direction::Inbound));
    f.direction->addItem(CustomerDetail::tr("Outbound"), static_cast<int>(Direction::Outbound));
    f.at = new QDateTimeEdit(now);
    f.at->setCalendarPopup(true);
    f.at->setDisplayFormat(dateTimeFormat());
    f.summary = new QPlainTextEdit;
    f.summary->setTabChangesFocus(true); // a form field: Tab goes on to the next one
    f.summary->setPlaceholderText(CustomerDetail::tr("What happened"));
    f.summary->setFixedHeight(f.summary->fontMetrics().height() * 4);
    f.score = new QSpinBox;
    f.score->setRange(-1, 10);
    f.score->setSpecialValueText(CustomerDetail::tr("No score"));
    f.score->setValue(-1);
    f.problem = new ProblemLabel;
    f.buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    f.logButton()->setText(CustomerDetail::tr("Log"));
    return f;
}

// Who it is with (`with`, the customer's name as it starts), in the form: the title naming them
// is cut short by the window manager on a narrow dialog ("Log a touchpoint w… hen"), and two
// customers may share a name.
void layOutLogDialog(QDialog& dialog, const LogFields& f, const QString& with)
{
    auto* form = new QFormLayout(&dialog);
    auto* withLabel = new QLabel(QStringLiteral("<b>%1</b>").arg(with.toHtmlEscaped()));
    withLabel->setObjectName(QStringLiteral("touchpointWith"));
    form->addRow(CustomerDetail::tr("With"), withLabel);
    form->addRow(CustomerDetail::tr("Kind"), f.kind);
    form->addRow(CustomerDetail::tr("Direction"), f.direction);
    form->addRow(CustomerDetail::tr("When"), f.at);
    form->addRow(CustomerDetail::tr("Summary"), f.summary);
    form->addRow(CustomerDetail::tr("Survey score"), f.score);
    form->addRow(f.problem);
    form->addRow(f.buttons);
}

} // namespace

void CustomerDetail::openLogDialog()
{
    GuardedDialog dialog(this, tr("the touchpoint with %1").arg(m_name));
    dialog.setWindowTitle(tr("Log a touchpoint with %1").arg(m_shownName));
    const LogFields f = createLogFields(m_clock.now().toLocalTime());
    dialog.guard()->setSaveButton(f.logButton());
    dialog.guard()->setProblem([problem = f.problem] { return problem->problem(); });
    auto validate = [&] {
        // A score belongs to surveys; say so as the rep types, not after.
        const bool survey =
            f.kind->currentData().toInt() == static_cast<int>(TouchpointKind::Survey);
        QString text;
        QWidget* field = f.score;
        if (f.score->value() >= 0 && !survey) {
            text = tr("Only a survey has a score; choose the survey kind or no score.");
        } else {
            text = Validation::check(f.touchpoint(m_customerId), m_clock.now()); // core's rules
            field = f.at; // the time it happened: the spin box keeps the score in range
        }
        // Said once the user has left the field it is about, or tried to log (ProblemLabel).
        f.problem->setProblem(text, field);
        f.logButton()->setEnabled(text.isEmpty());
    };
    for (QWidget* field :
         std::initializer_list<QWidget*>{f.kind, f.direction, f.at, f.summary, f.score})
        f.problem->watch(field);
    f.problem->watchSave(f.logButton());
    connect(f.summary, &QPlainTextEdit::textChanged, &dialog, validate);
    connect(f.kind, &QComboBox::currentIndexChanged, &dialog, validate);
    connect(f.score, &QSpinBox::valueChanged, &dialog, validate);
    connect(f.at, &QDateTimeEdit::dateTimeChanged, &dialog, validate);
    connect(f.buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        // Logged by the agent at the keyboard: asked now when not known (a file that is gone
        // is refused first); no answer keeps the input.
        const auto agent = requireCurrentAgent(&dialog, m_db, tr("to log this touchpoint"));
        if (!agent)
            return f.problem->refuse(agent.error());
        if (!*agent)
            return;
        Touchpoint logged = f.touchpoint(m_customerId);
        logged.agentId = (*agent)->id;
        QString refused;
        if (logTouchpoint(logged, &refused))
            dialog.accept();
        else
            f.problem->refuse(refused); // the input stays as typed
    });
    connect(f.buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layOutLogDialog(dialog, f, Names::customerAtStart(m_customerId, m_name));
    validate();
    dialog.exec();
}

} // namespace fd
