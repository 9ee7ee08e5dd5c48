// File → Connect to server… and what opening a server asks of the rep (issue 16, "Connecting"):
// the dialog's fields make the Location --db would give, it remembers them (never a password)
// and keeps them with the reason when the server refuses; a wrong password is asked again and
// Cancel stops quietly; funneldesk --help names both kinds of database; a lost connection is
// said instead of lists that read empty. [postgres]: through tests/pg/with-cluster.sh.
#include "MainWindow.h"
#include "OpenDatabase.h"
#include "views/ConnectDialog.h"

#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/postgres/PgSchema.h"
#include "support/PgTestSchema.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace fd;

namespace {

template <typename T> T* field(QWidget& dialog, const char* name)
{
    auto* found = dialog.findChild<T*>(QLatin1String(name));
    REQUIRE(found);
    return found;
}

QString env(const char* name)
{
    const QString value = qEnvironmentVariable(name);
    INFO(name << " is not set: run this test through tests/pg/with-cluster.sh");
    REQUIRE_FALSE(value.isEmpty());
    return value;
}

// Answers each password dialog as it shows with the next of `answers` (nullopt: Cancel),
// keeping what each one said; stops answering when they run out.
class PasswordAnswers {
public:
    explicit PasswordAnswers(std::vector<std::optional<QString>> answers)
        : m_answers(std::move(answers))
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            auto* prompt = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
            if (!prompt || prompt->objectName() != QLatin1String("passwordPrompt") ||
                prompt->property("answered").toBool())
                return;
            prompt->setProperty("answered", true);
            if (static_cast<std::size_t>(m_asked.size()) >= m_answers.size()) {
                prompt->reject();
                return;
            }
            m_asked.append(prompt->labelText());
            const std::optional<QString>& answer =
                m_answers[static_cast<std::size_t>(m_asked.size() - 1)];
            if (!answer) {
                prompt->reject();
                return;
            }
            prompt->setTextValue(*answer);
            prompt->accept();
        });
        m_timer.start();
    }
    const QStringList& asked() const { return m_asked; }

private:
    std::vector<std::optional<QString>> m_answers;
    QStringList m_asked;
    QTimer m_timer;
};

} // namespace

TEST_CASE("Connect to server: the fields make the server's Location, and a refusal keeps them with "
          "its reason",
          "[ui][connect]")
{
    std::optional<Location> tried;
    QString answer = QStringLiteral(
        "The PostgreSQL server at db.example.com:6432 has no database “fd”; check its "
        "name, or create it first (createdb).");
    ConnectDialog dialog([&](const Location& where, QString& problem) {
        tried = where;
        problem = answer;
        return false;
    });
    dialog.show();
    // The defaults: localhost, PostgreSQL's port, this computer's login name.
    CHECK(field<QLineEdit>(dialog, "host")->text() == QStringLiteral("localhost"));
    CHECK(field<QLineEdit>(dialog, "port")->text() == QStringLiteral("5432"));
    CHECK(field<QLineEdit>(dialog, "user")->text() == ConnectDialog::loginName());
    CHECK_FALSE(ConnectDialog::loginName().isEmpty());
    CHECK_FALSE(field<QLineEdit>(dialog, "more")->isVisible()); // More… opens it

    // No database named: said in the dialog, nothing tried.
    dialog.accept();
    CHECK_FALSE(tried);
    CHECK(field<QLabel>(dialog, "connectProblem")
              ->text()
              .contains(QStringLiteral("Fill in Database:")));
    // Typing in a field takes the sentence about the values tried away.
    QTest::keyClicks(field<QLineEdit>(dialog, "database"), QStringLiteral("f"));
    CHECK(field<QLabel>(dialog, "connectProblem")->text().isEmpty());
    field<QLineEdit>(dialog, "database")->clear();

    field<QLineEdit>(dialog, "host")->setText(QStringLiteral("db.example.com"));
    field<QLineEdit>(dialog, "port")->setText(QStringLiteral("6432"));
    field<QLineEdit>(dialog, "database")->setText(QStringLiteral("fd"));
    field<QLineEdit>(dialog, "user")->setText(QStringLiteral("anna"));
    field<QToolButton>(dialog, "moreButton")->click();
    CHECK(field<QLineEdit>(dialog, "more")->isVisible());
    field<QLineEdit>(dialog, "more")->setText(QStringLiteral("sslmode=require"));
    field<QPushButton>(dialog, "connectButton")->click();
    REQUIRE(tried);
    CHECK(*tried == *Location::parse(QStringLiteral(
                        "postgresql://anna@db.example.com:6432/fd?sslmode=require")));
    // Refused: the dialog stays, with every value, and says why in the server's one sentence.
    CHECK(dialog.isVisible());
    CHECK(field<QLabel>(dialog, "connectProblem")->text() == answer);
    CHECK(field<QLineEdit>(dialog, "host")->text() == QStringLiteral("db.example.com"));
    CHECK(field<QLineEdit>(dialog, "database")->text() == QStringLiteral("fd"));
    test::screenshot(dialog, QStringLiteral("connect-dialog-refused"));

    // Cancel in the password dialog: no sentence, the dialog as it was.
    answer.clear();
    field<QPushButton>(dialog, "connectButton")->click();
    CHECK(dialog.isVisible());
    CHECK(field<QLabel>(dialog, "connectProblem")->text().isEmpty());

    // Opened: the dialog closes.
    bool accepted = false;
    ConnectDialog opens([&](const Location&, QString&) { return true; });
    QObject::connect(&opens, &QDialog::accepted, [&accepted] { accepted = true; });
    opens.show();
    field<QPushButton>(opens, "connectButton")->click();
    CHECK(accepted);
}

