#include "OpenDatabase.h"

#include "service/Session.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QThread>

#include <atomic>
#include <QTimer>

namespace fd {

namespace {
// True while a server's password is being asked: the busy dialog must not cover the prompt (it is
// application-modal, so the prompt under it would take no input).
std::atomic_bool g_askingPassword{false};
} // namespace

void runWhileResponsive(const QString& label, const std::function<void()>& work, QWidget* parent)
{
    constexpr int kQuietMs = 400; // most jobs are over long before: no dialog flashes up
    QEventLoop loop;
    std::unique_ptr<QThread> worker(QThread::create(work));
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);

    QProgressDialog dialog(parent);
    auto* text = new QLabel(label);
    text->setWordWrap(true);
    text->setMinimumWidth(420); // a paragraph, not one long line
    dialog.setLabel(text);
    dialog.setRange(0, 0); // nothing to count: a busy bar
    dialog.setCancelButton(nullptr);
    dialog.setWindowModality(Qt::ApplicationModal);
    dialog.reset(); // shown by the timer below only, not by QProgressDialog's own
    QTimer show;
    show.setSingleShot(true);
    QObject::connect(&show, &QTimer::timeout, &dialog, [&dialog, &worker] {
        if (!worker->isFinished() && !g_askingPassword)
            dialog.show();
    });

    worker->start();
    show.start(kQuietMs);
    loop.exec();
    worker->wait();
    show.stop();
    dialog.hide();
}

namespace {

// A server's password, asked in a dialog on the window's thread (the connection is made on a
// worker): the password or nothing (Cancel). `refused`, when not empty, is said above the
// question (a password the server did not accept). Held in memory only (Location::password()).
std::optional<QString> askPassword(const QString& display, const QString& refused, QWidget* parent)
{
    std::optional<QString> answer;
    g_askingPassword = true;
    QMetaObject::invokeMethod(
        qApp,
        [&] {
            for (QWidget* window : QApplication::topLevelWidgets()) { // a busy dialog already up
                if (qobject_cast<QProgressDialog*>(window) && window->isVisible())
                    window->hide();
            }
            QInputDialog dialog(parent);
            dialog.setObjectName(QStringLiteral("passwordPrompt"));
            dialog.setWindowTitle(QCoreApplication::translate("OpenDatabase", "Password"));
            const QString question =
                QCoreApplication::translate("OpenDatabase", "Password for %1:").arg(display);
            dialog.setLabelText(refused.isEmpty() ? question
                                                  : refused + QStringLiteral("\n\n") + question);
            dialog.setTextEchoMode(QLineEdit::Password);
            if (dialog.exec() == QDialog::Accepted)
                answer = dialog.textValue();
        },
        Qt::BlockingQueuedConnection);
    g_askingPassword = false;
    return answer;
}

// "The password was not accepted for USER at SERVER; try again." for a Location's display()
// (user@host:port/database).
QString passwordRefused(const QString& display)
{
    const qsizetype at = display.lastIndexOf(QLatin1Char('@'));
    const QString user = at < 0 ? QString() : display.left(at);
    const QString server = display.mid(at + 1);
    return user.isEmpty()
               ? QCoreApplication::translate("OpenDatabase",
                                             "The password was not accepted at %1; try again.")
                     .arg(server)
               : QCoreApplication::translate(
                     "OpenDatabase", "The password was not accepted for %1 at %2; try again.")
                     .arg(user, server);
}

// Opens a server's database: writable, or read-only when this user may only read it. A refused
// password is asked again (kPasswordTries in all); Cancel sets `cancelled` and leaves `problem`
// empty.
OwnedDatabase openServer(const Location& where, QString& problem, QWidget* parent, bool& cancelled)
{
    OwnedDatabase opened;
    Location target = where;
    const auto open = [&] {
        Session::Options options;
        options.askPassword = [&](const QString& display) {
            std::optional<QString> given = askPassword(display, QString(), parent);
            cancelled = !given;
            if (given && !given->isEmpty())
                target =
                    where.withPassword(*given); // the read-only retry below needs no second ask
            return given;
        };
        for (int tries = 0;;) {
            auto db = Session::open(target, options);
            if (!db && db.error().is(Error::Kind::ReadOnly)) {
                options.access = Session::Access::ReadOnly;
                db = Session::open(target, options);
            }
            if (db) {
                opened = std::move(*db);
                return;
            }
            if (cancelled)
                return;
            problem = db.error();
            // A password from the prompt, the URI, PGPASSWORD or ~/.pgpass: asked (again) here.
            if (!db.error().is(Error::Kind::PasswordRefused) || ++tries >= kPasswordTries)
                return;
            const std::optional<QString> again =
                askPassword(where.display(), passwordRefused(where.display()), parent);
            if (!again) {
                cancelled = true;
                problem.clear();
                return;
            }
            target = where.withPassword(*again);
        }
    };
    runWhileResponsive(
        QCoreApplication::translate("OpenDatabase", "Connecting to %1…").arg(where.display()), open,
        parent);
    return opened;
}

} // namespace

OwnedDatabase openDatabaseForWindow(const QString& path, QString& problem, QWidget* parent,
                                    bool* cancelled, Error::Kind* problemKind)
{
    if (cancelled)
        *cancelled = false;
    if (problemKind)
        *problemKind = Error::Kind::Other;
    // A postgresql:// URI or a libpq key=value string names a server (Location::parse).
    const Result<Location> where = Location::parse(path);
    if (!where) {
        problem = where.error();
        return nullptr;
    }
    if (where->isServer()) {
        bool stopped = false;
        auto opened = openServer(*where, problem, parent, stopped);
        if (cancelled)
            *cancelled = stopped;
        if (stopped)
            problem.clear();
        return opened;
    }
    OwnedDatabase opened;
    const auto open = [&] {
        // The window reads through SQLite's page cache, not a map of the whole file: a
        // rep keeps it open all day beside other programs (resident memory, PRODUCT.md §7).
        Session::Options options;
        options.mapMemory = false;
        auto db = Session::open(path, options);
        if (db) {
            opened = std::move(*db);
            return;
        }
        Session::Options readOnly = options;
        readOnly.access = Session::Access::ReadOnly;
        auto fallback = Session::open(path, readOnly);
        if (fallback) {
            opened = std::move(*fallback);
            return;
        }
        // When writing was refused for want of write access, what stopped reading says more
        // (a -wal it cannot read from here, an older schema); otherwise writing's reason does.
        const QFileInfo file(path);
        const bool noWriteAccess =
            file.exists() && (!file.isWritable() || !QFileInfo(file.absolutePath()).isWritable());
        const Error& why = noWriteAccess ? fallback.error() : db.error();
        problem = why;
        if (problemKind)
            *problemKind = why.kind();
    };
    // The connection is made on the worker thread and used from then on by this one only.
    runWhileResponsive(QCoreApplication::translate(
                           "OpenDatabase", "Opening “%1”…\n\nA file from an older FunnelDesk is "
                                           "brought up to date once, at its first open; on a large "
                                           "file that takes a minute or two.")
                           .arg(QDir::toNativeSeparators(path)),
                       open, parent);
    return opened;
}

} // namespace fd
