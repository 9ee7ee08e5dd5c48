// The import's row stage (CsvImporter::run's second pass): Run reads each row of the file,
// checks it and plans what it adds (customers, agents, tickets, touchpoints, updates of a
// ticket by a later row), and hands the plans over in batches for the writing thread to store.
// Internal to the importer: CsvImporter.cpp drives it. Its definitions are in three files:
//   ImportRun.cpp       the run's frame: setting up, a row's cells and dates, the summary's notes
//   ImportMatching.cpp  the customers and agents a row names: found, or created
//   ImportRows.cpp      a customer's, a ticket's and a touchpoint's row; a ticket's later rows
#pragma once

#include "common/Result.h"
#include "csv/CsvImporter.h"
#include "csv/DateFormats.h"
#include "csv/ImportCounts.h"
#include "csv/ImportMapping.h"
#include "domain/Agent.h"
#include "domain/Customer.h"
#include "domain/Sla.h"
#include "domain/StageTransition.h"
#include "domain/Ticket.h"
#include "domain/Touchpoint.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <array>
#include <functional>
#include <map>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <variant>
#include <vector>

namespace fd {

class Clock;
class Database;

namespace importing {

using Entity = ImportMapping::Entity;

// A row that cannot be imported: the field at fault (empty if the row as a whole) and why.
struct Rejection {
    QString field;
    QString reason;
    bool placed = false; // the reason names its place already (a ragged row)
};

inline QString withoutFullStop(QString sentence)
{
    if (sentence.endsWith(QLatin1Char('.')))
        sentence.chop(1);
    return sentence;
}

// How names and emails are compared: case folded, runs of spaces as one ("Dana  Agent").
inline QString lowerKey(const QString& text)
{
    const QString trimmed = text.trimmed();
    const bool spaced = std::adjacent_find(trimmed.begin(), trimmed.end(),
                                           [](QChar a, QChar b) {
                                               return a.isSpace() && b.isSpace();
                                           }) != trimmed.end() ||
                        trimmed.contains(QLatin1Char('\t'));
    return (spaced ? trimmed.simplified() : trimmed).toCaseFolded();
}

// The rows an import planned from a stretch of the file, with the ids they will have:
// agents and customers first, since the tickets and touchpoints point at them.
struct Batch {
    std::vector<Agent> agents;
    std::vector<Customer> customers;
    std::vector<StageTransition> entries; // each new customer's entry into the funnel
    std::vector<Ticket> tickets;
    std::vector<Touchpoint> touchpoints;
    // Rows that repeat a ticket number an earlier row of the file had (one row per
    // update): applied to that ticket once it is written.
    struct Merge {
        Ticket row;          // the row as a ticket, with the id of the ticket it updates
        bool latest = false; // no row of that ticket seen so far is later than this one
        bool hasStatus = false;
        bool hasPriority = false;
        bool hasCategory = false;
        QDateTime updated; // the row's updated_at, if the file has one
    };
    std::vector<Merge> merges;
    qint64 done = 0;  // rows read so far, and how many there are (or will be, by the bytes
    qint64 total = 0; // read so far) for the progress
};

// What the texts of a field with few values (a status, a priority, a CSAT) read as: a million
// rows hold a handful of texts, each converted once. The conversions are pure functions of
// the text (ImportMapping's); at most kKept texts are kept, the others converted every time.
template <typename T> class Memo {
public:
    template <typename Convert> const T& get(const QString& text, Convert convert)
    {
        for (const auto& [known, value] : m_kept) {
            if (known == text)
                return value;
        }
        if (m_kept.size() < kKept) {
            m_kept.emplace_back(text, convert(text));
            return m_kept.back().second;
        }
        m_other.emplace(convert(text));
        return *m_other;
    }

private:
    static constexpr std::size_t kKept = 16;
    std::vector<std::pair<QString, T>> m_kept;
    std::optional<T> m_other;
};

// Raised on the reading thread when the writing one has given up.
struct WriterStopped {};

// One import: the mapping, the formats of its date columns, the customers and agents it
// knows, and the rows it has planned. It reads the file on one thread and hands its rows
// over in batches (setOutput) to be written on another: only prepare() and finish() use
// the database.
class Run {
public:
    Run(Database& db, const Clock& clock, const ImportOptions& options,
        const ImportMapping& mapping, std::vector<std::optional<DateFormat>> formats,
        const QString& source);

    // Reads what the rows are matched against. Errors: the settings' read (the others throw).
    Status prepare();

    // Imports one row (line: where it starts in the file), or says why not.
    std::optional<Rejection> add(const QStringList& row, qint64 line);

