#pragma once

#include "common/Result.h"
#include "domain/Customer.h"
#include "domain/StageTransition.h"

#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QLayout;
class QTabWidget;
class QPushButton;
class QTreeWidget;

namespace fd {

class Clock;
class Database;
class HealthStrip;
class HistoryList;
template <typename T> struct Written;

// One customer: profile, stage badge with the latest reason, "Why?", a manual move, a
// touchpoint logged from the keyboard, and one timeline of touchpoints, tickets and moves,
// newest first; beside it the History tab, the customer's audit entries (views/HistoryList.h).
class CustomerDetail : public QWidget {
    Q_OBJECT

public:
    CustomerDetail(Database& db, const Clock& clock, QWidget* parent = nullptr);

    void showCustomer(qint64 customerId);
    qint64 customerId() const { return m_customerId; }

    // The dialogs' work, callable without them (tests, shortcuts). A refusal (core's
    // sentence) goes to `refused` when given, for the dialog to show next to the input it
    // keeps; else it is emitted as failed().
    bool logTouchpoint(const struct Touchpoint& touchpoint, QString* refused = nullptr);
    bool move(int stage, const QString& reason, std::optional<bool> pin,
              QString* refused = nullptr);
    // Saves the profile over the customer as last read (the pane's, or the Edit dialog's as
    // it opened): when another rep saved it since, the refusal (who changed what) shows in
    // the pane as well as in `refused`, the pane re-reads the customer, and a second save
    // edits the customer as it is now.
    bool saveProfile(const struct Customer& customer, QString* refused = nullptr);
    // The last refused save's conflict sentence shown in the pane; empty when none.
    QString conflictText() const;
    bool addContact(const struct Contact& contact, QString* refused = nullptr);
    QTreeWidget* contacts() const { return m_contacts; }
    QString explanation() const;

signals:
    void changed(qint64 customerId);
    // A touchpoint was logged: one sentence for the status bar; a move it causes follows as
    // moved() and takes the status bar's place.
    void saved(const QString& sentence);
    // A rule or a rep moved the customer; `notice` is one of Written::sentences() ("Acme Corp moved
    // from Post-sales to Retention: …"), `reason` empty.
    void moved(qint64 customerId, const QString& notice, const QString& reason);
    void failed(const fd::Error& sentence);

private:
    // The constructor's parts, in the order it calls them.
    void createHeading();
    void createContacts();
    void createTimeline();
    void createLayout(QLayout* stageRow);
    // reload()'s parts: the customer `c` read.
    void showProfile(const Customer& c);
    void showBadge(const Customer& c);
    void showContacts();
    void showTimeline();
    void openLogDialog();
    void openMoveDialog();
    void openEditDialog();
    void openContactDialog();
    void reload();
    // Shows a service write (core/service: the write and its re-evaluation, one
    // transaction): its refusal, or the reloaded customer and the sentences of its moves.
    template <typename T>
    bool settle(qint64 customerId, const Result<Written<T>>& written, QString* refused);
    // Core's refusal to `refused` when given (a dialog shows it beside the input), else
    // failed(). Returns false, for `return refuse(…)`.
    bool refuse(const Error& sentence, QString* refused);

    Database& m_db;
    const Clock& m_clock;
    qint64 m_customerId = 0;
    QString m_name;
    QString m_shownName;          // m_name, or "Acme (customer 12)" when another customer has it
    std::optional<Stage> m_stage; // the customer's stage while active: not offered by Move…
    QLabel* m_title = nullptr;
    QLabel* m_profile = nullptr;
    QLabel* m_conflict = nullptr;
    std::optional<Customer> m_opened; // the customer as last read, which a save edits
    QLabel* m_badge = nullptr;
    QLabel* m_reason = nullptr;
    HealthStrip* m_health = nullptr;
    QPushButton* m_why = nullptr;
    QPushButton* m_move = nullptr;
    QPushButton* m_log = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_addContact = nullptr;
    QTreeWidget* m_contacts = nullptr;
    QTreeWidget* m_timeline = nullptr;
    QTabWidget* m_tabs = nullptr; // Timeline, History
    HistoryList* m_history = nullptr;
};

} // namespace fd
