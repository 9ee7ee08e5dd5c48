#include "views/TicketDetail.h"
#include "PaletteFollow.h"
#include "StageColors.h"

#include "AgentChooser.h"
#include "common/Clock.h"
#include "domain/CannedReply.h"
#include "domain/Names.h"
#include "models/Formatting.h"
#include "service/Customers.h"
#include "service/Session.h"
#include "service/Team.h"
#include "service/Tickets.h"
#include "UnsavedChanges.h"
#include "views/CannedReplyPicker.h"
#include "views/HistoryList.h"
#include "views/WrapRow.h"

#include <algorithm>

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace fd {

namespace {

template <typename E> QComboBox* enumCombo()
{
    auto* combo = new QComboBox;
    for (std::size_t i = 0; i < enumCount<E>(); ++i)
        combo->addItem(displayName(static_cast<E>(i)), static_cast<int>(i));
    return combo;
}

QString paragraphs(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

TicketDetail::TicketDetail(Database& db, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_db(db), m_clock(clock)
{
    createHeading();
    QFormLayout* fields = createFields();
    QLayout* composeBar = createConversation();
    createLayout(fields, composeBar);
    createConnections();
    setEnabled(false);
}

// The subject, the customer's link, the opening line and a save's conflict.
void TicketDetail::createHeading()
{
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("ticketTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    m_meta = new QLabel;
    m_meta->setObjectName(QStringLiteral("ticketMeta"));
    m_meta->setWordWrap(true);
    // A save refused because another rep changed the ticket first: said here, by the
    // fields it is about, not in a box (the fields show the ticket as it is now).
    m_conflict = new QLabel;
    m_conflict->setObjectName(QStringLiteral("ticketConflict"));
    m_conflict->setWordWrap(true);
    m_conflict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    followPalette(m_conflict, []() -> QString {
        return QStringLiteral("QLabel { ") + noticeColors() + QStringLiteral(" padding: 6px; }");
    });
    m_conflict->hide();
    m_customer = new QPushButton;
    m_customer->setObjectName(QStringLiteral("ticketCustomer"));
    m_customer->setFlat(true);
    m_customer->setCursor(Qt::PointingHandCursor);
    m_customer->setToolTip(tr("Show this customer"));
    followPalette(m_customer, []() -> QString {
        return QStringLiteral("QPushButton { text-align: left; color: %1; padding: 0; }")
            .arg(paletteColor(QPalette::Link));
    });
}

// Status, priority, assignee, category, CSAT and the SLA line, in a form.
QFormLayout* TicketDetail::createFields()
{
    m_status = enumCombo<TicketStatus>();
    m_priority = enumCombo<Priority>();
    m_category = enumCombo<Category>();
    m_assignee = new QComboBox;
    m_csat = new QComboBox;
    m_csat->addItem(tr("Not rated"));
    for (int score = 1; score <= 5; ++score)
        m_csat->addItem(QString::number(score), score);
    m_sla = new QLabel;
    m_sla->setObjectName(QStringLiteral("slaLine"));
    m_sla->setWordWrap(true);
    m_sla->setTextFormat(Qt::RichText);
    // A theme switched: the SLA line's red and amber for the new background.
    onPaletteChange(m_sla, [sla = m_sla] {
        const QString text = themedText(sla->text());
        if (text != sla->text())
            sla->setText(text);
    });

    auto* fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* row1 = new QHBoxLayout;
    row1->addWidget(m_status);
    row1->addWidget(new QLabel(tr("Priority")));
    row1->addWidget(m_priority);
    auto* statusLabel = new QLabel(tr("&Status"));
    statusLabel->setBuddy(m_status);
    fields->addRow(statusLabel, row1);
    m_status->setObjectName(QStringLiteral("ticketStatus"));
    m_priority->setObjectName(QStringLiteral("ticketPriority"));
    fields->addRow(tr("&Assignee"), m_assignee);
    auto* row2 = new QHBoxLayout;
    row2->addWidget(m_category);
    row2->addWidget(new QLabel(tr("CSAT")));
    row2->addWidget(m_csat);
    auto* categoryLabel = new QLabel(tr("Ca&tegory"));
    categoryLabel->setBuddy(m_category);
    fields->addRow(categoryLabel, row2);
    fields->addRow(tr("SLA"), m_sla);
    return fields;
}

// The conversation, the reply being written, its kind and the buttons that send it.
QLayout* TicketDetail::createConversation()
{
    m_thread = new QTextBrowser;
    m_thread->setOpenLinks(false);
    // The conversation is read, so it keeps several lines at any height: on a short screen
    // (960 × 540 at scale factor 2) the composer gives up room first, then the pane scrolls
    // (TicketsView puts it in a scroll area).
    m_thread->setMinimumHeight(m_thread->fontMetrics().lineSpacing() * kThreadMinimumLines +
                               2 * m_thread->frameWidth() +
                               2 * static_cast<int>(m_thread->document()->documentMargin()));
    m_composer = new QPlainTextEdit;
    m_composer->setAccessibleName(tr("Reply"));
    m_composer->setTabChangesFocus(true); // a form field: Tab goes on to the next one
    m_composer->setPlaceholderText(
        tr("Write a reply… (Ctrl+Space: canned replies, Ctrl+Return: send)"));
    m_composer->setMaximumHeight(m_composer->fontMetrics().height() * 7);
    m_composer->setMinimumHeight(m_composer->fontMetrics().height() * 3);
    m_public = new QRadioButton(tr("&Public reply"));
    m_note = new QRadioButton(tr("&Internal note"));
    m_public->setChecked(true);
    m_canned = new QPushButton(tr("Canned reply…"));
    m_canned->setToolTip(tr("Insert a saved reply (Ctrl+Space)"));
    m_send = new QPushButton(tr("Send"));
    m_send->setObjectName(QStringLiteral("sendReply"));
    m_send->setToolTip(tr("Ctrl+Return"));
    // On a narrow pane the buttons go below the reply's kind.
    return WrapRow::ofGroups({{m_public, m_note}, {m_canned, m_send}});
}

void TicketDetail::createLayout(QLayout* fields, QLayout* composeBar)
{
    auto* layout = new QVBoxLayout(this);
    m_alsoViewing = new QLabel;
    m_alsoViewing->setObjectName(QStringLiteral("alsoViewing"));
    m_alsoViewing->setTextFormat(Qt::PlainText); // names as the server holds them
    m_alsoViewing->setWordWrap(true);
    followPalette(m_alsoViewing, []() -> QString {
        return QStringLiteral("QLabel { ") + infoColors() + QStringLiteral(" padding: 3px 8px; }");
    });
    m_alsoViewing->hide();
    layout->addWidget(m_title);
    layout->addWidget(m_alsoViewing);
    layout->addWidget(m_customer);
    layout->addWidget(m_meta);
    layout->addWidget(m_conflict);
    layout->addLayout(fields);
    m_history = new HistoryList(m_db);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("ticketTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_thread, tr("Conversation"));
    m_tabs->addTab(m_history, tr("History"));
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_composer);
    layout->addLayout(composeBar);
}

// Each field saves as it is chosen; the customer's link, Send and the keys; the SLA's clock.
void TicketDetail::createConnections()
{
    for (QComboBox* combo : {m_status, m_priority, m_assignee, m_category, m_csat})
        connect(combo, &QComboBox::activated, this, &TicketDetail::applyFields);
    connect(m_customer, &QPushButton::clicked, this, [this] {
        if (m_ticket)
            emit openCustomer(m_ticket->customerId);
    });
    connect(m_send, &QPushButton::clicked, this, [this] {
        send(m_composer->toPlainText(),
             m_note->isChecked() ? CommentKind::InternalNote : CommentKind::PublicReply);
    });
    connect(m_canned, &QPushButton::clicked, this, &TicketDetail::pickCanned);
    auto* cannedKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Space), m_composer);
    cannedKey->setContext(Qt::WidgetShortcut);
    connect(cannedKey, &QShortcut::activated, this, &TicketDetail::pickCanned);
    auto* sendKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_composer);
    sendKey->setContext(Qt::WidgetShortcut);
    connect(sendKey, &QShortcut::activated, m_send, &QPushButton::click);

    // The countdown moves on its own.
    m_tick = new QTimer(this);
    m_tick->setInterval(30 * 1000);
    connect(m_tick, &QTimer::timeout, this, &TicketDetail::updateSla);
    m_tick->start();
}

void TicketDetail::showTicket(qint64 ticketId)
{
    // What the rep was typing stays with its ticket (in memory) and comes back with it, also
    // after the pane showed no ticket (showTicket(0): a search that lists none).
    if (!m_ticket || m_ticket->id != ticketId) {
        keepDraft();
        const Draft draft = m_drafts.take(ticketId);
        m_composer->setPlainText(draft.text);
        (draft.note ? m_note : m_public)->setChecked(true);
        m_composer->moveCursor(QTextCursor::End);
    }
    if (!m_ticket || m_ticket->id != ticketId)
        m_conflict->hide();
    m_ticket = Ticket{};
    m_ticket->id = ticketId;
    reload();
    announceShown();
}

void TicketDetail::announceShown()
{
    if (ticketId() == m_announced)
        return;
    m_announced = ticketId();
    emit ticketShown(m_announced);
}

void TicketDetail::reload()
{
    if (!m_ticket)
        return;
    auto found = Tickets(m_db, m_clock).find(m_ticket->id);
    if (!found || !*found) {
        if (!found)
            emit failed(found.error());
        m_ticket.reset();
        setEnabled(false);
        announceShown();
        return;
    }
    m_ticket = **found;
    const Ticket& t = *m_ticket;
    m_history->setTicket(t.id);
    auto customer = Customers(m_db, m_clock).find(t.customerId);
    m_customerName = customer && *customer ? (*customer)->name : QString();
    // The pane's customer line says which Acme when two customers share the name.
    auto shared = Customers(m_db, m_clock).nameShared(t.customerId);
    const QString customerLine =
        oneLine(Names::customerApart(t.customerId, m_customerName, shared && *shared));
    auto agents = Team(m_db).all();
    m_agents = agents ? std::move(*agents) : std::vector<Agent>{};
    auto targets = Tickets(m_db, m_clock).slaTargets();
    m_targets = targets ? *targets : SlaTargets{};

    showFields(t, customerLine);
    showThread(t);
    setEnabled(true);
    const bool writable = !Session(m_db).isReadOnly();
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_status, m_priority, m_assignee, m_category, m_csat,
                                         m_composer, m_public, m_note, m_send, m_canned})
        w->setEnabled(writable);
}

