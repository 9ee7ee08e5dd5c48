// MainWindow's remembered layout: the window's geometry, every named splitter, and the
// lists' columns (the header's state, plus the widths the rep dragged, which ColumnFit
// keeps apart from the widths it narrows for a small window).
#include "MainWindow.h"

#include "views/ColumnFit.h"
#include "views/ListTable.h"

#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QTableView>

namespace fd {

void MainWindow::restoreLayout(QWidget* page)
{
    // Splitters and the lists' columns as the rep left them, by object name.
    QSettings settings;
    for (auto* splitter : page->findChildren<QSplitter*>()) {
        if (!splitter->objectName().isEmpty() &&
            splitter->objectName() != QLatin1String("mainSplitter"))
            splitter->restoreState(
                settings.value(QStringLiteral("layout/%1/splitter").arg(splitter->objectName()))
                    .toByteArray());
    }
    for (auto* table : page->findChildren<QTableView*>()) {
        if (table->objectName().isEmpty() || !table->property(kRememberColumns).toBool())
            continue;
        const QString key = QStringLiteral("layout/%1/").arg(table->objectName());
        table->horizontalHeader()->restoreState(
            settings.value(key + QStringLiteral("columns")).toByteArray());
        if (auto* fit = table->findChild<ColumnFit*>(QString(), Qt::FindDirectChildrenOnly)) {
            QList<int> own;
            for (const QVariant& width : settings.value(key + QStringLiteral("ownWidths")).toList())
                own << width.toInt();
            fit->restoreOwnWidths(own);
        }
    }
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    if (auto* splitter = findChild<QSplitter*>(QStringLiteral("mainSplitter")))
        settings.setValue(QStringLiteral("window/splitter"), splitter->saveState());
    for (auto* splitter : findChildren<QSplitter*>()) {
        if (!splitter->objectName().isEmpty() &&
            splitter->objectName() != QLatin1String("mainSplitter"))
            settings.setValue(QStringLiteral("layout/%1/splitter").arg(splitter->objectName()),
                              splitter->saveState());
    }
    for (auto* table : findChildren<QTableView*>()) {
        if (table->objectName().isEmpty() || !table->property(kRememberColumns).toBool())
            continue;
        const QString key = QStringLiteral("layout/%1/").arg(table->objectName());
        settings.setValue(key + QStringLiteral("columns"), table->horizontalHeader()->saveState());
        if (const auto* fit = table->findChild<ColumnFit*>(QString(), Qt::FindDirectChildrenOnly)) {
            QVariantList own;
            for (const int width : fit->ownWidths())
                own << width;
            settings.setValue(key + QStringLiteral("ownWidths"), own);
        }
    }
}

} // namespace fd