TEST_CASE("Connect to server remembers the values last given, never a password, and More options "
          "stay open",
          "[ui][connect]")
{
    {
        ConnectDialog dialog([](const Location&, QString& problem) {
            problem = QStringLiteral("No.");
            return false;
        });
        field<QLineEdit>(dialog, "host")->setText(QStringLiteral("db.example.com"));
        field<QLineEdit>(dialog, "port")->setText(QStringLiteral("6432"));
        field<QLineEdit>(dialog, "database")->setText(QStringLiteral("funneldesk"));
        field<QLineEdit>(dialog, "user")->setText(QStringLiteral("anna"));
        field<QLineEdit>(dialog, "more")->setText(QStringLiteral("sslmode=verify-full"));
        dialog.accept();
        // A password in More options is refused, and so never remembered.
        field<QLineEdit>(dialog, "more")->setText(QStringLiteral("password=Secret-42"));
        dialog.accept();
        CHECK(field<QLabel>(dialog, "connectProblem")
                  ->text()
                  .startsWith(QStringLiteral("Leave the password out")));
    }
    ConnectDialog again([](const Location&, QString&) { return false; });
    again.show();
    CHECK(field<QLineEdit>(again, "host")->text() == QStringLiteral("db.example.com"));
    CHECK(field<QLineEdit>(again, "port")->text() == QStringLiteral("6432"));
    CHECK(field<QLineEdit>(again, "database")->text() == QStringLiteral("funneldesk"));
    CHECK(field<QLineEdit>(again, "user")->text() == QStringLiteral("anna"));
    CHECK(field<QLineEdit>(again, "more")->text() == QStringLiteral("sslmode=verify-full"));
    CHECK(field<QLineEdit>(again, "more")->isVisible()); // remembered options are not hidden away
    QSettings settings;
    for (const QString& key : settings.allKeys())
        CHECK_FALSE(settings.value(key).toString().contains(QStringLiteral("Secret-42")));

    // Tab goes down the fields in the order they are read, then to More options and Connect.
    QWidget* expected[] = {
        field<QLineEdit>(again, "host"),         field<QLineEdit>(again, "port"),
        field<QLineEdit>(again, "database"),     field<QLineEdit>(again, "user"),
        field<QToolButton>(again, "moreButton"), field<QLineEdit>(again, "more")};
    for (std::size_t i = 0; i + 1 < std::size(expected); ++i) {
        QWidget* next = expected[i]->nextInFocusChain();
        while (next && (!(next->focusPolicy() & Qt::TabFocus) || expected[i]->isAncestorOf(next)))
            next = next->nextInFocusChain();
        if (next && expected[i + 1]->isAncestorOf(next))
            next = expected[i + 1]; // the spin box's own line edit
        INFO("after field " << i);
        CHECK(next == expected[i + 1]);
    }
    test::screenshot(again, QStringLiteral("connect-dialog-remembered"));
}