void TicketDetail::showFields(const Ticket& t, const QString& customerLine)
{
    m_loading = true;
    m_title->setText(QStringLiteral("#%1  %2").arg(t.id).arg(oneLine(t.subject).toHtmlEscaped()));
    m_customer->setText(customerLine);
    m_meta->setText(tr("Opened %1 by %2 · first response %3")
                        .arg(keepTogether(shortDateTime(t.createdAt)), kindWords(t.channel),
                             t.firstResponseAt.isValid()
                                 ? keepTogether(shortDateTime(t.firstResponseAt))
                                 : tr("not yet")));
    m_status->setCurrentIndex(static_cast<int>(t.status));
    m_priority->setCurrentIndex(static_cast<int>(t.priority));
    m_category->setCurrentIndex(static_cast<int>(t.category));
    m_csat->setCurrentIndex(t.csat ? *t.csat : 0);
    m_assignee->clear();
    m_assignee->addItem(tr("Unassigned"));
    for (const Agent& a : m_agents) {
        if (a.active || a.id == t.assigneeId)
            m_assignee->addItem(oneLine(a.name), a.id);
    }
    m_assignee->setCurrentIndex(t.assigneeId ? std::max(0, m_assignee->findData(*t.assigneeId))
                                             : 0);
    m_loading = false;
    updateSla();
}