    // Where batches go; false when nobody takes them any more.
    void setOutput(std::function<bool(Batch&&)> output) { m_output = std::move(output); }

    // Hands over the rows planned so far. Throws WriterStopped.
    void flush(qint64 done, qint64 total);

    // Writes the first sales that moved back; after the last batch is written. Throws
    // SqlError.
    void finish(ImportSummary& summary);

    // The rows cleaned() changed, for the summary: how many and the first lines.
    void noteCleaned(ImportSummary& summary) const;

    // finish()'s parts, in the order of the summary's notes (ImportRun.cpp).
    void noteSuppliedDates(ImportSummary& summary) const;
    void noteAlreadyThere(ImportSummary& summary) const;
    void noteTicketDefaults(ImportSummary& summary) const;
    void realignMerged(ImportSummary& summary);
    void noteReadAsOther(ImportSummary& summary) const;

    // Customers this import created that the stage rules should place, sorted.
    std::vector<qint64> toPlace() const;

private:
    // A field's text in the row: trimmed, a placeholder ("-", "N/A", "?") read as empty
    // and counted, the repeats of a list field's header joined, and --map-value applied.
    QString cell(int field) const;

    // `text` trimmed, without the characters the free-text rule refuses (Validation::
    // textProblem): another system's export may hold a stray ESC or bidi override, which must
    // not cost the row (a name keeps the name rule for the rest). The row is counted once.
    QString cleaned(const QString& text) const;

    bool countPlaceholder(const QString& value) const;

    // The names are literals: each is looked up among the fields once, then known by its
    // address (a name at another address is looked up too, to the same answer).
    int fieldIndex(const char* name) const;

    QString text(const char* name) const;

    // A date-time field: null if empty; a rejection if it does not read.
    std::variant<QDateTime, Rejection> dateTime(const char* name) const;

    static void remember(std::unordered_map<QString, qint64>& byEmail,
                         std::unordered_map<QString, qint64>& byName, qint64 id,
                         const QString& name, const QString& email);

    // Two customers with one name: a row that names only it cannot tell them apart.
    void noteNamesake(qint64 id, const QString& name);

    std::optional<qint64> findCustomer(const QString& name, const QString& email) const;

    // The agent `nameOrEmail` (not empty) names, added when there is none. A new agent keeps
    // `add agent`'s rule (Validation::check(Agent): the name rule, not digits only, an email):
    // a cell it refuses rejects the row, naming `field`.
    std::variant<qint64, Rejection> agent(const QString& nameOrEmail, const char* field);

    std::variant<qint64, Rejection> agentByKey(const QString& nameOrEmail, const char* field);

    qint64 createCustomer(Customer c, const QString& reason);

    std::optional<Rejection> addCustomer();

    // The ticket's or touchpoint's customer: found, or (for tickets) created from the row.
    // The row's customer name and email. A name column that holds an address where there
    // is no email column (HubSpot's "Associated Contact") is the email.
    std::pair<QString, QString> customerKeys() const;

    std::variant<qint64, Rejection> rowCustomer(bool create, const QDateTime& firstSeen);

    template <typename E>
    std::optional<Rejection> readEnum(const char* field, Result<E> (*convert)(QStringView),
                                      E& target, bool* present = nullptr,
                                      Memo<Result<E>>* memo = nullptr);

    std::optional<Rejection> addTicket();
    // A ticket row's four time fields (m_timeLabels: their names as a rejection says them).
    static constexpr std::array<const char*, 4> kTimeFields = {"created_at", "first_response_at",
                                                               "solved_at", "updated_at"};
    std::optional<Rejection> ticketTimes(std::array<QDateTime, 4>& times) const;
    std::optional<Rejection> ticketValues(Ticket& t, std::optional<TicketStatus>& status,
                                          bool& hasPriority, bool& hasCategory);
    std::optional<Rejection> addNewTicket(Ticket t, const std::optional<TicketStatus>& status,
                                          const std::array<QDateTime, 4>& times, quint64 refKey);

public:
    // Applies a merge on the writing thread, after the ticket it updates was written.
    // Throws SqlError.
    void merge(const Batch::Merge& m);

private:
    struct Seen {
        qint64 id = 0; // the ticket the row's number made
        qint64 customerId = 0;
        qint64 line = 0;         // where it first appeared
        qint64 latestUpdate = 0; // UTC seconds of its latest row's updated_at, if mapped
    };

    // A row whose ticket number an earlier row had: one ticket, updated by this row.
    std::optional<Rejection> mergeRow(Ticket t, Seen& seen, bool hasStatus, bool hasPriority,
                                      bool hasCategory, const QDateTime& updated);

