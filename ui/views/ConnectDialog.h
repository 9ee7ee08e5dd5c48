// File → Connect to server… (issue 16, "Connecting"): host, port, database and user, and
// More options for any other libpq option (sslmode, connect_timeout, …). The server is named
// by Location::server() (core/common/Location.h), so it is the same as --db with that text.
#pragma once

#include "common/Location.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QToolButton;

namespace fd {

class ProblemLabel;

class ConnectDialog : public QDialog {
    Q_OBJECT

public:
    // What Connect does with the server named: opens it and says how that went. True: opened
    // (the dialog closes). False with a sentence in `problem`: refused (the sentence is shown
    // under the fields, which keep their values). False with `problem` empty: the rep stopped
    // it (Cancel in the password dialog); the dialog stays as it was.
    using Connect = std::function<bool(const Location& where, QString& problem)>;

    // Starts from the values last given (QSettings "connect/…"; never a password), else
    // localhost, 5432, no database and this computer's login name. Port takes digits; left
    // empty it is 5432. "host:port" in Host moves the port to Port on Connect.
    explicit ConnectDialog(Connect connect, QWidget* parent = nullptr);

    // The server the fields name (Location::server()), or the sentence why they name none.
    Result<Location> location() const;
    // The login name of this computer's user: the user name's default (libpq's own default too).
    static QString loginName();

    void accept() override; // Connect: names the server, remembers the values, opens it

private:
    void createFields();
    QFormLayout* createLayout(QLabel* intro);
    void createMoreToggle(QFormLayout* form);
    void remember() const;
    void takePortFromHost(); // "db:6432" in Host: 6432 goes to Port

    Connect m_connect;
    QLineEdit* m_host = nullptr;
    QLineEdit* m_port = nullptr; // digits; empty: 5432
    QLineEdit* m_database = nullptr;
    QLineEdit* m_user = nullptr;
    QToolButton* m_moreButton = nullptr; // opens and closes the More options row
    bool m_moreShown = false;
    QLineEdit* m_more = nullptr;
    ProblemLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace fd