TEST_CASE("Connect to server: a port in Host, a port left empty or out of range, a word libpq does "
          "not know",
          "[ui][connect]")
{
    std::optional<Location> tried;
    ConnectDialog dialog([&](const Location& where, QString&) {
        tried = where;
        return false;
    });
    dialog.show();
    auto* host = field<QLineEdit>(dialog, "host");
    auto* port = field<QLineEdit>(dialog, "port");
    auto* more = field<QLineEdit>(dialog, "more");
    auto* problem = field<QLabel>(dialog, "connectProblem");
    field<QLineEdit>(dialog, "database")->setText(QStringLiteral("fd"));
    field<QLineEdit>(dialog, "user")->setText(QStringLiteral("anna"));

    // "host:port" as a mail gives it: the port goes to Port, where the rep sees it.
    host->setText(QStringLiteral("db.example.com:6432"));
    dialog.accept();
    REQUIRE(tried);
    CHECK(*tried == *Location::parse(QStringLiteral("postgresql://anna@db.example.com:6432/fd")));
    CHECK(host->text() == QStringLiteral("db.example.com"));
    CHECK(port->text() == QStringLiteral("6432"));

    // Anything else after a colon: one sentence about Host, nothing tried.
    tried.reset();
    host->setText(QStringLiteral("db.example.com:notaport"));
    dialog.accept();
    CHECK_FALSE(tried);
    CHECK(problem->text() ==
          QStringLiteral("Host “db.example.com:notaport” has a colon: give the server's name or "
                         "address alone in Host, and its port number in Port."));
    test::screenshot(dialog, QStringLiteral("connect-dialog-host-colon"));

    // Port takes digits only; left empty it is PostgreSQL's 5432; out of range, a sentence.
    host->setText(QStringLiteral("db.example.com"));
    port->clear();
    QTest::keyClicks(port, QStringLiteral("x-1"));
    CHECK(port->text() == QStringLiteral("1"));
    port->clear();
    CHECK(port->placeholderText() == QStringLiteral("5432"));
    dialog.accept();
    REQUIRE(tried);
    CHECK(tried->option(QStringLiteral("port")) == QStringLiteral("5432"));
    tried.reset();
    port->setText(QStringLiteral("70000"));
    dialog.accept();
    CHECK_FALSE(tried);
    CHECK(problem->text() ==
          QStringLiteral("The port must be a number from 1 to 65535; 70000 is not."));
    port->setText(QStringLiteral("0"));
    dialog.accept();
    CHECK_FALSE(tried);
    CHECK(problem->text() ==
          QStringLiteral("The port must be a number from 1 to 65535; 0 is not."));
    port->setText(QStringLiteral("5432"));

    // An sslmode libpq would refuse only when connecting ("Cannot reach the server" before).
    field<QToolButton>(dialog, "moreButton")->click();
    more->setText(QStringLiteral("sslmode=bogus"));
    dialog.accept();
    CHECK_FALSE(tried);
    CHECK(problem->text() ==
          QStringLiteral("More options give sslmode=bogus, which libpq does not know; sslmode is "
                         "one of disable, allow, prefer, require, verify-ca, verify-full."));
    test::screenshot(dialog, QStringLiteral("connect-dialog-bad-sslmode"));
    more->setText(QStringLiteral("sslmode=verify-full"));
    dialog.accept();
    REQUIRE(tried);
    CHECK(tried->option(QStringLiteral("sslmode")) == QStringLiteral("verify-full"));
}

TEST_CASE("Connect to server: More options opens and closes like a disclosure, never left looking "
          "pressed",
          "[ui][connect]")
{
    ConnectDialog dialog([](const Location&, QString&) { return false; });
    dialog.show();
    auto* button = field<QToolButton>(dialog, "moreButton");
    auto* more = field<QLineEdit>(dialog, "more");
    CHECK(button->text() == QStringLiteral("&More options"));
    CHECK_FALSE(button->isCheckable()); // a checked tool button is drawn sunk in
    CHECK(button->arrowType() == Qt::RightArrow);
    CHECK_FALSE(more->isVisible());
    test::screenshot(dialog, QStringLiteral("connect-dialog-closed"));
    const int closedHeight = dialog.height();
    button->click();
    CHECK(button->arrowType() == Qt::DownArrow);
    CHECK(more->isVisible());
    const int openHeight = dialog.height();
    CHECK(openHeight > closedHeight);
    test::screenshot(dialog, QStringLiteral("connect-dialog-open"));
    button->click();
    CHECK(button->arrowType() == Qt::RightArrow);
    CHECK_FALSE(more->isVisible());
    CHECK(dialog.height() < openHeight); // no blank room left where the row was
}

