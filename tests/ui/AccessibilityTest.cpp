// Step 14, accessibility: a screen reader names every control a rep can reach. The window's
// accessible tree (QAccessible::queryAccessibleInterface, then child(i) down) is walked for
// each view, each page of the Settings dialog and the main dialogs; a visible interactive
// control (button, edit, combo, table, list, check box, spin box, tab) without a name fails the
// test, listed with its class and object name. Every command of the menus has a key of its
// own, and no two share one (the Help → Keyboard shortcuts sheet is made of them).
#include "common/Clock.h"
#include "MainWindow.h"

#include "storage/AgentRepository.h"
#include "support/UiTestSupport.h"
#include "views/CannedRepliesDialog.h"
#include "views/ConnectDialog.h"
#include "views/CustomerDialog.h"
#include "views/CustomersView.h"
#include "views/ImportWizard.h"
#include "views/NewTicketDialog.h"
#include "views/SettingsDialog.h"
#include "views/TicketsView.h"
#include "views/WelcomeDialog.h"

#include <catch2/catch.hpp>

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>
#include <QWizard>

#include <functional>
#include <map>
#include <set>

using namespace fd;

namespace {

bool interactive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Table:
    case QAccessible::List:
    case QAccessible::Tree:
    case QAccessible::PageTab:
    case QAccessible::Slider:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
        return true;
    default:
        return false;
    }
}

// What a rep would need to find the control: its class, object name, tool tip, parents.
QString describe(QAccessibleInterface* iface)
{
    QString text = QStringLiteral("role %1").arg(int(iface->role()));
    if (QObject* object = iface->object()) {
        text +=
            QStringLiteral(" %1 '%2'")
                .arg(QString::fromLatin1(object->metaObject()->className()), object->objectName());
        for (QObject* up = object->parent(); up; up = up->parent())
            text += QStringLiteral(" < %1").arg(QString::fromLatin1(up->metaObject()->className()));
    }
    const QString help = iface->text(QAccessible::Description) + iface->text(QAccessible::Value);
    if (!help.isEmpty())
        text += QStringLiteral(" (") + help.left(60) + QLatin1Char(')');
    return text;
}

// The unnamed interactive controls under `iface`, shown ones only; the items of a table, list,
// tree or combo box are the data, not controls, and are not walked.
void walk(QAccessibleInterface* iface, QStringList& unnamed, int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 60)
        return;
    if (iface->state().invisible)
        return;
    const QAccessible::Role role = iface->role();
    if (qEnvironmentVariableIsSet(
            "FUNNELDESK_A11Y_TRACE")) // the whole tree on stderr, to find a control
        qWarning("%*s%d %s '%s' %d", depth, "", int(role),
                 iface->object() ? iface->object()->metaObject()->className() : "-",
                 qPrintable(iface->text(QAccessible::Name)), iface->childCount());
    if (interactive(role) && iface->text(QAccessible::Name).trimmed().isEmpty())
        unnamed += describe(iface);
    if (role == QAccessible::Table || role == QAccessible::List || role == QAccessible::Tree ||
        role == QAccessible::ComboBox || role == QAccessible::MenuBar ||
        role == QAccessible::PopupMenu)
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        walk(iface->child(i), unnamed, depth + 1);
}

void checkNamed(QWidget& widget, const QString& what)
{
    QTest::qWait(30);
    QStringList unnamed;
    walk(QAccessible::queryAccessibleInterface(&widget), unnamed);
    INFO(what.toStdString() << ": " << unnamed.join(QLatin1String("\n  ")).toStdString());
    CHECK(unnamed.isEmpty());
}

// Tab from the dialog's first field goes round every control that takes Tab and comes back,
// trapped nowhere: the controls Tab never reaches, and whether it came back.
void checkTabRound(QDialog& dialog, const QString& what)
{
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    QTest::qWait(20);
    QWidget* first = QApplication::focusWidget();
    REQUIRE(first);
    QStringList order{QString::fromLatin1(first->metaObject()->className())};
    std::set<QWidget*> reached{first};
    QWidget* at = first;
    bool back = false;
    for (int i = 0; i < 200 && !back; ++i) {
        QTest::keyClick(at, Qt::Key_Tab);
        at = QApplication::focusWidget();
        if (!at)
            break;
        back = at == first;
        reached.insert(at);
        order += QString::fromLatin1(at->metaObject()->className()) + QLatin1Char(' ') +
                 at->accessibleName();
    }
    QStringList missed;
    for (QWidget* w : dialog.findChildren<QWidget*>()) {
        if (!w->isVisible() || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus) ||
            w->focusProxy())
            continue;
        if (!reached.count(w))
            missed += QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') +
                      w->objectName() + QLatin1Char(' ') + w->accessibleName();
    }
    INFO("order: " << order.join(QLatin1String(" > ")).toStdString());
    INFO(what.toStdString() << " missed: " << missed.join(QLatin1String("; ")).toStdString());
    CHECK(back);
    CHECK(missed.isEmpty());
}

} // namespace