void TicketDetail::showThread(const Ticket& t)
{
    // The thread: the customer's description first, then replies and notes, oldest first.
    QString html =
        QStringLiteral("<div style='margin-bottom:10px'><b>%1</b> · %2<br>%3</div>")
            .arg(oneLine(m_customerName).toHtmlEscaped(), shortDateTime(t.createdAt),
                 paragraphs(t.description.isEmpty() ? tr("(no description)") : t.description));
    auto comments = Tickets(m_db, m_clock).thread(t.id);
    if (!comments)
        emit failed(comments.error());
    for (const TicketComment& c : comments ? *comments : std::vector<TicketComment>{}) {
        QString author = oneLine(m_customerName);
        if (c.authorAgentId) {
            author = tr("Agent %1").arg(*c.authorAgentId);
            for (const Agent& a : m_agents) {
                if (a.id == *c.authorAgentId)
                    author = oneLine(a.name);
            }
        }
        const bool note = c.kind == CommentKind::InternalNote;
        html +=
            QStringLiteral(
                "<table width='100%' cellpadding='6' style='margin-bottom:8px%1'><tr><td>"
                "<b>%2</b> · %3 · %4<br>%5</td></tr></table>")
                .arg(note ? (isDark() ? QStringLiteral("; background-color:#422006; color:#fde68a")
                                      : QStringLiteral("; background-color:#fff4cc; color:#3d2f00"))
                          : QString(),
                     author.toHtmlEscaped(), note ? tr("internal note") : tr("reply"),
                     shortDateTime(c.at), paragraphs(c.body));
    }
    m_thread->setHtml(html);
    m_thread->moveCursor(QTextCursor::End);
}

