#pragma once

#include "domain/Agent.h"
#include "domain/Ticket.h"
#include "views/ProblemLabel.h"

#include "UnsavedChanges.h"

#include <optional>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace fd {

class ChoiceList;
class Clock;
class Database;

// "New ticket" (Ctrl+N): the customer found by typing part of a name, email or company and
// chosen in the list of matches (one match is chosen at once; of several, the rep selects
// one: Tab into the list chooses nothing, Down selects the first; matches that share a
// name say which customer each is, "Acme (customer 12) — Acme Ltd"; one not there yet is
// added with New customer…, Ctrl+Shift+N, over the form), then subject, description,
// priority, channel, category and assignee. OK stays off, with the reason shown, until the
// ticket can be saved. Escape, Cancel and the window's close ask Save / Discard / Cancel
// when anything was typed (GuardedDialog).
class NewTicketDialog : public GuardedDialog {
    Q_OBJECT

public:
    // `assigneeId`: the assignee chosen at first, usually the agent at the keyboard
    // (currentAgent); nullopt in a writable file offers "Me", asked for (AgentChooser) when
    // the rep presses Create ticket, as every write that needs the agent does.
    // `clock`: "now" for a customer added from the dialog (its stage evaluated then).
    NewTicketDialog(Database& db, const Clock& clock, std::optional<qint64> customerId,
                    std::optional<qint64> assigneeId, QWidget* parent = nullptr);

    // The ticket to add; its creation time is set by whoever saves it.
    Ticket ticket() const;
    QString problem() const;

    QLineEdit* customerSearch() const { return m_customerSearch; }
    QListWidget* customerMatches() const;
    QLineEdit* subjectEdit() const { return m_subject; }
    QComboBox* assigneeBox() const { return m_assignee; }

signals:
    // A customer added from this dialog (New customer…, Ctrl+Shift+N): the window's lists
    // and counts read the data again.
    void customerAdded(qint64 customerId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // The constructor's parts, in the order it calls them.
    void createFields();
    void createAssignee(std::optional<qint64> assigneeId);
    void createLayout();
    void createConnections();
    void create();
    void addCustomer();
    void findCustomers();
    void validate();

    Database& m_db;
    const Clock& m_clock;
    std::optional<qint64> m_customerId;
    std::optional<qint64> m_me; // "Me" once asked for
    QLineEdit* m_customerSearch = nullptr;
    ChoiceList* m_matches = nullptr;
    QLineEdit* m_subject = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QComboBox* m_priority = nullptr;
    QComboBox* m_channel = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_assignee = nullptr;
    ProblemLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QTimer* m_searchDelay = nullptr;
    QPushButton* m_newCustomer = nullptr;
    qint64 m_more = 0; // matches beyond those listed
};

} // namespace fd