    void noteUnknown(const QString& field, const QString& value);

    // How a customer was named in the file, for a message.
    QString customerLabel(qint64 id) const;

    // A ticket's SLA clocks and solved time from its status and times, as if it had been
    // written as it happened: the one rule, Sla::settle.
    void settle(Ticket& t) const { Sla::settle(t, m_targets, m_now); }

    // A value refused: the reason, and how to map it without editing the file.
    QString withValueHint(const QString& reason, const char* field, const QString& value);

    std::optional<Rejection> addTouchpoint();

    Database& m_db;
    const ImportOptions& m_options;
    const ImportMapping& m_mapping;
    std::vector<std::optional<DateFormat>> m_formats; // per field
    QString m_source;
    QStringList m_fields;
    std::vector<qsizetype> m_columns;            // per field
    std::vector<QList<qsizetype>> m_listColumns; // per field: the repeats of a list header
    qint64 m_line = 0;
    bool m_latestIsLast = true; // no updated_at column: a ticket's last row is its latest
    bool m_hasValueMaps = false;
    bool m_hasSubject = true;
    std::array<QString, 4> m_timeLabels; // "The created_at", …: translated once, not per row
    mutable QString m_rowMoved;          // a local time of this row that fell in a clock change
    // Ticket numbers this import wrote, by a 64-bit hash of their text: a million numbers
    // as strings held 200 MB more. merge() checks the text of the ticket it updates, so
    // two numbers with one hash (about 1 in 10^7 for a million rows) fail the import
    // instead of merging two tickets.
    QHash<quint64, Seen> m_seen;
    QSet<QString> m_existingRefs; // ticket numbers the database had
    qint64 m_alreadyThere = 0;
    std::unordered_set<qint64> m_merged;    // tickets that later rows updated
    QHash<qint64, QString> m_customerNames; // of the customers this import created
    QSet<QString> m_namesakes;              // names (as lowerKey) of more than one customer
    qint64 m_mergedRows = 0;
    qint64 m_mergedTickets = 0;
    std::map<std::pair<QString, QString>, qint64> m_unknownValues; // (field, text) → rows
    mutable ImportCounts m_counts; // for the summary's notes: imported rows only
    QDateTime m_now;
    SlaTargets m_targets;
    const QStringList* m_row = nullptr;

    std::unordered_map<QString, qint64> m_customersByEmail;
    std::unordered_map<QString, qint64> m_customersByName;
    std::unordered_map<QString, qint64> m_agentsByEmail;
    std::unordered_map<QString, qint64> m_agentsByName;
    std::unordered_map<QString, qint64> m_agentsByText;
    mutable std::vector<std::pair<const char*, int>> m_fieldIndexes;
    mutable std::size_t m_fieldCursor = 0; // where fieldIndex() looks first
    // A ticket row's value fields, as ticketValues() reads them.
    Memo<Result<TicketStatus>> m_statuses;
    Memo<Result<Priority>> m_priorities;
    Memo<std::optional<Result<TouchpointKind>>> m_channels; // none: a text for no channel
    Memo<Result<Category>> m_categories;
    Memo<Result<int>> m_csats;
    QSet<qint64> m_customersWithEmail;
    // A file lists a customer's rows together: the last email a customer was found by (as
    // written), and each date field's last value with what it read as, so that the rows after
    // the first neither fold the email nor parse the date again. A customer found by its email
    // stays the one found (m_customersByEmail only gains entries), and a value reads the same
    // each time (DateFormat::parse).
    mutable QString m_lastEmail;
    mutable qint64 m_lastEmailId = 0;
    struct LastDate {
        QString text;
        ParsedInstant instant;
    };
    mutable std::vector<std::optional<LastDate>> m_lastDates; // per field
    QString m_ticketCustomerReason; // translated once, for the customers tickets create
    QSet<qint64> m_created;
    QSet<qint64> m_stageGiven;
    std::unordered_map<qint64, QDateTime>
        m_earliestSince; // first sale (UTC) of customers this import created
    QSet<qint64> m_sinceMoved;
    qint64 m_matched = 0;
    qint64 m_agentsCreated = 0;
    qint64 m_agentsByNumber = 0; // of m_agentsCreated: named after a number ("Agent 4711")
    qint64 m_nextCustomerId = 1;
    qint64 m_nextAgentId = 1;
    qint64 m_nextTicketId = 1;
    Batch m_batch;
    std::function<bool(Batch&&)> m_output;
};

} // namespace importing
} // namespace fd
