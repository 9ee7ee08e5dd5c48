// MainWindow's exports: a whole table through the Export dialog, and the list on screen, each
// written in the background to a temporary file and renamed over the target (OutputFile).
#include "DateFieldTab.h"
#include "EmptyFileHint.h"
#include "MainWindow.h"
#include "MoveNotice.h"

#include "ExportConfirmation.h"
#include "SaveDialogs.h"
#include "ShortcutSheet.h"
#include "StatusRoom.h"
#include "WindowFit.h"

#include "models/Formatting.h"
#include "views/FormRows.h"

#include "AgentChooser.h"
#include "BackgroundTask.h"
#include "common/Clock.h"
#include "common/OutputFile.h"
#include "ConnectionLost.h"
#include "csv/ListExporter.h"
#include "CurrentAgent.h"
#include "DataChanges.h"
#include "domain/Customer.h"
#include "domain/Ticket.h"
#include "FileGone.h"
#include "metrics/DashboardMetrics.h"
#include "models/CustomerTableModel.h"
#include "models/TicketTableModel.h"
#include "RefreshViews.h"
#include "service/Customers.h"
#include "service/Maintenance.h"
#include "service/Session.h"
#include "service/Team.h"
#include "service/Tickets.h"
#include "stages/StageEngine.h"
#include "views/CannedRepliesDialog.h"
#include "views/CustomerDetail.h"
#include "views/CustomerDialog.h"
#include "views/CustomersView.h"
#include "views/DashboardView.h"
#include "views/ImportWizard.h"
#include "views/NewTicketDialog.h"
#include "views/TicketDetail.h"
#include "views/TicketsView.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace fd {

BackgroundTask* MainWindow::exportData(CsvExporter::Entity entity,
                                       const CsvExporter::Options& options, const QString& target)
{
    return runInBackground(
        tr("Exporting to %1").arg(QFileInfo(target).fileName()),
        [entity, options = CsvExporter::Options(options),
         target](Database& db, const std::function<void(qint64, qint64)>& report,
                 const std::atomic_bool& cancelled) mutable -> Result<QString> {
            // Written under a temporary name and renamed when complete; never over the database.
            auto file = OutputFile::open(target, {OutputFile::openDatabase(Session(db).path())});
            if (!file)
                return failure(file.error());
            options.cancel = &cancelled;
            options.progress = [&report](qint64 rows) { report(rows, 0); };
            auto rows = CsvExporter::write(db, entity, (*file)->device(), options);
            if (!rows && !(*file)->failed())
                return failure(rows.error());
            if (auto committed = (*file)->commit(); !committed)
                return failure(committed.error());
            return tr("Exported %Ln row(s) to %1", nullptr, static_cast<int>(*rows))
                .arg(QDir::toNativeSeparators(target));
        },
        [this, target](bool ok) {
            if (ok)
                ExportConfirmation::show(this, tr("The export is complete."), target);
        });
}

void MainWindow::openExportDialog()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Export to CSV"));
    auto* what = new QComboBox;
    what->addItem(tr("Customers"), static_cast<int>(CsvExporter::Entity::Customers));
    what->addItem(tr("Tickets"), static_cast<int>(CsvExporter::Entity::Tickets));
    what->addItem(tr("Touchpoints"), static_cast<int>(CsvExporter::Entity::Touchpoints));
    auto* stage = new QComboBox;
    stage->addItem(tr("All stages"));
    for (std::size_t i = 0; i < enumCount<Stage>(); ++i)
        stage->addItem(displayName(static_cast<Stage>(i)), static_cast<int>(i));
    auto* limitDates = new QCheckBox(tr("Only from"));
    const QDate today = m_clock.now().toLocalTime().date();
    auto* from = new QDateEdit(today.addMonths(-3));
    auto* to = new QDateEdit(today);
    for (QDateEdit* edit : {from, to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(dateFormat());
        edit->setEnabled(false);
        connect(limitDates, &QCheckBox::toggled, edit, &QWidget::setEnabled);
    }
    auto* excel = new QCheckBox(tr("Excel compatible (byte order mark)"));
    excel->setChecked(true);
    auto* dates = new QHBoxLayout;
    dates->addWidget(limitDates);
    dates->addWidget(from);
    dates->addWidget(new QLabel(tr("to")));
    dates->addWidget(to);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("&What"), what);
    form->addRow(tr("&Stage"), stage);
    addBuddyRow(form, tr("&Dates"), dates, limitDates);
    form->addRow(excel);
    form->addRow(new QLabel(tr("Dates: customers by first sale, tickets by creation, touchpoints "
                               "by when they happened.")));
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto entity = static_cast<CsvExporter::Entity>(what->currentData().toInt());
    const QString target = SaveDialogs::askSavePath(
        this, SaveDialogs::Kind::Csv, tr("Export to"),
        what->currentText().toLower() + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
    if (target.isEmpty())
        return;
    CsvExporter::Options options;
    if (stage->currentData().isValid())
        options.filter.stage = static_cast<Stage>(stage->currentData().toInt());
    if (limitDates->isChecked()) {
        options.filter.from = from->date().startOfDay().toUTC();
        options.filter.to = to->date().addDays(1).startOfDay().toUTC();
    }
    options.bom = excel->isChecked();
    exportData(entity, options, target);
}

BackgroundTask* MainWindow::exportCurrentList(const QString& target, bool bom)
{
    QWidget* page = m_pages->currentWidget();
    std::optional<CustomerListQuery> customers;
    std::optional<TicketListQuery> tickets;
    if (auto* list = qobject_cast<CustomersView*>(page))
        customers = list->model()->query();
    else if (auto* queue = qobject_cast<TicketsView*>(page))
        tickets = queue->model()->query();
    if (!customers && !tickets) {
        showError(tr("Open the customers, a stage or the tickets to export the list you see."));
        return nullptr;
    }
    return runInBackground(
        tr("Exporting to %1").arg(QFileInfo(target).fileName()),
        [customers, tickets, target, bom](Database& db, const std::function<void(qint64, qint64)>&,
                                          const std::atomic_bool& cancelled) -> Result<QString> {
            auto file = OutputFile::open(target, {OutputFile::openDatabase(Session(db).path())});
            if (!file)
                return failure(file.error());
            QIODevice& device = (*file)->device();
            auto rows = customers ? ListExporter::customers(db, *customers, device, bom, &cancelled)
                                  : ListExporter::tickets(db, *tickets, device, bom, &cancelled);
            if (!rows && !(*file)->failed())
                return failure(rows.error());
            if (auto committed = (*file)->commit(); !committed)
                return failure(committed.error());
            return tr("Exported %Ln row(s) to %1", nullptr, static_cast<int>(*rows))
                .arg(QDir::toNativeSeparators(target));
        },
        [this, target](bool ok) {
            if (ok)
                ExportConfirmation::show(this, tr("The export is complete."), target);
        });
}

} // namespace fd