QString TicketDetail::slaText() const
{
    return m_sla->text();
}

QString TicketDetail::conflictText() const
{
    return m_conflict->isHidden() ? QString() : m_conflict->text();
}

void TicketDetail::updateSla()
{
    if (!m_ticket)
        return;
    const QDateTime now = m_clock.now();
    const SlaStatus sla = Sla::evaluate(*m_ticket, m_targets, now);
    auto line = [&](const QString& what, const SlaClock& clock) {
        const QString text = keepTogether(Sla::describe(clock, now));
        const bool bad = clock.state == SlaClock::State::Breached;
        const bool close = clock.state == SlaClock::State::Running && now.secsTo(clock.due) < 3600;
        // In words too: "breached 2 h ago", "due in 40 min".
        const QString colour =
            bad     ? problemColor().name()
            : close ? colors::pick(colors::kWarning, QGuiApplication::palette()).name()
                    : QString();
        return colour.isEmpty() ? tr("%1 %2").arg(what, text)
                                : tr("%1 <b style='color:%3'>%2</b>").arg(what, text, colour);
    };
    m_sla->setText(line(tr("First response"), sla.firstResponse) + QStringLiteral(" · ") +
                   line(tr("Resolution"), sla.resolution));
    // The exact moments behind the line: target, due, breached, paused.
    const Ticket& t = *m_ticket;
    auto detail = [&](const QString& what, const SlaClock& clock, qint64 targetSecs) {
        QString text = tr("%1: target %2 h, due %3")
                           .arg(what)
                           .arg(targetSecs / 3600)
                           .arg(shortDateTime(clock.due));
        if (clock.breachedAt.isValid())
            text += tr(", breached %1").arg(shortDateTime(clock.breachedAt));
        return text;
    };
    QString tip =
        detail(tr("First response"), sla.firstResponse, m_targets.firstResponseSecs(t.priority)) +
        QLatin1Char('\n') +
        detail(tr("Resolution"), sla.resolution, m_targets.resolutionSecs(t.priority));
    if (t.slaPausedSince.isValid())
        tip += QLatin1Char('\n') + tr("Paused since %1").arg(shortDateTime(t.slaPausedSince));
    m_sla->setToolTip(tip);
}

void TicketDetail::applyFields()
{
    if (m_loading || !m_ticket)
        return;
    Ticket t = *m_ticket;
    t.status = static_cast<TicketStatus>(m_status->currentIndex());
    t.priority = static_cast<Priority>(m_priority->currentIndex());
    t.category = static_cast<Category>(m_category->currentIndex());
    t.csat = m_csat->currentIndex() > 0 ? std::optional<int>(m_csat->currentIndex()) : std::nullopt;
    const QVariant assignee = m_assignee->currentData();
    t.assigneeId = assignee.isValid() ? std::optional<qint64>(assignee.toLongLong()) : std::nullopt;
    save(t);
}

bool TicketDetail::save(const Ticket& ticket)
{
    if (!m_ticket)
        return false;
    // At now, with the customer's re-evaluation; it edits the ticket as shown (its version).
    auto saved = Tickets(m_db, m_clock).update(ticket, *m_ticket);
    if (!saved) {
        // Another rep's change came first: said in the pane, the ticket re-read as it is now;
        // the composer keeps what was typed (reload() leaves it alone).
        if (saved.error().is(Error::Kind::Conflict)) {
            m_conflict->setText(saved.error());
            m_conflict->show();
            reload();
            emit changed(ticket.id); // the lists show the other rep's change too
            return false;
        }
        emit failed(saved.error());
        reload(); // the fields show what is stored, not what failed
        return false;
    }
    m_conflict->hide();
    reload();
    emit changed(ticket.id);
    // The move, or the rules that send the customer back and forth and left it where it was.
    for (const QString& sentence : saved->sentences())
        emit moved(ticket.customerId, sentence, QString());
    return true;
}

