// For the export tests (ReportsTest, ExportsWordsTest, WordsFixesTest): the save dialog and
// "Open folder" answered by the test, a button found, a menu item triggered by its text,
// and a PDF's text.
#pragma once

#include "ExportConfirmation.h"
#include "SaveDialogs.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QStandardPaths>
#include <QUrl>

namespace fd::test {

// The PDF's text as `pdftotext -layout` reads it (empty when poppler-utils, which
// packaging/dev.sh installs, is missing: the caller says so).
inline QString pdfText(const QString& pdf)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QProcess run;
    run.start(tool, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(run.waitForFinished(30000));
    REQUIRE(run.exitCode() == 0);
    return QString::fromUtf8(run.readAllStandardOutput());
}

// Records what each save dialog suggested and answers `answer` (empty: cancelled); records
// the folders "Open folder" was asked to show, opening none.
struct SaveAnswers {
    QStringList suggested;
    QString answer;
    QList<QUrl> opened;
    SaveAnswers()
    {
        SaveDialogs::setAsker([this](const QString&, const QString& suggestion, const QString&) {
            suggested << suggestion;
            return answer;
        });
        ExportConfirmation::setOpener([this](const QUrl& folder) {
            opened << folder;
            return true;
        });
    }
    ~SaveAnswers()
    {
        SaveDialogs::setAsker({});
        ExportConfirmation::setOpener({});
    }
    SaveAnswers(const SaveAnswers&) = delete;
    SaveAnswers& operator=(const SaveAnswers&) = delete;
};

// The button under `parent` whose text is `text`; fails the test if none.
inline QAbstractButton* buttonNamed(QWidget& parent, const QString& text)
{
    for (auto* b : parent.findChildren<QAbstractButton*>()) {
        if (b->text() == text)
            return b;
    }
    FAIL("no button " << text.toStdString());
    return nullptr;
}

// Triggers the menu item of `window` whose text is `text` ("&Back up…"); fails the test if none.
inline void triggerMenu(QMainWindow& window, const QString& text)
{
    for (QAction* menu : window.menuBar()->actions()) {
        for (QAction* action : menu->menu()->actions()) {
            if (action->text() == text) {
                action->trigger();
                return;
            }
        }
    }
    FAIL("no menu item " << text.toStdString());
}

} // namespace fd::test
