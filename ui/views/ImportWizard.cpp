#include "views/ImportWizard.h"
#include "PaletteFollow.h"
#include "PathText.h"
#include "StageColors.h"
#include "views/FormRows.h"
#include "views/ImportFieldNames.h"
#include "views/StepPage.h"

#include "BackgroundTask.h"
#include "common/Clock.h"
#include "common/OutputFile.h"
#include "csv/CsvImporter.h"
#include "csv/CsvReader.h"
#include "csv/ImportSample.h"
#include "ExportConfirmation.h"
#include "ImportHints.h"
#include "SaveDialogs.h"
#include "service/Session.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

#include "UnsavedChanges.h"

#include <algorithm>
#include <functional>
#include <memory>

namespace fd {

using importwizard::StepPage;
using importwizard::stepPage;

namespace {

constexpr int kPreviewRows = 20;

} // namespace

ImportWizard::ImportWizard(const Location& database, const Clock& clock, QWidget* parent)
    : QWizard(parent), m_database(database), m_clock(clock)
{
    setWindowTitle(tr("Import from CSV"));
    installImportHints(); // core's sentences in the wizard's words, no command-line flag
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    buildFilePage();
    buildPreviewPage();
    buildMappingPage();
    buildCheckPage();
    buildImportPage();
    resize(820, 560);
    m_guard = new InputGuard(this, tr("this import"), nullptr,
                             [this] { return tr("Nothing is imported until you press Import."); });
}

void ImportWizard::reject()
{
    if (m_imported || m_running || m_guard->confirmReject())
        QWizard::reject();
}

ImportMapping::Entity ImportWizard::entity() const
{
    return static_cast<ImportMapping::Entity>(m_entity->currentData().toInt());
}

void ImportWizard::chooseRejectsPath()
{
    const QFileInfo file(m_path->text());
    QString folder = SaveDialogs::writableFolder();
    if (folder.isEmpty()) // no data folder could be made: beside the file, as a last resort
        folder = file.absolutePath();
    m_rejectsPath = QDir(folder).filePath(
        SaveDialogs::unusedName(folder, file.completeBaseName() + QStringLiteral(".rejects.csv")));
}

void ImportWizard::buildFilePage()
{
    auto* p = new StepPage;
    p->setTitle(tr("Which file?"));
    p->setSubTitle(tr("A CSV export from another helpdesk or a spreadsheet, UTF-8."));
    m_path = new QLineEdit;
    auto* browse = new QPushButton(tr("Browse…"));
    m_entity = new QComboBox;
    m_entity->addItem(tr("Tickets"), static_cast<int>(ImportMapping::Entity::Tickets));
    m_entity->addItem(tr("Customers"), static_cast<int>(ImportMapping::Entity::Customers));
    m_entity->addItem(tr("Touchpoints"), static_cast<int>(ImportMapping::Entity::Touchpoints));
    m_fileProblem = new QLabel;
    m_fileProblem->setWordWrap(true);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto* form = new QFormLayout(p);
    addBuddyRow(form, tr("&File"), pathRow, m_path);
    form->addRow(tr("It &holds"), m_entity);
    form->addRow(m_fileProblem);
    p->complete = [this] { return QFileInfo(m_path->text()).isFile(); };
    connect(m_path, &QLineEdit::textChanged, p, [this, p] {
        const QFileInfo file(m_path->text());
        m_fileProblem->setText(
            m_path->text().isEmpty() || file.isFile()
                ? QString()
                : tr("There is no file “%1”.").arg(QDir::toNativeSeparators(m_path->text())));
        p->changed();
    });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import from CSV"), QString(), tr("CSV files (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            m_path->setText(path);
    });
    setPage(FilePage, p);
}

void ImportWizard::setFile(const QString& path, ImportMapping::Entity entity)
{
    m_path->setText(path);
    m_entity->setCurrentIndex(m_entity->findData(static_cast<int>(entity)));
}