TEST_CASE("File → Connect to server… has a key of its own", "[ui][connect]")
{
    const test::Scratch scratch;
    MainWindow window(test::openDatabase(scratch.file(QStringLiteral("a.sqlite"))));
    QAction* item = nullptr;
    QSet<QString> keys;
    int clashes = 0;
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->text() == QStringLiteral("&Connect to server…"))
            item = action;
        for (const QKeySequence& key : action->shortcuts()) {
            if (keys.contains(key.toString()))
                ++clashes;
            keys.insert(key.toString());
        }
    }
    REQUIRE(item);
    CHECK(item->shortcut() == QKeySequence(QStringLiteral("Ctrl+Alt+O")));
    CHECK(clashes == 0);
}

TEST_CASE("funneldesk --help says --db and FUNNELDESK_DB take a file or a PostgreSQL server",
          "[ui][connect]")
{
    QProcess gui;
    gui.start(QStringLiteral(FUNNELDESK_GUI_PATH), {QStringLiteral("--help")});
    REQUIRE(gui.waitForFinished(30000));
    CHECK(gui.exitCode() == 0);
    const QString help = QString::fromUtf8(gui.readAllStandardOutput());
    CHECK_FALSE(help.contains(QStringLiteral("--db PATH")));
    CHECK(help.contains(QStringLiteral("--db DATABASE")));
    CHECK(help.contains(QStringLiteral("SQLite file")));
    CHECK(help.contains(QStringLiteral("postgresql://user@host:port/database")));
    CHECK(help.contains(QStringLiteral("key=value")));
    CHECK(help.contains(QStringLiteral("FUNNELDESK_DB")));
}