void TicketDetail::keepDraft()
{
    if (!m_ticket)
        return;
    if (m_composer->toPlainText().trimmed().isEmpty())
        m_drafts.remove(m_ticket->id);
    else
        m_drafts.insert(m_ticket->id, Draft{m_composer->toPlainText(), m_note->isChecked()});
}

QList<qint64> TicketDetail::drafts() const
{
    QList<qint64> ids = m_drafts.keys();
    if (m_ticket && !m_composer->toPlainText().trimmed().isEmpty() && !ids.contains(m_ticket->id))
        ids.append(m_ticket->id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

bool TicketDetail::confirmDropDrafts()
{
    const QList<qint64> ids = drafts();
    if (ids.isEmpty())
        return true;
    QStringList numbers;
    for (qint64 id : ids)
        numbers << QStringLiteral("#%1").arg(id);
    const QString list = QLocale().createSeparatedList(numbers);
    const QString question =
        ids.size() == 1 ? tr("Close and discard the reply not sent on ticket %1?").arg(list)
                        : tr("Close and discard the replies not sent on tickets %1?").arg(list);
    return UnsavedChanges::ask(this, question, tr("A reply is sent from its ticket, with Send."),
                               question) == UnsavedChanges::Answer::Discard;
}

bool TicketDetail::send(const QString& body, CommentKind kind)
{
    if (!m_ticket)
        return false;
    TicketComment comment;
    comment.ticketId = m_ticket->id;
    comment.kind = kind;
    comment.body = body.trimmed();
    // Who signs it: asked now when this file has no answer yet; the text waits meanwhile.
    if (!comment.body.isEmpty()) {
        const auto agent = requireCurrentAgent(
            this, m_db,
            kind == CommentKind::InternalNote ? tr("to sign this note") : tr("to sign this reply"));
        if (!agent) { // the file is gone: refused before asking; the text stays in the composer
            emit failed(agent.error());
            return false;
        }
        if (!*agent)
            return false; // cancelled: the text stays in the composer
        comment.authorAgentId = (*agent)->id;
    }
    auto added = Tickets(m_db, m_clock).reply(comment); // dated now
    if (!added) {
        emit failed(added.error());
        return false;
    }
    m_composer->clear();
    const qint64 id = m_ticket->id;
    reload();
    emit changed(id);
    emit saved(kind == CommentKind::InternalNote ? tr("Note added to ticket #%1.").arg(id)
                                                 : tr("Reply sent on ticket #%1.").arg(id));
    return true;
}

void TicketDetail::focusComposer()
{
    m_composer->setFocus(Qt::ShortcutFocusReason);
}

void TicketDetail::insertCanned(const CannedReply& reply)
{
    if (!m_ticket)
        return;
    // {agent.name} needs the agent at the keyboard; without an answer it stays for the rep to fill.
    QString agentName = QStringLiteral("{agent.name}");
    if (reply.body.contains(agentName)) {
        if (const auto agent =
                askCurrentAgent(this, m_db, tr("to fill {agent.name} in this reply")))
            agentName = agent->name;
    }
    m_composer->insertPlainText(Replies::fill(reply.body, m_customerName, agentName, m_ticket->id));
    m_composer->setFocus();
}

void TicketDetail::pickCanned()
{
    auto replies = Replies(m_db).all();
    if (!replies) {
        emit failed(replies.error());
        return;
    }
    auto* picker = new CannedReplyPicker(std::move(*replies), this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &CannedReplyPicker::chosen, this, &TicketDetail::insertCanned);
    // Under the composer's cursor, like a completion list.
    picker->move(m_composer->mapToGlobal(m_composer->cursorRect().bottomLeft()));
    picker->open();
}

} // namespace fd

namespace fd {

void TicketDetail::setAlsoViewing(const QStringList& names)
{
    QStringList shown;
    for (const QString& name : names)
        shown << oneLine(name);
    m_alsoViewing->setText(
        shown.isEmpty() ? QString() : tr("Also viewing: %1").arg(shown.join(QStringLiteral(", "))));
    m_alsoViewing->setToolTip(
        tr("Others have this ticket open now: before you reply, check that they are not "
           "answering it too."));
    m_alsoViewing->setVisible(!names.isEmpty());
}

QString TicketDetail::alsoViewingText() const
{
    return m_alsoViewing->isVisibleTo(this) ? m_alsoViewing->text() : QString();
}

} // namespace fd