void ImportWizard::buildPreviewPage()
{
    auto* p = new StepPage;
    p->setTitle(tr("The first rows"));
    p->setSubTitle(
        tr("As FunnelDesk reads them. If they look wrong, go back and choose another file."));
    m_preview = new QTableWidget;
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    m_previewProblem = new QLabel;
    m_previewProblem->setWordWrap(true);
    followPalette(m_previewProblem,
                  []() -> QString { return QStringLiteral("color: ") + problemColor().name(); });
    auto* layout = new QVBoxLayout(p);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_previewProblem);
    p->enter = [this] { loadPreview(); };
    p->complete = [this] { return !m_header.isEmpty() && m_previewProblem->text().isEmpty(); };
    setPage(PreviewPage, p);
}

void ImportWizard::loadPreview()
{
    m_header.clear();
    m_firstRow.clear();
    m_preview->clear();
    m_previewProblem->clear();
    QFile file(m_path->text());
    if (!file.open(QIODevice::ReadOnly)) {
        m_previewProblem->setText(
            tr("Cannot read “%1”: %2.")
                .arg(QDir::toNativeSeparators(m_path->text()), file.errorString()));
        return;
    }
    // The header where the import will find it (a report saved as CSV may put a title
    // above it), and the first rows after it.
    auto sample = ImportSample::read(file, QFileInfo(file).fileName(), CsvReader::Options());
    if (!sample) {
        m_previewProblem->setText(sample.error());
        return;
    }
    m_header = sample->header;
    m_preview->setColumnCount(static_cast<int>(m_header.size()));
    m_preview->setHorizontalHeaderLabels(m_header);
    int r = 0;
    for (const QStringList& row : sample->rows) {
        if (r == kPreviewRows)
            break;
        if (ImportSample::isFiller(row))
            continue; // skipped by the import too
        if (r == 0)
            m_firstRow = row;
        m_preview->insertRow(r);
        for (qsizetype c = 0; c < row.size() && c < m_header.size(); ++c) {
            QString text = row.at(c);
            if (text.size() > 120)
                text = text.left(117) + QStringLiteral("…");
            m_preview->setItem(r, static_cast<int>(c), new QTableWidgetItem(text));
        }
        ++r;
    }
    if (m_firstRow.isEmpty() && m_previewProblem->text().isEmpty())
        m_previewProblem->setText(tr("The file has a header but no rows: nothing to import."));
    m_preview->resizeColumnsToContents();
    stepPage(this, PreviewPage)->changed();
}

void ImportWizard::buildMappingPage()
{
    auto* p = new StepPage;
    p->setTitle(tr("Which column is which"));
    p->setSubTitle(importMappingHint(ImportMapping::Entity::Tickets));
    m_mapping = new QTableWidget(0, 3);
    m_mapping->setHorizontalHeaderLabels(
        {tr("Field"), tr("Column in the file"), tr("First value")});
    m_mapping->verticalHeader()->hide();
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    auto* problem = new QLabel;
    problem->setObjectName(QStringLiteral("mappingProblem"));
    problem->setWordWrap(true);
    followPalette(problem,
                  []() -> QString { return QStringLiteral("color: ") + problemColor().name(); });
    auto* layout = new QVBoxLayout(p);
    layout->addWidget(m_mapping, 1);
    layout->addWidget(problem);
    p->enter = [this, p] {
        p->setSubTitle(importMappingHint(entity()));
        loadMapping();
    };
    p->complete = [this, problem] {
        auto mapping = ImportMapping::fromHeader(entity(), m_header, overrides());
        Status ok = mapping ? mapping->checkRequired() : Status(failure(mapping.error()));
        problem->setText(ok ? QString() : ok.error());
        return ok.has_value();
    };
    setPage(MappingPage, p);
}