TEST_CASE("A wrong password is asked again, and Cancel stops opening without a word",
          "[ui][postgres]")
{
    test::PgTestSchema schema;
    {
        pg::Connection conn = schema.connect();
        REQUIRE(pg::Schema::init(conn, QStringLiteral("Europe/Berlin")));
    }
    const QString password = env("FUNNELDESK_TEST_PG_PASSWORD");
    const QString port = env("FUNNELDESK_TEST_PG_PORT");
    // Over TCP, which asks for the password (the socket trusts), in the test's own schema.
    const QString server =
        QStringLiteral("host=127.0.0.1 port=%1 user=funneldesk dbname=funneldesk_test "
                       "options='-csearch_path=%2'")
            .arg(port, schema.name());
    const QString refused = QStringLiteral("The password was not accepted for funneldesk at "
                                           "127.0.0.1:%1/funneldesk_test; try again.")
                                .arg(port);

    SECTION("wrong, then right: opens, the second dialog saying why it asks again")
    {
        const PasswordAnswers answers({QStringLiteral("not-it"), password});
        QString problem;
        bool cancelled = true;
        auto db = openDatabaseForWindow(server, problem, nullptr, &cancelled);
        INFO(problem.toStdString());
        CHECK(db);
        CHECK_FALSE(cancelled);
        REQUIRE(answers.asked().size() == 2);
        CHECK_FALSE(answers.asked().at(0).contains(QStringLiteral("not accepted")));
        CHECK(answers.asked().at(1).startsWith(refused));
    }
    SECTION("wrong every time: gives up after a few, with the server's refusal")
    {
        const PasswordAnswers answers(
            {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")});
        QString problem;
        bool cancelled = true;
        CHECK_FALSE(openDatabaseForWindow(server, problem, nullptr, &cancelled));
        CHECK_FALSE(cancelled);
        CHECK(answers.asked().size() == kPasswordTries);
        CHECK(problem.contains(QStringLiteral("refused the password for user “funneldesk”")));
    }
    SECTION(
        "Cancel, first or after a wrong one: stopped, and no sentence about a password not given")
    {
        const bool afterWrong = GENERATE(false, true);
        const PasswordAnswers answers(
            afterWrong ? std::vector<std::optional<QString>>{QStringLiteral("x"), std::nullopt}
                       : std::vector<std::optional<QString>>{std::nullopt});
        QString problem;
        bool cancelled = false;
        CHECK_FALSE(openDatabaseForWindow(server, problem, nullptr, &cancelled));
        CHECK(cancelled);
        CHECK(problem.isEmpty());
        CHECK(answers.asked().size() == (afterWrong ? 2 : 1));
    }
}

TEST_CASE("A server that stops under the window is said to be lost, and no list reads empty",
          "[ui][postgres]")
{
    test::PgTestSchema schema;
    {
        pg::Connection conn = schema.connect();
        REQUIRE(pg::Schema::init(conn, QStringLiteral("Europe/Berlin")));
    }
    Result<std::unique_ptr<Database>> opened = Database::open(schema.location(), {});
    REQUIRE(opened);
    for (const char* name : {"Acme", "Globex"}) {
        Customer customer;
        customer.name = QString::fromUtf8(name);
        customer.since = QDate(2026, 11, 2);
        REQUIRE(CustomerRepository(**opened).add(customer));
    }
    const QString display = (*opened)->display();
    MainWindow window(std::move(*opened));
    window.resize(1100, 700);
    window.show();
    window.showView(MainWindow::View::Customers);
    const auto shows = [&window](const QString& text) {
        for (QLabel* label : window.findChildren<QLabel*>()) {
            if (label->isVisible() && label->text() == text)
                return true;
        }
        return false;
    };
    bool listed = false;
    for (int i = 0; i < 50 && !listed; ++i) {
        QTest::qWait(100);
        listed = shows(QStringLiteral("2 customers"));
    }
    REQUIRE(listed);

    // The whole server stops (pg_ctl stop -m fast ends every session), as when IT restarts it.
    const QString ctl = env("FUNNELDESK_TEST_PG_CTL");
    REQUIRE(QProcess::execute(QStringLiteral("sh"),
                              {QStringLiteral("-c"), ctl + QStringLiteral(" stop -m fast")}) == 0);
    struct Restart { // whatever happens below, the later tests find the server running
        QString ctl;
        ~Restart()
        {
            QProcess::execute(QStringLiteral("sh"),
                              {QStringLiteral("-c"), ctl + QStringLiteral(" start")});
        }
    } restart{ctl};

    QLabel* lost = nullptr;
    for (int i = 0; i < 50 && !(lost && lost->isVisible()); ++i) {
        QTest::qWait(100);
        lost = window.findChild<QLabel*>(QStringLiteral("connectionLost"));
    }
    REQUIRE(lost);
    CHECK(lost->isVisible());
    CHECK(lost->text().contains(
        QStringLiteral("The connection to the PostgreSQL server at %1 was lost").arg(display)));
    CHECK(window.isConnectionLost());
    // Refresh (F5) reads through the lost connection: still no empty list, no zero counts, no box.
    QMetaObject::invokeMethod(&window, [&window] {
        for (QAction* action : window.findChildren<QAction*>()) {
            if (action->text() == QStringLiteral("&Refresh"))
                action->trigger();
        }
    });
    QTest::qWait(300);
    CHECK_FALSE(shows(QStringLiteral("0 customers")));
    CHECK_FALSE(shows(QStringLiteral("2 customers"))); // not known any more either
    bool countsShown = false;
    for (QLabel* label : window.statusBar()->findChildren<QLabel*>())
        countsShown = countsShown ||
                      (label->isVisible() && label->text().contains(QStringLiteral("open ticket")));
    CHECK_FALSE(countsShown);
    CHECK(QApplication::activeModalWidget() == nullptr);
    bool named = false;
    for (QLabel* label : window.statusBar()->findChildren<QLabel*>())
        named = named || label->text().endsWith(QStringLiteral("(connection lost)"));
    CHECK(named);
    // What would read or write the data is off, saying why; opening another database and Quit stay.
    for (QAction* action : window.findChildren<QAction*>()) {
        const QString text = action->text();
        INFO(text.toStdString());
        if (text == QStringLiteral("&Recompute stages") || text == QStringLiteral("New &ticket…") ||
            text == QStringLiteral("&New customer…") ||
            text == QStringLiteral("&Import from CSV…") ||
            text == QStringLiteral("&Export to CSV…") ||
            text == QStringLiteral("&Canned replies…")) {
            CHECK_FALSE(action->isEnabled());
            CHECK(action->toolTip().contains(QStringLiteral("was lost")));
        }
        if (text == QStringLiteral("&Quit") || text == QStringLiteral("&Connect to server…"))
            CHECK(action->isEnabled());
    }
    test::screenshot(window, QStringLiteral("server-connection-lost"));
}

// Issue 19, Security: "FunnelDesk never writes a password". A real connect through File →
// Connect to server…, the password typed in its prompt; the window then opened on the server,
// remembered in Open recent, closed (which saves its layout); then every file written under
// the test's settings folder and its config, data and cache folders (QStandardPaths'
// test mode) is read, the settings file after sync(), for the password in UTF-8 and UTF-16.
TEST_CASE("A connect with a password writes the password nowhere: not the settings file, not any "
          "file of ours",
          "[ui][postgres][security]")
{
    test::PgTestSchema schema;
    {
        pg::Connection conn = schema.connect();
        REQUIRE(pg::Schema::init(conn, QStringLiteral("Europe/Berlin")));
    }
    const QString password = env("FUNNELDESK_TEST_PG_PASSWORD");
    const QString port = env("FUNNELDESK_TEST_PG_PORT");
    test::Scratch scratch;
    const QString file = test::demoFile(scratch, QStringLiteral("first.sqlite"), 20, 40, 40);

    MainWindow window(test::openDatabase(file));
    window.show();
    QString opened;
    QObject::connect(&window, &MainWindow::connected,
                     [&opened](const QString& key) { opened = key; });
    // The dialog as a rep fills it in; More options hold the schema (the test's own).
    QTimer fill;
    fill.setInterval(20);
    QObject::connect(&fill, &QTimer::timeout, [&] {
        auto* dialog = qobject_cast<ConnectDialog*>(QApplication::activeModalWidget());
        if (!dialog || dialog->property("filled").toBool())
            return;
        dialog->setProperty("filled", true);
        field<QLineEdit>(*dialog, "host")->setText(QStringLiteral("127.0.0.1"));
        field<QLineEdit>(*dialog, "port")->setText(port);
        field<QLineEdit>(*dialog, "database")->setText(QStringLiteral("funneldesk_test"));
        field<QLineEdit>(*dialog, "user")->setText(QStringLiteral("funneldesk"));
        field<QLineEdit>(*dialog, "more")
            ->setText(QStringLiteral("options='-csearch_path=%1'").arg(schema.name()));
        field<QPushButton>(*dialog, "connectButton")->click();
    });
    fill.start();
    const PasswordAnswers answers({password});
    window.connectToServer();
    fill.stop();
    REQUIRE(answers.asked().size() == 1);
    REQUIRE_FALSE(opened.isEmpty());
    OwnedDatabase db = window.takeConnected();
    REQUIRE(db);
    {
        // As funneldesk's main does: a window on the server, remembered in Open recent.
        MainWindow server(std::move(db));
        server.show();
        MainWindow::rememberFile(opened);
        QTest::qWait(200);
        bool encryptionShown = false;
        for (QLabel* label : server.statusBar()->findChildren<QLabel*>())
            encryptionShown =
                encryptionShown || label->text().endsWith(QStringLiteral(", not encrypted"));
        CHECK(encryptionShown); // the throwaway cluster has no SSL
        server.close();
    }
    window.close();
    QSettings settings;
    settings.sync();
    REQUIRE(settings.status() == QSettings::NoError);
    CHECK(MainWindow::recentFiles().contains(opened));

    QStringList folders{QFileInfo(settings.fileName()).absolutePath()};
    for (const auto location :
         {QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation,
          QStandardPaths::AppLocalDataLocation, QStandardPaths::CacheLocation,
          QStandardPaths::GenericConfigLocation, QStandardPaths::GenericCacheLocation,
          QStandardPaths::GenericDataLocation})
        folders << QStandardPaths::writableLocation(location);
    int read = 0;
    for (const QString& folder : folders) {
        QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile found(it.next());
            if (!found.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = found.readAll();
            ++read;
            INFO(found.fileName().toStdString());
            CHECK_FALSE(bytes.contains(password.toUtf8()));
            CHECK_FALSE(bytes.contains(QByteArray(reinterpret_cast<const char*>(password.utf16()),
                                                  password.size() * qsizetype(sizeof(char16_t)))));
        }
    }
    CHECK(read > 0); // the settings file at least
    CHECK(test::fileBytes(settings.fileName())
              .contains("funneldesk_test")); // the server was remembered
}
