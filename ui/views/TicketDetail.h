#pragma once

#include "common/Result.h"
#include "domain/Agent.h"
#include "domain/Sla.h"
#include "domain/StageTransition.h"
#include "domain/Ticket.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <optional>
#include <vector>

class QComboBox;
class QFormLayout;
class QLabel;
class QLayout;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTabWidget;
class QTextBrowser;
class QTimer;

namespace fd {

class Clock;
class Database;
class HistoryList;

// One ticket: its fields, edited in place (each change saved at once, the customer's stage
// re-evaluated with it), the SLA countdown, the thread of replies and internal notes, and
// a composer that inserts canned replies from the keyboard (Ctrl+Space). The thread shares its
// place with the History tab, the ticket's audit entries (views/HistoryList.h).
class TicketDetail : public QWidget {
    Q_OBJECT

public:
    // The conversation is never shorter than this many lines of text (hostile tester: at
    // 960 × 540 the composer and the fields left it one message, about 100 px).
    static constexpr int kThreadMinimumLines = 6;

    TicketDetail(Database& db, const Clock& clock, QWidget* parent = nullptr);

    void showTicket(qint64 ticketId);
    qint64 ticketId() const { return m_ticket ? m_ticket->id : 0; }
    void focusComposer();
    // "Also viewing: Emma Hansen, Sam Roe" under the title while others show this ticket
    // (issue 17, service/Presence.h); hidden when `names` is empty.
    void setAlsoViewing(const QStringList& names);
    QString alsoViewingText() const;

    // The pane's work, callable without clicking (tests, shortcuts).
    bool save(const Ticket& ticket);
    bool send(const QString& body, CommentKind kind);
    void insertCanned(const struct CannedReply& reply);
    QPlainTextEdit* composer() const { return m_composer; }
    QString slaText() const;
    // The refusal of the last save when another rep had changed the ticket since it was
    // shown (Error::Kind::Conflict), shown above the fields until the next save or ticket;
    // empty when none.
    QString conflictText() const;
    // Tickets with a reply typed and not sent (kept in memory per ticket), by id.
    QList<qint64> drafts() const;
    // Before the window closes: true when there are none, or the rep discards them
    // (UnsavedChanges::ask); false keeps the window open.
    bool confirmDropDrafts();

signals:
    void changed(qint64 ticketId);
    // The ticket the pane shows is another one now (0: none, e.g. it was deleted): sent at
    // once, so that AlsoViewing tells the others before anything else runs.
    void ticketShown(qint64 ticketId);
    // A reply or note was saved: one sentence for the status bar ("Reply sent on ticket #12.").
    void saved(const QString& sentence);
    void moved(qint64 customerId, const QString& notice, const QString& reason);
    void openCustomer(qint64 customerId);
    void failed(const fd::Error& sentence);

private:
    // The constructor's parts, in the order it calls them.
    void createHeading();
    QFormLayout* createFields();
    QLayout* createConversation();
    void createLayout(QLayout* fields, QLayout* composeBar);
    void createConnections();
    // reload()'s parts: the ticket `t` read.
    void showFields(const Ticket& t, const QString& customerLine);
    void showThread(const Ticket& t);
    void reload();
    void applyFields();
    void pickCanned();
    void updateSla();
    void keepDraft();
    void announceShown();

    struct Draft {
        QString text;
        bool note = false;
    };
    QHash<qint64, Draft> m_drafts; // ticket id → what was typed for it, while another shows

    Database& m_db;
    const Clock& m_clock;
    std::optional<Ticket> m_ticket;
    QString m_customerName;
    std::vector<Agent> m_agents;
    SlaTargets m_targets;
    bool m_loading = false;
    qint64 m_announced = 0; // the id ticketShown last said

    QLabel* m_title = nullptr;
    QLabel* m_meta = nullptr;
    QLabel* m_alsoViewing = nullptr; // others showing this ticket now (a server's presence)
    QLabel* m_conflict = nullptr;
    QPushButton* m_customer = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_priority = nullptr;
    QComboBox* m_assignee = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_csat = nullptr;
    QLabel* m_sla = nullptr;
    QTextBrowser* m_thread = nullptr;
    QTabWidget* m_tabs = nullptr; // Conversation, History
    HistoryList* m_history = nullptr;
    QPlainTextEdit* m_composer = nullptr;
    QRadioButton* m_public = nullptr;
    QRadioButton* m_note = nullptr;
    QPushButton* m_send = nullptr;
    QPushButton* m_canned = nullptr;
    QTimer* m_tick = nullptr;
};

} // namespace fd