void ImportWizard::loadMapping()
{
    const QStringList fields = ImportMapping::fields(entity());
    auto automatic = ImportMapping::fromHeader(entity(), m_header);
    m_mapping->setRowCount(static_cast<int>(fields.size()));
    for (int r = 0; r < fields.size(); ++r) {
        m_mapping->setItem(r, 0, new QTableWidgetItem(importFieldName(fields.at(r))));
        auto* column = new QComboBox;
        column->addItem(tr("— not imported —"), -1);
        for (int c = 0; c < m_header.size(); ++c)
            column->addItem(m_header.at(c), c);
        const qsizetype chosen = automatic ? automatic->column(fields.at(r)) : -1;
        column->setCurrentIndex(column->findData(static_cast<int>(chosen)));
        m_mapping->setCellWidget(r, 1, column);
        auto showSample = [this, r, column] {
            const int c = column->currentData().toInt();
            m_mapping->setItem(r, 2,
                               new QTableWidgetItem(
                                   c >= 0 && c < m_firstRow.size() ? m_firstRow.at(c) : QString()));
            stepPage(this, MappingPage)->changed();
        };
        connect(column, &QComboBox::currentIndexChanged, this, showSample);
        showSample();
    }
    m_mapping->resizeColumnToContents(0);
    m_mapping->setColumnWidth(1, 240);
    m_guard->adoptNewEditors(); // the automatic mapping is not the rep's input; changes to it are
}

QStringList ImportWizard::overrides() const
{
    QStringList result;
    const QStringList fields = ImportMapping::fields(entity());
    for (int r = 0; r < m_mapping->rowCount() && r < fields.size(); ++r) {
        const auto* column = static_cast<QComboBox*>(m_mapping->cellWidget(r, 1));
        const int c = column ? column->currentData().toInt() : -1;
        result << fields.at(r) + QLatin1Char('=') + (c >= 0 ? m_header.at(c) : QString());
    }
    return result;
}

void ImportWizard::buildCheckPage()
{
    auto* p = new StepPage;
    p->setTitle(tr("What would happen"));
    p->setSubTitle(tr("Every row was checked; nothing has been written yet."));
    m_check = new QLabel;
    m_check->setWordWrap(true);
    m_check->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_check->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_checkProgress = new QProgressBar;
    m_skipInvalid = new QCheckBox;
    // Values no synonym reads ("Offen", "Hoch"): each with a drop-down of what it means.
    m_values = new QTableWidget(0, 4);
    m_values->setObjectName(QStringLiteral("unknownValues"));
    m_values->setHorizontalHeaderLabels(
        {tr("Field"), tr("Value in the file"), tr("Rows"), tr("Read as")});
    m_values->verticalHeader()->hide();
    m_values->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_values->horizontalHeader()->setStretchLastSection(true);
    m_values->hide();
    auto* valuesTitle = new QLabel(
        tr("Values FunnelDesk does not know. Choose what each one means, then check again:"));
    valuesTitle->setWordWrap(true);
    valuesTitle->hide();
    connect(this, &ImportWizard::unknownValuesShown, valuesTitle, &QLabel::setVisible);
    m_checkAgain = new QPushButton(tr("Check again with these values"));
    m_checkAgain->setObjectName(QStringLiteral("checkAgain"));
    m_checkAgain->hide();
    connect(m_checkAgain, &QPushButton::clicked, this, [this] { startRun(true); });
    auto* layout = new QVBoxLayout(p);
    layout->addWidget(m_checkProgress);
    layout->addWidget(m_check, 1);
    layout->addWidget(valuesTitle);
    layout->addWidget(m_values, 1);
    layout->addWidget(m_checkAgain, 0, Qt::AlignRight);
    layout->addWidget(m_skipInvalid);
    p->enter = [this] {
        chooseRejectsPath();
        // The path cut to the page's width (whole in the tooltip): the wizard keeps its size.
        const QString sentence = tr("Import the good rows and write the bad ones to %1");
        const QFontMetrics metrics = m_skipInvalid->fontMetrics();
        const int room = m_skipInvalid->parentWidget()->contentsRect().width() -
                         metrics.horizontalAdvance(sentence.arg(QString())) -
                         4 * metrics.averageCharWidth() -
                         style()->pixelMetric(QStyle::PM_IndicatorWidth);
        m_skipInvalid->setText(sentence.arg(elidedPath(rejectsPath(), metrics, room)));
        m_skipInvalid->setToolTip(QDir::toNativeSeparators(rejectsPath()));
        startRun(true);
    };
    p->complete = [this] { return m_checked && !m_running; };
    // The button that writes the rows says so: the next page imports as it opens (it read
    // "Next >", while the close question spoke of "the last page's Import").
    p->setButtonText(QWizard::NextButton, tr("&Import"));
    connect(m_skipInvalid, &QCheckBox::toggled, p, [p] { p->changed(); });
    setPage(CheckPage, p);
}