TEST_CASE("Tab goes round every control of the main dialogs and back, trapped nowhere",
          "[ui][a11y][taborder]")
{
    test::Scratch scratch;
    const QString path = test::demoFile(scratch, QStringLiteral("tabs.sqlite"), 10, 10, 10);
    test::rememberFirstAgent(path);
    auto db = test::openDatabase(path);
    Database& data = *db;
    MainWindow window(std::move(db));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto agents = AgentRepository(data).all();
    REQUIRE(agents);
    {
        CustomerDialog dialog(Clock::system(), &window, *agents);
        checkTabRound(dialog, QStringLiteral("new customer"));
    }
    {
        NewTicketDialog dialog(data, Clock::system(), std::nullopt, agents->front().id, &window);
        checkTabRound(dialog, QStringLiteral("new ticket"));
    }
    {
        ConnectDialog dialog([](const Location&, QString&) { return false; }, &window);
        checkTabRound(dialog, QStringLiteral("connect to server"));
    }
    {
        CannedRepliesDialog dialog(data, &window);
        checkTabRound(dialog, QStringLiteral("canned replies"));
    }
    SettingsDialog* settings = window.openSettings();
    REQUIRE(settings);
    for (SettingsDialog::Page page : {SettingsDialog::Page::StageRules, SettingsDialog::Page::Sla,
                                      SettingsDialog::Page::Agents}) {
        settings->showPage(page);
        checkTabRound(*settings, QStringLiteral("settings page %1").arg(int(page)));
    }
    settings->close();
}

TEST_CASE(
    "Every control of every view, the Settings dialog and the main dialogs has an accessible name",
    "[ui][a11y]")
{
    test::Scratch scratch;
    const QString path = test::demoFile(scratch, QStringLiteral("a11y.sqlite"), 30, 60, 60);
    test::rememberFirstAgent(path);
    auto db = test::openDatabase(path);
    Database& data = *db;
    MainWindow window(std::move(db));
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QAccessible::setActive(true);

    for (MainWindow::View view :
         {MainWindow::View::Overview, MainWindow::View::Onboarding, MainWindow::View::PostSales,
          MainWindow::View::Retention, MainWindow::View::Advocacy, MainWindow::View::Customers,
          MainWindow::View::Tickets, MainWindow::View::Tasks}) {
        window.showView(view);
        QWidget* page = window.viewWidget(view);
        if (auto* list = qobject_cast<CustomersView*>(page))
            list->table()->selectRow(0);
        if (auto* list = qobject_cast<TicketsView*>(page))
            list->table()->selectRow(0);
        checkNamed(window, QStringLiteral("view %1").arg(int(view)));
    }

    SettingsDialog* settings = window.openSettings();
    REQUIRE(settings);
    for (SettingsDialog::Page page :
         {SettingsDialog::Page::StageRules, SettingsDialog::Page::Targets,
          SettingsDialog::Page::Sla, SettingsDialog::Page::Health, SettingsDialog::Page::Plans,
          SettingsDialog::Page::Playbooks, SettingsDialog::Page::Agents}) {
        settings->showPage(page);
        checkNamed(*settings, QStringLiteral("settings page %1").arg(int(page)));
    }
    settings->close();

    auto agents = AgentRepository(data).all();
    REQUIRE(agents);
    {
        CustomerDialog dialog(Clock::system(), &window, *agents);
        dialog.show();
        checkNamed(dialog, QStringLiteral("new customer"));
    }
    {
        NewTicketDialog dialog(data, Clock::system(), std::nullopt, agents->front().id, &window);
        dialog.show();
        checkNamed(dialog, QStringLiteral("new ticket"));
    }
    {
        ConnectDialog dialog([](const Location&, QString&) { return false; }, &window);
        dialog.show();
        checkNamed(dialog, QStringLiteral("connect to server"));
    }
    {
        CannedRepliesDialog dialog(data, &window);
        dialog.show();
        checkNamed(dialog, QStringLiteral("canned replies"));
    }
    {
        ImportWizard wizard(data.location(), Clock::system(), &window);
        wizard.show();
        checkNamed(wizard, QStringLiteral("import wizard"));
    }
    {
        WelcomeDialog dialog(scratch.file(QStringLiteral("new.sqlite")),
                             scratch.file(QStringLiteral("demo.sqlite")), Clock::system());
        dialog.show();
        checkNamed(dialog, QStringLiteral("welcome"));
    }
}

TEST_CASE("Every command of the menus has a key, and no two share one", "[ui][a11y][keys]")
{
    test::Scratch scratch;
    const QString path = test::demoFile(scratch, QStringLiteral("menukeys.sqlite"), 5, 5, 5);
    MainWindow window(test::openDatabase(path));
    window.show();
    std::map<QString, QString> owner; // key → the command that has it
    QStringList missing;
    QStringList shared;
    std::function<void(QMenu*, const QString&)> collect = [&](QMenu* menu, const QString& where) {
        for (QAction* action : menu->actions()) {
            if (action->isSeparator())
                continue;
            const QString name = where + QStringLiteral(" › ") + action->text();
            if (action->menu()) { // Open recent: its entries are files, made when it opens
                collect(action->menu(), name);
                continue;
            }
            if (action->shortcuts().isEmpty())
                missing += name;
            for (const QKeySequence& key : action->shortcuts()) {
                const QString text = key.toString(QKeySequence::PortableText);
                if (owner.count(text))
                    shared +=
                        text + QStringLiteral(": ") + owner[text] + QStringLiteral(", ") + name;
                else
                    owner[text] = name;
            }
        }
    };
    for (QAction* top : window.menuBar()->actions())
        collect(top->menu(), top->text());
    INFO("no key: " << missing.join(QLatin1String("; ")).toStdString());
    CHECK(missing.isEmpty());
    INFO("shared: " << shared.join(QLatin1String("; ")).toStdString());
    CHECK(shared.isEmpty());
    CHECK(owner.size() > 15);
}
