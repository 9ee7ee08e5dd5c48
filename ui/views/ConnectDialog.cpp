#include "views/ConnectDialog.h"

#include "views/FormRows.h"
#include "views/ProblemLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>

#include <pwd.h>
#include <unistd.h>

namespace fd {

namespace {

// QSettings keys of the values last given; never a password (More options refuse one).
const QString kHost = QStringLiteral("connect/host");
const QString kPort = QStringLiteral("connect/port");
const QString kDatabase = QStringLiteral("connect/database");
const QString kUser = QStringLiteral("connect/user");
const QString kMore = QStringLiteral("connect/more");

constexpr int kDefaultPort = 5432; // PostgreSQL's own

} // namespace

QString ConnectDialog::loginName()
{
    if (const passwd* entry = getpwuid(getuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    return qEnvironmentVariable("USER");
}

ConnectDialog::ConnectDialog(Connect connect, QWidget* parent)
    : QDialog(parent), m_connect(std::move(connect))
{
    setWindowTitle(tr("Connect to server"));
    setObjectName(QStringLiteral("connectDialog"));

    auto* intro = new QLabel(
        tr("Open a FunnelDesk database on a PostgreSQL server. The password is asked for "
           "when the server wants one, and is never stored."));
    intro->setWordWrap(true);
    createFields();
    QFormLayout* form = createLayout(intro);
    createMoreToggle(form);
    // A sentence about the values tried goes once they are changed (hostile pass: "Fill in
    // Database" stayed under a filled-in Database).
    for (QLineEdit* edit : {m_host, m_port, m_database, m_user, m_more})
        QObject::connect(edit, &QLineEdit::textEdited, m_problem,
                         [this] { m_problem->refuse(QString()); });

    setTabOrder(m_host, m_port);
    setTabOrder(m_port, m_database);
    setTabOrder(m_database, m_user);
    setTabOrder(m_user, m_moreButton);
    setTabOrder(m_moreButton, m_more);
    setTabOrder(m_more, m_buttons);
    widenLineEdits(this);
    m_host->setFocus(Qt::OtherFocusReason); // the form is read, and filled in, from the top
    m_host->selectAll();
    resize(std::max(sizeHint().width(), 520), sizeHint().height());
}

// The fields, each with its object name (the tests find them by it), More options, the
// problem and the buttons; their values as last given (QSettings).
void ConnectDialog::createFields()
{
    const QSettings settings;
    m_host = new QLineEdit(settings.value(kHost, QStringLiteral("localhost")).toString());
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("a name or an address, e.g. db.example.com"));
    // A port is a number to type, not a quantity to step through: a line edit of digits.
    // Left empty it is PostgreSQL's own, which the grey placeholder shows.
    m_port = new QLineEdit(settings.value(kPort, kDefaultPort).toString());
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,5}")), m_port));
    m_port->setPlaceholderText(QString::number(kDefaultPort));
    m_port->setToolTip(
        tr("The server's port, a number from 1 to 65535; empty: %1, PostgreSQL's own.")
            .arg(kDefaultPort));
    m_database = new QLineEdit(settings.value(kDatabase).toString());
    m_database->setObjectName(QStringLiteral("database"));
    m_database->setPlaceholderText(tr("as your administrator named it, e.g. funneldesk"));
    m_user = new QLineEdit(settings.value(kUser, loginName()).toString());
    m_user->setObjectName(QStringLiteral("user"));
    m_more = new QLineEdit(settings.value(kMore).toString());
    m_more->setObjectName(QStringLiteral("more"));
    m_more->setPlaceholderText(tr("e.g. sslmode=require connect_timeout=10"));
    // A disclosure, not a button that stays pressed: ▸ closed, ▾ open, flat but for a hover.
    m_moreButton = new QToolButton;
    m_moreButton->setObjectName(QStringLiteral("moreButton"));
    m_moreButton->setText(tr("&More options"));
    m_moreButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_moreButton->setArrowType(Qt::RightArrow);
    m_moreButton->setAutoRaise(true);
    m_problem = new ProblemLabel;
    m_problem->setObjectName(QStringLiteral("connectProblem"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("connectButton"));
    QObject::connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    QObject::connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
}

QFormLayout* ConnectDialog::createLayout(QLabel* intro)
{
    auto* column = new QVBoxLayout(this);
    column->addWidget(intro);
    auto* form = new QFormLayout;
    form->addRow(tr("&Host"), m_host);
    form->addRow(tr("&Port"), m_port);
    form->addRow(tr("&Database"), m_database);
    form->addRow(tr("&User"), m_user);
    form->addRow(m_moreButton); // the heading of what it opens, from the labels' edge
    auto* moreColumn = new QVBoxLayout;
    moreColumn->addWidget(m_more);
    auto* moreHint =
        new QLabel(tr("Other libpq connection options, as key=value pairs separated by spaces."));
    moreHint->setWordWrap(true);
    moreHint->setEnabled(false); // the grey of a hint
    moreColumn->addWidget(moreHint);
    m_more->setAccessibleName(tr("More options"));
    form->addRow(QString(), moreColumn);
    column->addLayout(form);
    column->addWidget(m_problem);
    column->addStretch();
    column->addWidget(m_buttons);
    return form;
}

// More options opens and closes the form's last row: shown at once when remembered.
void ConnectDialog::createMoreToggle(QFormLayout* form)
{
    const int moreIndex = form->rowCount() - 1;
    const auto showMore = [this, form, moreIndex](bool shown) {
        m_moreShown = shown;
        form->setRowVisible(moreIndex, shown);
        m_moreButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
        m_moreButton->setToolTip(shown ? tr("Hide the other connection options")
                                       : tr("Show the other connection options"));
        if (shown && isVisible())
            m_more->setFocus(Qt::OtherFocusReason);
        layout()->activate();
        resize(width(), heightForWidth(width()) > 0 ? heightForWidth(width())
                                                    : sizeHint().height()); // as wide
    };
    QObject::connect(m_moreButton, &QToolButton::clicked, this,
                     [this, showMore] { showMore(!m_moreShown); });
    showMore(!m_more->text().isEmpty()); // remembered options are shown, never hidden away
}

Result<Location> ConnectDialog::location() const
{
    Location::ServerFields fields;
    fields.host = m_host->text().trimmed();
    const QString port = m_port->text().trimmed();
    fields.port = port.isEmpty() ? kDefaultPort : port.toInt(); // digits only (the validator)
    fields.database = m_database->text().trimmed();
    fields.user = m_user->text().trimmed();
    fields.more = m_more->text().trimmed();
    return Location::server(fields);
}

void ConnectDialog::takePortFromHost()
{
    // "db.example.com:6432", as a mail or a URI gives it: the port goes to Port (when Port is
    // empty or PostgreSQL's own), where the rep sees it. Anything else after the colon is left
    // for Location::server's sentence.
    static const QRegularExpression hostPort(QStringLiteral(R"(^([^:/@\[\]]+):([0-9]{1,5})$)"));
    const QRegularExpressionMatch match = hostPort.match(m_host->text().trimmed());
    const QString port = m_port->text().trimmed();
    if (!match.hasMatch() ||
        !(port.isEmpty() || port == QString::number(kDefaultPort) || port == match.captured(2)))
        return;
    m_host->setText(match.captured(1));
    m_port->setText(match.captured(2));
}

void ConnectDialog::remember() const
{
    QSettings settings;
    settings.setValue(kHost, m_host->text().trimmed());
    settings.setValue(kPort, m_port->text().trimmed());
    settings.setValue(kDatabase, m_database->text().trimmed());
    settings.setValue(kUser, m_user->text().trimmed());
    settings.setValue(kMore, m_more->text().trimmed());
}

void ConnectDialog::accept()
{
    takePortFromHost();
    const Result<Location> where = location();
    if (!where) {
        m_problem->refuse(where.error());
        return;
    }
    remember(); // a typo corrected next time starts from what was tried, never a password
    m_problem->refuse(QString());
    QString problem;
    m_buttons->setEnabled(false); // one attempt at a time: the event loop runs while it connects
    const bool opened = m_connect && m_connect(*where, problem);
    m_buttons->setEnabled(true);
    if (opened) {
        QDialog::accept();
        return;
    }
    if (!problem.isEmpty())
        m_problem->refuse(problem);
}

} // namespace fd