void ImportWizard::buildImportPage()
{
    auto* p = new StepPage;
    p->setTitle(tr("Importing"));
    m_progress = new QProgressBar;
    m_cancel = new QPushButton(tr("Cancel the import"));
    m_result = new QLabel;
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setOpenExternalLinks(true);
    m_result->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto* row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(p);
    layout->addLayout(row);
    layout->addWidget(m_result, 1);
    p->enter = [this, p] {
        p->setTitle(tr("Importing"));
        startRun(false);
    };
    // Finish once imported. An import refused or cancelled says what to change on an earlier
    // page ("go back to the page “What would happen” and tick …", "choose what it means …,
    // then check again"): Back goes there, and the check runs again on the way, as the
    // file or the choices may have changed (issue 15, leftover: no Back on this page).
    p->complete = [this] { return !m_running && m_imported; };
    p->leave = [this] {
        m_result->clear();
        startRun(true);
    };
    p->setFinalPage(true);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_task)
            m_task->cancel();
    });
    setPage(ImportPage, p);
}

void ImportWizard::showUnknownValues(const QList<ImportSummary::UnknownValue>& values)
{
    m_values->setRowCount(0);
    for (const auto& value : values) {
        const int r = m_values->rowCount();
        m_values->insertRow(r);
        auto* field = new QTableWidgetItem(importFieldName(value.field));
        field->setData(Qt::UserRole, value.field);
        m_values->setItem(r, 0, field);
        m_values->setItem(r, 1, new QTableWidgetItem(value.text));
        auto* rows = new QTableWidgetItem(QLocale().toString(value.rows));
        rows->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_values->setItem(r, 2, rows);
        auto* readAs = new QComboBox;
        readAs->addItem(value.field == u"category" ? tr("— other —") : tr("— refuse these rows —"),
                        QString());
        for (const QString& name : ImportMapping::valuesOf(entity(), value.field))
            readAs->addItem(importValueName(name), name);
        const QString key = value.field + QLatin1Char(':') + value.text;
        readAs->setCurrentIndex(std::max(readAs->findData(m_chosenValues.value(key)), 0));
        connect(readAs, &QComboBox::currentIndexChanged, this, [this, key, readAs] {
            const QString chosen = readAs->currentData().toString();
            if (chosen.isEmpty())
                m_chosenValues.remove(key);
            else
                m_chosenValues.insert(key, chosen);
        });
        m_values->setCellWidget(r, 3, readAs);
    }
    m_values->setVisible(!values.isEmpty());
    m_checkAgain->setVisible(!values.isEmpty());
    m_guard->adoptNewEditors();
    emit unknownValuesShown(!values.isEmpty());
    if (!values.isEmpty()) {
        m_values->resizeColumnsToContents();
        m_values->setColumnWidth(3, std::max(m_values->columnWidth(3), 200));
    }
}

QStringList ImportWizard::valueMaps() const
{
    QStringList result;
    for (auto it = m_chosenValues.cbegin(); it != m_chosenValues.cend(); ++it)
        result << it.key() + QLatin1Char('=') + it.value();
    return result;
}

QString ImportWizard::checkText() const
{
    return m_check->text();
}

QString ImportWizard::resultText() const
{
    return m_result->text();
}

} // namespace fd
